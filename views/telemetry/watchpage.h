// The "Watch" page: the sources being watched, the live tool calls, and for the selected call its
// details and the attribution tree.
#pragma once

#include <QWidget>

class QSplitter;

namespace Gatehouse {

class AttributionModel;
class LiveCallsWidget;
class SourceListModel;
class ToolCallModel;
class WatchSession;

class WatchPage final : public QWidget
{
    Q_OBJECT

public:
    // The session must outlive the page; the page owns its models.
    explicit WatchPage(WatchSession& session, QWidget* parent = nullptr);
    ~WatchPage() override;

    QList<QAction*> actions() const;
    ToolCallModel& callModel() { return *m_calls; }
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    WatchSession& m_session;
    ToolCallModel* m_calls = nullptr;
    AttributionModel* m_attribution = nullptr;
    SourceListModel* m_sources = nullptr;
    LiveCallsWidget* m_live = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_horizontal = nullptr;
};

} // namespace Gatehouse
