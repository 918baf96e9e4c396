// The event-stream parser, the sequence tracker and the backoff, as plain units.
#include "models/feed/backoff.h"
#include "models/feed/sequencetracker.h"
#include "models/feed/ssestream.h"
#include "models/simulator/faultplan.h"

#include <QTest>

using namespace Gatehouse;
using Item = SseStream::Item;
using namespace Qt::StringLiterals;

namespace {

QList<Item> parseAll(const QByteArray& body, SseStream::Limits limits = {})
{
    SseStream stream(limits);
    QList<Item> items;
    stream.feed(body, items);
    return items;
}

QString describe(const QList<Item>& items)
{
    QStringList parts;
    for (const Item& item : items) {
        switch (item.kind) {
        case Item::Kind::Event:
            parts << QStringLiteral("E[%1|%2|%3]")
                         .arg(QString::fromUtf8(item.hasId ? item.id : QByteArray("-")),
                              QString::fromUtf8(item.type), QString::fromUtf8(item.data));
            break;
        case Item::Kind::Comment:
            parts << QStringLiteral("C[%1]").arg(QString::fromUtf8(item.data));
            break;
        case Item::Kind::Retry:
            parts << QStringLiteral("R[%1]").arg(item.retryMs);
            break;
        case Item::Kind::Oversized:
            parts << QStringLiteral("O[%1]").arg(QString::fromUtf8(item.id));
            break;
        }
    }
    return parts.join(u' ');
}

} // namespace

class SseStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesFrames_data();
    void parsesFrames();
    void everySplitGivesTheSameItems_data();
    void everySplitGivesTheSameItems();
    void oversizedLineIsSkippedAndReported();
    void oversizedEventIsSkippedAndTheNextOneParses();
    void endlessLineKeepsMemoryBounded();
    void resetDropsAPartialEvent();

    void trackerDropsDuplicatesAndResumesAtTheContiguousPoint();
    void trackerDeclaresHolesOutsideTheWindow();
    void trackerAcceptsServerGaps();
    void backoffGrowsToItsCapAndReplays();
    void faultPlanRoundTrips();
    void faultPlanRejectsUnknownNames();
};

void SseStreamTest::parsesFrames_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one event") << QByteArray("id: 1\ndata: {\"a\":1}\n\n") << u"E[1||{\"a\":1}]"_s;
    QTest::newRow("crlf") << QByteArray("id: 2\r\ndata: x\r\n\r\n") << u"E[2||x]"_s;
    QTest::newRow("lone cr") << QByteArray("id: 3\rdata: y\r\r") << u"E[3||y]"_s;
    QTest::newRow("multi-line data")
        << QByteArray("data: a\ndata: b\ndata:\n\n") << u"E[-||a\nb\n]"_s;
    QTest::newRow("no space after colon") << QByteArray("id:7\ndata:z\n\n") << u"E[7||z]"_s;
    QTest::newRow("comment heartbeat") << QByteArray(": hb 2026-01-01T00:00:00.000Z 9\n\n")
                                       << u"C[hb 2026-01-01T00:00:00.000Z 9]"_s;
    QTest::newRow("retry") << QByteArray("retry: 2500\n\n") << u"R[2500]"_s;
    QTest::newRow("bad retry ignored") << QByteArray("retry: 2s\n\n") << QString();
    QTest::newRow("event type") << QByteArray("event: gap\nid: 5\ndata: {}\n\n")
                                << u"E[5|gap|{}]"_s;
    QTest::newRow("no data, no event") << QByteArray("id: 4\n\n") << QString();
    QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: q\n\n") << u"E[-||q]"_s;
    QTest::newRow("unfinished event held") << QByteArray("id: 9\ndata: partial\n") << QString();
}

void SseStreamTest::parsesFrames()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(describe(parseAll(body)), expected);
}

void SseStreamTest::everySplitGivesTheSameItems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("lf") << QByteArray("retry: 100\n: hi\nid: 1\ndata: a\ndata: b\n\nid: 2\n"
                                      "event: gap\ndata: {\"from\":2,\"to\":2}\n\n");
    QTest::newRow("crlf") << QByteArray("id: 1\r\ndata: a\r\n\r\n: hb x 1\r\n\r\nid: 2\r\n"
                                        "data: b\r\n\r\n");
    QTest::newRow("cr") << QByteArray("id: 1\rdata: a\r\r:c\r\rid: 2\rdata: b\r\r");
}

void SseStreamTest::everySplitGivesTheSameItems()
{
    QFETCH(QByteArray, body);
    const QString whole = describe(parseAll(body));
    QVERIFY(!whole.isEmpty());
    for (qsizetype cut = 1; cut < body.size(); ++cut) {
        for (qsizetype second = cut; second < body.size(); second += 7) {
            SseStream stream;
            QList<Item> items;
            stream.feed(QByteArrayView(body).first(cut), items);
            stream.feed(QByteArrayView(body).sliced(cut, second - cut), items);
            stream.feed(QByteArrayView(body).sliced(second), items);
            QCOMPARE(describe(items), whole);
        }
    }
    SseStream bytewise;
    QList<Item> items;
    for (char c : body)
        bytewise.feed(QByteArrayView(&c, 1), items);
    QCOMPARE(describe(items), whole);
}

