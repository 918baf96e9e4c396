// The report dialogs as the main window offers them: both entries in the File menu with their
// shortcuts, each opening its dialog over the window, the export one listing the workspace's
// deployments and organisation.
#include "app/gui/mainwindow.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/report/organisationsetting.h"
#include "models/workspace/workspace.h"
#include "views/report/exportreportdialog.h"
#include "views/report/verifyreportdialog.h"

#include "resultcheck.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class ReportMenuTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileMenuHasBothEntries_data();
    void fileMenuHasBothEntries();
    void exportOpensOverTheWorkspace();
    void verifyOpens();

private:
    std::unique_ptr<MainWindow> window();

    QTemporaryDir m_dir;
    SystemClock m_clock;
};

void ReportMenuTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_reportmenu"_s);
    QSettings().clear();
}

std::unique_ptr<MainWindow> ReportMenuTest::window()
{
    auto w = std::make_unique<MainWindow>(m_clock, u"ana"_s);
    w->setRemembersLayout(false);
    auto workspace = Workspace::open(m_dir.filePath(u"menu.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().message));
    Deployment deployment;
    deployment.name = u"claims-triage"_s;
    AssessmentStore(**workspace).addDeployment(deployment, u"ana"_s);
    OrganisationSetting::write(**workspace, u"Acme Mutual"_s, u"ana"_s);
    w->setWorkspace(std::move(*workspace), false);
    w->show();
    return w;
}

void ReportMenuTest::fileMenuHasBothEntries_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("export") << u"exportReportAction"_s << QKeySequence(u"Ctrl+Alt+R"_s);
    QTest::newRow("verify") << u"verifyReportAction"_s << QKeySequence(u"Ctrl+Alt+V"_s);
}

void ReportMenuTest::fileMenuHasBothEntries()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    auto w = window();
    auto* found = w->findChild<QAction*>(action);
    QVERIFY(found);
    QCOMPARE(found->shortcut(), shortcut);
    QMenu* file = w->menuBar()->actions().first()->menu();
    QVERIFY(file && file->actions().contains(found));
    // No other action of the window answers the same keys.
    const QList<QAction*> all = w->findChildren<QAction*>();
    const auto same = std::count_if(all.begin(), all.end(),
                                    [&](QAction* a) { return a->shortcut() == shortcut; });
    QCOMPARE(same, 1);
}

void ReportMenuTest::exportOpensOverTheWorkspace()
{
    auto w = window();
    w->findChild<QAction*>(u"exportReportAction"_s)->trigger();
    ExportReportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<ExportReportDialog*>()) && dialog->isVisible());
    auto* list = dialog->findChild<QListWidget*>(u"deploymentList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"claims-triage"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"organisationLabel"_s)->text(), u"Acme Mutual"_s);
    dialog->close();
}

void ReportMenuTest::verifyOpens()
{
    auto w = window();
    w->findChild<QAction*>(u"verifyReportAction"_s)->trigger();
    VerifyReportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<VerifyReportDialog*>()) && dialog->isVisible());
    dialog->close();
}

QTEST_MAIN(ReportMenuTest)
#include "tst_reportmenu.moc"
