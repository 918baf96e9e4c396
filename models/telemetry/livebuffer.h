// The recent tool calls the live table shows: a ring with a fixed capacity, oldest first, that
// never grows past it and never reallocates after construction.
#pragma once

#include "toolcall.h"

#include <vector>

namespace Gatehouse {

class LiveBuffer
{
public:
    explicit LiveBuffer(qsizetype capacity);

    qsizetype capacity() const { return qsizetype(m_slots.size()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == capacity(); }

    // Row 0 is the oldest call kept.
    const ToolCall& at(qsizetype row) const;
    const ToolCall& newest() const { return at(m_size - 1); }

    // How many of the oldest calls must go before `incoming` more fit.
    qsizetype evictionFor(qsizetype incoming) const;
    void dropOldest(qsizetype count);
    // Requires room: call dropOldest(evictionFor(1)) first.
    void append(ToolCall call);
    void clear();

private:
    std::vector<ToolCall> m_slots;
    qsizetype m_head = 0; // slot of row 0
    qsizetype m_size = 0;
};

} // namespace Gatehouse
