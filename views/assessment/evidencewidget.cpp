// The evidence list and its actions.
#include "evidencewidget.h"

#include "errormessage.h"
#include "evidencedetailsdialog.h"
#include "evidencejob.h"
#include "expiredrowdelegate.h"

#include "models/evidence/evidencemodel.h"
#include "models/workspace/workspace.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// Progress dialogs count in thousandths, since a file may be larger than an int can count.
constexpr int ProgressSteps = 1000;

} // namespace

EvidenceWidget::EvidenceWidget(Workspace& workspace, EvidenceStore& store, const QString& actor,
                               QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_actor(actor)
    , m_model(new EvidenceModel(store, workspace.clock(), this))
{
    setObjectName(u"evidenceWidget"_s);
    setAcceptDrops(true);
    createActions();
    createTable();
    m_status = new QLabel(this);
    m_status->setObjectName(u"evidenceStatusLabel"_s);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setControl(0, std::nullopt);
}

EvidenceWidget::~EvidenceWidget() = default;

QAction* EvidenceWidget::createAction(const QString& text, const char* name, QKeySequence key,
                                      void (EvidenceWidget::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void EvidenceWidget::createActions()
{
    m_attachAction = createAction(tr("&Attach file..."), "attachEvidenceAction",
                                  Qt::CTRL | Qt::SHIFT | Qt::Key_A, &EvidenceWidget::chooseFiles);
    m_attachAction->setIcon(QIcon::fromTheme(u"mail-attachment"_s));
    m_attachAction->setToolTip(tr("Attach a file as evidence (or drop files on the list)"));
    m_noteAction = createAction(tr("Add &note..."), "addNoteAction",
                                Qt::CTRL | Qt::SHIFT | Qt::Key_N, &EvidenceWidget::addNote);
    m_submitAction =
        createAction(tr("&Submit for review"), "submitEvidenceAction",
                     Qt::CTRL | Qt::SHIFT | Qt::Key_S, &EvidenceWidget::submitSelected);
    m_approveAction =
        createAction(tr("A&pprove"), "approveEvidenceAction", Qt::CTRL | Qt::SHIFT | Qt::Key_P,
                     &EvidenceWidget::approveSelected);
    m_rejectAction =
        createAction(tr("&Reject"), "rejectEvidenceAction", Qt::CTRL | Qt::SHIFT | Qt::Key_J,
                     &EvidenceWidget::rejectSelected);
    m_exportAction =
        createAction(tr("&Export..."), "exportEvidenceAction", Qt::CTRL | Qt::SHIFT | Qt::Key_E,
                     &EvidenceWidget::exportSelected);
    m_revisionAction = createAction(tr("Add re&vision..."), "addRevisionAction",
                                    Qt::CTRL | Qt::SHIFT | Qt::Key_V, &EvidenceWidget::addRevision);
}

QWidget* EvidenceWidget::createHeader()
{
    auto* header = new QWidget(this);
    m_title = new QLabel(header);
    m_title->setObjectName(u"evidenceTitle"_s);
    m_freshness = new QSpinBox(header);
    m_freshness->setObjectName(u"freshnessSpin"_s);
    m_freshness->setRange(0, 3650);
    m_freshness->setSpecialValueText(tr("any age"));
    m_freshness->setSuffix(tr(" days"));
    m_freshness->setToolTip(tr("Evidence of this control older than this is shown as expired"));
    connect(m_freshness, &QSpinBox::editingFinished, this, &EvidenceWidget::applyFreshness);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(new QLabel(tr("Must be no older than:"), header));
    layout->addWidget(m_freshness);
    return header;
}

void EvidenceWidget::createTable()
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidenceModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"evidenceView"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ExpiredRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EvidenceModel::AddedColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(actions());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const Evidence* evidence = selectedEvidence();
        if (evidence)
            m_selectedId = evidence->id;
        updateActions();
    });
    connect(m_model, &EvidenceModel::modelReset, this, [this] {
        selectEvidence(m_selectedId);
        updateActions();
    });
}

void EvidenceWidget::setControl(qint64 deploymentId, std::optional<Control> control)
{
    m_deploymentId = deploymentId;
    m_control = control;
    m_model->setControl(deploymentId, control);
    m_title->setText(control ? tr("<b>Evidence of %1</b> (drop files here to attach them)")
                                   .arg(controlTitle(*control).toHtmlEscaped())
                             : tr("<b>Evidence</b>: select a control"));
    loadFreshness();
    updateActions();
}

const Evidence* EvidenceWidget::selectedEvidence() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->evidenceAt(current.row()) : nullptr;
}

