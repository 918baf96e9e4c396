// The link list editor.
#include "linklisteditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Gatehouse {

using namespace Qt::StringLiterals;

LinkListEditor::LinkListEditor(const QString& name, Describe describe, QWidget* parent)
    : QWidget(parent)
    , m_describe(std::move(describe))
    , m_list(new QListWidget(this))
    , m_input(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(name);
    m_list->setObjectName(name + u"List"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_input->setObjectName(name + u"Input"_s);
    m_input->setEditable(true);
    m_input->setInsertPolicy(QComboBox::NoInsert);
    m_input->lineEdit()->setPlaceholderText(tr("Type an id or pick one seen in telemetry"));
    m_add->setObjectName(name + u"Add"_s);
    m_remove->setObjectName(name + u"Remove"_s);
    m_remove->setEnabled(false);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_input, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_add, &QPushButton::clicked, this, &LinkListEditor::addTyped);
    connect(m_input->lineEdit(), &QLineEdit::returnPressed, this, &LinkListEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &LinkListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void LinkListEditor::setIds(const QStringList& ids)
{
    m_list->clear();
    for (const QString& id : ids)
        addId(id);
}

QStringList LinkListEditor::ids() const
{
    QStringList all;
    for (int row = 0; row < m_list->count(); ++row)
        all.append(m_list->item(row)->data(Qt::UserRole).toString());
    return all;
}

void LinkListEditor::setCandidates(const QStringList& candidates)
{
    m_candidates = candidates;
    updateCandidates();
}

bool LinkListEditor::addId(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || ids().contains(trimmed))
        return false;
    auto* item = new QListWidgetItem(m_describe ? m_describe(trimmed) : trimmed, m_list);
    item->setData(Qt::UserRole, trimmed);
    updateCandidates();
    return true;
}

void LinkListEditor::removeId(const QString& id)
{
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            delete m_list->takeItem(row);
    }
    updateCandidates();
}

void LinkListEditor::addTyped()
{
    // A picked candidate shows its description; the id is its data.
    const int picked = m_input->findText(m_input->currentText());
    const QString id = picked >= 0 ? m_input->itemData(picked).toString() : m_input->currentText();
    if (addId(id))
        m_input->setCurrentText(QString());
}

void LinkListEditor::removeSelected()
{
    for (QListWidgetItem* item : m_list->selectedItems())
        delete item;
    updateCandidates();
}

void LinkListEditor::updateCandidates()
{
    const QStringList linked = ids();
    const QString typed = m_input->currentText();
    m_input->clear();
    for (const QString& candidate : std::as_const(m_candidates)) {
        if (!linked.contains(candidate))
            m_input->addItem(m_describe ? m_describe(candidate) : candidate, candidate);
    }
    m_input->setCurrentText(typed);
}

} // namespace Gatehouse
