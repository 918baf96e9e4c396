// Runs a readiness evaluation, or only the baseline analysis, on a worker thread. The workspace
// is not thread-safe, so the worker opens its own Workspace on the same file, measures and
// stores the results there, and hands back plain values when it finishes.
#pragma once

#include "baselineanalysis.h"
#include "controlmeasurement.h"

#include "models/core/jobthread.h"

#include <QDateTime>
#include <QObject>

namespace Gatehouse {

class Clock;

class EvaluationJob final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString workspacePath;
        qint64 deploymentId = 0;
        QDateTime from;
        QDateTime to;
        QString actor;
        // False: only the baseline analysis, nothing is stored.
        bool measure = true;
    };
    struct Outcome
    {
        QList<ControlMeasurement> measurements; // empty unless measured
        BaselineAnalysis baseline;
    };

    // The clock must outlive the job; it is read from the worker thread.
    EvaluationJob(Request request, const Clock& clock, QObject* parent = nullptr);
    // Waits for the worker: an evaluation cannot be interrupted halfway through its storing.
    ~EvaluationJob() override;

    void start();
    bool isRunning() const;
    const Request& request() const { return m_request; }
    // Valid once finished() was emitted.
    const Result<Outcome>& result() const { return m_result; }

    // The same work on the calling thread, against its own connection.
    static Result<Outcome> run(const Request& request, const Clock& clock);

signals:
    void finished();

private:
    Request m_request;
    const Clock& m_clock;
    Result<Outcome> m_result;
    JobThread m_thread; // last: it ends first, waiting for the work that uses the rest
};

} // namespace Gatehouse
