// Durations counted in logarithmic bins, so a minute's p50 and p95 cost a fixed 800 bytes however
// many calls it holds. A percentile is read as its bin's geometric middle: within 5 % of the
// exact value from 10 microseconds to 26 minutes. Fixed bins add up across minutes, which is
// what lets the archive's minute rollup answer any period.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace Gatehouse {

class DurationHistogram
{
public:
    static constexpr int Bins = 200;
    static constexpr double SmallestMs = 0.01; // bin 0 holds everything shorter
    static constexpr double Ratio = 1.1;       // each bin 10 % wider than the one before

    void add(qint64 durationNs);
    void merge(const DurationHistogram& other);
    void clear();
    qint64 count() const { return m_count; }
    // The p-th percentile (0 < p <= 1) in milliseconds, by the nearest-rank rule; -1 when empty.
    double percentileMs(double p) const;

    // The non-empty bins as "bin:count" pairs joined by commas, lowest bin first: the form the
    // minute rollup stores, because SQL can build it too (the schema's fill of old calls).
    QByteArray toText() const;
    // Adds the bins of such a text, in any order and with a bin repeated; a malformed pair is
    // skipped.
    void addText(QByteArrayView text);

private:
    static int binOf(double milliseconds);
    static double middleOf(int bin);

    std::array<quint32, Bins> m_bins{};
    qint64 m_count = 0;
};

} // namespace Gatehouse
