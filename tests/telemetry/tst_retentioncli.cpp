// gatehouse-cli workspace set-retention and workspace info, run as a user would: the setting is
// shown and audited, the archive's span and rows are listed, and bad days exit with one line.
#include "clirun.h"

#include "models/telemetry/fleetscenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

} // namespace

class TestRetentionCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(u"w.gatehouse"_s);
        const QString file = m_dir.filePath(u"traces.json"_s);
        auto fleet = std::move(*FleetScenario::create(ScenarioOptions{}));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (qint64 s = 1; s <= 20; ++s)
            out.write(fleet->event(u"gw-eu-1"_s, s) + '\n');
        out.close();
        QCOMPARE(cli({u"import"_s, file}).exitCode, 0);
    }

    void infoShowsTheArchive()
    {
        const CliRun info = cli({u"workspace"_s, u"info"_s, u"--json"_s});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = info.json();
        QCOMPARE(o[u"retention_days"_s].toInt(-1), 0);
        QVERIFY(o[u"size_bytes"_s].toInteger() > 0);
        QVERIFY(o[u"rows"_s][u"telemetry_call"_s].toInteger() > 0);
        QCOMPARE(o[u"rows"_s][u"telemetry_event"_s].toInteger(), 20);
        QVERIFY(o[u"oldest_call"_s].toString() <= o[u"newest_call"_s].toString());
        QVERIFY(o[u"oldest_call"_s].toString().endsWith(u'Z'));

        const CliRun text = cli({u"workspace"_s, u"info"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Telemetry retention:"));
        QVERIFY(text.out.contains("telemetry_event  20"));
    }

    void setsRetentionAndAuditsIt()
    {
        const CliRun set = cli({u"workspace"_s, u"set-retention"_s, u"30"_s, u"--json"_s});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json()[u"retention_days"_s].toInt(), 30);
        QCOMPARE(cli({u"workspace"_s, u"info"_s, u"--json"_s}).json()[u"retention_days"_s].toInt(),
                 30);
        const QJsonObject entry = lastAuditEntry();
        QCOMPARE(entry[u"action"_s].toString(), u"workspace.set-retention"_s);
        QCOMPARE(entry[u"actor"_s].toString(), u"ana"_s);
        QCOMPARE(entry[u"details"_s].toString(), uR"({"days":30,"previous":0})"_s);

        const CliRun text = cli({u"workspace"_s, u"set-retention"_s, u"7"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("7 days"));

        QCOMPARE(cli({u"workspace"_s, u"set-retention"_s, u"OFF"_s}).exitCode, 0);
        QCOMPARE(cli({u"workspace"_s, u"info"_s, u"--json"_s}).json()[u"retention_days"_s].toInt(),
                 0);
        QCOMPARE(lastAuditEntry()[u"details"_s].toString(), uR"({"days":0,"previous":7})"_s);
    }

    void importKeepsOldTelemetry()
    {
        ScenarioOptions options;
        options.start = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        auto fleet = std::move(*FleetScenario::create(options));
        const QString file = m_dir.filePath(u"old.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (qint64 s = 1; s <= 10; ++s)
            out.write(fleet->event(u"gw-eu-1"_s, s) + '\n');
        out.close();
        QCOMPARE(cli({u"workspace"_s, u"set-retention"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(cli({u"import"_s, file}).exitCode, 0);
        const QJsonObject info = cli({u"workspace"_s, u"info"_s, u"--json"_s}).json();
        QVERIFY2(info[u"oldest_call"_s].toString().startsWith(u"2020-01-01"_s),
                 qPrintable(info[u"oldest_call"_s].toString()));
        QCOMPARE(cli({u"workspace"_s, u"set-retention"_s, u"off"_s}).exitCode, 0);
    }

    void refusesBadDays_data()
    {
        QTest::addColumn<QStringList>("days");
        QTest::newRow("zero") << QStringList{u"0"_s};
        QTest::newRow("over ten years") << QStringList{u"3651"_s};
        QTest::newRow("a word") << QStringList{u"week"_s};
        QTest::newRow("a fraction") << QStringList{u"1.5"_s};
        QTest::newRow("missing") << QStringList{};
        QTest::newRow("two") << QStringList{u"3"_s, u"4"_s};
    }

    void refusesBadDays()
    {
        QFETCH(QStringList, days);
        const qsizetype entries = auditEntries();
        const CliRun run = cli(QStringList{u"workspace"_s, u"set-retention"_s} + days);
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("1 to 3650"), run.err.constData());
        QCOMPARE(auditEntries(), entries);
    }

private:
    CliRun cli(const QStringList& arguments) const
    {
        return runCli(arguments + QStringList{u"--workspace"_s, m_workspace},
                      {u"GATEHOUSE_ACTOR=ana"_s, u"LANGUAGE=en"_s});
    }

    QJsonArray auditLog() const
    {
        const CliRun log = cli({u"audit"_s, u"log"_s, u"--limit"_s, u"1000"_s, u"--json"_s});
        return QJsonDocument::fromJson(log.out).array();
    }
    qsizetype auditEntries() const { return auditLog().size(); }
    QJsonObject lastAuditEntry() const { return auditLog().last().toObject(); }

    QTemporaryDir m_dir;
    QString m_workspace;
};

QTEST_GUILESS_MAIN(TestRetentionCli)
#include "tst_retentioncli.moc"
