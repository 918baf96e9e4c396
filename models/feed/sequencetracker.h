// Which sequence numbers of one source have arrived: drops duplicates, tolerates reordering
// within a window, and turns holes the server will never fill into gaps.
#pragma once

#include <QList>
#include <QtGlobal>

#include <map>
#include <set>

namespace Gatehouse {

class SequenceTracker
{
public:
    struct Gap
    {
        qint64 from = 0;
        qint64 to = 0;
        friend bool operator==(const Gap&, const Gap&) = default;
    };

    // A hole is declared lost once the highest sequence is more than reorderWindow above it.
    // resumeAfter: everything up to it is already held (for example by the archive).
    explicit SequenceTracker(int reorderWindow = 64, qint64 resumeAfter = 0);

    // Records an arrived sequence; false when it was seen before. Holes that fall out of the
    // reorder window are appended to lost.
    bool accept(qint64 sequence, QList<Gap>& lost);
    // The server says from..to are gone; appends the part not already received to lost.
    void serverLost(qint64 from, qint64 to, QList<Gap>& lost);

    // Everything up to here has arrived or is known lost: the Last-Event-ID to resume with.
    qint64 resumePoint() const { return m_contiguous; }
    qint64 highest() const;
    // Sequences below highest() that have not arrived and are not yet declared lost.
    qint64 pendingHoles() const;

private:
    void advance();
    void enforceWindow(QList<Gap>& lost);

    int m_window;
    qint64 m_contiguous;
    std::set<qint64> m_above;             // arrived, above m_contiguous
    std::map<qint64, qint64> m_lostAbove; // declared lost ranges above m_contiguous
};

} // namespace Gatehouse
