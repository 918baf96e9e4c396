// The identity of a tool definition for pinning: the SHA-256 of a canonical JSON text of the
// parts an agent relies on, so any change to what the model is told shows up as a new hash.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Gatehouse {

class ToolFingerprint
{
public:
    // name, title, description, inputSchema, outputSchema and annotations, keys sorted at every
    // depth, compact, UTF-8. Other fields (icons, _meta, execution) do not change behaviour.
    static QByteArray canonicalJson(const QJsonObject& tool);
    // Lower-case hex of the SHA-256 of canonicalJson().
    static QByteArray sha256(const QJsonObject& tool);
};

} // namespace Gatehouse
