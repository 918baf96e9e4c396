// gatehouse-cli as a user runs it: the real binary on a real workspace, JSON outputs, and bad
// input that exits non-zero with one line and changes nothing.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        return QJsonDocument::fromJson(out).isObject()
                   ? QJsonValue(QJsonDocument::fromJson(out).object())
                   : QJsonValue(QJsonDocument::fromJson(out).array());
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void eachCommandHasHelp_data();
    void eachCommandHasHelp();
    void assessAndProveEndToEnd();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void unreadableWorkspaces_data();
    void unreadableWorkspaces();
    void auditVerifyFindsTampering();

private:
    Run cli(const QStringList& arguments, const QString& actor = u"ana"_s) const;
    // The audit trail length and its head: any change through the CLI moves both.
    QByteArray stateOf() const;

    QTemporaryDir m_dir;
    QString m_workspace;
};

Run TestCli::cli(const QStringList& arguments, const QString& actor) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GATEHOUSE_ACTOR"_s, actor);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GATEHOUSE_CLI), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestCli::stateOf() const
{
    const Run run = cli({u"audit"_s, u"verify"_s, u"--json"_s, u"--workspace"_s, m_workspace});
    return run.out;
}

void TestCli::initTestCase()
{
    m_workspace = m_dir.filePath(u"cli.gatehouse"_s);
    const Run init = cli({u"workspace"_s, u"init"_s, u"--workspace"_s, m_workspace, u"--json"_s});
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(init.json()[u"schema"_s].toInt() > 0, true);
    const Run add = cli({u"deployment"_s, u"add"_s, u"Claims triage"_s, u"--owner"_s, u"Ana"_s,
                         u"--workspace"_s, m_workspace, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.json()[u"name"_s].toString(), u"Claims triage"_s);
}

void TestCli::helpListsEveryCommand()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char* command :
         {"workspace init", "workspace check", "deployment add", "deployment list", "matrix set",
          "matrix show", "checklist set", "checklist show", "evidence add", "evidence export",
          "audit verify"})
        QVERIFY2(help.out.contains(command), command);
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
}

void TestCli::eachCommandHasHelp_data()
{
    QTest::addColumn<QStringList>("words");
    for (const char* command : {"workspace init", "deployment add", "matrix set", "checklist set",
                                "evidence add", "evidence export", "audit verify"})
        QTest::newRow(command) << QString::fromLatin1(command).split(u' ');
}

void TestCli::eachCommandHasHelp()
{
    QFETCH(QStringList, words);
    const Run help = cli(words + QStringList{u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: gatehouse-cli " + words.join(u' ').toUtf8()));
    QVERIFY(help.out.contains("--workspace"));
    QVERIFY(help.out.contains("--json"));
}

void TestCli::assessAndProveEndToEnd()
{
    const QStringList ws{u"--workspace"_s, m_workspace, u"--json"_s};
    Run run = cli(
        QStringList{u"matrix"_s, u"set"_s, u"Claims triage"_s, u"data-sensitivity=5"_s,
                    u"network-exposure=5"_s, u"audit-requirement=4"_s, u"latency-tolerance=2"_s,
                    u"ops-maturity=4"_s, u"regulatory-exposure=5"_s, u"vendor-lock-in=3"_s,
                    u"budget-headroom=4"_s, u"--rationale"_s, u"data-sensitivity=claims hold PHI"_s}
        + ws);
    QCOMPARE(run.exitCode, 0);
    run = cli(QStringList{u"matrix"_s, u"show"_s, u"Claims triage"_s} + ws);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"total"_s].toInt(), 32);
    QCOMPARE(run.json()[u"band"_s].toString(), u"self-hosted-tunnel"_s);
    QCOMPARE(run.json()[u"scores"_s][u"data-sensitivity"_s][u"rationale"_s].toString(),
             u"claims hold PHI"_s);
    QCOMPARE(run.json()[u"scores"_s][u"data-sensitivity"_s][u"scored_by"_s].toString(), u"ana"_s);

    QCOMPARE(cli(QStringList{u"checklist"_s, u"set"_s, u"Claims triage"_s, u"outbound-only"_s,
                             u"pass"_s, u"--note"_s, u"no listeners"_s}
                 + ws)
                 .exitCode,
             0);
    const QString file = m_dir.filePath(u"firewall.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("deny inbound any\n");
    }
    run = cli(QStringList{u"evidence"_s, u"add"_s, u"Claims triage"_s, u"outbound-only"_s, file,
                          u"--collected"_s, u"2026-11-20"_s}
              + ws);
    QCOMPARE(run.exitCode, 0);
    const QString sha = run.json()[u"sha256"_s].toString();
    QCOMPARE(
        sha,
        QString::fromLatin1(
            QCryptographicHash::hash("deny inbound any\n", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(run.json()[u"collected_at"_s].toString(), u"2026-11-20T00:00:00.000Z"_s);
    const qint64 id = run.json()[u"id"_s].toInteger();

    run = cli(QStringList{u"checklist"_s, u"show"_s, u"Claims triage"_s} + ws);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"passed"_s].toInt(), 1);
    QCOMPARE(run.json()[u"readiness"_s].toString(), u"not-ready"_s);
    const QJsonArray controls = run.json()[u"controls"_s].toArray();
    QCOMPARE(controls.size(), 12);
    QCOMPARE(controls.at(4)[u"control"_s].toString(), u"outbound-only"_s);
    QCOMPARE(controls.at(4)[u"status"_s].toString(), u"pass"_s);
    QCOMPARE(controls.at(4)[u"evidence"_s].toInt(), 1);

    const QString out = m_dir.filePath(u"exported.txt"_s);
    run = cli(QStringList{u"evidence"_s, u"export"_s, u"Claims triage"_s, u"outbound-only"_s,
                          QString::number(id), out}
              + ws);
    QCOMPARE(run.exitCode, 0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), "deny inbound any\n");

    run = cli(QStringList{u"audit"_s, u"verify"_s} + ws);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"intact"_s].toBool(), true);
    run = cli(QStringList{u"workspace"_s, u"check"_s} + ws);
    QCOMPARE(run.exitCode, 0);
}

