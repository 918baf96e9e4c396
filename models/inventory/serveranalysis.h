// The judgement of one enumerated server: each tool's class, findings and cost in an agent's
// context, and the server's totals.
#pragma once

#include "models/inventory/finding.h"
#include "models/inventory/serverinventory.h"
#include "models/inventory/toolclassifier.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace Gatehouse {

struct ToolAnalysis
{
    QString name;
    QString title; // display name: title, then annotations.title, then the name
    ToolClassification classification;
    QList<Finding> findings; // the classification's and the poisoning scan's
    // Length of the compact JSON of the whole definition, as an agent receives it.
    qsizetype definitionChars = 0;
    qsizetype tokenEstimate = 0;
    QByteArray sha256;
    QJsonObject definition;

    ToolClass toolClass() const { return classification.effective; }
    // The highest severity among the findings; Info when there are none.
    FindingSeverity worstSeverity() const;
};

struct ServerAnalysis
{
    QList<ToolAnalysis> tools;
    // About the server as a whole: its instructions, self-description, prompts, resources and
    // duplicate tool names.
    QList<Finding> serverFindings;
    std::array<int, 4> classCounts{}; // indexed by ToolClass
    int openWorldTools = 0;
    qsizetype definitionChars = 0;
    qsizetype tokenEstimate = 0;

    int count(ToolClass toolClass) const { return classCounts[size_t(toolClass)]; }
    int writeCapableTools() const;
    int findingCount() const;
    const ToolAnalysis* tool(const QString& name) const;

    // Tokens an agent spends on definitions: one token per four characters of compact JSON, the
    // usual rule of thumb for English and JSON with BPE tokenizers (real ones differ by about a
    // third either way).
    static qsizetype estimateTokens(qsizetype characters) { return (characters + 3) / 4; }

    static ServerAnalysis analyse(const ServerInventory& inventory);
};

} // namespace Gatehouse
