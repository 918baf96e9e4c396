// A posture document as fetched from a gateway or sandbox host: the JSON kept whole, plus the few
// essentials the sources panel and the evaluators read without parsing it again.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Gatehouse {

struct PostureSnapshot
{
    QString source;
    QDateTime fetchedAt;
    QByteArray json; // redacted before it is stored

    QString kind;        // "tunnel-gateway" or "sandbox-host"
    QString tunnelState; // gateways: "established", "connecting", "down"
    int listeners = 0;
    int nonLoopbackListeners = 0;
    int credentials = 0;
    int siemSinks = 0;
    QDateTime lastSiemDelivery; // newest delivery over all sinks; invalid when none
    bool defaultDeny = false;
    int sandboxes = 0;

    // Reads the essentials; fails when the document is not a JSON object with a known kind.
    static Result<PostureSnapshot> parse(const QString& source, const QByteArray& json,
                                         const QDateTime& fetchedAt);
};

} // namespace Gatehouse
