// gatehouse-cli inventory as a user runs it: JSON output, pinning into a workspace, the diff on
// the next run, and one-line refusals of bad input.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CliRun cli(const QStringList& arguments, const QStringList& environment = {})
{
    return runCli(arguments, environment);
}

QStringList fake(const QString& mode)
{
    return {u"--"_s, u"node"_s,
            QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/tests/inventory/fake-mcp-server.mjs"_s, mode};
}

QStringList names(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& value : array.toArray())
        list.append(value.toString());
    return list;
}

} // namespace

class TestInventoryCli : public QObject
{
    Q_OBJECT

private slots:
    void json();
    void pinAndDiff();
    void badInput_data();
    void badInput();
    void help();
};

void TestInventoryCli::json()
{
    const CliRun run = cli(QStringList{u"inventory"_s, u"--json"_s} + fake(u"poisoned"_s));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"protocol"_s)[u"revision"_s].toString(), u"2025-11-25"_s);
    QCOMPARE(json.value(u"server"_s)[u"serverInfo"_s][u"name"_s].toString(), u"fake-poisoned"_s);
    QCOMPARE(json.value(u"totals"_s)[u"destructive"_s].toInt(), 1);
    QCOMPARE(json.value(u"totals"_s)[u"tokenEstimateMethod"_s].toString(), u"characters/4"_s);
    const QJsonArray tools = json.value(u"tools"_s).toArray();
    QCOMPARE(tools.size(), 6);
    for (const QJsonValue& tool : tools) {
        if (tool[u"name"_s].toString() == u"delete_records"_s) {
            QCOMPARE(tool[u"class"_s].toString(), u"destructive"_s);
            QCOMPARE(tool[u"findings"_s][0][u"code"_s].toString(), u"annotation-contradiction"_s);
        }
    }
    QVERIFY(!json.contains(u"pin"_s)); // no workspace named
    QVERIFY(!run.out.contains("AKIAIOSFODNN7EXAMPLE"));
}

void TestInventoryCli::pinAndDiff()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"cli.ghws"_s);
    QCOMPARE(cli({u"workspace"_s, u"init"_s, u"--workspace"_s, workspace}).exitCode, 0);
    const QStringList base{u"inventory"_s, u"--json"_s, u"--workspace"_s,
                           workspace,      u"--env"_s,  u"POISON_VARIANT"_s};

    CliRun pinned =
        cli(base + QStringList{u"--pin"_s} + fake(u"poisoned"_s), {u"POISON_VARIANT=a"_s});
    QCOMPARE(pinned.exitCode, 0);
    QCOMPARE(pinned.json().value(u"pin"_s)[u"pinned"_s].toBool(), false); // the pin it replaced

    const CliRun same = cli(base + fake(u"poisoned"_s), {u"POISON_VARIANT=a"_s});
    QCOMPARE(same.json().value(u"pin"_s)[u"unchanged"_s].toInt(), 6);
    QVERIFY(names(same.json().value(u"pin"_s)[u"changed"_s]).isEmpty());

    const CliRun changed = cli(base + fake(u"poisoned"_s), {u"POISON_VARIANT=b"_s});
    QCOMPARE(changed.exitCode, 0);
    const QJsonValue pin = changed.json().value(u"pin"_s);
    QVERIFY(pin[u"pinned"_s].toBool());
    QCOMPARE(names(pin[u"changed"_s]), QStringList{u"list_notes"_s});
    QCOMPARE(names(pin[u"added"_s]), QStringList{u"export_all"_s});

    const CliRun audit = cli({u"audit"_s, u"verify"_s, u"--workspace"_s, workspace});
    QCOMPARE(audit.exitCode, 0);
}

void TestInventoryCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no server") << QStringList{u"inventory"_s};
    QTest::newRow("bad timeout") << QStringList{u"inventory"_s, u"--timeout"_s, u"soon"_s}
                                        + fake(u"poisoned"_s);
    QTest::newRow("bad era") << QStringList{u"inventory"_s, u"--era"_s, u"2030"_s}
                                    + fake(u"poisoned"_s);
    QTest::newRow("token for stdio")
        << QStringList{u"inventory"_s, u"--token-env"_s, u"HOME"_s} + fake(u"poisoned"_s);
    QTest::newRow("server exits") << QStringList{u"inventory"_s} + fake(u"exit"_s);
    QTest::newRow("missing workspace")
        << QStringList{u"inventory"_s, u"--workspace"_s, u"/nonexistent/w.ghws"_s}
               + fake(u"poisoned"_s);
}

void TestInventoryCli::badInput()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.err.trimmed().count('\n'), 0); // one line
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestInventoryCli::help()
{
    const CliRun run = cli({u"inventory"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--pin"));
    QVERIFY(run.out.contains("--env"));
}

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventorycli.moc"
