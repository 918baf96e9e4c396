// The whole live path on loopback: a simulated scenario fleet with faults, served over TLS, read
// by SourceFeeds into the real ingest pipeline; every event ends up in the archive exactly once
// across dropped connections, duplicates, reordering and a restart from zero.
#include "models/feed/sourcefeed.h"
#include "models/simulator/fleetserver.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"
#include "models/workspace/workspace.h"
#include "testpki.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = QByteArrayLiteral("archive-test-token");

struct ArchiveFigures
{
    qint64 rows = -1;
    qint64 distinct = -1;
    qint64 highest = -1;
    qint64 rowsUpTo = -1; // rows with a sequence up to the one asked for
};

ArchiveFigures archiveFigures(const QString& path, const QString& source, qint64 upTo = 0)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    ArchiveFigures figures;
    const char* sql = "SELECT count(*), count(DISTINCT sequence), max(sequence), "
                      "sum(sequence <= ?2) FROM telemetry_event WHERE source = ?1";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const QByteArray utf8 = source.toUtf8();
        sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(statement, 2, upTo);
        if (sqlite3_step(statement) == SQLITE_ROW) {
            figures = {sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1),
                       sqlite3_column_int64(statement, 2), sqlite3_column_int64(statement, 3)};
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return figures;
}

} // namespace

class FeedArchiveTest : public QObject
{
    Q_OBJECT

private slots:
    void everyEventIsArchivedOnceAcrossFaults();

private:
    FeedSettings feedSettings(const QUrl& url) const;

    TestPki m_pki;
    SystemClock m_clock;
};

FeedSettings FeedArchiveTest::feedSettings(const QUrl& url) const
{
    FeedSettings settings;
    settings.client.baseUrl = url;
    settings.client.caFile = m_pki.caFile;
    settings.client.bearerToken = SecretBuffer::fromView(Token);
    settings.backoffInitialMs = 50;
    settings.backoffMaxMs = 300;
    settings.tickMs = 50;
    return settings;
}

void FeedArchiveTest::everyEventIsArchivedOnceAcrossFaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"archive.gatehouse"_s);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY(workspace);
    auto key = RedactionKey::forWorkspace(**workspace);
    QVERIFY(key);
    IngestPipeline pipeline(path, std::make_unique<BasicSecretRedactor>(*key), m_clock);
    QVERIFY(pipeline.start());

    ScenarioOptions options;
    options.seed = 11;
    options.rate = 100;
    options.start = m_clock.now().addSecs(-3);
    options.gateways = 1;
    options.sandboxHosts = 1;
    auto scenario = FleetScenario::create(options);
    QVERIFY(scenario);
    FleetServerSettings serverSettings;
    serverSettings.certificate = m_pki.server.certificate();
    serverSettings.key = m_pki.server.key();
    serverSettings.bearerToken = Token;
    serverSettings.faults = *FaultPlan::parse(u"drop=23,duplicate=9,reorder=13"_s);
    serverSettings.retryMs = 100;
    serverSettings.heartbeatMs = 500;
    FleetServer server(**scenario, m_clock, serverSettings);
    QVERIFY(server.listen());

    QList<std::shared_ptr<SourceFeed>> feeds;
    for (const EndpointDescription& endpoint : (*scenario)->endpoints()) {
        feeds << std::make_shared<SourceFeed>(feedSettings(server.endpointUrl(endpoint.id)),
                                              pipeline, m_clock);
        feeds.last()->start();
    }
    for (int round = 0; round < 3; ++round) {
        QTest::qWait(400);
        server.dropAllStreams();
    }
    for (const auto& feed : feeds)
        QTRY_VERIFY_WITH_TIMEOUT(feed->statistics().events >= 450, 30000);
    for (const auto& feed : feeds)
        feed->stop();
    QVERIFY(pipeline.waitUntilIdle(30000));

    const auto counters = pipeline.counters();
    for (const auto& feed : feeds) {
        const FeedStatistics statistics = feed->statistics();
        const SourceCounters counted = counters.value(feed->sourceId());
        const ArchiveFigures archived =
            archiveFigures(path, feed->sourceId(), statistics.resumePoint);
        QCOMPARE(statistics.gaps, 0);
        QVERIFY(statistics.duplicates > 0);
        QVERIFY(statistics.reconnects >= 3);
        QCOMPARE(counted.stored, statistics.events);
        QCOMPARE(counted.duplicates, 0);
        QCOMPARE(archived.rows, statistics.events);
        QCOMPARE(archived.distinct, archived.rows);
        QCOMPARE(archived.highest, statistics.highestSequence);
        // No hole: 1..resumePoint each once; above it only what was still being reordered.
        QCOMPARE(archived.rowsUpTo, statistics.resumePoint);
        QVERIFY(archived.highest - statistics.resumePoint <= 16);
    }

    // A restart that does not know what the archive holds fetches everything again: the
    // archive keeps each event once and only adds the new ones.
    const QString gateway = feeds.first()->sourceId();
    const qint64 before = archiveFigures(path, gateway).rows;
    SourceFeed again(feedSettings(feeds.first()->url()), pipeline, m_clock);
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(again.statistics().events >= before + 20, 30000);
    again.stop();
    QVERIFY(pipeline.waitUntilIdle(30000));
    const ArchiveFigures after = archiveFigures(path, gateway, again.statistics().resumePoint);
    QCOMPARE(after.rows, after.distinct);
    QCOMPARE(after.rowsUpTo, again.statistics().resumePoint);
    QCOMPARE(after.highest, again.statistics().highestSequence);
    QVERIFY(pipeline.counters().value(gateway).duplicates >= before);
    pipeline.stop();
}

QTEST_GUILESS_MAIN(FeedArchiveTest)
#include "tst_feedarchive.moc"