void EvidenceWidget::selectEvidence(qint64 evidenceId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->evidenceAt(row)->id == evidenceId) {
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            return;
        }
    }
}

void EvidenceWidget::updateActions()
{
    const bool ready = m_deploymentId != 0 && m_control && !isBusy();
    const Evidence* evidence = ready ? selectedEvidence() : nullptr;
    m_attachAction->setEnabled(ready);
    m_noteAction->setEnabled(ready);
    m_freshness->setEnabled(ready);
    m_submitAction->setEnabled(evidence && evidence->status == EvidenceStatus::Draft);
    m_approveAction->setEnabled(evidence && evidence->status == EvidenceStatus::InReview);
    m_rejectAction->setEnabled(evidence && evidence->status == EvidenceStatus::InReview);
    m_exportAction->setEnabled(evidence != nullptr);
    m_revisionAction->setEnabled(evidence != nullptr);
}

void EvidenceWidget::report(const QString& message)
{
    m_status->setText(message);
}

EvidenceStore::NewEvidence EvidenceWidget::newRequest() const
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deploymentId;
    request.control = m_control.value_or(Control::Count);
    return request;
}

void EvidenceWidget::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Attach evidence files"), QString());
    attachFiles(paths);
}

std::optional<EvidenceWidget::PendingFile> EvidenceWidget::askFileDetails(const QString& path,
                                                                          qint64 revisionOf)
{
    EvidenceDetailsDialog dialog(EvidenceDetailsDialog::Kind::File, path, m_workspace.clock(),
                                 this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    PendingFile file{path, newRequest()};
    file.request.title = dialog.title();
    file.request.collectedAt = dialog.collectedAt();
    file.request.revisionOf = revisionOf;
    return file;
}

void EvidenceWidget::attachFiles(const QStringList& paths)
{
    if (m_deploymentId == 0 || !m_control || isBusy())
        return;
    for (const QString& path : paths) {
        if (auto file = askFileDetails(path, 0))
            m_pending.append(*file);
    }
    startNextFile();
}

void EvidenceWidget::startNextFile()
{
    if (m_pending.isEmpty() || isBusy())
        return;
    const PendingFile file = m_pending.takeFirst();
    const QString actor = m_actor;
    runJob(tr("Adding %1...").arg(QFileInfo(file.path).fileName()),
           [file, actor](EvidenceStore& store,
                         const EvidenceStore::Progress& progress) -> Result<QString> {
               auto added = store.addFile(file.request, file.path, actor, progress);
               if (!added)
                   return std::unexpected(added.error());
               return tr("Added %1 (%2 bytes, SHA-256 %3).")
                   .arg(added->title)
                   .arg(added->size)
                   .arg(QString::fromLatin1(added->sha256));
           });
}

void EvidenceWidget::runJob(
    const QString& label,
    const std::function<Result<QString>(EvidenceStore&, const EvidenceStore::Progress&)>& work)
{
    m_job = std::make_unique<EvidenceJob>(m_workspace.path(), m_workspace.clock(), work);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, ProgressSteps, this);
    m_progress->setObjectName(u"evidenceProgress"_s);
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job.get(), &EvidenceJob::cancel);
    connect(m_job.get(), &EvidenceJob::progressed, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * ProgressSteps / total) : ProgressSteps);
    });
    connect(m_job.get(), &EvidenceJob::finished, this, &EvidenceWidget::finishJob);
    m_job->start();
    updateActions();
}

void EvidenceWidget::finishJob()
{
    const Result<QString> outcome = m_job->result();
    m_job.reset();
    m_progress->deleteLater();
    m_progress = nullptr;

    // The worker wrote through its own store, so this side's models learn of it only here.
    m_model->reload();
    emit evidenceChanged(m_deploymentId);
    if (outcome)
        report(*outcome);
    else if (outcome.error().code == ErrorCode::Cancelled)
        report(outcome.error().message);
    else
        showError(this, tr("Evidence operation failed"), outcome.error().message);
    updateActions();
    startNextFile();
}

