// The signer is loaded first, so a wrong password or an unusable certificate fails before the
// slower gathering and drawing.
#include "reportexportjob.h"

#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/signingidentity.h"
#include "models/signing/timestampclient.h"
#include "models/workspace/workspace.h"

#include <optional>

namespace Gatehouse {

ReportExportJob::ReportExportJob(Request request, SecretBuffer password, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_password(std::move(password))
    , m_clock(clock)
{
}

ReportExportJob::~ReportExportJob() = default;

void ReportExportJob::start()
{
    m_thread.start([this] { run(); }, this, [this] { emit finished(); });
}

bool ReportExportJob::isRunning() const
{
    return m_thread.isRunning();
}

void ReportExportJob::cancel()
{
    m_stop.request_stop();
}

void ReportExportJob::run()
{
    m_result = work();
    m_password.clear();
}

Result<std::optional<SigningIdentity>> ReportExportJob::loadSigner()
{
    if (m_request.signerFile.isEmpty())
        return std::optional<SigningIdentity>();
    emit progressed(1, tr("Opening the signing certificate"));
    QByteArray password = m_password.copy();
    m_password.clear();
    Result<SigningIdentity> loaded =
        SigningIdentity::fromPkcs12File(m_request.signerFile, password, m_clock.now());
    if (!loaded)
        return std::unexpected(loaded.error());
    return std::optional<SigningIdentity>(std::move(*loaded));
}

Result<RenderedReport> ReportExportJob::render()
{
    emit progressed(2, tr("Gathering the report from the workspace"));
    // Opened and closed on this thread, as the workspace's connection requires.
    auto workspace =
        Workspace::open(m_request.workspacePath, Workspace::OpenMode::AnotherConnection, m_clock);
    if (!workspace)
        return std::unexpected(workspace.error());
    Result<ReportData> data = ReportBuilder(**workspace, m_clock).build(m_request.options);
    if (!data)
        return std::unexpected(data.error());
    emit progressed(3, tr("Drawing the pages"));
    return ReportRenderer::render(*data);
}

Result<void> ReportExportJob::write(const RenderedReport& report,
                                    const std::optional<SigningIdentity>& identity)
{
    emit progressed(4, identity ? tr("Signing and writing the file") : tr("Writing the file"));
    if (!identity)
        return writeFileAtomically(m_request.outputPath, report.pdf);
    std::optional<TimestampClient> timestamps;
    if (!m_request.timestampAuthority.isEmpty())
        timestamps.emplace(m_request.timestampAuthority, TimestampClient::DefaultTimeoutMs,
                           m_stop.get_token());
    SignatureRequest request;
    request.reason = tr("Gatehouse audit report %1").arg(report.reportId);
    request.timestamps = timestamps ? &*timestamps : nullptr;
    if (m_request.visibleSignature)
        request.visible = VisibleSignature{report.signaturePage, report.signatureBox};
    return PdfSigner(*identity, m_clock).signToFile(report.pdf, m_request.outputPath, request);
}

Result<QString> ReportExportJob::work()
{
    const auto stopped = [] {
        return fail(ErrorCode::Cancelled,
                    tr("The export was stopped before the file was written."));
    };
    auto identity = loadSigner();
    if (!identity)
        return std::unexpected(identity.error());
    if (m_stop.stop_requested())
        return stopped();
    Result<RenderedReport> report = render();
    if (!report)
        return std::unexpected(report.error());
    if (m_stop.stop_requested())
        return stopped();
    if (Result<void> written = write(*report, *identity); !written)
        return std::unexpected(written.error());
    return tr("Report %1: %n page(s) written to %2%3", nullptr, report->pageCount)
        .arg(report->reportId, m_request.outputPath,
             *identity ? tr(", signed by %1").arg((*identity)->commonName()) : QString());
}

} // namespace Gatehouse
