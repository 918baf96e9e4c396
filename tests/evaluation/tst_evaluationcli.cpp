// gatehouse-cli link, links, transfer, drill and evaluate, run as a user would against a
// workspace holding imported simulator traffic; bad input exits non-zero with one line.
#include "models/telemetry/fleetscenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class Cli
{
public:
    Cli()
    {
        m_workspace = m_dir.filePath(u"w.gatehouse"_s);
        (*this)({u"workspace"_s, u"init"_s});
    }

    Run operator()(QStringList arguments) const
    {
        arguments << u"--workspace"_s << m_workspace;
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(GATEHOUSE_CLI), arguments);
        process.waitForFinished(120000);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

QJsonObject controlOf(const QJsonObject& evaluation, const QString& slug)
{
    for (const QJsonValue& v : evaluation[u"controls"_s].toArray()) {
        if (v[u"control"_s].toString() == slug)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestEvaluationCli : public QObject
{
    Q_OBJECT

private slots:
    void linkImportEvaluate()
    {
        Cli cli;
        ScenarioOptions options;
        options.name = u"eu-data-in-us"_s;
        auto fleet = std::move(*FleetScenario::create(options));
        QFile out(cli.file(u"gw.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (qint64 s = 1; s <= 200; ++s)
            out.write(fleet->event(u"gw-eu-1"_s, s) + '\n');
        out.close();

        QCOMPARE(cli({u"deployment"_s, u"add"_s, u"fleet"_s}).exitCode, 0);
        QCOMPARE(cli({u"import"_s, u"--source"_s, u"gw-eu-1"_s, cli.file(u"gw.json"_s)}).exitCode,
                 0);
        QCOMPARE(cli({u"link"_s, u"fleet"_s, u"--source"_s, u"gw-eu-1"_s, u"--agent"_s,
                      u"agt-triage,agt-release"_s})
                     .exitCode,
                 0);
        const Run links = cli({u"links"_s, u"fleet"_s, u"--json"_s});
        QCOMPARE(links.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(links.out).object();
        QCOMPARE(shown[u"sources"_s].toArray(), QJsonArray{u"gw-eu-1"_s});
        QCOMPARE(shown[u"agents"_s].toArray(), (QJsonArray{u"agt-release"_s, u"agt-triage"_s}));

        const Run evaluated = cli({u"evaluate"_s, u"fleet"_s, u"--json"_s});
        QVERIFY2(evaluated.exitCode == 0, evaluated.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(evaluated.out).object();
        QCOMPARE(result[u"controls"_s].toArray().size(), 12);
        const QJsonObject residency = controlOf(result, u"data-residency"_s);
        QCOMPARE(residency[u"status"_s].toString(), u"fail"_s);
        QCOMPARE(residency[u"offending"_s][0][u"computeRegion"_s].toString(), u"us-east-2"_s);
        QVERIFY(residency[u"evidenceId"_s].toInt() > 0);
        // Imported files carry no posture: the posture controls are not assessed, not passed.
        QCOMPARE(controlOf(result, u"outbound-only"_s)[u"status"_s].toString(), u"not-assessed"_s);
        QCOMPARE(controlOf(result, u"governance-policy"_s)[u"measured"_s], QJsonValue());
        QCOMPARE(result[u"readiness"_s].toString(), u"not-ready"_s);

        const Run text = cli({u"evaluate"_s, u"fleet"_s, u"--from"_s, u"2026-11-30"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("data-residency"));
        QVERIFY(text.out.contains("Readiness: not-ready"));

        const Run evidence =
            cli({u"evidence"_s, u"list"_s, u"fleet"_s, u"data-residency"_s, u"--json"_s});
        QCOMPARE(evidence.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(evidence.out).array().size(), 2);
    }

    void transfersAndDrills()
    {
        Cli cli;
        QCOMPARE(cli({u"deployment"_s, u"add"_s, u"fleet"_s}).exitCode, 0);
        QCOMPARE(cli({u"transfer"_s, u"allow"_s, u"fleet"_s, u"eu"_s, u"ch"_s, u"--note"_s,
                      u"adequacy"_s})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({u"drill"_s, u"start"_s, u"fleet"_s, u"agt-triage"_s, u"--runbook"_s, u"RB-7"_s})
                .exitCode,
            0);
        QVERIFY(cli({u"drill"_s, u"start"_s, u"fleet"_s, u"agt-triage"_s}).exitCode != 0);
        QCOMPARE(cli({u"drill"_s, u"stop"_s, u"fleet"_s, u"agt-triage"_s}).exitCode, 0);
        const Run links = cli({u"links"_s, u"fleet"_s, u"--json"_s});
        const QJsonObject shown = QJsonDocument::fromJson(links.out).object();
        QCOMPARE(shown[u"transfers"_s][0][u"compute"_s].toString(), u"CH"_s);
        QCOMPARE(shown[u"drills"_s][0][u"runbook"_s].toString(), u"RB-7"_s);
        QVERIFY(!shown[u"drills"_s][0][u"endedAt"_s].toString().isEmpty());
        QCOMPARE(cli({u"transfer"_s, u"remove"_s, u"fleet"_s, u"EU"_s, u"CH"_s}).exitCode, 0);
    }

    void sites()
    {
        Cli cli;
        const Run added =
            cli({u"site"_s, u"add"_s, u"dc-basel"_s, u"--name"_s, u"Basel DC"_s, u"--country"_s,
                 u"ch"_s, u"--lat"_s, u"47.56"_s, u"--lon"_s, u"7.59"_s, u"--json"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(QJsonDocument::fromJson(added.out)[u"jurisdiction"_s].toString(), u"CH"_s);
        QVERIFY(cli({u"site"_s, u"add"_s, u"us-east-1"_s, u"--name"_s, u"x"_s, u"--country"_s,
                     u"US"_s, u"--lat"_s, u"1"_s, u"--lon"_s, u"1"_s})
                    .exitCode
                != 0);
        QVERIFY(cli({u"site"_s, u"add"_s, u"dc-x"_s, u"--name"_s, u"x"_s}).exitCode != 0);
        const Run listed = cli({u"sites"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown deployment") << QStringList{u"evaluate"_s, u"nowhere"_s};
        QTest::newRow("link nothing") << QStringList{u"link"_s, u"fleet"_s};
        QTest::newRow("bad from") << QStringList{u"evaluate"_s, u"fleet"_s, u"--from"_s, u"x"_s};
        QTest::newRow("from after to") << QStringList{u"evaluate"_s,   u"fleet"_s, u"--from"_s,
                                                      u"2026-12-02"_s, u"--to"_s,  u"2026-12-01"_s};
        QTest::newRow("drill without agent") << QStringList{u"drill"_s, u"start"_s, u"fleet"_s};
        QTest::newRow("stop without drill")
            << QStringList{u"drill"_s, u"stop"_s, u"fleet"_s, u"agt-x"_s};
        QTest::newRow("transfer half") << QStringList{u"transfer"_s, u"allow"_s, u"fleet"_s};
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        Cli cli;
        QCOMPARE(cli({u"deployment"_s, u"add"_s, u"fleet"_s}).exitCode, 0);
        const Run run = cli(arguments);
        QVERIFY(run.exitCode != 0);
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        QVERIFY(!run.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvaluationCli)
#include "tst_evaluationcli.moc"
