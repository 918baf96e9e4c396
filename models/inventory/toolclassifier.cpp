// Annotation reading with the specification's defaults, and the name, schema and description
// heuristics they are checked against.
#include "toolclassifier.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ToolClassifier)
};

const QSet<QString>& destructiveVerbs()
{
    static const QSet<QString> words = {
        u"delete"_s,    u"del"_s,      u"remove"_s,    u"rm"_s,     u"drop"_s,  u"destroy"_s,
        u"purge"_s,     u"truncate"_s, u"erase"_s,     u"wipe"_s,   u"kill"_s,  u"terminate"_s,
        u"overwrite"_s, u"revoke"_s,   u"uninstall"_s, u"unlink"_s, u"reset"_s, u"clear"_s,
        u"evict"_s,     u"shred"_s,    u"rmdir"_s,     u"format"_s,
    };
    return words;
}

const QSet<QString>& writeVerbs()
{
    static const QSet<QString> words = {
        u"write"_s,    u"create"_s,  u"insert"_s,   u"update"_s,  u"set"_s,     u"put"_s,
        u"post"_s,     u"edit"_s,    u"modify"_s,   u"patch"_s,   u"upload"_s,  u"send"_s,
        u"save"_s,     u"append"_s,  u"toggle"_s,   u"enable"_s,  u"disable"_s, u"start"_s,
        u"stop"_s,     u"restart"_s, u"run"_s,      u"exec"_s,    u"execute"_s, u"install"_s,
        u"deploy"_s,   u"publish"_s, u"commit"_s,   u"push"_s,    u"merge"_s,   u"apply"_s,
        u"change"_s,   u"grant"_s,   u"assign"_s,   u"move"_s,    u"rename"_s,  u"copy"_s,
        u"import"_s,   u"approve"_s, u"reject"_s,   u"cancel"_s,  u"submit"_s,  u"register"_s,
        u"schedule"_s, u"invite"_s,  u"transfer"_s, u"pay"_s,     u"mkdir"_s,   u"store"_s,
        u"sync"_s,     u"upsert"_s,  u"replace"_s,  u"archive"_s, u"lock"_s,    u"unlock"_s,
        u"close"_s,    u"reply"_s,   u"comment"_s,  u"notify"_s,  u"email"_s,   u"shell"_s,
        u"eval"_s,     u"invoke"_s,
    };
    return words;
}

const QSet<QString>& readVerbs()
{
    static const QSet<QString> words = {
        u"get"_s,      u"read"_s,     u"list"_s,      u"search"_s,  u"find"_s,    u"query"_s,
        u"fetch"_s,    u"describe"_s, u"show"_s,      u"view"_s,    u"lookup"_s,  u"count"_s,
        u"echo"_s,     u"check"_s,    u"inspect"_s,   u"browse"_s,  u"open"_s,    u"retrieve"_s,
        u"download"_s, u"scan"_s,     u"stat"_s,      u"info"_s,    u"explain"_s, u"validate"_s,
        u"preview"_s,  u"analyze"_s,  u"summarize"_s, u"compare"_s, u"diff"_s,    u"tree"_s,
        u"resolve"_s,  u"estimate"_s, u"calculate"_s, u"compute"_s, u"ping"_s,    u"status"_s,
        u"whoami"_s,   u"sum"_s,      u"ls"_s,        u"cat"_s,     u"head"_s,    u"tail"_s,
    };
    return words;
}

int rank(ToolClass toolClass)
{
    switch (toolClass) {
    case ToolClass::Read:
        return 0;
    case ToolClass::Write:
        return 1;
    case ToolClass::Destructive:
        return 2;
    case ToolClass::Unknown:
        break;
    }
    return -1;
}

// Input properties whose presence says more than the name does.
ToolClass suggestedBySchema(const QJsonObject& tool)
{
    const QJsonObject properties =
        tool.value(u"inputSchema"_s).toObject().value(u"properties"_s).toObject();
    ToolClass suggestion = ToolClass::Unknown;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString key = it.key().toLower();
        if (key == u"overwrite"_s || key == u"force"_s || key == u"purge"_s)
            return ToolClass::Destructive;
        if (key == u"dryrun"_s || key == u"dry_run"_s || key == u"dry-run"_s)
            suggestion = ToolClass::Write;
    }
    return suggestion;
}

bool hasHint(const QJsonObject& annotations)
{
    for (const QString& key :
         {u"readOnlyHint"_s, u"destructiveHint"_s, u"idempotentHint"_s, u"openWorldHint"_s}) {
        if (annotations.value(key).isBool())
            return true;
    }
    return false;
}

