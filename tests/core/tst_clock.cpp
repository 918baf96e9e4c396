// The clocks: a scaled clock runs its factor times faster than real time from the moment it is
// made, and says so; the system and manual clocks run at real speed unless told otherwise.
#include "models/core/clock.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace Gatehouse;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsRealTime();
    void scaledClockRunsFaster_data();
    void scaledClockRunsFaster();
    void manualClockCanClaimASpeed();
};

void TestClock::systemClockIsRealTime()
{
    const SystemClock clock;
    QCOMPARE(clock.speed(), 1.0);
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
}

void TestClock::scaledClockRunsFaster_data()
{
    QTest::addColumn<double>("factor");
    QTest::newRow("a day in half an hour") << 48.0;
    QTest::newRow("the fastest allowed") << 1000.0;
}

// Bounded on both sides by real time measured around the span, so a slow machine cannot fail it.
void TestClock::scaledClockRunsFaster()
{
    QFETCH(double, factor);
    QElapsedTimer outer;
    outer.start();
    const ScaledClock clock(factor);
    QCOMPARE(clock.speed(), factor);
    const QDateTime first = clock.now();
    QElapsedTimer inner;
    inner.start();
    QThread::msleep(50);
    const qint64 innerMs = inner.elapsed();
    const QDateTime second = clock.now();
    const qint64 outerMs = outer.elapsed();

    const qint64 clockMs = first.msecsTo(second);
    QVERIFY2(double(clockMs) >= factor * double(innerMs - 1), qPrintable(QString::number(clockMs)));
    QVERIFY2(double(clockMs) <= factor * double(outerMs + 1), qPrintable(QString::number(clockMs)));
    QCOMPARE(second.timeSpec(), Qt::UTC);
    // It starts at the real time, not at some epoch.
    QVERIFY(qAbs(first.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestClock::manualClockCanClaimASpeed()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    QCOMPARE(clock.speed(), 1.0);
    clock.setSpeed(60);
    QCOMPARE(clock.speed(), 60.0);
    const QDateTime before = clock.now();
    clock.advance(1000);
    QCOMPARE(before.msecsTo(clock.now()), 1000);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
