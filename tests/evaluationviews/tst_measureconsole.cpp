// The Measure page inside the console window: it follows the deployment selected on the Assess
// page and the workspace the window opens, its actions sit in the window's Measure menu with
// their shortcuts, and it remembers its layout.
#include "app/gui/demoworkspace.h"
#include "app/gui/mainwindow.h"
#include "app/gui/measurecontroller.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/workspace.h"
#include "views/assessment/deploymentlistwidget.h"
#include "views/evaluation/measuredcontrolswidget.h"
#include "views/evaluation/measurepage.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestMeasureConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
        QCoreApplication::setApplicationName(u"tst_measureconsole"_s);
        QSettings().clear();
    }

    void followsTheAssessPage()
    {
        MainWindow window(m_clock, u"tester"_s);
        window.setRemembersLayout(false);
        QVERIFY(openDemo(window, u"follow.gatehouse"_s));
        MeasureController controller(window, m_clock, false);
        auto* page = static_cast<MeasurePage*>(controller.page());
        auto* list = window.findChild<DeploymentListWidget*>(u"deploymentList"_s);
        QVERIFY(list);
        auto deployments = AssessmentStore(*window.workspace()).deployments();
        QVERIFY(deployments && deployments->size() == 3);
        for (const Deployment& d : *deployments) {
            list->selectDeployment(d.id);
            QCOMPARE(page->deployment(), d.id);
            QVERIFY(page->findChild<QLabel*>(u"measureHeader"_s)
                        ->text()
                        .contains(d.name.toHtmlEscaped()));
        }
        // Another workspace: the page moves with the window to its selection.
        QVERIFY(openDemo(window, u"second.gatehouse"_s));
        QCOMPARE(page->deployment(), window.currentDeployment());
        QVERIFY(page->controls());
    }

    void anEvaluationUpdatesTheWindow()
    {
        MainWindow window(m_clock, u"tester"_s);
        window.setRemembersLayout(false);
        QVERIFY(openDemo(window, u"evaluate.gatehouse"_s));
        MeasureController controller(window, m_clock, false);
        auto* page = static_cast<MeasurePage*>(controller.page());
        // A source without telemetry yet: every control is measured as not assessed.
        QVERIFY(DeploymentLinks(*window.workspace())
                    .linkSources(window.currentDeployment(), {u"gw-quiet"_s}, u"tester"_s));
        auto* audit = window.findChild<QLabel*>(u"auditCountLabel"_s);
        const QString before = audit->text();
        QSignalSpy evaluated(page->controls(), &MeasuredControlsWidget::evaluated);
        QTRY_VERIFY_WITH_TIMEOUT(!page->controls()->isBusy(), 120'000);
        page->controls()->evaluateAction()->trigger();
        QVERIFY(evaluated.wait(120'000) || !evaluated.isEmpty());
        QCOMPARE(evaluated.first().first().toString(), QString());
        QVERIFY(audit->text() != before);
    }

    void actionsAreInTheMeasureMenu()
    {
        MainWindow window(m_clock, u"tester"_s);
        window.setRemembersLayout(false);
        QVERIFY(openDemo(window, u"menu.gatehouse"_s));
        MeasureController controller(window, m_clock, false);
        QMenu* menu = nullptr;
        for (QAction* action : window.menuBar()->actions()) {
            if (action->text() == u"&Measure"_s)
                menu = action->menu();
        }
        QVERIFY(menu);
        QStringList shortcuts;
        for (QAction* action : menu->actions())
            shortcuts.append(action->shortcut().toString());
        QCOMPARE(shortcuts,
                 (QStringList{u"F5"_s, u"Ctrl+Alt+L"_s, u"Ctrl+Alt+K"_s, u"Ctrl+Alt+T"_s}));
        auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
        window.showPage(controller.page());
        QCOMPARE(pages->currentWidget(), controller.page());
    }

    void remembersItsLayout()
    {
        QSettings().clear();
        {
            MeasurePage page(m_clock, u"tester"_s);
            page.resize(1200, 800);
            auto* splitter = page.findChild<QSplitter*>(u"measureSplitter"_s);
            splitter->setSizes({600, 200});
            page.findChild<QTabWidget*>(u"measureLowerTabs"_s)->setCurrentIndex(1);
        }
        QVERIFY(QSettings().contains(u"measure/splitter"_s));
        MeasurePage page(m_clock, u"tester"_s);
        page.restoreLayout();
        QCOMPARE(page.findChild<QTabWidget*>(u"measureLowerTabs"_s)->currentIndex(), 1);
        QCOMPARE(QSettings().value(u"measure/lowerTab"_s).toInt(), 1);
    }

private:
    bool openDemo(MainWindow& window, const QString& name)
    {
        auto workspace =
            Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing, m_clock);
        if (!workspace)
            return false;
        {
            AssessmentStore assessments(**workspace);
            EvidenceStore evidence(**workspace);
            if (!seedDemoWorkspace(assessments, evidence, m_clock, m_dir.path()))
                return false;
        }
        window.setWorkspace(std::move(*workspace), false);
        return true;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
};

QTEST_MAIN(TestMeasureConsole)
#include "tst_measureconsole.moc"
