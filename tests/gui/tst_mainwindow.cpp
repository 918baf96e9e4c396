// The main window as the executable builds it: the demo workspace's three bands, a bad workspace
// refused while the open one stays, pages added by other capabilities, the status bar and the
// remembered workspace.
#include "app/gui/demoworkspace.h"
#include "app/gui/mainwindow.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include "dialoghandler.h"
#include "resultcheck.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWorkspaceHasOneDeploymentPerBand();
    void badWorkspaceKeepsTheOpenOne_data();
    void badWorkspaceKeepsTheOpenOne();
    void addPageAddsTabAndMenu();
    void statusBarShowsPathAndAuditCount();
    void remembersTheWorkspace();

private:
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

QString TestMainWindow::writeFile(const QString& name, const QByteArray& content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

void TestMainWindow::demoWorkspaceHasOneDeploymentPerBand()
{
    auto workspace = Workspace::open(m_dir.filePath(u"demo.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    AssessmentStore assessments(**workspace);
    EvidenceStore evidence(**workspace);
    QVERIFY_RESULT(seedDemoWorkspace(assessments, evidence, m_clock, m_dir.path()));

    const auto deployments = assessments.deployments();
    QVERIFY_RESULT(deployments);
    QCOMPARE(deployments->size(), 3);
    QSet<Band> bands;
    bool someEvidence = false;
    bool someExpired = false;
    for (const Deployment& deployment : *deployments) {
        bands.insert(assessments.matrix(deployment.id)->band().value());
        QVERIFY(assessments.checklist(deployment.id)->countWith(ControlStatus::NotAssessed) > 0);
        const QList<Evidence> items = evidence.list(deployment.id).value();
        for (const Evidence& item : items) {
            someEvidence = true;
            const auto maxAge = evidence.maxEvidenceAgeDays(deployment.id, item.control).value();
            someExpired |= item.effectiveStatus(m_clock.now(), maxAge) == EvidenceStatus::Expired;
        }
    }
    QCOMPARE(bands.size(), 3);
    QVERIFY(someEvidence);
    QVERIFY(someExpired);
}

void TestMainWindow::badWorkspaceKeepsTheOpenOne_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("foreign") << QByteArray("just some text, not a database at all").repeated(10)
                             << u"not a Gatehouse workspace"_s;
    QByteArray truncated("SQLite format 3");
    truncated.append('\0');
    truncated.append(QByteArray(84, '\1'));
    QTest::newRow("damaged") << truncated << u"damaged"_s;
}

void TestMainWindow::badWorkspaceKeepsTheOpenOne()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    MainWindow window(m_clock, u"ana"_s);
    window.setRemembersLayout(false);
    const QString good =
        m_dir.filePath(u"good-%1.gatehouse"_s.arg(QLatin1StringView(QTest::currentDataTag())));
    QVERIFY(window.openWorkspace(good, Workspace::OpenMode::CreateIfMissing));

    const QString bad =
        writeFile(u"bad-%1.gatehouse"_s.arg(QLatin1StringView(QTest::currentDataTag())), content);
    QString shown;
    whenDialogShows<QMessageBox>([&](QMessageBox* box) {
        shown = box->text();
        box->accept();
    });
    QVERIFY(!window.openWorkspace(bad, Workspace::OpenMode::Existing));
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QCOMPARE(window.workspace()->path(), good);
    QFile after(bad);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), content);
}

void TestMainWindow::addPageAddsTabAndMenu()
{
    MainWindow window(m_clock, u"ana"_s);
    window.setRemembersLayout(false);
    QVERIFY(window.openWorkspace(m_dir.filePath(u"pages.gatehouse"_s),
                                 Workspace::OpenMode::CreateIfMissing));
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    QCOMPARE(pages->count(), 1);
    auto* action = new QAction(u"Connect feed"_s, &window);
    window.addPage(u"Monitor"_s, new QLabel(u"live"_s), {action});
    QCOMPARE(pages->count(), 2);
    QCOMPARE(pages->tabText(1), u"Monitor"_s);

    QMenu* menu = nullptr;
    for (QAction* entry : window.menuBar()->actions()) {
        if (entry->text() == "Monitor"_L1)
            menu = entry->menu();
    }
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action));

    // Opening another workspace rebuilds the Assess page but keeps the other pages.
    QVERIFY(window.openWorkspace(m_dir.filePath(u"pages2.gatehouse"_s),
                                 Workspace::OpenMode::CreateIfMissing));
    QCOMPARE(pages->count(), 2);
    QCOMPARE(pages->tabText(0), u"Assess"_s);
}

void TestMainWindow::statusBarShowsPathAndAuditCount()
{
    MainWindow window(m_clock, u"ana"_s);
    window.setRemembersLayout(false);
    const QString path = m_dir.filePath(u"status.gatehouse"_s);
    QVERIFY(window.openWorkspace(path, Workspace::OpenMode::CreateIfMissing));
    auto* pathLabel = window.findChild<QLabel*>(u"workspacePathLabel"_s);
    auto* auditLabel = window.findChild<QLabel*>(u"auditCountLabel"_s);
    QVERIFY(pathLabel->text().contains(path));
    const qint64 before = window.workspace()->audit().count().value();
    QVERIFY(auditLabel->text().contains(QString::number(before)));

    // A change made through the Assess page shows up in the count.
    auto* newAction = window.findChild<QAction*>(u"newDeploymentAction"_s);
    QVERIFY(newAction);
    whenDialogShows<QDialog>([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Counted"_s);
        pressButton(dialog, QDialogButtonBox::Ok);
    });
    newAction->trigger();
    QTRY_VERIFY(auditLabel->text().contains(QString::number(before + 1)));
}

void TestMainWindow::remembersTheWorkspace()
{
    const QString path = m_dir.filePath(u"remembered.gatehouse"_s);
    {
        MainWindow window(m_clock, u"ana"_s);
        QVERIFY(window.openWorkspace(path, Workspace::OpenMode::CreateIfMissing));
        window.close();
    }
    const QSettings settings;
    QCOMPARE(settings.value(u"workspace/last"_s).toString(), path);
    QVERIFY(!settings.value(u"assess/splitter"_s).toByteArray().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
