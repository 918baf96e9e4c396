// One worker thread for reads where only the newest request matters (a page of the live table, a
// chart's history): a request replaces any not started yet, the running one learns that it was
// replaced and may stop early, and only the newest request's answer is delivered.
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Gatehouse {

class NewestRequestWorker
{
public:
    // Polled by the running work: true once a newer request, cancel() or stop() came.
    using Replaced = std::function<bool()>;
    // Hands the answer over; run on the worker thread only while the request is still the newest.
    using Delivery = std::function<void()>;
    // A request's work, run on the worker thread; it returns its answer's delivery.
    using Work = std::function<Delivery(quint64 request, const Replaced& replaced)>;

    NewestRequestWorker() = default;
    ~NewestRequestWorker();
    NewestRequestWorker(const NewestRequestWorker&) = delete;
    NewestRequestWorker& operator=(const NewestRequestWorker&) = delete;

    // Starts the thread: `open` runs on it first and `close` last, so what they hold (a database
    // connection) belongs to that thread.
    void start(std::function<void()> open, std::function<void()> close);
    // Tells the running work it was replaced and waits for the thread to end; the owner calls it
    // before anything the work uses goes away.
    void stop();

    // Makes `work` the newest request; returns its id (1, 2, ...), which the work is given.
    quint64 request(Work work);
    // Forgets the request not started yet and tells the running one it was replaced.
    void cancel();

private:
    void run(const std::function<void()>& open, const std::function<void()>& close);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    quint64 m_nextId = 0;
    quint64 m_wanted = 0; // the request that should run or be answered; 0 after cancel()
    Work m_pending;       // the newest request, until the thread takes it
    std::thread m_thread;
};

} // namespace Gatehouse
