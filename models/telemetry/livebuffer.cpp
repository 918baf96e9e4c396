// Slots are reused in place; dropping a call releases its strings at once, so memory stays flat
// once the ring is full.
#include "livebuffer.h"

namespace Gatehouse {

LiveBuffer::LiveBuffer(qsizetype capacity)
    : m_slots(size_t(qMax<qsizetype>(1, capacity)))
{
}

const ToolCall& LiveBuffer::at(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_slots[size_t((m_head + row) % capacity())];
}

qsizetype LiveBuffer::evictionFor(qsizetype incoming) const
{
    return qBound(qsizetype(0), m_size + incoming - capacity(), m_size);
}

void LiveBuffer::dropOldest(qsizetype count)
{
    count = qMin(count, m_size);
    for (qsizetype i = 0; i < count; ++i)
        m_slots[size_t((m_head + i) % capacity())] = ToolCall{};
    m_head = (m_head + count) % capacity();
    m_size -= count;
}

void LiveBuffer::append(ToolCall call)
{
    Q_ASSERT(m_size < capacity());
    m_slots[size_t((m_head + m_size) % capacity())] = std::move(call);
    ++m_size;
}

void LiveBuffer::clear()
{
    dropOldest(m_size);
    m_head = 0;
}

} // namespace Gatehouse
