// How long a feed waits before reconnecting: exponential, capped, with jitter drawn from a
// seeded generator so that tests and the simulator replay exactly.
#pragma once

#include <QRandomGenerator>

namespace Gatehouse {

class Backoff
{
public:
    Backoff(int initialMs, int maxMs, quint32 seed);

    // The next delay: a random value between half and all of min(max, initial * 2^attempt).
    int nextDelayMs();
    // After a connection that worked, the next failure starts again from the initial delay.
    void reset() { m_attempt = 0; }
    // The server's retry hint replaces the initial delay, within [100 ms, max].
    void setInitialMs(qint64 ms);
    int attempt() const { return m_attempt; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
    QRandomGenerator m_random;
};

} // namespace Gatehouse
