// The worker-thread evidence job.
#include "evidencejob.h"

#include "models/workspace/workspace.h"

namespace Gatehouse {

EvidenceJob::EvidenceJob(const QString& workspacePath, const Clock& clock, Work work,
                         QObject* parent)
    : QObject(parent)
    , m_path(workspacePath)
    , m_clock(clock)
    , m_work(std::move(work))
{
}

EvidenceJob::~EvidenceJob()
{
    // The work stops early; m_thread then waits for it.
    cancel();
}

void EvidenceJob::start()
{
    m_thread.start([this] { run(); }, this, [this] { emit finished(); });
}

bool EvidenceJob::isRunning() const
{
    return m_thread.isRunning();
}

void EvidenceJob::run()
{
    // Opened and closed on this thread, as the workspace's connection requires.
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::AnotherConnection, m_clock);
    if (!workspace) {
        m_result = std::unexpected(workspace.error());
        return;
    }
    EvidenceStore store(**workspace);
    const EvidenceStore::Progress progress = [this](qint64 done, qint64 total) {
        emit progressed(done, total);
        return !m_cancelled.load();
    };
    m_result = m_work(store, progress);
}

} // namespace Gatehouse
