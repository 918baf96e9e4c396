// The flag the handlers set and the timer that reads it; see terminationsignals.h.
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Gatehouse {

namespace {

// Lock-free, so setting it is safe in a signal handler.
std::atomic_bool g_terminationRequested = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void requestTermination(int)
{
    g_terminationRequested = true;
}

} // namespace

void quitOnTerminationSignals(QObject* context)
{
    std::signal(SIGINT, requestTermination);
    std::signal(SIGTERM, requestTermination);
    auto* watch = new QTimer(context);
    QObject::connect(watch, &QTimer::timeout, [] {
        if (g_terminationRequested)
            QCoreApplication::quit();
    });
    watch->start(100);
}

} // namespace Gatehouse
