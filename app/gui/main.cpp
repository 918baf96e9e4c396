// The gatehouse desktop console: reads the command line, opens the workspace (or a demo one) and
// shows the main window.
#include "demoworkspace.h"
#include "mainwindow.h"
#include "measurecontroller.h"
#include "watchcontroller.h"

#include "views/inventory/inventorywidget.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/core/terminationsignals.h"
#include "models/evidence/evidencestore.h"
#include "models/i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse)
};

struct Options
{
    QString workspace;
    bool demo = false;
    QString screenshot;
    int after = 2;
    QString actor;
    QString tab;
    ScenarioOptions scenario;
    bool wall = false;
    WallOptions wallOptions;
    double demoSpeed = 1;
    QString error; // a bad option value, said before anything starts
};

QString defaultActor()
{
    for (const char* variable : {"GATEHOUSE_ACTOR", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return u"gatehouse-user"_s;
}

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Gatehouse: assess AI agent deployments, keep their "
                                              "evidence and prove it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"workspace"_s,
         Text::tr("Open the workspace FILE (default: the last one, or %1).")
             .arg(Workspace::defaultPath()),
         Text::tr("FILE")},
        {u"demo"_s, Text::tr("Open a temporary demo workspace with three example deployments.")},
        {u"screenshot"_s, Text::tr("Write a PNG of the main window to FILE and quit."),
         Text::tr("FILE")},
        {u"after"_s, Text::tr("Take the screenshot after SECONDS (default 2)."),
         Text::tr("SECONDS"), u"2"_s},
        {u"actor"_s, Text::tr("Record changes as made by NAME (default: the login name)."),
         Text::tr("NAME")},
        {u"tab"_s,
         Text::tr("Show TAB first: matrix, readiness, watch, map, charts, inventory or measure."),
         Text::tr("TAB")},
        {u"scenario"_s,
         Text::tr("With --demo, the simulated fleet's scenario: %1 (default clean).")
             .arg(FleetScenario::scenarioNames().join(u", "_s)),
         Text::tr("NAME"), u"clean"_s},
        {u"seed"_s, Text::tr("With --demo, the seed of the simulated traffic (default 1)."),
         Text::tr("N"), u"1"_s},
        {u"wall"_s,
         Text::tr("Show the wall display full screen instead of the window (Space pauses, "
                  "arrows step, Esc leaves).")},
        {u"light"_s, Text::tr("With --wall, the light theme for bright rooms.")},
        {u"rotate"_s, Text::tr("With --wall, seconds each panel is shown (default 20)."),
         Text::tr("SECONDS"), u"20"_s},
        {u"rate"_s, Text::tr("With --demo, events a second per simulated source (default 20)."),
         Text::tr("N"), u"20"_s},
        {u"demo-speed"_s,
         Text::tr("With --demo, let time run FACTOR times faster (1 to 1000, default 1), so that "
                  "hours of traffic, charts and baselines pass in minutes. --rate counts in this "
                  "faster time; --rotate stays in real seconds."),
         Text::tr("FACTOR"), u"1"_s},
    });
    parser.process(app);
    Options options;
    options.workspace = parser.value(u"workspace"_s);
    options.demo = parser.isSet(u"demo"_s);
    options.screenshot = parser.value(u"screenshot"_s);
    options.after = qMax(0, parser.value(u"after"_s).toInt());
    options.actor = parser.isSet(u"actor"_s) ? parser.value(u"actor"_s) : defaultActor();
    options.tab = parser.value(u"tab"_s);
    options.wall = parser.isSet(u"wall"_s);
    options.wallOptions.dark = !parser.isSet(u"light"_s);
    options.wallOptions.rotationSeconds = qMax(3, parser.value(u"rotate"_s).toInt());
    options.scenario.name = parser.value(u"scenario"_s);
    options.scenario.seed = parser.value(u"seed"_s).toULongLong();
    options.scenario.rate = qBound(0.1, parser.value(u"rate"_s).toDouble(), 20000.0);
    bool speedOk = false;
    options.demoSpeed = parser.value(u"demo-speed"_s).toDouble(&speedOk);
    if (!speedOk || options.demoSpeed < 1 || options.demoSpeed > 1000)
        options.error = Text::tr("--demo-speed takes a factor from 1 to 1000, such as 48 for a "
                                 "day in half an hour.");
    else if (options.demoSpeed > 1 && !options.demo)
        options.error = Text::tr("--demo-speed only works with --demo: a real workspace keeps "
                                 "real time.");
    return options;
}

std::unique_ptr<Clock> makeClock(double speed)
{
    if (speed > 1)
        return std::make_unique<ScaledClock>(speed);
    return std::make_unique<SystemClock>();
}

