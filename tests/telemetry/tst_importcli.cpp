// gatehouse-cli import and scenario truth, run as a user would: a Collector-style file imported
// twice is stored once, its bad line is a reject with its reason, and bad input exits non-zero.
#include "clirun.h"

#include "models/telemetry/fleetscenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

CliRun cli(const QStringList& arguments)
{
    return runCli(arguments);
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void importsOnceAndCountsRejects()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.gatehouse"_s);
        const QString file = dir.filePath(u"traces.json"_s);
        auto fleet = std::move(*FleetScenario::create(ScenarioOptions{}));
        QByteArray lines;
        for (qint64 s = 1; s <= 30; ++s)
            lines += fleet->event(u"gw-eu-1"_s, s) + '\n';
        lines += "{\"resourceSpans\": [\n\n"; // a broken line and an empty one
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines);
        out.close();

        const CliRun first = cli({u"import"_s, u"--workspace"_s, workspace, u"--json"_s, file});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject once = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(once[u"stored"_s].toInt(), 30);
        QCOMPARE(once[u"duplicates"_s].toInt(), 0);
        QCOMPARE(once[u"rejects"_s].toInt(), 1);
        QCOMPARE(once[u"reject_reasons"_s][u"malformed-json"_s].toInt(), 1);
        QCOMPARE(once[u"files"_s][0][u"source"_s].toString(), u"file:traces.json"_s);

        const CliRun second = cli({u"import"_s, u"--workspace"_s, workspace, u"--json"_s, file});
        const QJsonObject twice = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(twice[u"stored"_s].toInt(), 0);
        QCOMPARE(twice[u"duplicates"_s].toInt(), 31);

        const CliRun text = cli({u"import"_s, u"--workspace"_s, workspace, file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("0 events stored, 31 duplicates skipped, 0 rejects"));
    }

    void refusesBadInput()
    {
        QTemporaryDir dir;
        const CliRun missing = cli(
            {u"import"_s, u"--workspace"_s, dir.filePath(u"w"_s), dir.filePath(u"absent.json"_s)});
        QVERIFY(missing.exitCode != 0);
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(cli({u"import"_s, u"--workspace"_s, dir.filePath(u"w"_s)}).exitCode != 0);
        QVERIFY(cli({u"scenario"_s, u"truth"_s, u"no-such"_s}).exitCode != 0);
    }

    void printsGroundTruth()
    {
        const CliRun run = cli({u"scenario"_s, u"truth"_s, u"no-siem-sink"_s, u"--seed"_s, u"9"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject truth = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(truth[u"seed"_s].toString(), u"9"_s);
        QCOMPARE(truth[u"findings"_s][0][u"control"_s].toString(), u"siem-integration"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
