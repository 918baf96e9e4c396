// The request id is the only thing work and requester share while work runs: `replaced` compares
// it with the newest under the lock, so work never needs to be told anything else.
#include "newestrequestworker.h"

namespace Gatehouse {

NewestRequestWorker::~NewestRequestWorker()
{
    stop();
}

void NewestRequestWorker::start(std::function<void()> open, std::function<void()> close)
{
    m_thread =
        std::thread([this, open = std::move(open), close = std::move(close)] { run(open, close); });
}

void NewestRequestWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_wanted = 0;
        m_pending = nullptr;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

quint64 NewestRequestWorker::request(Work work)
{
    std::lock_guard lock(m_mutex);
    m_wanted = ++m_nextId;
    m_pending = std::move(work);
    m_wake.notify_all();
    return m_wanted;
}

void NewestRequestWorker::cancel()
{
    std::lock_guard lock(m_mutex);
    m_wanted = 0;
    m_pending = nullptr;
}

void NewestRequestWorker::run(const std::function<void()>& open, const std::function<void()>& close)
{
    if (open)
        open();
    while (true) {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopping || m_pending; });
        if (m_stopping)
            break;
        const Work work = std::exchange(m_pending, nullptr);
        const quint64 id = m_wanted;
        lock.unlock();

        const Replaced replaced = [this, id] {
            std::lock_guard guard(m_mutex);
            return m_wanted != id;
        };
        const Delivery deliver = work(id, replaced);
        if (deliver && !replaced())
            deliver();
    }
    if (close)
        close();
}

} // namespace Gatehouse
