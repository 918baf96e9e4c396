// The measured readiness controls of one deployment: a table of the twelve controls with the
// manual status, the latest measured result and the combined verdict, the readiness that
// follows, a details pane with the offending items of the selected control, and the action
// that evaluates the chosen period on a worker thread.
#pragma once

#include "measurecontext.h"

#include "models/assessment/readiness.h"
#include "models/evaluation/baselineanalysis.h"
#include "models/evaluation/evaluationjob.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLayout;
class QProgressBar;
class QSplitter;
class QTableView;

namespace Gatehouse {

class Clock;
struct ControlVerdict;
class MeasuredControlModel;
class OffendingItemModel;
class PeriodChooser;

class MeasuredControlsWidget final : public QWidget
{
    Q_OBJECT

public:
    // The clock must outlive the widget.
    MeasuredControlsWidget(const Clock& clock, const QString& actor, QWidget* parent = nullptr);
    ~MeasuredControlsWidget() override;

    void setContext(const MeasureContext& context);
    void setActor(const QString& actor) { m_actor = actor; }

    QAction* evaluateAction() const { return m_evaluate; }
    MeasuredControlModel* model() const { return m_model; }
    OffendingItemModel* offendingModel() const { return m_offending; }
    QTableView* view() const { return m_view; }
    PeriodChooser* periodChooser() const { return m_period; }
    QSplitter* splitter() const { return m_splitter; }
    // A job runs or an evaluation waits for one.
    bool isBusy() const { return m_job != nullptr || m_evaluatePending; }
    void selectControl(Control control);

public slots:
    // Measures the chosen period and stores the results as evidence, off the GUI thread.
    void evaluateNow();
    // Reads the manual states and the latest measured evidence again.
    void reload();
    // Recomputes the baseline of the chosen period without storing anything.
    void reloadBaseline();

signals:
    void busyChanged(bool busy);
    // After an evaluation stored its results (or failed: then the message is not empty).
    void evaluated(const QString& error);
    void baselineReady(const Gatehouse::BaselineAnalysis& baseline, const QDateTime& from,
                       const QDateTime& to);

private:
    void createActions();
    QLayout* createEvaluationBar();
    QWidget* createControlsTable();
    QWidget* createDetailsPane();
    bool hasLinkedSources();
    void startJob(bool measure);
    void onJobFinished();
    void finishWith(const EvaluationJob::Request& request, const EvaluationJob::Outcome& outcome,
                    bool current);
    void failWith(const EvaluationJob::Request& request, const QString& message);
    void updateBusy(const QString& text);
    void updateBanner();
    void showDetails();
    QString detailsText(const ControlVerdict& verdict) const;
    static std::optional<Control> firstToLookAt(const QList<ControlVerdict>& verdicts);

    const Clock& m_clock;
    QString m_actor;
    MeasureContext m_context;
    MeasuredControlModel* m_model = nullptr;
    OffendingItemModel* m_offending = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_offendingView = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_offendingTitle = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    PeriodChooser* m_period = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_evaluate = nullptr;
    EvaluationJob* m_job = nullptr;
    bool m_baselinePending = false;
    bool m_evaluatePending = false;
};

} // namespace Gatehouse