void TestCli::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString d = u"Claims triage"_s;
    QTest::newRow("score too high")
        << QStringList{u"matrix"_s, u"set"_s, d, u"ops-maturity=6"_s} << u"1 to 5"_s;
    QTest::newRow("score zero") << QStringList{u"matrix"_s, u"set"_s, d, u"data-sensitivity=3"_s,
                                               u"ops-maturity=0"_s}
                                << u"1 to 5"_s;
    QTest::newRow("score not a number")
        << QStringList{u"matrix"_s, u"set"_s, d, u"ops-maturity=high"_s} << u"1 to 5"_s;
    QTest::newRow("unknown dimension")
        << QStringList{u"matrix"_s, u"set"_s, d, u"cost=3"_s} << u"data-sensitivity"_s;
    QTest::newRow("unknown deployment")
        << QStringList{u"matrix"_s, u"set"_s, u"Nope"_s, u"ops-maturity=3"_s} << u"Nope"_s;
    QTest::newRow("duplicate deployment")
        << QStringList{u"deployment"_s, u"add"_s, u"claims triage"_s} << u"exists"_s;
    QTest::newRow("unknown control")
        << QStringList{u"checklist"_s, u"set"_s, d, u"firewall"_s, u"pass"_s} << u"kill-switch"_s;
    QTest::newRow("unknown status")
        << QStringList{u"checklist"_s, u"set"_s, d, u"kill-switch"_s, u"ok"_s} << u"pass"_s;
    QTest::newRow("not-applicable without justification")
        << QStringList{u"checklist"_s, u"set"_s, d, u"kill-switch"_s, u"not-applicable"_s}
        << u"justification"_s;
    QTest::newRow("missing evidence file")
        << QStringList{u"evidence"_s, u"add"_s, d, u"kill-switch"_s, u"/nonexistent/drill.pdf"_s}
        << u"/nonexistent/drill.pdf"_s;
    QTest::newRow("future collection date")
        << QStringList{u"evidence"_s,    u"add"_s,       d, u"kill-switch"_s, u"/etc/hostname"_s,
                       u"--collected"_s, u"2999-01-01"_s}
        << u"future"_s;
    QTest::newRow("bad collection date")
        << QStringList{u"evidence"_s,    u"add"_s,      d, u"kill-switch"_s, u"/etc/hostname"_s,
                       u"--collected"_s, u"yesterday"_s}
        << u"YYYY-MM-DD"_s;
    QTest::newRow("export of unknown evidence")
        << QStringList{u"evidence"_s, u"export"_s, d, u"kill-switch"_s, u"999"_s, u"/tmp/x"_s}
        << u"999"_s;
}

void TestCli::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const QByteArray before = stateOf();
    const Run run = cli(arguments + QStringList{u"--workspace"_s, m_workspace});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
    QCOMPARE(stateOf(), before);
}

void TestCli::unreadableWorkspaces_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("hello, this is not a database\n").repeated(10)
                          << u"not a Gatehouse workspace"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("missing") << QByteArray("-") << u"no workspace"_s;
}

void TestCli::unreadableWorkspaces()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(u"unreadable.gatehouse"_s);
    QFile::remove(path);
    if (content != "-") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Run run = cli({u"deployment"_s, u"list"_s, u"--workspace"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
    if (content == "-")
        QVERIFY(!QFile::exists(path));
}

void TestCli::auditVerifyFindsTampering()
{
    const QString copy = m_dir.filePath(u"tampered.gatehouse"_s);
    QVERIFY(cli({u"workspace"_s, u"init"_s, u"--workspace"_s, copy}).exitCode == 0);
    QVERIFY(cli({u"deployment"_s, u"add"_s, u"A"_s, u"--workspace"_s, copy}).exitCode == 0);
    QVERIFY(cli({u"deployment"_s, u"add"_s, u"B"_s, u"--workspace"_s, copy}).exitCode == 0);
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {copy, u"DROP TRIGGER audit_log_no_delete;"
                                      " DELETE FROM audit_log WHERE sequence = 2;"_s});
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
    const Run run = cli({u"audit"_s, u"verify"_s, u"--workspace"_s, copy});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("entry 2"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
