// Binning and percentiles of durations.
#include "durationhistogram.h"

#include <cmath>

namespace Gatehouse {

int DurationHistogram::binOf(double milliseconds)
{
    if (milliseconds < SmallestMs)
        return 0;
    const int bin = 1 + int(std::floor(std::log(milliseconds / SmallestMs) / std::log(Ratio)));
    return qMin(bin, Bins - 1);
}

double DurationHistogram::middleOf(int bin)
{
    if (bin == 0)
        return SmallestMs / 2;
    return SmallestMs * std::pow(Ratio, bin - 1) * std::sqrt(Ratio);
}

void DurationHistogram::add(qint64 durationNs)
{
    ++m_bins[size_t(binOf(double(durationNs) / 1e6))];
    ++m_count;
}

void DurationHistogram::merge(const DurationHistogram& other)
{
    for (size_t i = 0; i < m_bins.size(); ++i)
        m_bins[i] += other.m_bins[i];
    m_count += other.m_count;
}

void DurationHistogram::clear()
{
    m_bins.fill(0);
    m_count = 0;
}

double DurationHistogram::percentileMs(double p) const
{
    if (m_count == 0)
        return -1;
    const qint64 rank = qBound<qint64>(1, qint64(std::ceil(p * double(m_count))), m_count);
    qint64 seen = 0;
    for (int bin = 0; bin < Bins; ++bin) {
        seen += m_bins[size_t(bin)];
        if (seen >= rank)
            return middleOf(bin);
    }
    return middleOf(Bins - 1);
}

} // namespace Gatehouse
