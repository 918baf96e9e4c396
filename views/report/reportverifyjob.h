// Checks the signatures of a PDF with PdfVerifier on a worker thread, so that reading and
// hashing a report of many megabytes does not freeze the dialog that asked.
#pragma once

#include "models/core/error.h"
#include "models/core/jobthread.h"
#include "models/signing/signaturecheck.h"

#include <QObject>
#include <QString>

namespace Gatehouse {

class ReportVerifyJob : public QObject
{
    Q_OBJECT

public:
    // caFile may be empty: trust is then not checked.
    ReportVerifyJob(QString file, QString caFile, QObject* parent = nullptr);
    // Waits for the worker: the check cannot be interrupted, and it only reads.
    ~ReportVerifyJob() override;

    void start();
    bool isRunning() const;
    const QString& file() const { return m_file; }
    // Valid once finished() was emitted.
    const Result<VerificationReport>& result() const { return m_result; }

signals:
    // Emitted on the thread that owns the job, after the worker has ended.
    void finished();

private:
    QString m_file;
    QString m_caFile;
    Result<VerificationReport> m_result;
    JobThread m_thread; // last: it ends first, waiting for the work that uses the rest
};

} // namespace Gatehouse
