// The Assess widgets driven as a user drives them: a deployment made through its dialog, a matrix
// scored click by click with the band following live, controls set with and without a
// justification, evidence attached through the same path as the file dialog and a drop, and a
// review refused to the evidence's own author.
#include "views/assessment/checklistwidget.h"
#include "views/assessment/comparisondialog.h"
#include "views/assessment/controlstatusdialog.h"
#include "views/assessment/deploymentdialog.h"
#include "views/assessment/deploymentlistwidget.h"
#include "views/assessment/dimensionscoreeditor.h"
#include "views/assessment/evidencedetailsdialog.h"
#include "views/assessment/evidencewidget.h"
#include "views/assessment/matrixeditorwidget.h"
#include "views/assessment/matrixhistorydialog.h"
#include "views/assessment/patternreferencedialog.h"

#include "models/assessment/assessmentstore.h"
#include "models/assessment/checklistmodel.h"
#include "models/assessment/deploymentmodel.h"
#include "models/core/clock.h"
#include "models/evidence/evidencemodel.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/workspace.h"

#include "dialoghandler.h"
#include "resultcheck.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestAssessmentWidgets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsDeploymentThroughDialog();
    void matrixBandFollowsScoresLive();
    void unsavedScoresAreOfferedBeforeSwitching();
    void notApplicableNeedsJustification();
    void attachesEvidenceByDialogPathAndDrop();
    void cancelledImportAddsNothing();
    void authorCannotApproveOwnEvidence();
    void freshnessMarksOldEvidenceExpired();
    void exportsWithVerifiedHash();
    void approvedNoteIsCorrectedByRevision();
    void patternReferenceHighlightsRecommendation();
    void comparisonShowsDeploymentsSideBySide();
    void dialogsRenderWithContent();

private:
    qint64 addDeployment(const QString& name);
    QString writeFile(const QString& name, const QByteArray& content);
    void scoreAll(MatrixEditorWidget& editor, const QList<int>& scores);
    void attachWithDialog(EvidenceWidget& widget, const QStringList& paths, const QString& title);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_evidence;
};

void TestAssessmentWidgets::init()
{
    static int counter = 0;
    auto workspace = Workspace::open(m_dir.filePath(u"gui%1.gatehouse"_s.arg(++counter)),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_assessments = std::make_unique<AssessmentStore>(*m_workspace);
    m_evidence = std::make_unique<EvidenceStore>(*m_workspace);
}

void TestAssessmentWidgets::cleanup()
{
    m_evidence.reset();
    m_assessments.reset();
    m_workspace.reset();
}

qint64 TestAssessmentWidgets::addDeployment(const QString& name)
{
    Deployment deployment;
    deployment.name = name;
    const auto added = m_assessments->addDeployment(deployment, u"ana"_s);
    return added ? added->id : 0;
}

QString TestAssessmentWidgets::writeFile(const QString& name, const QByteArray& content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

void TestAssessmentWidgets::createsDeploymentThroughDialog()
{
    DeploymentListWidget list(*m_assessments, u"ana"_s);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QVERIFY(list.findChild<QLabel*>(u"emptyStateLabel"_s)->isVisible());
    QVERIFY(!list.editAction()->isEnabled());
    QSignalSpy selected(&list, &DeploymentListWidget::deploymentSelected);

    bool refusedBlank = false;
    whenDialogShows<DeploymentDialog>([&](DeploymentDialog* dialog) {
        pressButton(dialog, QDialogButtonBox::Ok);
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        refusedBlank = dialog->isVisible() && error->isVisible() && !error->text().isEmpty();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Claims agent"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"ownerEdit"_s), u"Claims Ops"_s);
        dialog->findChild<QPlainTextEdit*>(u"scopeEdit"_s)->setPlainText(u"claims db"_s);
        pressButton(dialog, QDialogButtonBox::Ok);
    });
    list.newAction()->trigger();
    QVERIFY(refusedBlank);

    const auto stored = m_assessments->deploymentByName(u"Claims agent"_s);
    QVERIFY_RESULT(stored);
    QCOMPARE(stored->owner, u"Claims Ops"_s);
    QCOMPARE(stored->scope, u"claims db"_s);
    QCOMPARE(stored->createdBy, u"ana"_s);
    QCOMPARE(list.currentDeployment(), stored->id);
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toLongLong(), stored->id);
    QVERIFY(list.findChild<QListView*>(u"deploymentView"_s)->isVisible());

    // A duplicate name is the store's refusal, shown inline; the dialog stays open.
    QString duplicateError;
    whenDialogShows<DeploymentDialog>([&](DeploymentDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"claims AGENT"_s);
        pressButton(dialog, QDialogButtonBox::Ok);
        duplicateError = dialog->findChild<QLabel*>(u"errorLabel"_s)->text();
        pressButton(dialog, QDialogButtonBox::Cancel);
    });
    list.newAction()->trigger();
    QVERIFY2(duplicateError.contains(u"exists already"_s), qPrintable(duplicateError));
    QCOMPARE(list.model()->rowCount(), 1);
}

