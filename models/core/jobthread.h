// The worker thread of a job: one piece of work run once away from the owner's thread, a call
// back on the owner's thread once it has returned, and an end that waits for the work.
#pragma once

#include <functional>

class QObject;
class QThread;

namespace Gatehouse {

class JobThread
{
public:
    JobThread() = default;
    // Waits for the work. Declare the JobThread after every member the work uses: members end in
    // reverse order, so it then waits while they still exist.
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    // Runs `work` on a new thread; `ended` runs on the thread of `context` after it has returned.
    // A job starts once.
    void start(std::function<void()> work, const QObject* context, std::function<void()> ended);
    bool isRunning() const;

private:
    QThread* m_thread = nullptr;
};

} // namespace Gatehouse
