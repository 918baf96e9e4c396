// Decides whether a tool reads, writes or destroys. Annotations are hints from a server that is
// not trusted, so they are read with the specification's defaults and checked against what the
// tool's name, description and input schema say it does; a disagreement is a finding.
#pragma once

#include "models/inventory/finding.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Gatehouse {

enum class ToolClass
{
    Read,
    Write,
    Destructive,
    // No annotations and nothing in the name to go by: the specification's defaults make it a
    // possibly destructive, open-world tool.
    Unknown,
};

QString toolClassName(ToolClass toolClass);
// Whether an agent holding the tool can change something: everything but Read.
bool isWriteCapable(ToolClass toolClass);

struct ToolClassification
{
    ToolClass effective = ToolClass::Unknown;
    // What the annotations claim, with the defaults applied; Unknown when there are none.
    ToolClass declared = ToolClass::Unknown;
    // What the name suggests; Unknown when it suggests nothing.
    ToolClass suggested = ToolClass::Unknown;
    bool annotated = false;
    bool openWorld = true;
    bool idempotent = false;
    QList<Finding> findings;
};

class ToolClassifier
{
public:
    static ToolClassification classify(const QJsonObject& tool);
    // The name split into lower-case words at "_", "-", ".", spaces and camel-case humps.
    static QStringList nameWords(const QString& name);
    // The class the name's verbs suggest, Unknown when they suggest none.
    static ToolClass suggestedByName(const QString& name);

private:
    static void declare(const QJsonObject& annotations, ToolClassification& result);
    static void crossCheck(const QJsonObject& tool, ToolClassification& result);
    static void checkDescription(const QJsonObject& tool, ToolClassification& result);
};

} // namespace Gatehouse
