// Builds, renders and signs an audit report on a worker thread. The workspace is not
// thread-safe, so the worker opens its own Workspace on the same file; the steps come back as
// signals, and a failure at any step leaves no file behind.
#pragma once

#include "models/core/error.h"
#include "models/core/jobthread.h"
#include "models/feed/secretbuffer.h"
#include "models/report/reportbuilder.h"
#include "models/report/reportrenderer.h"
#include "models/signing/signingidentity.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>
#include <stop_token>

namespace Gatehouse {

class Clock;

class ReportExportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString workspacePath;
        ReportBuilder::Options options;
        QString outputPath;
        QString signerFile; // PKCS#12; empty for an unsigned report
        bool visibleSignature = false;
        QUrl timestampAuthority; // empty for none
    };

    // The password is wiped once the signing identity has read it. The clock must outlive the
    // job; it is read from the worker thread.
    ReportExportJob(Request request, SecretBuffer password, const Clock& clock,
                    QObject* parent = nullptr);
    // Waits for the worker, so nothing outlives the dialog that asked.
    ~ReportExportJob() override;

    static constexpr int Steps = 4;

    void start();
    bool isRunning() const;
    // Asks the work to stop at its next step, or at once while it waits for the timestamp
    // authority; the result is then ErrorCode::Cancelled and no file is written. Once the file is
    // being written the export completes.
    void cancel();
    // A line for the user; valid once finished() was emitted.
    const Result<QString>& result() const { return m_result; }

signals:
    // step counts from 1 to Steps.
    void progressed(int step, const QString& what);
    void finished();

private:
    void run();
    Result<QString> work();
    Result<std::optional<SigningIdentity>> loadSigner();
    Result<RenderedReport> render();
    Result<void> write(const RenderedReport& report,
                       const std::optional<SigningIdentity>& identity);

    Request m_request;
    SecretBuffer m_password;
    const Clock& m_clock;
    Result<QString> m_result;
    std::stop_source m_stop;
    JobThread m_thread; // last: it ends first, waiting for the work that uses the rest
};

} // namespace Gatehouse
