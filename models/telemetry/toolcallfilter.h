// Which tool calls the live table shows: a value per column, a time range, thresholds and free
// text. One plain class answers both for calls in memory and, as SQL, for the archive, so the
// ring and the pages from the archive always agree.
#pragma once

#include "toolcall.h"

#include <QString>
#include <QVariantList>

#include <array>

namespace Gatehouse {

class ToolCallFilter
{
public:
    // The text columns that take an exact value (compared without regard to case).
    enum class Field
    {
        Human,
        Agent,
        Tool,
        McpServer,
        DataRegion,
        ComputeRegion,
        Outcome,
        Count
    };

    void setField(Field field, const QString& value);
    QString field(Field field) const { return m_fields[size_t(field)]; }
    // Matches "(no human)" calls only when set: the attribution gap is what reviewers hunt.
    void setOnlyUnattributed(bool only) { m_onlyUnattributed = only; }
    // Case-insensitive substring of human, agent, tool, server, regions, outcome, conversation
    // or credential.
    void setText(const QString& text) { m_text = text.trimmed(); }
    QString text() const { return m_text; }
    // Start times, Unix nanoseconds; 0 leaves that end open.
    void setTimeRange(qint64 fromNs, qint64 toNs);
    void setMinimumDurationNs(qint64 ns) { m_minDurationNs = ns; }
    void setMinimumTokens(qint64 tokens) { m_minTokens = tokens; }

    bool isEmpty() const;
    bool matches(const ToolCall& call) const;

    struct Sql
    {
        QString where; // "" or " WHERE ..." with ? placeholders
        QVariantList values;
    };
    // The same condition over the telemetry_call table.
    Sql toSql() const;

    bool operator==(const ToolCallFilter& other) const = default;

private:
    bool matchesText(const ToolCall& call) const;

    std::array<QString, size_t(Field::Count)> m_fields;
    bool m_onlyUnattributed = false;
    QString m_text;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 0;
    qint64 m_minDurationNs = 0;
    qint64 m_minTokens = 0;
};

} // namespace Gatehouse
