// The tool-call filter: each column, free text, ranges, and the same answer from the SQL it
// writes as from matching in memory.
#include "models/telemetry/toolcallfilter.h"

#include <QTest>

#include <sqlite3.h>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

ToolCall sample()
{
    ToolCall call;
    call.startNs = 1000;
    call.durationNs = 50'000'000;
    call.human = u"alice@example.com"_s;
    call.agentId = u"agt-triage"_s;
    call.toolName = u"read_text_file"_s;
    call.mcpServer = u"filesystem"_s;
    call.dataRegion = u"eu-central-1"_s;
    call.computeRegion = u"eu-west-1"_s;
    call.outcome = u"ok"_s;
    call.conversationId = u"conv-1"_s;
    call.credentialId = u"cr-101"_s;
    call.tokensIn = 100;
    call.tokensOut = 20;
    return call;
}

using Setup = std::function<void(ToolCallFilter&)>;

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestToolCallFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        using F = ToolCallFilter::Field;
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty") << Setup([](ToolCallFilter&) {}) << true;
        QTest::newRow("human") << Setup([](ToolCallFilter& f) {
            f.setField(F::Human, u"ALICE@example.com"_s);
        }) << true;
        QTest::newRow("other human")
            << Setup([](ToolCallFilter& f) { f.setField(F::Human, u"bob"_s); }) << false;
        QTest::newRow("agent") << Setup([](ToolCallFilter& f) {
            f.setField(F::Agent, u"agt-triage"_s);
        }) << true;
        QTest::newRow("tool") << Setup([](ToolCallFilter& f) {
            f.setField(F::Tool, u"write_file"_s);
        }) << false;
        QTest::newRow("server") << Setup([](ToolCallFilter& f) {
            f.setField(F::McpServer, u"filesystem"_s);
        }) << true;
        QTest::newRow("data region")
            << Setup([](ToolCallFilter& f) { f.setField(F::DataRegion, u"us-east-1"_s); }) << false;
        QTest::newRow("compute region")
            << Setup([](ToolCallFilter& f) { f.setField(F::ComputeRegion, u"eu-west-1"_s); })
            << true;
        QTest::newRow("outcome") << Setup([](ToolCallFilter& f) {
            f.setField(F::Outcome, u"error"_s);
        }) << false;
        QTest::newRow("text in tool")
            << Setup([](ToolCallFilter& f) { f.setText(u"TEXT_F"_s); }) << true;
        QTest::newRow("text in credential")
            << Setup([](ToolCallFilter& f) { f.setText(u"cr-10"_s); }) << true;
        QTest::newRow("text nowhere")
            << Setup([](ToolCallFilter& f) { f.setText(u"zebra"_s); }) << false;
        QTest::newRow("text with wildcard")
            << Setup([](ToolCallFilter& f) { f.setText(u"read%file"_s); }) << false;
        QTest::newRow("time inside")
            << Setup([](ToolCallFilter& f) { f.setTimeRange(500, 1500); }) << true;
        QTest::newRow("time after")
            << Setup([](ToolCallFilter& f) { f.setTimeRange(1500, 0); }) << false;
        QTest::newRow("slow calls")
            << Setup([](ToolCallFilter& f) { f.setMinimumDurationNs(60'000'000); }) << false;
        QTest::newRow("tokens") << Setup([](ToolCallFilter& f) { f.setMinimumTokens(120); })
                                << true;
        QTest::newRow("unattributed only")
            << Setup([](ToolCallFilter& f) { f.setOnlyUnattributed(true); }) << false;
        QTest::newRow("combined") << Setup([](ToolCallFilter& f) {
            f.setField(F::Agent, u"agt-triage"_s);
            f.setText(u"alice"_s);
            f.setMinimumTokens(500);
        }) << false;
    }

    void matches()
    {
        QFETCH(Setup, setup);
        QFETCH(bool, expected);
        ToolCallFilter filter;
        setup(filter);
        QCOMPARE(filter.matches(sample()), expected);
        QCOMPARE(sqlMatches(filter), expected);
    }

    void emptiness()
    {
        ToolCallFilter filter;
        QVERIFY(filter.isEmpty());
        QVERIFY(filter.toSql().where.isEmpty());
        filter.setText(u"  x "_s);
        QCOMPARE(filter.text(), u"x"_s);
        QVERIFY(!filter.isEmpty());
    }

private:
    // The filter's SQL run over a one-row copy of the archive's call table.
    static bool sqlMatches(const ToolCallFilter& filter)
    {
        const ToolCall c = sample();
        sqlite3* db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db,
                     "CREATE TABLE telemetry_call (start_ns, duration_ns, human, agent_id, tool,"
                     " mcp_server, data_region, compute_region, outcome, conversation_id,"
                     " credential_id, tokens_in, tokens_out)",
                     nullptr, nullptr, nullptr);
        const QString insert =
            u"INSERT INTO telemetry_call VALUES (%1, %2, '%3', '%4', '%5', '%6', '%7', '%8', '%9',"
            " '%10', '%11', %12, %13)"_s.arg(c.startNs)
                .arg(c.durationNs)
                .arg(c.human, c.agentId, c.toolName, c.mcpServer, c.dataRegion, c.computeRegion,
                     c.outcome)
                .arg(c.conversationId, c.credentialId)
                .arg(c.tokensIn)
                .arg(c.tokensOut);
        sqlite3_exec(db, insert.toUtf8().constData(), nullptr, nullptr, nullptr);
        const ToolCallFilter::Sql sql = filter.toSql();
        const QByteArray query = (u"SELECT count(*) FROM telemetry_call"_s + sql.where).toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, query.constData(), -1, &statement, nullptr) != SQLITE_OK)
            qFatal("bad filter SQL: %s", query.constData());
        for (int i = 0; i < sql.values.size(); ++i) {
            const QVariant& value = sql.values[i];
            if (value.typeId() == QMetaType::QString)
                sqlite3_bind_text(statement, i + 1, value.toString().toUtf8().constData(), -1,
                                  SQLITE_TRANSIENT);
            else
                sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
        sqlite3_step(statement);
        const bool found = sqlite3_column_int(statement, 0) == 1;
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return found;
    }
};

QTEST_GUILESS_MAIN(TestToolCallFilter)
#include "tst_toolcallfilter.moc"
