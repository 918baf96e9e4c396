// Which panel a wall display shows: panels take turns on a fixed interval, a pause key holds the
// current one, and a new violation pins its panel until it has been on screen long enough.
#pragma once

#include <QDateTime>

namespace Gatehouse {

class Clock;

class PanelRotation
{
public:
    // The clock must outlive the rotation. Intervals are real time: on a demo clock that runs
    // faster, a panel still stays up as long for the people watching.
    PanelRotation(int panelCount, qint64 intervalMs, const Clock& clock);

    int current() const { return m_current; }
    int count() const { return m_count; }
    bool isPaused() const { return m_paused; }
    // The panel held by a violation, or -1.
    int pinned() const { return m_pinnedPanel; }

    void setPaused(bool paused);
    void setInterval(qint64 intervalMs) { m_intervalMs = toClockMs(intervalMs); }
    // Shows a panel now and holds it for at least minimumMs, whatever the rotation says.
    void pin(int panel, qint64 minimumMs);
    // Moves on when the interval has passed; returns whether the current panel changed.
    bool tick();
    // The operator asked for the next or the previous panel.
    void step(int delta);
    // Milliseconds until the next change, for a countdown on screen (-1 while paused).
    qint64 remainingMs() const;

private:
    void show(int panel);
    qint64 toClockMs(qint64 realMs) const;

    const Clock& m_clock; // first: the interval is converted with it
    int m_count;
    qint64 m_intervalMs;
    int m_current = 0;
    bool m_paused = false;
    QDateTime m_shownAt;
    int m_pinnedPanel = -1;
    QDateTime m_pinnedUntil;
};

} // namespace Gatehouse
