// The worker reads only the two files it was given and writes only m_result, which the owning
// thread reads after QThread::finished has arrived there.
#include "reportverifyjob.h"

#include "models/signing/pdfverifier.h"

#include <QThread>

namespace Gatehouse {

ReportVerifyJob::ReportVerifyJob(QString file, QString caFile, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_caFile(std::move(caFile))
{
}

ReportVerifyJob::~ReportVerifyJob()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
}

void ReportVerifyJob::start()
{
    m_thread = QThread::create([this] { m_result = PdfVerifier(m_caFile).verifyFile(m_file); });
    connect(m_thread, &QThread::finished, this, &ReportVerifyJob::finished);
    m_thread->start();
}

bool ReportVerifyJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Gatehouse