Result<std::unique_ptr<Workspace>> openDemo(const QTemporaryDir& dir, const Clock& clock)
{
    auto workspace = Workspace::open(dir.filePath(u"demo.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, clock);
    if (!workspace)
        return workspace;
    AssessmentStore assessments(**workspace);
    EvidenceStore evidence(**workspace);
    if (auto seeded = seedDemoWorkspace(assessments, evidence, clock, dir.path()); !seeded)
        return std::unexpected(seeded.error());
    return workspace;
}

// At start there is no workspace to fall back on: offer to choose another until one opens.
bool openAtStart(MainWindow& window, const QString& path, const Clock& clock, bool interactive)
{
    if (!interactive) {
        auto opened = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return false;
        }
        window.setWorkspace(std::move(*opened), true);
        return true;
    }
    QString candidate = path;
    while (!window.openWorkspace(candidate, Workspace::OpenMode::CreateIfMissing)) {
        candidate = QFileDialog::getOpenFileName(
            nullptr, Text::tr("Choose another workspace (Cancel quits)"), QString(),
            Text::tr("Gatehouse workspaces (*.gatehouse);;All files (*)"));
        if (candidate.isEmpty())
            return false;
    }
    return true;
}

void scheduleScreenshot(QWidget& window, const QString& file, int seconds)
{
    QTimer::singleShot(seconds * 1000, &window, [&window, file] {
        const QImage image = window.grab().toImage();
        const bool saved = image.save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(Text::tr("Cannot write the screenshot %1.").arg(file)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// Whether the command line only asks for the help or the version text.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // The help and version texts need no display, so they also work over ssh and in scripts.
    if (asksForTextOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Gatehouse"_s);
    QApplication::setOrganizationName(u"Gatehouse"_s);
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    installTranslations(app);
    QApplication::setApplicationDisplayName(Text::tr("Gatehouse"));
    const Options options = parseOptions(app);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }

    // A wall left running is often ended by SIGTERM; it then shuts down as when it is closed.
    quitOnTerminationSignals(&app);

    const std::unique_ptr<Clock> clockOwner = makeClock(options.demoSpeed);
    const Clock& clock = *clockOwner;
    // Declared before the window, so the demo file outlives the workspace opened on it.
    std::unique_ptr<QTemporaryDir> demoDir;
    MainWindow window(clock, options.actor);
    const bool screenshot = !options.screenshot.isEmpty();
    window.setRemembersLayout(!screenshot);
    if (options.demo) {
        demoDir = std::make_unique<QTemporaryDir>();
        auto demo = openDemo(*demoDir, clock);
        if (!demo) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.error().message));
            return 1;
        }
        window.setWorkspace(std::move(*demo), false);
    } else {
        const QString last = QSettings().value(u"workspace/last"_s).toString();
        const QString path = !options.workspace.isEmpty() ? options.workspace
                             : !last.isEmpty()            ? last
                                                          : Workspace::defaultPath();
        if (!openAtStart(window, path, clock, !screenshot))
            return 1;
    }
    auto* inventory = new InventoryWidget(clock);
    inventory->setActor(options.actor);
    auto followWorkspace = [inventory](Workspace* workspace) {
        inventory->setWorkspacePath(workspace ? workspace->path() : QString());
    };
    followWorkspace(window.workspace());
    QObject::connect(&window, &MainWindow::workspaceChanged, inventory, followWorkspace);
    window.addPage(Text::tr("&Inventory"), inventory,
                   {inventory->enumerateAction(), inventory->pinAction()});

    WatchController watch(window, clock);
    if (options.demo) {
        // The demo's traffic starts a minute back, so the first screen already has calls.
        ScenarioOptions scenario = options.scenario;
        scenario.start = clock.now().addSecs(-60);
        if (auto started = watch.startDemoFleet(scenario); !started) {
            std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
            return 1;
        }
    }
    MeasureController measure(window, clock, !screenshot);
    if (options.demo) {
        if (auto linked = measure.linkDemoFleet(options.scenario); !linked) {
            std::fprintf(stderr, "%s\n", qPrintable(linked.error().message));
            return 1;
        }
        // Halfway to the screenshot, so it shows the finished evaluation.
        measure.evaluateAfter(screenshot ? qMax(1, options.after / 2) : 5);
    }
    // With --tab map or charts, a screenshot shows that tab alone.
    QWidget* pictured = &window;
    if (options.tab == "watch"_L1)
        window.showPage(watch.page());
    else if (options.tab == "map"_L1 || options.tab == "charts"_L1) {
        if (QWidget* tab = watch.showWatchTab(options.tab))
            pictured = tab;
    } else if (options.tab == "inventory"_L1)
        window.showPage(inventory);
    else if (options.tab == "measure"_L1)
        window.showPage(measure.page());
    else if (!options.tab.isEmpty())
        window.showAssessTab(options.tab == "readiness"_L1 ? MainWindow::AssessTab::Readiness
                                                           : MainWindow::AssessTab::Matrix);
    if (options.wall) {
        QWidget* wall = watch.openWall(options.wallOptions);
        if (!wall) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Text::tr("The wall display needs a workspace.")));
            return 1;
        }
        // Leaving the wall with Esc ends a wall-only run.
        QObject::connect(wall, &QObject::destroyed, &app, &QCoreApplication::quit);
        if (screenshot)
            scheduleScreenshot(*wall, options.screenshot, options.after);
        return app.exec();
    }
    window.restoreLayout();
    window.show();
    if (screenshot)
        scheduleScreenshot(*pictured, options.screenshot, options.after);
    return app.exec();
}