void TestAssessmentWidgets::scoreAll(MatrixEditorWidget& editor, const QList<int>& scores)
{
    for (int i = 0; i < DimensionCount; ++i) {
        const QString name = u"score-%1-%2"_s.arg(dimensionSlug(Dimension(i))).arg(scores.at(i));
        auto* button = editor.findChild<QRadioButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
}

void TestAssessmentWidgets::matrixBandFollowsScoresLive()
{
    const qint64 id = addDeployment(u"Claims"_s);
    MatrixEditorWidget editor(*m_assessments, u"ana"_s);
    editor.resize(1200, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setDeployment(id);
    auto* band = editor.findChild<QLabel*>(u"bandLabel"_s);
    QVERIFY(band);
    QCOMPARE(band->property("band").toString(), QString());
    QVERIFY(!editor.saveAction()->isEnabled());
    QSignalSpy bandChanges(&editor, &MatrixEditorWidget::bandChanged);

    scoreAll(editor, {1, 1, 1, 1, 1, 1, 1, 1});
    QTRY_COMPARE(band->property("band").toString(), u"pure-saas"_s);
    QVERIFY(editor.findChild<QLabel*>(u"totalLabel"_s)->text().contains(u"8"_s));
    scoreAll(editor, {3, 3, 3, 3, 1, 1, 1, 1});
    QTRY_COMPARE(band->property("band").toString(), u"managed-sandbox"_s);
    scoreAll(editor, {5, 5, 5, 5, 3, 3, 3, 1});
    QTRY_COMPARE(band->property("band").toString(), u"self-hosted-tunnel"_s);
    QCOMPARE(bandChanges.count(), 3);

    // Nothing is stored until the scores are saved.
    QCOMPARE(m_assessments->matrix(id)->scoredCount(), 0);
    QTest::keyClicks(editor.findChild<QLineEdit*>(u"rationale-data-sensitivity"_s),
                     u"claims hold health data"_s);
    QVERIFY(editor.saveAction()->isEnabled());
    editor.saveAction()->trigger();
    const auto matrix = m_assessments->matrix(id);
    QVERIFY_RESULT(matrix);
    QVERIFY(matrix->complete());
    QCOMPARE(matrix->total(), 30);
    QCOMPARE(matrix->band(), Band::SelfHostedTunnel);
    QCOMPARE(matrix->score(Dimension::DataSensitivity)->rationale, u"claims hold health data"_s);
    QCOMPARE(matrix->score(Dimension::DataSensitivity)->scoredBy, u"ana"_s);
    QVERIFY(!editor.hasUnsavedChanges());

    // A second save records only the dimension that changed.
    scoreAll(editor, {4, 5, 5, 5, 3, 3, 3, 1});
    editor.saveAction()->trigger();
    QCOMPARE(m_assessments->matrixHistory(id)->size(), DimensionCount + 1);
    QCOMPARE(m_assessments->matrix(id)->total(), 29);

    // Revert drops an edit and shows the stored score again.
    QTest::mouseClick(editor.findChild<QRadioButton*>(u"score-budget-headroom-5"_s),
                      Qt::LeftButton);
    QVERIFY(editor.hasUnsavedChanges());
    editor.revertAction()->trigger();
    QCOMPARE(editor.editor(Dimension::BudgetHeadroom)->score(), 1);
}

void TestAssessmentWidgets::unsavedScoresAreOfferedBeforeSwitching()
{
    const qint64 first = addDeployment(u"First"_s);
    const qint64 second = addDeployment(u"Second"_s);
    MatrixEditorWidget editor(*m_assessments, u"ana"_s);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setDeployment(first);
    QTest::mouseClick(editor.findChild<QRadioButton*>(u"score-vendor-lock-in-4"_s), Qt::LeftButton);
    QVERIFY(editor.hasUnsavedChanges());

    bool asked = false;
    whenDialogShows<QMessageBox>([&asked](QMessageBox* box) {
        asked = true;
        box->button(QMessageBox::Save)->click();
    });
    editor.setDeployment(second);
    QVERIFY(asked);
    QCOMPARE(editor.deployment(), second);
    QVERIFY(!editor.hasUnsavedChanges());
    QCOMPARE(m_assessments->matrix(first)->score(Dimension::VendorLockIn)->score, 4);
    QCOMPARE(m_assessments->matrix(second)->scoredCount(), 0);
}

void TestAssessmentWidgets::notApplicableNeedsJustification()
{
    const qint64 id = addDeployment(u"Claims"_s);
    ChecklistWidget checklist(*m_assessments, *m_evidence, u"bo"_s);
    checklist.show();
    QVERIFY(QTest::qWaitForWindowExposed(&checklist));
    checklist.setDeployment(id);
    QSignalSpy selected(&checklist, &ChecklistWidget::controlSelected);
    checklist.selectControl(Control::DataResidency);
    QCOMPARE(selected.last().at(0).value<Control>(), Control::DataResidency);

    // The store refuses without a justification, whoever asks.
    const auto bare = checklist.applyStatus(ControlStatus::NotApplicable, u"  "_s);
    QVERIFY(!bare);
    QVERIFY(bare.error().message.contains(u"justification"_s));

    bool refusedEmpty = false;
    whenDialogShows<ControlStatusDialog>([&](ControlStatusDialog* dialog) {
        pressButton(dialog, QDialogButtonBox::Ok);
        refusedEmpty =
            dialog->isVisible() && dialog->findChild<QLabel*>(u"errorLabel"_s)->isVisible();
        dialog->findChild<QPlainTextEdit*>(u"noteEdit"_s)
            ->setPlainText(u"All processing stays in one EU region."_s);
        pressButton(dialog, QDialogButtonBox::Ok);
    });
    checklist.statusAction(ControlStatus::NotApplicable)->trigger();
    QVERIFY(refusedEmpty);

    const auto stored = m_assessments->checklist(id);
    QVERIFY_RESULT(stored);
    const ControlState& state = stored->state(Control::DataResidency);
    QCOMPARE(state.status, ControlStatus::NotApplicable);
    QCOMPARE(state.note, u"All processing stays in one EU region."_s);
    QCOMPARE(state.reviewer, u"bo"_s);
    auto* banner = checklist.findChild<QLabel*>(u"readinessBanner"_s);
    QTRY_VERIFY(banner->text().contains(u"1 of 12"_s));
    QCOMPARE(banner->property("readiness").toString(), u"not-ready"_s);

    // Passing the other eleven makes the deployment launch-ready.
    for (int i = 0; i < ControlCount; ++i) {
        if (Control(i) == Control::DataResidency)
            continue;
        checklist.selectControl(Control(i));
        QVERIFY_RESULT(checklist.applyStatus(ControlStatus::Pass, {}));
    }
    QTRY_COMPARE(banner->property("readiness").toString(), u"launch-ready"_s);
}

void TestAssessmentWidgets::attachWithDialog(EvidenceWidget& widget, const QStringList& paths,
                                             const QString& title)
{
    whenDialogShows<EvidenceDetailsDialog>([title](EvidenceDetailsDialog* dialog) {
        auto* date = dialog->findChild<QDateEdit*>(u"collectedEdit"_s);
        // The collection date can never be later than today.
        date->setDate(date->maximumDate().addDays(5));
        if (date->date() == date->maximumDate())
            dialog->setCollectedDate(date->maximumDate().addDays(-3));
        dialog->setTitle(title);
        pressButton(dialog, QDialogButtonBox::Ok);
    });
    if (!paths.isEmpty())
        widget.attachFiles(paths);
}

void TestAssessmentWidgets::attachesEvidenceByDialogPathAndDrop()
{
    const qint64 id = addDeployment(u"Claims"_s);
    ChecklistWidget checklist(*m_assessments, *m_evidence, u"ana"_s);
    EvidenceWidget evidence(*m_workspace, *m_evidence, u"ana"_s);
    connect(&checklist, &ChecklistWidget::controlSelected, &evidence,
            [&](Control control) { evidence.setControl(id, control); });
    connect(&evidence, &EvidenceWidget::evidenceChanged, &checklist, &ChecklistWidget::reload);
    checklist.setDeployment(id);
    checklist.selectControl(Control::OutboundOnly);
    evidence.show();
    QVERIFY(QTest::qWaitForWindowExposed(&evidence));
    QVERIFY(evidence.attachAction()->isEnabled());

    const QByteArray content = QByteArray("chain INPUT policy DROP\n").repeated(1000);
    const QString path = writeFile(u"firewall.txt"_s, content);
    attachWithDialog(evidence, {path}, u"Firewall export"_s);
    QTRY_COMPARE(evidence.model()->rowCount(), 1);
    QTRY_VERIFY(!evidence.isBusy());
    QVERIFY(evidence.findChild<QLabel*>(u"evidenceStatusLabel"_s)->text().contains(u"Added"_s));

    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    auto* table = evidence.findChild<QTableView*>(u"evidenceView"_s);
    const QModelIndex hash = table->model()->index(0, EvidenceModel::HashColumn);
    QCOMPARE(hash.data(Qt::ToolTipRole).toString(), sha256);
    QVERIFY(sha256.startsWith(hash.data().toString()));
    QCOMPARE(table->model()->index(0, EvidenceModel::TitleColumn).data().toString(),
             u"Firewall export"_s);
    const Evidence* stored = evidence.model()->evidenceAt(0);
    QCOMPARE(stored->collectedAt,
             m_clock.now().toLocalTime().date().addDays(-3).startOfDay().toUTC());
    const QModelIndex count =
        checklist.model()->indexOf(Control::OutboundOnly, ChecklistModel::EvidenceColumn);
    QTRY_COMPARE(count.data().toInt(), 1);

    // A drop of file URLs takes the same path.
    const QString dropped = writeFile(u"listeners.txt"_s, "127.0.0.1:8443\n");
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&evidence, &enter);
    QVERIFY(enter.isAccepted());
    attachWithDialog(evidence, {}, u"Listener list"_s);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&evidence, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(evidence.model()->rowCount(), 2);
    QTRY_COMPARE(count.data().toInt(), 2);
    QTRY_VERIFY(!evidence.isBusy());
    delete mime;
}

void TestAssessmentWidgets::cancelledImportAddsNothing()
{
    const qint64 id = addDeployment(u"Claims"_s);
    EvidenceWidget evidence(*m_workspace, *m_evidence, u"ana"_s);
    evidence.show();
    QVERIFY(QTest::qWaitForWindowExposed(&evidence));
    evidence.setControl(id, Control::AnomalyBaselines);
    // Many chunks, so the worker is still opening its workspace or on an early chunk when the
    // cancel arrives; it checks the flag after every chunk.
    const QString path =
        writeFile(u"baseline.bin"_s, QByteArray(24 * EvidenceStore::ChunkSize, 'b'));
    attachWithDialog(evidence, {path}, u"Baseline export"_s);
    QVERIFY(evidence.isBusy());
    auto* progress = evidence.findChild<QProgressDialog*>(u"evidenceProgress"_s);
    QVERIFY(progress);
    // What the dialog's Cancel button does; cancel() alone would not tell the job.
    progress->findChild<QPushButton*>()->click();
    QTRY_VERIFY(!evidence.isBusy());

    auto* status = evidence.findChild<QLabel*>(u"evidenceStatusLabel"_s);
    QVERIFY2(status->text().contains(u"cancelled"_s), qPrintable(status->text()));
    QCOMPARE(evidence.model()->rowCount(), 0);
    QCOMPARE(m_evidence->list(id)->size(), 0);
    QVERIFY(evidence.attachAction()->isEnabled());
}

void TestAssessmentWidgets::authorCannotApproveOwnEvidence()
{
    const qint64 id = addDeployment(u"Claims"_s);
    EvidenceWidget evidence(*m_workspace, *m_evidence, u"ana"_s);
    evidence.show();
    QVERIFY(QTest::qWaitForWindowExposed(&evidence));
    evidence.setControl(id, Control::GovernancePolicy);
    attachWithDialog(evidence, {writeFile(u"policy.pdf"_s, "%PDF-1.4 signed policy")},
                     u"Signed policy"_s);
    QTRY_COMPARE(evidence.model()->rowCount(), 1);
    QTRY_VERIFY(!evidence.isBusy());
    evidence.view()->selectRow(0);
    QVERIFY(evidence.submitAction()->isEnabled());
    evidence.submitAction()->trigger();
    QTRY_COMPARE(evidence.model()->evidenceAt(0)->status, EvidenceStatus::InReview);
    QVERIFY(evidence.selectedEvidence());
    QVERIFY(evidence.approveAction()->isEnabled());

    evidence.approveAction()->trigger();
    QMessageBox* refusal = nullptr;
    QTRY_VERIFY((refusal = evidence.findChild<QMessageBox*>(u"errorMessage"_s)));
    QVERIFY2(refusal->text().contains(u"cannot also review"_s), qPrintable(refusal->text()));
    refusal->close();
    QCOMPARE(m_evidence->evidence(evidence.selectedEvidence()->id)->status,
             EvidenceStatus::InReview);

    evidence.setActor(u"bo"_s);
    evidence.approveAction()->trigger();
    QTRY_COMPARE(evidence.model()->evidenceAt(0)->status, EvidenceStatus::Approved);
    QCOMPARE(evidence.model()->evidenceAt(0)->reviewedBy, u"bo"_s);
    QVERIFY(!evidence.approveAction()->isEnabled());
    QVERIFY(evidence.revisionAction()->isEnabled());
}

void TestAssessmentWidgets::freshnessMarksOldEvidenceExpired()
{
    const qint64 id = addDeployment(u"Claims"_s);
    EvidenceWidget evidence(*m_workspace, *m_evidence, u"ana"_s);
    evidence.setControl(id, Control::SiemIntegration);
    EvidenceStore::NewEvidence request;
    request.deploymentId = id;
    request.control = Control::SiemIntegration;
    request.collectedAt = m_clock.now().addDays(-40);
    QVERIFY_RESULT(m_evidence->addNote(request, u"SIEM screenshot described"_s, u"ana"_s));
    QCOMPARE(evidence.model()->effectiveStatusAt(0), EvidenceStatus::Draft);

    auto* spin = evidence.findChild<QSpinBox*>(u"freshnessSpin"_s);
    QCOMPARE(spin->value(), 0);
    spin->setValue(30);
    emit spin->editingFinished();
    QCOMPARE(m_evidence->maxEvidenceAgeDays(id, Control::SiemIntegration).value(), 30);
    QCOMPARE(evidence.model()->effectiveStatusAt(0), EvidenceStatus::Expired);
    QCOMPARE(evidence.view()->model()->index(0, EvidenceModel::StatusColumn).data().toString(),
             evidenceStatusTitle(EvidenceStatus::Expired));
}

void TestAssessmentWidgets::exportsWithVerifiedHash()
{
    const qint64 id = addDeployment(u"Claims"_s);
    const QByteArray content = QByteArray("pen-test finding: none\n").repeated(5000);
    EvidenceStore::NewEvidence request;
    request.deploymentId = id;
    request.control = Control::SandboxIsolation;
    const auto added = m_evidence->addFile(request, writeFile(u"pentest.txt"_s, content), u"ana"_s);
    QVERIFY_RESULT(added);
    EvidenceWidget evidence(*m_workspace, *m_evidence, u"ana"_s);
    evidence.show();
    QVERIFY(QTest::qWaitForWindowExposed(&evidence));
    evidence.setControl(id, Control::SandboxIsolation);
    evidence.view()->selectRow(0);
    QVERIFY(evidence.exportAction()->isEnabled());

    const QString out = m_dir.filePath(u"exported.txt"_s);
    whenDialogShows<QFileDialog>([out](QFileDialog* dialog) {
        // Typed as a user would: selectFile() leaves the name field alone once it has focus, and
        // the name suggested there (pentest.txt in the folder visited last) exists, so accepting
        // it would ask whether to replace that file.
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(out);
        // QFileDialog hides accept(); through QDialog it still runs the file dialog's own.
        static_cast<QDialog*>(dialog)->accept();
    });
    evidence.exportAction()->trigger();
    QTRY_VERIFY(!evidence.isBusy());
    auto* status = evidence.findChild<QLabel*>(u"evidenceStatusLabel"_s);
    QVERIFY2(status->text().contains(u"SHA-256 matched"_s), qPrintable(status->text()));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), content);
}

