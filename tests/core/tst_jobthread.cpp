// The job thread: the work runs on another thread, the end is told on the owner's thread, and
// destroying the job thread waits for the work instead of leaving it running.
#include "models/core/jobthread.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Gatehouse;

class TestJobThread : public QObject
{
    Q_OBJECT

private slots:
    void endsOnTheOwnersThread();
    void destructionWaitsForTheWork();
    void notStartedIsNotRunning();
};

void TestJobThread::endsOnTheOwnersThread()
{
    JobThread job;
    QThread* workedOn = nullptr;
    QThread* endedOn = nullptr;
    job.start([&] { workedOn = QThread::currentThread(); }, this,
              [&] { endedOn = QThread::currentThread(); });
    QTRY_VERIFY(endedOn != nullptr);
    QVERIFY(workedOn != nullptr);
    QVERIFY(workedOn != QThread::currentThread());
    QCOMPARE(endedOn, QThread::currentThread());
    QVERIFY(!job.isRunning());
}

// As in a job object: the context of the end goes with the job thread, so the end that the
// finished work posted is dropped with it instead of running after the job has gone.
void TestJobThread::destructionWaitsForTheWork()
{
    std::atomic_bool done = false;
    bool ended = false;
    {
        const auto context = std::make_unique<QObject>();
        JobThread job;
        job.start(
            [&] {
                QThread::msleep(200);
                done = true;
            },
            context.get(), [&] { ended = true; });
        QVERIFY(job.isRunning());
    }
    QVERIFY(done);
    QTest::qWait(50);
    QVERIFY(!ended);
}

void TestJobThread::notStartedIsNotRunning()
{
    const JobThread job;
    QVERIFY(!job.isRunning());
}

QTEST_GUILESS_MAIN(TestJobThread)
#include "tst_jobthread.moc"
