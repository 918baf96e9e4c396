// Every dialog of the console, built on a scratch workspace: each label that offers a keyboard
// shortcut (an "&" in its text) has a buddy that can take the focus, so Alt and the letter reach
// the field instead of showing a literal "&" or doing nothing.
#include "resultcheck.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/workspace/workspace.h"
#include "views/assessment/comparisondialog.h"
#include "views/assessment/controlstatusdialog.h"
#include "views/assessment/deploymentdialog.h"
#include "views/assessment/evidencedetailsdialog.h"
#include "views/evaluation/deploymentlinksdialog.h"
#include "views/evaluation/drillstartdialog.h"
#include "views/inventory/enumeratedialog.h"
#include "views/report/exportreportdialog.h"
#include "views/report/signerpassworddialog.h"
#include "views/report/verifyreportdialog.h"
#include "views/telemetry/connectsourcedialog.h"
#include "views/telemetry/retentiondialog.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

// The texts of the labels whose shortcut leads nowhere.
QStringList deadShortcuts(QWidget& dialog)
{
    QStringList dead;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        QString text = label->text();
        text.replace(u"&&"_s, QString());
        if (!text.contains(u'&') || label->textFormat() == Qt::RichText)
            continue;
        const QWidget* buddy = label->buddy();
        const QWidget* target = buddy && buddy->focusProxy() ? buddy->focusProxy() : buddy;
        if (!target || target->focusPolicy() == Qt::NoFocus)
            dead.append(label->text());
    }
    return dead;
}

} // namespace

class TestDialogShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyShortcutReachesAField_data();
    void everyShortcutReachesAField();

private:
    using Make = std::function<std::unique_ptr<QWidget>()>;

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_store;
};

void TestDialogShortcuts::initTestCase()
{
    auto workspace = Workspace::open(m_dir.filePath(u"dialogs.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_store = std::make_unique<AssessmentStore>(*m_workspace);
}

void TestDialogShortcuts::everyShortcutReachesAField_data()
{
    QTest::addColumn<Make>("make");
    const auto add = [](const char* name, Make make) { QTest::newRow(name) << make; };
    add("comparison", [this] { return std::make_unique<ComparisonDialog>(*m_store); });
    add("control status", [] {
        return std::make_unique<ControlStatusDialog>(Control::ServiceIdentity, ControlStatus::Pass,
                                                     QString());
    });
    add("deployment",
        [this] { return std::make_unique<DeploymentDialog>(*m_store, u"ana"_s, std::nullopt); });
    add("evidence details", [this] {
        return std::make_unique<EvidenceDetailsDialog>(EvidenceDetailsDialog::Kind::Note,
                                                       u"service identity"_s, m_clock);
    });
    add("deployment links", [this] {
        return std::make_unique<DeploymentLinksDialog>(*m_workspace, 1, u"claims"_s, u"ana"_s);
    });
    add("drill start",
        [] { return std::make_unique<DrillStartDialog>(QStringList{u"agt-1"_s}, u"ana"_s); });
    add("enumerate", [] { return std::make_unique<EnumerateDialog>(); });
    add("export report", [this] {
        return std::make_unique<ExportReportDialog>(*m_workspace, m_clock, u"ana"_s,
                                                    u"gatehouse-tests-shortcuts"_s);
    });
    add("signer password",
        [] { return std::make_unique<SignerPasswordDialog>(u"signer.p12"_s, QString(), true); });
    add("verify report", [] { return std::make_unique<VerifyReportDialog>(); });
    add("connect source", [] { return std::make_unique<ConnectSourceDialog>(); });
    add("retention", [this] { return std::make_unique<RetentionDialog>(*m_workspace, u"ana"_s); });
}

void TestDialogShortcuts::everyShortcutReachesAField()
{
    QFETCH(Make, make);
    const std::unique_ptr<QWidget> dialog = make();
    const QStringList dead = deadShortcuts(*dialog);
    QVERIFY2(dead.isEmpty(), qPrintable(dead.join(u", "_s)));
}

QTEST_MAIN(TestDialogShortcuts)
#include "tst_dialogshortcuts.moc"
