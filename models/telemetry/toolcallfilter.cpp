// The SQL side uses LIKE and COLLATE NOCASE, which fold ASCII case only, as QString's
// case-insensitive comparison does for the identifiers these columns hold.
#include "toolcallfilter.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

const QString& fieldValue(const ToolCall& call, ToolCallFilter::Field field)
{
    using F = ToolCallFilter::Field;
    switch (field) {
    case F::Human:
        return call.human;
    case F::Agent:
        return call.agentId;
    case F::Tool:
        return call.toolName;
    case F::McpServer:
        return call.mcpServer;
    case F::DataRegion:
        return call.dataRegion;
    case F::ComputeRegion:
        return call.computeRegion;
    case F::Outcome:
    case F::Count:
        break;
    }
    return call.outcome;
}

const char* const FieldColumns[] = {"human",       "agent_id",       "tool",   "mcp_server",
                                    "data_region", "compute_region", "outcome"};
const char* const TextColumns[] = {"human",      "agent_id",        "tool",
                                   "mcp_server", "data_region",     "compute_region",
                                   "outcome",    "conversation_id", "credential_id"};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

void ToolCallFilter::setField(Field field, const QString& value)
{
    m_fields[size_t(field)] = value.trimmed();
}

void ToolCallFilter::setTimeRange(qint64 fromNs, qint64 toNs)
{
    m_fromNs = fromNs;
    m_toNs = toNs;
}

bool ToolCallFilter::isEmpty() const
{
    return *this == ToolCallFilter{};
}

bool ToolCallFilter::matches(const ToolCall& call) const
{
    for (int f = 0; f < int(Field::Count); ++f) {
        const QString& wanted = m_fields[size_t(f)];
        if (!wanted.isEmpty() && fieldValue(call, Field(f)).compare(wanted, Qt::CaseInsensitive))
            return false;
    }
    if (m_onlyUnattributed && !call.human.isEmpty())
        return false;
    if ((m_fromNs && call.startNs < m_fromNs) || (m_toNs && call.startNs > m_toNs))
        return false;
    if (m_minDurationNs && call.durationNs < m_minDurationNs)
        return false;
    if (m_minTokens
        && qMax<qint64>(0, call.tokensIn) + qMax<qint64>(0, call.tokensOut) < m_minTokens)
        return false;
    return m_text.isEmpty() || matchesText(call);
}

bool ToolCallFilter::matchesText(const ToolCall& call) const
{
    for (const QString* value :
         {&call.human, &call.agentId, &call.toolName, &call.mcpServer, &call.dataRegion,
          &call.computeRegion, &call.outcome, &call.conversationId, &call.credentialId}) {
        if (value->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ToolCallFilter::Sql ToolCallFilter::toSql() const
{
    QStringList terms;
    Sql sql;
    for (int f = 0; f < int(Field::Count); ++f) {
        if (m_fields[size_t(f)].isEmpty())
            continue;
        terms.append(QLatin1StringView(FieldColumns[f]) + u" = ? COLLATE NOCASE"_s);
        sql.values.append(m_fields[size_t(f)]);
    }
    if (m_onlyUnattributed)
        terms.append(u"human = ''"_s);
    const auto add = [&](const QString& term, qint64 value) {
        terms.append(term);
        sql.values.append(value);
    };
    if (m_fromNs)
        add(u"start_ns >= ?"_s, m_fromNs);
    if (m_toNs)
        add(u"start_ns <= ?"_s, m_toNs);
    if (m_minDurationNs)
        add(u"duration_ns >= ?"_s, m_minDurationNs);
    if (m_minTokens)
        add(u"max(tokens_in, 0) + max(tokens_out, 0) >= ?"_s, m_minTokens);
    if (!m_text.isEmpty()) {
        QStringList any;
        for (const char* column : TextColumns) {
            any.append(QLatin1StringView(column) + u" LIKE ? ESCAPE '\\'"_s);
            sql.values.append(likePattern(m_text));
        }
        terms.append(u'(' + any.join(u" OR "_s) + u')');
    }
    if (!terms.isEmpty())
        sql.where = u" WHERE "_s + terms.join(u" AND "_s);
    return sql;
}

} // namespace Gatehouse
