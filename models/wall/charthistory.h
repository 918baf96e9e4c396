// The live charts' past: a scope's calls of the last hours counted per minute, its hourly history
// for the baseline band, and the deployments to choose from, read from the archive on a worker
// thread with its own connection. A newer request replaces an older one, which stops early.
#pragma once

#include "chartscope.h"
#include "minutebaseline.h"
#include "minuteseries.h"

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/telemetry/newestrequestworker.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Gatehouse {

class Workspace;

struct ChartHistoryResult
{
    quint64 request = 0;
    ChartScope scope;
    MinuteSeries series{1};
    // The newest archive id the series counts: live calls up to it are in already.
    qint64 snapshotId = 0;
    MinuteBaseline baseline;
    QList<ChartScope> deployments;
    QString error; // empty when the archive was read
};

class ChartHistory : public QObject
{
    Q_OBJECT

public:
    // Days of hourly history read for the baseline, enough for hour-of-week groups.
    static constexpr int HistoryDays = 35;

    // The clock must be safe to read from another thread and outlive the history.
    ChartHistory(QString workspacePath, const Clock& clock, QObject* parent = nullptr);
    ~ChartHistory() override;

    // Asks for the scope's last `minutes` minutes up to now; returns the id finished() carries.
    quint64 request(const ChartScope& scope, int minutes);
    // The newest answer not taken yet.
    std::optional<ChartHistoryResult> take();

    // The reading itself, for a caller on its own thread with its own workspace connection.
    // `replaced` is polled while minutes are read; when it turns true the read stops (Cancelled).
    static Result<ChartHistoryResult> load(Workspace& workspace, const ChartScope& scope,
                                           int minutes, qint64 nowMs,
                                           const std::function<bool()>& replaced = {});

signals:
    // Emitted from the worker thread when an answer (or an error in it) is ready to take().
    void finished(quint64 request);

private:
    struct Shared;
    NewestRequestWorker::Delivery answer(quint64 id, const ChartScope& scope, int minutes,
                                         const std::function<bool()>& replaced);

    std::unique_ptr<Shared> m_shared;
    NewestRequestWorker m_worker;
};

} // namespace Gatehouse
