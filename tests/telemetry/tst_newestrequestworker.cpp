// The worker behind the archive pager and the chart history: its set-up and tear-down run on its
// own thread, a newer request replaces one not started and interrupts the running one, and only
// the newest answer is delivered.
#include "models/telemetry/newestrequestworker.h"

#include <QList>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Gatehouse;

namespace {

// Answers delivered so far, as their request ids, filled on the worker thread.
class Deliveries
{
public:
    void add(quint64 id)
    {
        std::lock_guard lock(m_mutex);
        m_ids.append(id);
    }
    QList<quint64> ids() const
    {
        std::lock_guard lock(m_mutex);
        return m_ids;
    }

private:
    mutable std::mutex m_mutex;
    QList<quint64> m_ids;
};

NewestRequestWorker::Work quick(Deliveries& deliveries)
{
    return [&deliveries](quint64 id, const NewestRequestWorker::Replaced&) {
        return NewestRequestWorker::Delivery([&deliveries, id] { deliveries.add(id); });
    };
}

// A started worker whose first request runs until it is replaced, then would deliver its id.
struct BusyWorker
{
    BusyWorker()
    {
        worker.start({}, {});
        worker.request([this](quint64 id, const NewestRequestWorker::Replaced& replaced) {
            running = true;
            while (!replaced())
                std::this_thread::yield();
            sawReplaced = true;
            return NewestRequestWorker::Delivery([this, id] { deliveries.add(id); });
        });
    }
    bool waitUntilRunning()
    {
        return QTest::qWaitFor([this] { return running.load(); });
    }

    Deliveries deliveries;
    std::atomic<bool> running = false;
    std::atomic<bool> sawReplaced = false;
    NewestRequestWorker worker; // last: it stops before the rest goes
};

} // namespace

class TestNewestRequestWorker : public QObject
{
    Q_OBJECT

private slots:
    void openAndCloseOnItsThread();
    void answersEachRequestInTurn();
    void newerRequestReplacesOlder();
    void cancelStopsTheRunningRequest();
    void stopInterruptsWork();
};

void TestNewestRequestWorker::openAndCloseOnItsThread()
{
    std::thread::id opened;
    std::thread::id worked;
    std::thread::id closed;
    {
        NewestRequestWorker worker;
        worker.start([&] { opened = std::this_thread::get_id(); },
                     [&] { closed = std::this_thread::get_id(); });
        std::atomic<bool> done = false;
        worker.request([&](quint64, const NewestRequestWorker::Replaced&) {
            worked = std::this_thread::get_id();
            done = true;
            return NewestRequestWorker::Delivery();
        });
        QTRY_VERIFY(done);
    }
    QVERIFY(opened != std::this_thread::get_id());
    QCOMPARE(worked, opened);
    QCOMPARE(closed, opened);
}

void TestNewestRequestWorker::answersEachRequestInTurn()
{
    Deliveries deliveries;
    NewestRequestWorker worker;
    worker.start({}, {});
    QCOMPARE(worker.request(quick(deliveries)), 1u);
    QTRY_COMPARE(deliveries.ids(), QList<quint64>{1});
    QCOMPARE(worker.request(quick(deliveries)), 2u);
    QTRY_COMPARE(deliveries.ids(), (QList<quint64>{1, 2}));
}

void TestNewestRequestWorker::newerRequestReplacesOlder()
{
    BusyWorker busy;
    QVERIFY(busy.waitUntilRunning());
    // Two more while the first runs: the first learns it was replaced, the second never runs.
    bool secondRan = false;
    busy.worker.request([&](quint64, const NewestRequestWorker::Replaced&) {
        secondRan = true;
        return NewestRequestWorker::Delivery();
    });
    const quint64 third = busy.worker.request(quick(busy.deliveries));
    QTRY_COMPARE(busy.deliveries.ids(), QList<quint64>{third});
    QVERIFY(busy.sawReplaced);
    QVERIFY(!secondRan);
}

void TestNewestRequestWorker::cancelStopsTheRunningRequest()
{
    BusyWorker busy;
    QVERIFY(busy.waitUntilRunning());
    busy.worker.cancel();
    QTRY_VERIFY(busy.sawReplaced);
    // A request after the cancel is answered as usual, the cancelled one never.
    const quint64 next = busy.worker.request(quick(busy.deliveries));
    QTRY_COMPARE(busy.deliveries.ids(), QList<quint64>{next});
}

void TestNewestRequestWorker::stopInterruptsWork()
{
    BusyWorker busy;
    QVERIFY(busy.waitUntilRunning());
    busy.worker.stop();
    QVERIFY(busy.sawReplaced);
    QVERIFY(busy.deliveries.ids().isEmpty());
    busy.worker.stop(); // a second stop, and the destructor's, do nothing
}

QTEST_MAIN(TestNewestRequestWorker)
#include "tst_newestrequestworker.moc"
