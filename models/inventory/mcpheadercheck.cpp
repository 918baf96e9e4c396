// The x-mcp-header rules: an RFC 9110 token, unique regardless of case, only on string, integer
// or boolean properties reached through "properties" alone.
#include "mcpheadercheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(McpHeaderCheck)
};

} // namespace

struct McpHeaderCheck::Walk
{
    QSet<QString> names;
    int valid = 0;
    QList<Finding> findings;
};

QList<Finding> McpHeaderCheck::check(const QJsonObject& tool)
{
    const QJsonObject schema = tool.value(u"inputSchema"_s).toObject();
    const int total = countAnywhere(schema);
    if (total == 0)
        return {};
    Walk walk;
    visit(schema, u"inputSchema"_s, walk);
    if (walk.valid + int(walk.findings.size()) < total) {
        walk.findings.append(
            {u"invalid-mcp-header"_s, FindingSeverity::Medium, u"inputSchema"_s,
             Text::tr("x-mcp-header appears outside plain \"properties\" chains; a "
                      "2026-07-28 client drops this tool.")});
    }
    return walk.findings;
}

void McpHeaderCheck::visit(const QJsonObject& schema, const QString& path, Walk& walk)
{
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    static const QSet<QString> types = {u"string"_s, u"integer"_s, u"boolean"_s};
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        const QString where = path + u".properties."_s + it.key();
        if (property.contains(u"x-mcp-header"_s)) {
            const QString name = property.value(u"x-mcp-header"_s).toString();
            const bool ok = token.match(name).hasMatch()
                            && types.contains(property.value(u"type"_s).toString())
                            && !walk.names.contains(name.toLower());
            walk.names.insert(name.toLower());
            if (ok) {
                ++walk.valid;
            } else {
                walk.findings.append(
                    {u"invalid-mcp-header"_s, FindingSeverity::Medium, where,
                     Text::tr(
                         "%1 has an invalid or repeated x-mcp-header \"%2\"; a 2026-07-28 client "
                         "drops this tool.")
                         .arg(where, name.left(60))});
            }
        }
        visit(property, where, walk);
    }
}

int McpHeaderCheck::countAnywhere(const QJsonValue& value)
{
    int count = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        count += object.contains(u"x-mcp-header"_s) ? 1 : 0;
        for (const QJsonValue& child : object)
            count += countAnywhere(child);
    } else if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            count += countAnywhere(child);
    }
    return count;
}

} // namespace Gatehouse
