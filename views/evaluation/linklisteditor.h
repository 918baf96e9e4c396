// One editable list of ids for the deployment links dialog: the linked ids, a box to type or
// pick one the archive has seen, and buttons to add and remove.
#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QListWidget;
class QPushButton;

namespace Gatehouse {

class LinkListEditor final : public QWidget
{
    Q_OBJECT

public:
    // describe gives the text shown for an id (for example with its kind).
    using Describe = std::function<QString(const QString& id)>;

    LinkListEditor(const QString& name, Describe describe, QWidget* parent = nullptr);

    void setIds(const QStringList& ids);
    QStringList ids() const;
    // Ids offered in the box, those already linked left out.
    void setCandidates(const QStringList& candidates);

    // Adds the id; a blank or an already listed id is ignored. Returns whether it was added.
    bool addId(const QString& id);
    void removeId(const QString& id);

private:
    void addTyped();
    void removeSelected();
    void updateCandidates();

    Describe m_describe;
    QStringList m_candidates;
    QListWidget* m_list = nullptr;
    QComboBox* m_input = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace Gatehouse