void TestAssessmentWidgets::approvedNoteIsCorrectedByRevision()
{
    const qint64 id = addDeployment(u"Claims"_s);
    EvidenceWidget evidence(*m_workspace, *m_evidence, u"ana"_s);
    evidence.show();
    QVERIFY(QTest::qWaitForWindowExposed(&evidence));
    evidence.setControl(id, Control::GovernancePolicy);
    whenDialogShows<EvidenceDetailsDialog>([](EvidenceDetailsDialog* dialog) {
        dialog->setTitle(u"Sign-offs"_s);
        dialog->setNoteText(u"legal and security signed"_s);
        pressButton(dialog, QDialogButtonBox::Ok);
    });
    evidence.noteAction()->trigger();
    QCOMPARE(evidence.model()->rowCount(), 1);
    const qint64 original = evidence.model()->evidenceAt(0)->id;
    QVERIFY_RESULT(m_evidence->setStatus(original, EvidenceStatus::InReview, u"ana"_s));
    QVERIFY_RESULT(m_evidence->setStatus(original, EvidenceStatus::Approved, u"bo"_s));
    evidence.selectEvidence(original);

    QString offered;
    whenDialogShows<EvidenceDetailsDialog>([&offered](EvidenceDetailsDialog* dialog) {
        offered = dialog->noteText();
        dialog->setNoteText(u"legal, security and the sponsor signed"_s);
        pressButton(dialog, QDialogButtonBox::Ok);
    });
    evidence.revisionAction()->trigger();
    QCOMPARE(offered, u"legal and security signed"_s);
    QCOMPARE(evidence.model()->rowCount(), 2);
    const Evidence* revision = evidence.selectedEvidence();
    QVERIFY(revision);
    QCOMPARE(revision->revision, 2);
    QCOMPARE(revision->rootId, original);
    QCOMPARE(m_evidence->evidence(original)->status, EvidenceStatus::Approved);
}

