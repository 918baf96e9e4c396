// Live-table filter benchmark: an archive of 1,000,000 tool calls, and the time from a filter
// change in the model to its first page of rows, through the archive pager's worker thread.
#include "models/core/clock.h"
#include "models/telemetry/archivepager.h"
#include "models/telemetry/toolcallmodel.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <cstdio>
#include <functional>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

// Fills the archive with SQLite itself: the rows vary like real traffic (5 humans, 4 agents,
// 14 tools, 3 regions, 3 % errors, 1 call in 16 without a human).
void fill(const QString& path, qint64 rows)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const QByteArray sql =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        + QByteArray::number(rows)
        + ") INSERT INTO telemetry_call (source, sequence, span_index, start_ns, duration_ns,"
          " trace_id, span_id, human, agent_id, agent_name, service_identity, credential_id,"
          " conversation_id, actor_chain, tool, mcp_server, mcp_method, write_tool, data_region,"
          " compute_region, outcome, error_type, tokens_in, tokens_out, sandbox_id,"
          " policy_decision, scope, redactions, arguments)"
          " SELECT 'gw-' || (i % 3), i, 0, 1764580000000000000 + i * 100000000, (i * 7919) % "
          "900000000,"
          " printf('%032x', i), printf('%016x', i),"
          " CASE WHEN i % 16 = 0 THEN '' ELSE 'human' || (i % 5) || '@example.com' END,"
          " 'agt-' || (i % 4), 'Agent ' || (i % 4), 'svc-' || (i % 4), 'cr-' || (i % 4),"
          " 'conv-' || (i / 25), '', 'tool_' || ((i * 13) % 14), 'filesystem', 'tools/call', 0,"
          " CASE i % 3 WHEN 0 THEN 'eu-central-1' WHEN 1 THEN 'us-east-1' ELSE 'ap-northeast-1' "
          "END,"
          " CASE i % 3 WHEN 0 THEN 'eu-west-1' WHEN 1 THEN 'us-east-2' ELSE 'ap-southeast-1' END,"
          " CASE WHEN i % 33 = 0 THEN 'error' ELSE 'ok' END, '', i % 4000, i % 1500, '', 'allow',"
          " 'filesystem:read', 0, '{}' FROM n";
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    char* error = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("fill failed: %s", error);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

struct Case
{
    const char* name;
    std::function<void(ToolCallFilter&)> setup;
};

double firstPageMs(ToolCallModel& model, const ToolCallFilter& filter, int* rows)
{
    QEventLoop loop;
    const auto connection =
        QObject::connect(&model, &ToolCallModel::loadingChanged, &loop, [&](bool loading) {
            if (!loading)
                loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    *rows = model.rowCount();
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    SystemClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.gatehouse"_s);
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().message));
    }
    QElapsedTimer timer;
    timer.start();
    fill(path, rows);
    std::printf("archive: %lld calls written in %.1f s\n", rows, double(timer.elapsed()) / 1000);

    using F = ToolCallFilter::Field;
    const Case cases[] = {
        {"no filter", [](ToolCallFilter&) {}},
        {"agent (indexed)", [](ToolCallFilter& f) { f.setField(F::Agent, u"agt-2"_s); }},
        {"human (indexed)",
         [](ToolCallFilter& f) { f.setField(F::Human, u"human3@example.com"_s); }},
        {"tool (indexed)", [](ToolCallFilter& f) { f.setField(F::Tool, u"tool_7"_s); }},
        {"data region", [](ToolCallFilter& f) { f.setField(F::DataRegion, u"eu-central-1"_s); }},
        {"outcome error (3 %)", [](ToolCallFilter& f) { f.setField(F::Outcome, u"error"_s); }},
        {"no human only", [](ToolCallFilter& f) { f.setOnlyUnattributed(true); }},
        {"free text, common", [](ToolCallFilter& f) { f.setText(u"human4"_s); }},
        {"agent + data region + tokens",
         [](ToolCallFilter& f) {
             f.setField(F::Agent, u"agt-1"_s);
             f.setField(F::DataRegion, u"us-east-1"_s);
             f.setMinimumTokens(3000);
         }},
        {"free text, no match (full scan)", [](ToolCallFilter& f) { f.setText(u"zebra"_s); }},
    };
    ArchivePager pager(path);
    ToolCallModel model(10000);
    model.setPager(&pager);
    std::printf("time from a filter change to its first page (%d rows at most):\n",
                ToolCallModel::PageSize);
    for (const Case& c : cases) {
        ToolCallFilter filter;
        c.setup(filter);
        int shown = 0;
        const double ms = firstPageMs(model, filter, &shown);
        std::printf("  %-34s %8.1f ms  (%d rows%s)\n", c.name, ms, shown,
                    model.canFetchOlder() && shown < ToolCallModel::PageSize
                        ? ", partial: the scan goes on when asked"
                        : "");
    }
    return 0;
}
