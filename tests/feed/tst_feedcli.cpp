// gatehouse-cli simulate and watch as a user runs them: the simulator prints its endpoints, token
// and CA, watch captures into a workspace and reports counts, and bad input fails in one line.
#include "models/feed/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Cli = QStringLiteral(GATEHOUSE_BINARY_DIR "/app/cli/gatehouse-cli");

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runCli(const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(Cli, arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class FeedCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void watchCapturesIntoTheWorkspace();
    void wrongTokenFailsWithTheReason();
    void tokenFromTheKeyring();
    void badInputFailsInOneLine_data();
    void badInputFailsInOneLine();

private:
    QTemporaryDir m_dir;
    QProcess m_simulator;
    QJsonObject m_fleet;
};

void FeedCliTest::initTestCase()
{
    QVERIFY(QFile::exists(Cli));
    m_simulator.start(Cli, {u"simulate"_s, u"--json"_s, u"--gateways"_s, u"1"_s, u"--hosts"_s,
                            u"1"_s, u"--rate"_s, u"40"_s, u"--duration"_s, u"120"_s, u"--faults"_s,
                            u"drop=30"_s, u"--ca-out"_s, m_dir.filePath(u"ca.pem"_s)});
    QByteArray printed;
    QElapsedTimer timer;
    timer.start();
    while (m_fleet.isEmpty() && timer.elapsed() < 30000) {
        m_simulator.waitForReadyRead(500);
        printed += m_simulator.readAllStandardOutput();
        m_fleet = QJsonDocument::fromJson(printed).object();
    }
    QVERIFY2(!m_fleet.isEmpty(), printed.constData());
    QCOMPARE(m_fleet[u"endpoints"_s].toArray().size(), 2);
    QVERIFY(QFile::exists(m_fleet[u"ca"_s].toString()));
    QVERIFY(!m_fleet[u"token"_s].toString().isEmpty());
}

void FeedCliTest::cleanupTestCase()
{
    m_simulator.terminate();
    m_simulator.waitForFinished(10000);
}

void FeedCliTest::watchCapturesIntoTheWorkspace()
{
    QStringList arguments{u"watch"_s,       u"--json"_s,
                          u"--workspace"_s, m_dir.filePath(u"w.gatehouse"_s),
                          u"--ca"_s,        m_fleet[u"ca"_s].toString(),
                          u"--token-env"_s, u"SIM_TOKEN"_s,
                          u"--duration"_s,  u"3"_s};
    for (const QJsonValue& endpoint : m_fleet[u"endpoints"_s].toArray())
        arguments << endpoint[u"url"_s].toString();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SIM_TOKEN"_s, m_fleet[u"token"_s].toString());
    const Outcome outcome = runCli(arguments, environment);
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonArray sources =
        QJsonDocument::fromJson(outcome.out).object()[u"sources"_s].toArray();
    QCOMPARE(sources.size(), 2);
    for (const QJsonValue& source : sources) {
        QVERIFY(source[u"stored"_s].toInteger() > 0);
        QCOMPARE(source[u"stored"_s].toInteger(), source[u"received"_s].toInteger());
        QCOMPARE(source[u"gaps"_s].toInteger(), 0);
    }
}

void FeedCliTest::wrongTokenFailsWithTheReason()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SIM_TOKEN"_s, u"not-the-token"_s);
    const QString url = m_fleet[u"endpoints"_s].toArray().first()[u"url"_s].toString();
    const Outcome outcome = runCli({u"watch"_s, u"--workspace"_s, m_dir.filePath(u"x.gatehouse"_s),
                                    u"--ca"_s, m_fleet[u"ca"_s].toString(), u"--token-env"_s,
                                    u"SIM_TOKEN"_s, u"--duration"_s, u"2"_s, url},
                                   environment);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("HTTP 401"), outcome.err.constData());
}

void FeedCliTest::tokenFromTheKeyring()
{
    using Gatehouse::SecretStore;
    const QString url = m_fleet[u"endpoints"_s].toArray().first()[u"url"_s].toString();
    SecretStore store;
    const auto stored =
        store.writeNow(url, SecretStore::Kind::BearerToken,
                       Gatehouse::SecretBuffer::fromView(m_fleet[u"token"_s].toString().toUtf8()));
    if (!stored && qEnvironmentVariableIsEmpty("CI"))
        QSKIP("no keyring here: run inside dbus-run-session with gnome-keyring unlocked");
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    const Outcome outcome =
        runCli({u"watch"_s, u"--json"_s, u"--workspace"_s, m_dir.filePath(u"k.gatehouse"_s),
                u"--ca"_s, m_fleet[u"ca"_s].toString(), u"--duration"_s, u"2"_s, url});
    QVERIFY(store.removeNow(url, SecretStore::Kind::BearerToken));
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QJsonArray sources =
        QJsonDocument::fromJson(outcome.out).object()[u"sources"_s].toArray();
    QVERIFY(sources.first()[u"stored"_s].toInteger() > 0);
}

void FeedCliTest::badInputFailsInOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("plain http elsewhere")
        << QStringList{u"watch"_s,       u"--duration"_s, u"1"_s,
                       u"--token-env"_s, u"PATH"_s,       u"http://192.0.2.7:8080/gw"_s}
        << QByteArray("Refusing plain http://");
    QTest::newRow("no duration") << QStringList{u"watch"_s, u"https://127.0.0.1:1/gw"_s}
                                 << QByteArray("--duration");
    QTest::newRow("bad pin") << QStringList{u"watch"_s, u"--duration"_s,
                                            u"1"_s,     u"--pin"_s,
                                            u"xyz"_s,   u"https://127.0.0.1:1/gw"_s}
                             << QByteArray("not a SHA-256");
    QTest::newRow("bad fault") << QStringList{u"simulate"_s, u"--faults"_s, u"explode=1"_s}
                               << QByteArray("explode=1");
    QTest::newRow("unknown scenario") << QStringList{u"simulate"_s, u"--scenario"_s,
                                                     u"no-such-scenario"_s, u"--duration"_s, u"1"_s}
                                      << QByteArray("no-such-scenario");
}

void FeedCliTest::badInputFailsInOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    arguments << u"--workspace"_s << m_dir.filePath(u"bad.gatehouse"_s);
    const Outcome outcome = runCli(arguments);
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(outcome.err.contains(reason), outcome.err.constData());
    QCOMPARE(outcome.err.trimmed().count('\n'), 0);
}

QTEST_GUILESS_MAIN(FeedCliTest)
#include "tst_feedcli.moc"