void TestAssessmentWidgets::patternReferenceHighlightsRecommendation()
{
    PatternReferenceDialog unknown(std::nullopt);
    QCOMPARE(unknown.table()->rowCount(), 7);
    QVERIFY(!unknown.table()->property("recommendedColumn").isValid());

    PatternReferenceDialog dialog(Band::ManagedSandbox);
    QCOMPARE(dialog.table()->property("recommendedColumn").toInt(), int(Band::ManagedSandbox));
    QVERIFY(dialog.table()->item(0, int(Band::ManagedSandbox))->font().bold());
    QVERIFY(!dialog.table()->item(0, int(Band::PureSaas))->font().bold());
}

void TestAssessmentWidgets::comparisonShowsDeploymentsSideBySide()
{
    const qint64 first = addDeployment(u"A first"_s);
    const qint64 second = addDeployment(u"B second"_s);
    QList<DimensionScore> scores;
    for (int i = 0; i < DimensionCount; ++i)
        scores.append({Dimension(i), 5, {}, {}, {}});
    QVERIFY_RESULT(m_assessments->scoreMatrix(first, scores, u"ana"_s));
    QVERIFY_RESULT(m_assessments->setControlState(second, Control::KillSwitch, ControlStatus::Pass,
                                                  {}, u"bo"_s));

    ComparisonDialog dialog(*m_assessments);
    QTableWidget* table = dialog.table();
    const int total = DimensionCount;
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"A first"_s);
    QCOMPARE(table->item(0, 0)->text(), u"5"_s);
    QVERIFY(table->item(total, 0)->text().startsWith(u"40"_s));
    QCOMPARE(table->item(total + 1, 0)->text(), bandTitle(Band::SelfHostedTunnel));
    QCOMPARE(table->item(total + 2, 1)->text(), u"1 of 12"_s);
    QCOMPARE(table->item(total + 3, 1)->text(), readinessTitle(Readiness::NotReady));
    QCOMPARE(table->item(0, 2)->text(), QString());

    dialog.setCompared({second, 0, first});
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"B second"_s);
    QCOMPARE(table->item(total + 1, 2)->text(), bandTitle(Band::SelfHostedTunnel));
}

