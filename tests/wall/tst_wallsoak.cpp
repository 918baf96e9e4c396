// The wall left to itself on a fast feed for three minutes: the demo fleet into the real pipeline
// and archive, panels turning every two seconds. The heap it holds once warmed up must be what it
// holds at the end. Each figure is the least heap in use over its half minute, so the calls in
// flight at one moment do not count as growth.
#include "fastwall.h"
#include "residentmemory.h"
#include "resultcheck.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <limits>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

constexpr int SoakSeconds = 180;
constexpr double EventsPerSecond = 100; // per source; the fleet has four
constexpr qint64 AllowedGrowthBytes = 4 * 1024 * 1024;

} // namespace

class TestWallSoak : public QObject
{
    Q_OBJECT

private slots:
    void heapStaysFlat();
};

void TestWallSoak::heapStaysFlat()
{
    DemoWatch watch;
    QVERIFY_RESULT(watch.start(u"eu-data-in-us"_s, EventsPerSecond));
    AssessmentStore assessments(*watch.workspace);
    const auto wall = showFastWall(watch, assessments);
    watch.connectAll();

    qint64 warm = std::numeric_limits<qint64>::max();
    qint64 late = std::numeric_limits<qint64>::max();
    qint64 warmResident = -1;
    int changes = 0;
    int shown = wall->currentPanel();
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (wall->currentPanel() != shown) {
            ++changes;
            shown = wall->currentPanel();
        }
        const qint64 second = elapsed.elapsed() / 1000;
        if (second >= 30 && second < 60) {
            warm = qMin(warm, heapInUseBytes());
            if (warmResident < 0)
                warmResident = residentKiB();
        } else if (second >= SoakSeconds - 30) {
            late = qMin(late, heapInUseBytes());
        }
    });
    probe.start(250);
    QTest::qWait(SoakSeconds * 1000);
    probe.stop();

    const qint64 calls = watch.session->pipeline().totals().calls;
    qInfo("%lld calls archived, %d panel changes; heap in use %lld KiB warmed up, %lld KiB at the "
          "end; resident %lld KiB warmed up, %lld KiB at the end",
          calls, changes, warm / 1024, late / 1024, warmResident, residentKiB());
    QVERIFY(calls > 10'000);
    QVERIFY(changes >= SoakSeconds / 4); // a turn every two seconds, or a pin
    QVERIFY2(late - warm < AllowedGrowthBytes,
             qPrintable(u"the heap grew by %1 KiB"_s.arg((late - warm) / 1024)));
    watch.disconnectAll();
}

QTEST_MAIN(TestWallSoak)
#include "tst_wallsoak.moc"
