// The worker reads only the two files it was given and writes only m_result, which the owning
// thread reads after QThread::finished has arrived there.
#include "reportverifyjob.h"

#include "models/signing/pdfverifier.h"

namespace Gatehouse {

ReportVerifyJob::ReportVerifyJob(QString file, QString caFile, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_caFile(std::move(caFile))
{
}

ReportVerifyJob::~ReportVerifyJob() = default;

void ReportVerifyJob::start()
{
    m_thread.start([this] { m_result = PdfVerifier(m_caFile).verifyFile(m_file); }, this,
                   [this] { emit finished(); });
}

bool ReportVerifyJob::isRunning() const
{
    return m_thread.isRunning();
}

} // namespace Gatehouse
