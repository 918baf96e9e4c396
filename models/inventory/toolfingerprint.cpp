// Canonical JSON and its hash. QJsonObject keeps its keys sorted, so the compact writer already
// emits keys in order at every depth; numbers and strings follow Qt's writer.
#include "toolfingerprint.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Gatehouse {

using namespace Qt::StringLiterals;

QByteArray ToolFingerprint::canonicalJson(const QJsonObject& tool)
{
    QJsonObject pinned;
    for (const QString& key : {u"name"_s, u"title"_s, u"description"_s, u"inputSchema"_s,
                               u"outputSchema"_s, u"annotations"_s}) {
        if (tool.contains(key))
            pinned.insert(key, tool.value(key));
    }
    return QJsonDocument(pinned).toJson(QJsonDocument::Compact);
}

QByteArray ToolFingerprint::sha256(const QJsonObject& tool)
{
    return QCryptographicHash::hash(canonicalJson(tool), QCryptographicHash::Sha256).toHex();
}

} // namespace Gatehouse
