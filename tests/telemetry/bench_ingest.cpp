// Ingest benchmark: simulated tool-call events through the real pipeline (decode, redact with
// the secret scanner the console uses, archive on its one writer thread), against a bare
// prepared-statement INSERT of the same rows into the same schema, in the same run.
#include "models/core/clock.h"
#include "models/secrets/secretscanner.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

QString freshWorkspace(const QTemporaryDir& dir, const QString& name, const Clock& clock)
{
    const QString path = dir.filePath(name);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().message));
    return path;
}

// What one run cost: wall time and the CPU time of every thread of the process.
struct Rate
{
    double perSecond = 0;
    double perCpuSecond = 0;
};

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(std::clock())
    {
        m_wall.start();
    }
    Rate rate(qint64 events) const
    {
        const double cpu = double(std::clock() - m_cpu) / CLOCKS_PER_SEC;
        return {double(events) * 1e9 / double(m_wall.nsecsElapsed()), double(events) / cpu};
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

Rate pipelineRate(const QString& path, const QList<QByteArray>& events, const Clock& clock)
{
    IngestOptions options;
    options.overflow = IngestOptions::Overflow::Block;
    IngestPipeline pipeline(path, std::make_unique<SecretScanner>("bench"), clock, options);
    if (!pipeline.start())
        qFatal("pipeline did not start");
    const Stopwatch stopwatch;
    for (qsizetype i = 0; i < events.size(); ++i)
        pipeline.submitEvent(u"gw-eu-1"_s, i + 1, events[i]);
    pipeline.waitUntilIdle();
    const Rate rate = stopwatch.rate(events.size());
    if (pipeline.totals().stored != events.size())
        qFatal("stored %lld of %lld", pipeline.totals().stored, qint64(events.size()));
    return rate;
}

// The text parameters of the call row, in the archive's column numbers.
constexpr int CallTextColumns[] = {1,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15,
                                   16, 17, 19, 20, 21, 22, 25, 26, 27, 29};

QList<QByteArray> callTexts(const ToolCall& c)
{
    return {c.source.toUtf8(),          c.traceId.toUtf8(),      c.spanId.toUtf8(),
            c.human.toUtf8(),           c.agentId.toUtf8(),      c.agentName.toUtf8(),
            c.serviceIdentity.toUtf8(), c.credentialId.toUtf8(), c.conversationId.toUtf8(),
            c.actorChain.toUtf8(),      c.toolName.toUtf8(),     c.mcpServer.toUtf8(),
            c.mcpMethod.toUtf8(),       c.dataRegion.toUtf8(),   c.computeRegion.toUtf8(),
            c.outcome.toUtf8(),         c.errorType.toUtf8(),    c.sandboxId.toUtf8(),
            c.policyDecision.toUtf8(),  c.scope.toUtf8(),        c.arguments.toUtf8()};
}

void bind(sqlite3_stmt* s, int i, const QByteArray& utf8)
{
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

// The ceiling: the same two rows an event costs (its key and its call), bound from records
// decoded and encoded as UTF-8 beforehand, 2,000 events a transaction.
Rate bareRate(const QString& path, const QList<ToolCall>& calls)
{
    QList<QList<QByteArray>> texts;
    texts.reserve(calls.size());
    for (const ToolCall& c : calls)
        texts.append(callTexts(c));
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt* event = nullptr;
    sqlite3_stmt* call = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR IGNORE INTO telemetry_event (source, sequence, received_ms, "
                       "size, rejected) VALUES (?1, ?2, ?3, ?4, 0)",
                       -1, &event, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO telemetry_call (source, sequence, span_index, start_ns, duration_ns, "
        "trace_id, span_id, human, agent_id, agent_name, service_identity, credential_id, "
        "conversation_id, actor_chain, tool, mcp_server, mcp_method, write_tool, data_region, "
        "compute_region, outcome, error_type, tokens_in, tokens_out, sandbox_id, "
        "policy_decision, scope, redactions, arguments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
        "?26, ?27, ?28, ?29)",
        -1, &call, nullptr);
    const Stopwatch stopwatch;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const ToolCall& c = calls[i];
        if (i % 2000 == 0)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        bind(event, 1, texts[i][0]);
        sqlite3_bind_int64(event, 2, c.sequence);
        sqlite3_bind_int64(event, 3, 0);
        sqlite3_bind_int64(event, 4, 1300);
        sqlite3_step(event);
        sqlite3_reset(event);
        for (qsizetype t = 0; t < texts[i].size(); ++t)
            bind(call, CallTextColumns[t], texts[i][t]);
        sqlite3_bind_int64(call, 2, c.sequence);
        sqlite3_bind_int(call, 3, c.spanIndex);
        sqlite3_bind_int64(call, 4, c.startNs);
        sqlite3_bind_int64(call, 5, c.durationNs);
        sqlite3_bind_int(call, 18, c.writeTool);
        sqlite3_bind_int64(call, 23, c.tokensIn);
        sqlite3_bind_int64(call, 24, c.tokensOut);
        sqlite3_bind_int(call, 28, c.redactions);
        if (sqlite3_step(call) != SQLITE_DONE)
            qFatal("bare insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(call);
        if (i % 2000 == 1999 || i + 1 == calls.size())
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const Rate rate = stopwatch.rate(calls.size());
    sqlite3_finalize(event);
    sqlite3_finalize(call);
    sqlite3_close(db);
    return rate;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    SystemClock clock;
    ScenarioOptions options;
    options.seed = 7;
    options.gateways = 1;
    options.sandboxHosts = 0;
    auto fleet = std::move(*FleetScenario::create(options));

    QList<QByteArray> events;
    qint64 bytes = 0;
    for (qint64 s = 1; s <= count; ++s) {
        events.append(fleet->event(u"gw-eu-1"_s, s));
        bytes += events.last().size();
    }
    // "pipeline" as the second argument runs the pipeline alone, for a profiler.
    if (argc > 2 && QByteArray(argv[2]) == "pipeline") {
        QTemporaryDir dir;
        const Rate piped =
            pipelineRate(freshWorkspace(dir, u"pipe.gatehouse"_s, clock), events, clock);
        std::printf("pipeline decode + redact + archive: %.0f events/s, %.0f per CPU-second\n",
                    piped.perSecond, piped.perCpuSecond);
        return 0;
    }
    // Decoding is timed on its own, records dropped at once; the records the bare INSERT binds
    // are made in a second, untimed pass.
    OtlpDecoder decoder;
    QElapsedTimer stage;
    stage.start();
    qint64 decoded = 0;
    for (qsizetype i = 0; i < events.size(); ++i)
        decoded += decoder.decode(u"gw-eu-1"_s, i + 1, events[i])->calls.size();
    const double decodeRate = double(count) * 1e9 / double(stage.nsecsElapsed());
    QList<ToolCall> calls;
    calls.reserve(decoded);
    for (qsizetype i = 0; i < events.size(); ++i)
        calls.append(decoder.decode(u"gw-eu-1"_s, i + 1, events[i])->calls);
    const SecretScanner redactor("bench");
    stage.restart();
    for (const ToolCall& call : calls) {
        QString arguments = call.arguments;
        redactor.redact(arguments);
    }
    const double redactRate = double(count) * 1e9 / double(stage.nsecsElapsed());

    QTemporaryDir dir;
    const Rate bare = bareRate(freshWorkspace(dir, u"bare.gatehouse"_s, clock), calls);
    const Rate piped = pipelineRate(freshWorkspace(dir, u"pipe.gatehouse"_s, clock), events, clock);
    std::printf("events: %lld tool-call events, %.0f bytes each on average\n", count,
                double(bytes) / double(count));
    std::printf("decode alone: %.0f events/s; redact alone: %.0f events/s\n", decodeRate,
                redactRate);
    std::printf("bare prepared INSERT (event key + call row): %.0f events/s, %.0f per CPU-second\n",
                bare.perSecond, bare.perCpuSecond);
    std::printf("pipeline decode + redact + archive:          %.0f events/s, %.0f per CPU-second\n",
                piped.perSecond, piped.perCpuSecond);
    std::printf("ratio pipeline / bare: %.2f (targets: >= 50000 events/s and >= 0.50)\n",
                piped.perSecond / bare.perSecond);
    return 0;
}
