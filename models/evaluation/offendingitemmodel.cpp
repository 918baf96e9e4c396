// The offending-items table model. Values that are arrays or objects show as compact JSON. The
// header names are a table, not a switch, so a key added to an evaluator needs one line here.
#include "offendingitemmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

struct Header
{
    QLatin1StringView key;
    struct
    {
        const char* source;
        const char* comment;
    } name;
};

// Every key that an evaluator in this folder puts into an offending item.
constexpr Header Headers[] = {
    {"address"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Address", "column")},
    {"ageHours"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Age (hours)", "column")},
    {"agent"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Agent", "column")},
    {"agents"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Agents", "column")},
    {"baseline"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Baseline", "column")},
    {"calls"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Calls", "column")},
    {"computeJurisdiction"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Compute jurisdiction", "column")},
    {"computeRegion"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Compute region", "column")},
    {"coverageDays"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Days covered", "column")},
    {"credential"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Credential", "column")},
    {"dataJurisdiction"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Data jurisdiction", "column")},
    {"dataRegion"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Data region", "column")},
    {"direction"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Direction", "column")},
    {"distinctSecrets"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Distinct secrets", "column")},
    {"drillId"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Drill", "column")},
    {"dueAt"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Due", "column")},
    {"endpoint"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Endpoint", "column")},
    {"endpoints"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Endpoints", "column")},
    {"fingerprints"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Fingerprints", "column")},
    {"firstCall"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "First call", "column")},
    {"firstSequence"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "First sequence", "column")},
    {"grouping"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Grouping", "column")},
    {"hour"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Hour", "column")},
    {"issuedAt"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Issued", "column")},
    {"kind"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Kind", "column")},
    {"lagMinutes"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Lag (minutes)", "column")},
    {"lastCallAt"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Last call", "column")},
    {"lastDeliveryAt"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Last delivery", "column")},
    {"lastUsedAt"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Last used", "column")},
    {"mcpServer"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "MCP server", "column")},
    {"metric"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Metric", "column")},
    {"origin"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Origin", "column")},
    {"port"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Port", "column")},
    {"problem"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Problem", "column")},
    {"purpose"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Purpose", "column")},
    {"rules"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Rules", "column")},
    {"runbook"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Runbook", "column")},
    {"sandbox"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Sandbox", "column")},
    {"scale"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Scale", "column")},
    {"scope"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Scope", "column")},
    {"score"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Score", "column")},
    {"secrets"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Secrets", "column")},
    {"startedAt"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Started", "column")},
    {"startedBy"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Started by", "column")},
    {"state"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "State", "column")},
    {"status"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Status", "column")},
    {"timeToStopSeconds"_L1,
     QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Time to stop (s)", "column")},
    {"tool"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Tool", "column")},
    {"value"_L1, QT_TRANSLATE_NOOP3("Gatehouse::OffendingItemModel", "Value", "column")},
};

// The words of a key: split at underscores, hyphens and each capital that starts a word, so
// "tool_callCount" and "TLSVersion" give {tool, call, Count} and {TLS, Version}.
QStringList words(const QString& key)
{
    QStringList found(1);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool wordStarts =
            c.isUpper() && i > 0
            && (!key.at(i - 1).isUpper() || (i + 1 < key.size() && key.at(i + 1).isLower()));
        if (c == u'_' || c == u'-' || wordStarts)
            found.append(QString());
        if (c != u'_' && c != u'-')
            found.last() += c;
    }
    found.removeAll(QString());
    return found;
}

// "agent_id" and "agentId" give "Agent id"; an acronym keeps its capitals.
QString readable(const QString& key)
{
    QStringList parts = words(key);
    for (QString& word : parts) {
        if (word.size() < 2 || word != word.toUpper())
            word = word.toLower();
    }
    QString joined = parts.join(u' ');
    if (!joined.isEmpty())
        joined[0] = joined.at(0).toUpper();
    return joined;
}

QString text(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? OffendingItemModel::tr("yes", "offending item value")
                              : OffendingItemModel::tr("no", "offending item value");
    // Ratios such as coverage days would otherwise show sixteen digits.
    if (value.isDouble() && value.toDouble() != double(value.toInteger()))
        return QString::number(value.toDouble(), 'f', 2);
    return value.toVariant().toString();
}

} // namespace

OffendingItemModel::OffendingItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OffendingItemModel::setItems(const QJsonArray& items)
{
    beginResetModel();
    m_items = items;
    m_keys.clear();
    for (const QJsonValue& item : items) {
        for (const QString& key : item.toObject().keys()) {
            if (!m_keys.contains(key))
                m_keys.append(key);
        }
    }
    endResetModel();
}

int OffendingItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OffendingItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant OffendingItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= m_keys.size())
        return {};
    const QJsonValue value = m_items.at(index.row()).toObject().value(m_keys.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value.isUndefined() ? QString() : text(value);
    case SortRole:
        return value.toVariant();
    }
    return {};
}

QString OffendingItemModel::headerFor(const QString& key)
{
    const auto found = std::find_if(std::begin(Headers), std::end(Headers),
                                    [&key](const Header& h) { return h.key == key; });
    if (found == std::end(Headers))
        return readable(key);
    return tr(found->name.source, found->name.comment);
}

QVariant OffendingItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_keys.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return headerFor(m_keys.at(section));
    case Qt::ToolTipRole:
    case KeyRole:
        return m_keys.at(section);
    }
    return {};
}

} // namespace Gatehouse