void EvidenceWidget::addNote()
{
    if (m_deploymentId == 0 || !m_control)
        return;
    EvidenceDetailsDialog dialog(EvidenceDetailsDialog::Kind::Note, controlTitle(*m_control),
                                 m_workspace.clock(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    EvidenceStore::NewEvidence request = newRequest();
    request.title = dialog.title();
    request.collectedAt = dialog.collectedAt();
    auto added = m_store.addNote(request, dialog.noteText(), m_actor);
    if (!added)
        return showError(this, tr("Note not added"), added.error().message);
    m_selectedId = added->id;
    selectEvidence(added->id);
    report(tr("Added the note %1.").arg(added->title));
    emit evidenceChanged(m_deploymentId);
}

void EvidenceWidget::setSelectedStatus(EvidenceStatus status, const QString& refusalTitle)
{
    const Evidence* evidence = selectedEvidence();
    if (!evidence)
        return;
    const qint64 id = evidence->id;
    if (auto done = m_store.setStatus(id, status, m_actor); !done)
        return showError(this, refusalTitle, done.error().message);
    report(tr("Evidence %1 is now %2.").arg(id).arg(evidenceStatusTitle(status)));
    emit evidenceChanged(m_deploymentId);
}

void EvidenceWidget::submitSelected()
{
    setSelectedStatus(EvidenceStatus::InReview, tr("Not submitted"));
}

void EvidenceWidget::approveSelected()
{
    setSelectedStatus(EvidenceStatus::Approved, tr("Not approved"));
}

void EvidenceWidget::rejectSelected()
{
    setSelectedStatus(EvidenceStatus::Rejected, tr("Not rejected"));
}

void EvidenceWidget::exportSelected()
{
    const Evidence* evidence = selectedEvidence();
    if (!evidence || isBusy())
        return;
    const QString suggested =
        evidence->fileName.isEmpty() ? evidence->title + u".txt"_s : evidence->fileName;
    const QString outPath = QFileDialog::getSaveFileName(this, tr("Export evidence"), suggested);
    if (outPath.isEmpty())
        return;
    const qint64 id = evidence->id;
    runJob(
        tr("Exporting %1...").arg(evidence->title),
        [id, outPath](EvidenceStore& store,
                      const EvidenceStore::Progress& progress) -> Result<QString> {
            auto written = store.exportTo(id, outPath, progress);
            if (!written)
                return std::unexpected(written.error());
            return tr("Exported %1 bytes to %2; the SHA-256 matched.").arg(*written).arg(outPath);
        });
}

void EvidenceWidget::addRevision()
{
    const Evidence* evidence = selectedEvidence();
    if (!evidence || isBusy())
        return;
    if (evidence->kind != EvidenceKind::File)
        return addNoteRevision(*evidence);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the corrected file for %1").arg(evidence->title), QString());
    if (path.isEmpty())
        return;
    if (auto file = askFileDetails(path, evidence->id)) {
        m_pending.append(*file);
        startNextFile();
    }
}

void EvidenceWidget::addNoteRevision(const Evidence& original)
{
    EvidenceDetailsDialog dialog(EvidenceDetailsDialog::Kind::Note, controlTitle(original.control),
                                 m_workspace.clock(), this);
    dialog.setTitle(original.title);
    dialog.setNoteText(QString::fromUtf8(m_store.smallContent(original.id).value_or(QByteArray())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    EvidenceStore::NewEvidence request = newRequest();
    request.title = dialog.title();
    request.collectedAt = dialog.collectedAt();
    request.revisionOf = original.id;
    auto added = m_store.addNote(request, dialog.noteText(), m_actor);
    if (!added)
        return showError(this, tr("Revision not added"), added.error().message);
    m_selectedId = added->id;
    selectEvidence(added->id);
    emit evidenceChanged(m_deploymentId);
}

void EvidenceWidget::loadFreshness()
{
    std::optional<int> days;
    if (m_deploymentId != 0 && m_control)
        days = m_store.maxEvidenceAgeDays(m_deploymentId, *m_control).value_or(std::nullopt);
    const QSignalBlocker blocker(m_freshness);
    m_freshness->setValue(days.value_or(0));
}

void EvidenceWidget::applyFreshness()
{
    if (m_deploymentId == 0 || !m_control)
        return;
    const int value = m_freshness->value();
    const std::optional<int> days = value > 0 ? std::optional(value) : std::nullopt;
    if (days == m_store.maxEvidenceAgeDays(m_deploymentId, *m_control).value_or(std::nullopt))
        return;
    if (auto done = m_store.setMaxEvidenceAgeDays(m_deploymentId, *m_control, days, m_actor); !done)
        return showError(this, tr("Freshness not changed"), done.error().message);
    report(days ? tr("Evidence of %1 must now be no older than %n day(s).", nullptr, *days)
                      .arg(controlTitle(*m_control))
                : tr("Evidence of %1 may now be of any age.").arg(controlTitle(*m_control)));
    emit evidenceChanged(m_deploymentId);
}

QStringList EvidenceWidget::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void EvidenceWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_attachAction->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidenceWidget::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_attachAction->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidenceWidget::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_attachAction->isEnabled() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    // The details dialog is modal; opening it inside the drop would block the drag source.
    QTimer::singleShot(0, this, [this, paths] { attachFiles(paths); });
}

} // namespace Gatehouse
