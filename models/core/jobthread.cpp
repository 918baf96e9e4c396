// One QThread per job, deleted only after the work has returned.
#include "jobthread.h"

#include <QThread>

namespace Gatehouse {

JobThread::~JobThread()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
}

void JobThread::start(std::function<void()> work, const QObject* context,
                      std::function<void()> ended)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create(std::move(work));
    QObject::connect(m_thread, &QThread::finished, context, std::move(ended));
    m_thread->start();
}

bool JobThread::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Gatehouse
