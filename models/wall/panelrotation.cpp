// The rotation rule of the wall display.
#include "panelrotation.h"

#include "models/core/clock.h"

namespace Gatehouse {

PanelRotation::PanelRotation(int panelCount, qint64 intervalMs, const Clock& clock)
    : m_clock(clock)
    , m_count(qMax(1, panelCount))
    , m_intervalMs(toClockMs(intervalMs))
    , m_shownAt(clock.now())
{
}

qint64 PanelRotation::toClockMs(qint64 realMs) const
{
    return qint64(double(realMs) * m_clock.speed());
}

void PanelRotation::show(int panel)
{
    m_current = ((panel % m_count) + m_count) % m_count;
    m_shownAt = m_clock.now();
}

void PanelRotation::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        m_shownAt = m_clock.now();
}

void PanelRotation::pin(int panel, qint64 minimumMs)
{
    if (m_pinnedPanel != panel || m_current != panel)
        show(panel);
    m_pinnedPanel = m_current;
    const QDateTime until = m_clock.now().addMSecs(toClockMs(minimumMs));
    if (!m_pinnedUntil.isValid() || until > m_pinnedUntil)
        m_pinnedUntil = until;
}

bool PanelRotation::tick()
{
    const QDateTime now = m_clock.now();
    if (m_pinnedPanel >= 0) {
        if (now < m_pinnedUntil)
            return false;
        m_pinnedPanel = -1;
        m_pinnedUntil = {};
        m_shownAt = now;
    }
    if (m_paused || m_count < 2 || m_shownAt.msecsTo(now) < m_intervalMs)
        return false;
    show(m_current + 1);
    return true;
}

void PanelRotation::step(int delta)
{
    m_pinnedPanel = -1;
    m_pinnedUntil = {};
    show(m_current + delta);
}

qint64 PanelRotation::remainingMs() const
{
    if (m_paused)
        return -1;
    const QDateTime now = m_clock.now();
    const qint64 clockMs =
        m_pinnedPanel >= 0 ? now.msecsTo(m_pinnedUntil) : m_intervalMs - m_shownAt.msecsTo(now);
    return qMax<qint64>(0, qint64(double(clockMs) / m_clock.speed()));
}

} // namespace Gatehouse