QString contradictionMessage(const QString& name, ToolClass declared, ToolClass suggested)
{
    if (declared == ToolClass::Read) {
        return Text::tr("\"%1\" is annotated read-only, but its name or schema says it is %2; the "
                        "annotation is not believed.")
            .arg(name, toolClassName(suggested));
    }
    return Text::tr(
               "\"%1\" is annotated %2, but its name or schema says it is %3; it is counted as %3.")
        .arg(name, toolClassName(declared), toolClassName(suggested));
}

} // namespace

QString toolClassName(ToolClass toolClass)
{
    switch (toolClass) {
    case ToolClass::Read:
        return u"read"_s;
    case ToolClass::Write:
        return u"write"_s;
    case ToolClass::Destructive:
        return u"destructive"_s;
    case ToolClass::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool isWriteCapable(ToolClass toolClass)
{
    return toolClass != ToolClass::Read;
}

QStringList ToolClassifier::nameWords(const QString& name)
{
    static const QRegularExpression hump(u"([a-z0-9])([A-Z])"_s);
    static const QRegularExpression separators(u"[^A-Za-z0-9]+"_s);
    QString spaced = name;
    spaced.replace(hump, u"\\1 \\2"_s);
    QStringList words = spaced.toLower().split(separators, Qt::SkipEmptyParts);
    return words;
}

ToolClass ToolClassifier::suggestedByName(const QString& name)
{
    const QStringList words = nameWords(name);
    if (words.isEmpty())
        return ToolClass::Unknown;
    bool write = false;
    bool read = false;
    for (const QString& word : words) {
        if (destructiveVerbs().contains(word))
            return ToolClass::Destructive;
        write = write || writeVerbs().contains(word);
        read = read || readVerbs().contains(word);
    }
    if (readVerbs().contains(words.first()))
        return ToolClass::Read;
    if (write)
        return ToolClass::Write;
    return read ? ToolClass::Read : ToolClass::Unknown;
}

ToolClassification ToolClassifier::classify(const QJsonObject& tool)
{
    ToolClassification result;
    declare(tool.value(u"annotations"_s).toObject(), result);
    crossCheck(tool, result);
    checkDescription(tool, result);
    return result;
}

void ToolClassifier::declare(const QJsonObject& annotations, ToolClassification& result)
{
    result.annotated = hasHint(annotations);
    result.openWorld = annotations.value(u"openWorldHint"_s).toBool(true);
    if (!result.annotated)
        return;
    const bool readOnly = annotations.value(u"readOnlyHint"_s).toBool(false);
    const bool destructive = annotations.value(u"destructiveHint"_s).toBool(true);
    result.idempotent = annotations.value(u"idempotentHint"_s).toBool(false);
    if (readOnly)
        result.declared = ToolClass::Read;
    else
        result.declared = destructive ? ToolClass::Destructive : ToolClass::Write;
}

void ToolClassifier::crossCheck(const QJsonObject& tool, ToolClassification& result)
{
    const QString name = tool.value(u"name"_s).toString();
    result.suggested = suggestedByName(name);
    const ToolClass bySchema = suggestedBySchema(tool);
    if (rank(bySchema) > rank(result.suggested))
        result.suggested = bySchema;

    if (!result.annotated) {
        result.effective = rank(result.suggested) > 0 ? result.suggested : ToolClass::Unknown;
        result.findings.append(
            {u"annotations-missing"_s, FindingSeverity::Low, u"annotations"_s,
             Text::tr("\"%1\" has no annotations; the specification's defaults make "
                      "it a possibly destructive, open-world tool.")
                 .arg(name)});
        return;
    }
    result.effective = result.declared;
    if (rank(result.suggested) > rank(result.declared)) {
        result.effective = result.suggested;
        const FindingSeverity severity =
            result.declared == ToolClass::Read ? FindingSeverity::High : FindingSeverity::Medium;
        result.findings.append({u"annotation-contradiction"_s, severity, u"annotations"_s,
                                contradictionMessage(name, result.declared, result.suggested)});
    }
}

void ToolClassifier::checkDescription(const QJsonObject& tool, ToolClassification& result)
{
    if (result.effective != ToolClass::Read)
        return;
    static const QRegularExpression changes(
        u"\\b(deletes|removes|overwrites|erases|wipes|destroys|drops|truncates|purges|"
        "permanently|irreversibly|writes|modifies|creates|sends|uploads|executes)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = changes.match(tool.value(u"description"_s).toString());
    if (!match.hasMatch())
        return;
    result.findings.append({u"description-contradiction"_s, FindingSeverity::Medium,
                            u"description"_s,
                            Text::tr("\"%1\" is classed read-only, but its description says it "
                                     "\"%2\" something.")
                                .arg(tool.value(u"name"_s).toString(), match.captured(1))});
}

} // namespace Gatehouse
