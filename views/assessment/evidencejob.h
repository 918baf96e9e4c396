// Runs one long evidence operation (adding or exporting a large file) on a worker thread. The
// workspace is not thread-safe, so the worker opens its own Workspace and EvidenceStore on the
// same file; progress comes back as signals and the user can cancel between chunks.
#pragma once

#include "models/core/error.h"
#include "models/core/jobthread.h"
#include "models/evidence/evidencestore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace Gatehouse {

class Clock;

class EvidenceJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread against the worker's own store; returns a line for the user.
    using Work =
        std::function<Result<QString>(EvidenceStore& store, const EvidenceStore::Progress&)>;

    // The clock must outlive the job; it is read from the worker thread.
    EvidenceJob(const QString& workspacePath, const Clock& clock, Work work,
                QObject* parent = nullptr);
    // Cancels the work and waits for the worker, so nothing outlives the widget that asked.
    ~EvidenceJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    // What the work returned; valid once finished() was emitted.
    const Result<QString>& result() const { return m_result; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void run();

    QString m_path;
    const Clock& m_clock;
    Work m_work;
    std::atomic_bool m_cancelled{false};
    Result<QString> m_result;
    JobThread m_thread; // last: it ends first, waiting for the work that uses the rest
};

} // namespace Gatehouse