void SseStreamTest::oversizedLineIsSkippedAndReported()
{
    const QByteArray body = "id: 1\ndata: " + QByteArray(100, 'x') + "\n\nid: 2\ndata: ok\n\n";
    const auto items = parseAll(body, {32, 1024});
    QCOMPARE(describe(items), u"O[1] E[2||ok]"_s);
}

void SseStreamTest::oversizedEventIsSkippedAndTheNextOneParses()
{
    QByteArray body = "id: 1\n";
    for (int i = 0; i < 10; ++i)
        body += "data: 0123456789\n";
    body += "\nid: 2\ndata: fine\n\n";
    QCOMPARE(describe(parseAll(body, {64, 50})), u"O[1] E[2||fine]"_s);
}

void SseStreamTest::endlessLineKeepsMemoryBounded()
{
    SseStream stream({4096, 8192});
    QList<Item> items;
    stream.feed("id: 1\ndata: ok\n\ndata: ", items);
    const QByteArray block(64 * 1024, 'z');
    for (int i = 0; i < 256; ++i) { // 16 MiB without a newline
        stream.feed(block, items);
        QVERIFY(stream.bufferedBytes() <= 4096 + 8192);
    }
    stream.feed("\n\nid: 3\ndata: after\n\n", items);
    QCOMPARE(describe(items), u"E[1||ok] O[] E[3||after]"_s);
}

void SseStreamTest::resetDropsAPartialEvent()
{
    SseStream stream;
    QList<Item> items;
    stream.feed("id: 5\ndata: half", items);
    stream.reset();
    stream.feed("id: 6\ndata: whole\n\n", items);
    QCOMPARE(describe(items), u"E[6||whole]"_s);
}

void SseStreamTest::trackerDropsDuplicatesAndResumesAtTheContiguousPoint()
{
    SequenceTracker tracker(8);
    QList<SequenceTracker::Gap> lost;
    QVERIFY(tracker.accept(1, lost));
    QVERIFY(tracker.accept(2, lost));
    QVERIFY(tracker.accept(4, lost));
    QVERIFY(!tracker.accept(2, lost));
    QVERIFY(!tracker.accept(4, lost));
    QCOMPARE(tracker.resumePoint(), 2);
    QCOMPARE(tracker.pendingHoles(), 1);
    QVERIFY(tracker.accept(3, lost));
    QCOMPARE(tracker.resumePoint(), 4);
    QVERIFY(lost.isEmpty());
}

void SseStreamTest::trackerDeclaresHolesOutsideTheWindow()
{
    SequenceTracker tracker(4);
    QList<SequenceTracker::Gap> lost;
    for (qint64 s : {1, 2, 5, 6})
        tracker.accept(s, lost);
    QVERIFY(lost.isEmpty());
    tracker.accept(7, lost);
    QCOMPARE(lost, (QList<SequenceTracker::Gap>{{3, 4}}));
    QCOMPARE(tracker.resumePoint(), 7);
    QVERIFY(!tracker.accept(3, lost));
}

void SseStreamTest::trackerAcceptsServerGaps()
{
    SequenceTracker tracker(64, 10);
    QList<SequenceTracker::Gap> lost;
    QVERIFY(!tracker.accept(10, lost));
    tracker.accept(11, lost);
    tracker.accept(14, lost);
    tracker.serverLost(12, 16, lost);
    QCOMPARE(lost, (QList<SequenceTracker::Gap>{{12, 13}, {15, 16}}));
    QCOMPARE(tracker.resumePoint(), 16);
    QVERIFY(tracker.accept(17, lost));
}

void SseStreamTest::backoffGrowsToItsCapAndReplays()
{
    Backoff first(100, 1000, 42);
    Backoff second(100, 1000, 42);
    QList<int> delays;
    for (int i = 0; i < 8; ++i) {
        const int delay = first.nextDelayMs();
        QCOMPARE(second.nextDelayMs(), delay);
        delays << delay;
    }
    QVERIFY(delays[0] >= 50 && delays[0] <= 100);
    QVERIFY(delays[3] >= 400 && delays[3] <= 800);
    for (int i = 4; i < 8; ++i)
        QVERIFY(delays[i] >= 500 && delays[i] <= 1000);
    first.reset();
    QVERIFY(first.nextDelayMs() <= 100);
}

void SseStreamTest::faultPlanRoundTrips()
{
    const auto plan = FaultPlan::parse(u"drop=7, duplicate=3,gap=11,endless=1000"_s);
    QVERIFY(plan);
    QCOMPARE(plan->dropEvery, 7);
    QCOMPARE(plan->duplicateEvery, 3);
    QCOMPARE(plan->endlessBytes, 1000);
    QCOMPARE(plan->toString(), u"drop=7,duplicate=3,gap=11,endless=1000"_s);
    QVERIFY(FaultPlan::parse(QString())->isEmpty());
}

void SseStreamTest::faultPlanRejectsUnknownNames()
{
    QVERIFY(!FaultPlan::parse(u"explode=1"_s));
    QVERIFY(!FaultPlan::parse(u"drop=x"_s));
    QVERIFY(!FaultPlan::parse(u"drop"_s));
}

QTEST_GUILESS_MAIN(SseStreamTest)
#include "tst_ssestream.moc"