// Each dialog, grabbed as a user would see it, must show more than a blank frame. With
// GATEHOUSE_PICTURE_DIR set the pictures are kept there for a person to look at.
void TestAssessmentWidgets::dialogsRenderWithContent()
{
    const qint64 id = addDeployment(u"Claims"_s);
    QList<DimensionScore> scores;
    for (int i = 0; i < DimensionCount; ++i)
        scores.append({Dimension(i), 2 + i % 3, u"agreed in review"_s, {}, {}});
    QVERIFY_RESULT(m_assessments->scoreMatrix(id, scores, u"ana"_s));
    QVERIFY_RESULT(
        m_assessments->scoreMatrix(id, {{Dimension::OpsMaturity, 5, {}, {}, {}}}, u"bo"_s));

    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(u"pattern-reference"_s,
                         std::make_unique<PatternReferenceDialog>(Band::ManagedSandbox));
    dialogs.emplace_back(u"comparison"_s, std::make_unique<ComparisonDialog>(*m_assessments));
    dialogs.emplace_back(u"deployment"_s,
                         std::make_unique<DeploymentDialog>(*m_assessments, u"ana"_s,
                                                            m_assessments->deployment(id).value()));
    dialogs.emplace_back(u"not-applicable"_s,
                         std::make_unique<ControlStatusDialog>(
                             Control::DataResidency, ControlStatus::NotApplicable, QString()));
    dialogs.emplace_back(u"note"_s, std::make_unique<EvidenceDetailsDialog>(
                                        EvidenceDetailsDialog::Kind::Note,
                                        controlTitle(Control::KillSwitch), m_clock));
    MatrixEditorWidget editor(*m_assessments, u"ana"_s);
    editor.setDeployment(id);
    dialogs.emplace_back(u"history"_s, std::make_unique<MatrixHistoryDialog>(
                                           m_assessments->matrixHistory(id).value()));

    EvidenceStore::NewEvidence stale;
    stale.deploymentId = id;
    stale.control = Control::KillSwitch;
    stale.title = u"Drill from last year"_s;
    stale.collectedAt = m_clock.now().addDays(-200);
    QVERIFY_RESULT(m_evidence->addNote(stale, u"stopped in 4 minutes"_s, u"ana"_s));
    stale.title = u"Drill this month"_s;
    stale.collectedAt = m_clock.now().addDays(-12);
    QVERIFY_RESULT(m_evidence->addNote(stale, u"stopped in 2 minutes"_s, u"ana"_s));
    auto evidence = std::make_unique<EvidenceWidget>(*m_workspace, *m_evidence, u"ana"_s);
    evidence->setControl(id, Control::KillSwitch);
    evidence->resize(1000, 240);
    dialogs.emplace_back(u"evidence"_s, std::move(evidence));

    const QString keep = qEnvironmentVariable("GATEHOUSE_PICTURE_DIR");
    for (const auto& [name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QImage image = dialog->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(name));
        if (!keep.isEmpty())
            image.save(u"%1/%2.png"_s.arg(keep, name));
    }
}

QTEST_MAIN(TestAssessmentWidgets)
#include "tst_assessmentwidgets.moc"
