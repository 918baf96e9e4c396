// The evidence of the selected control: a sortable table with expired evidence marked, and the
// actions that attach files (by dialog or by dropping them here) or notes, move evidence through
// review, export it with its hash checked and set how fresh it must be.
#pragma once

#include "models/evidence/evidencestore.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMimeData;
class QProgressDialog;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Gatehouse {

class EvidenceJob;
class EvidenceModel;
class Workspace;

class EvidenceWidget : public QWidget
{
    Q_OBJECT

public:
    EvidenceWidget(Workspace& workspace, EvidenceStore& store, const QString& actor,
                   QWidget* parent = nullptr);
    ~EvidenceWidget() override;

    QAction* attachAction() const { return m_attachAction; }
    QAction* noteAction() const { return m_noteAction; }
    QAction* submitAction() const { return m_submitAction; }
    QAction* approveAction() const { return m_approveAction; }
    QAction* rejectAction() const { return m_rejectAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* revisionAction() const { return m_revisionAction; }
    EvidenceModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void setControl(qint64 deploymentId, std::optional<Control> control);
    void setActor(const QString& actor) { m_actor = actor; }
    // The evidence in the selected row, or null.
    const Evidence* selectedEvidence() const;
    void selectEvidence(qint64 evidenceId);
    bool isBusy() const { return m_job != nullptr; }

public slots:
    // What the file dialog and a drop both lead to: asks each file's title and collection date,
    // then adds the files one after another on a worker thread.
    void attachFiles(const QStringList& paths);
    void chooseFiles();
    void addNote();
    void submitSelected();
    void approveSelected();
    void rejectSelected();
    void exportSelected();
    void addRevision();

signals:
    // Evidence of the deployment was added or changed here, including by a worker thread.
    void evidenceChanged(qint64 deploymentId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct PendingFile
    {
        QString path;
        EvidenceStore::NewEvidence request;
    };

    void createActions();
    QAction* createAction(const QString& text, const char* name, QKeySequence key,
                          void (EvidenceWidget::*slot)());
    QWidget* createHeader();
    void createTable();
    EvidenceStore::NewEvidence newRequest() const;
    std::optional<PendingFile> askFileDetails(const QString& path, qint64 revisionOf);
    void startNextFile();
    void runJob(
        const QString& label,
        const std::function<Result<QString>(EvidenceStore&, const EvidenceStore::Progress&)>& work);
    void finishJob();
    void addNoteRevision(const Evidence& original);
    void setSelectedStatus(EvidenceStatus status, const QString& refusalTitle);
    void loadFreshness();
    void applyFreshness();
    void updateActions();
    void report(const QString& message);
    static QStringList localFiles(const QMimeData* mime);

    Workspace& m_workspace;
    EvidenceStore& m_store;
    QString m_actor;
    qint64 m_deploymentId = 0;
    std::optional<Control> m_control;
    EvidenceModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QSpinBox* m_freshness = nullptr;
    QAction* m_attachAction = nullptr;
    QAction* m_noteAction = nullptr;
    QAction* m_submitAction = nullptr;
    QAction* m_approveAction = nullptr;
    QAction* m_rejectAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_revisionAction = nullptr;
    QList<PendingFile> m_pending;
    std::unique_ptr<EvidenceJob> m_job;
    QProgressDialog* m_progress = nullptr;
    qint64 m_selectedId = 0;
};

} // namespace Gatehouse
