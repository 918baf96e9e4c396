// Binning and percentiles of durations.
#include "durationhistogram.h"

#include <cmath>
#include <cstdio>

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

QByteArray DurationHistogram::toText() const
{
    QByteArray text;
    char pair[32];
    for (int bin = 0; bin < Bins; ++bin) {
        if (m_bins[size_t(bin)] == 0)
            continue;
        const int length = std::snprintf(pair, sizeof pair, "%s%d:%u", text.isEmpty() ? "" : ",",
                                         bin, unsigned(m_bins[size_t(bin)]));
        text.append(pair, length);
    }
    return text;
}

namespace {

// Reads the decimal digits at `at`, moving past them; -1 when there are none.
qint64 number(QByteArrayView text, qsizetype& at)
{
    const qsizetype start = at;
    qint64 value = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' && at - start < 12)
        value = value * 10 + (text[at++] - '0');
    return at == start ? -1 : value;
}

} // namespace

void DurationHistogram::addText(QByteArrayView text)
{
    qsizetype at = 0;
    while (at < text.size()) {
        const qint64 bin = number(text, at);
        const bool colon = at < text.size() && text[at] == ':';
        at += colon;
        const qint64 count = colon ? number(text, at) : -1;
        if (bin >= 0 && bin < Bins && count > 0) {
            m_bins[size_t(bin)] += quint32(count);
            m_count += count;
        }
        while (at < text.size() && text[at++] != ',') {
        }
    }
}

} // namespace Gatehouse
