// How long the Measure page takes to find the newest measured result of each control of a
// deployment after N evaluations (eleven measured items each), against the full scan of every
// stored measurement. Prints the median of several runs of each, in milliseconds.
#include "measuredhistory.h"

#include "models/assessment/assessmentstore.h"
#include "models/evaluation/controlverdict.h"
#include "models/evaluation/readinessevaluator.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

qint64 addDeployment(AssessmentStore& assessments, const QString& name)
{
    Deployment d;
    d.name = name;
    auto added = assessments.addDeployment(d, u"bench"_s);
    if (!added)
        qFatal("cannot add a deployment: %s", qPrintable(added.error().message));
    return added->id;
}

// One transaction an evaluation, as measureAndStore writes them.
void evaluate(Workspace& workspace, EvidenceStore& evidence, qint64 deploymentId, int evaluations,
              ManualClock& clock)
{
    for (int e = 0; e < evaluations; ++e) {
        clock.advance(3600 * 1000);
        auto done = workspace.transaction([&]() -> Result<void> {
            for (int c = 0; c < ControlCount; ++c) {
                if (ReadinessEvaluator::isMeasured(Control(c)))
                    storeMeasurement(evidence, deploymentId,
                                     sampleMeasurement(Control(c), e, clock.now()));
            }
            return {};
        });
        if (!done)
            qFatal("cannot store an evaluation: %s", qPrintable(done.error().message));
    }
}

// Runs `body` at least three times and for at least a second (at most 200 times).
double medianMs(const std::function<int()>& body, int* found)
{
    QList<double> times;
    QElapsedTimer total;
    total.start();
    while (times.size() < 3 || (total.elapsed() < 1000 && times.size() < 200)) {
        QElapsedTimer timer;
        timer.start();
        *found = body();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int evaluations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    if (evaluations < 1)
        qFatal("usage: bench_latest_measured EVALUATIONS");

    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    auto workspace = Workspace::open(dir.filePath(u"bench.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, clock);
    if (!workspace)
        qFatal("cannot create the workspace: %s", qPrintable(workspace.error().message));
    AssessmentStore assessments(**workspace);
    EvidenceStore evidence(**workspace);
    const qint64 measured = addDeployment(assessments, u"measured"_s);
    const qint64 other = addDeployment(assessments, u"other"_s);

    QElapsedTimer setUp;
    setUp.start();
    evaluate(**workspace, evidence, other, std::max(1, evaluations / 10), clock);
    evaluate(**workspace, evidence, measured, evaluations, clock);
    std::printf("%d evaluations stored in %.1f s\n", evaluations, double(setUp.elapsed()) / 1000);

    int controls = 0;
    const double scan =
        medianMs([&] { return int(scanLatestMeasured(evidence, measured).size()); }, &controls);
    std::printf("full scan of every measurement: %.2f ms (%d controls)\n", scan, controls);
    const double newest = medianMs(
        [&] {
            auto latest = ControlVerdict::latestMeasured(evidence, measured);
            if (!latest)
                qFatal("%s", qPrintable(latest.error().message));
            return int(latest->size());
        },
        &controls);
    std::printf("ControlVerdict::latestMeasured: %.2f ms (%d controls)\n", newest, controls);
    return 0;
}
