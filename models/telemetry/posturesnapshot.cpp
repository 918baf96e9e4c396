// Posture documents arrive a few times a minute, so QJsonDocument is fast enough here.
#include "posturesnapshot.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

bool isLoopback(const QString& address)
{
    return address == "127.0.0.1"_L1 || address == "::1"_L1 || address == "localhost"_L1
           || address.startsWith("127."_L1);
}

void readGateway(const QJsonObject& root, PostureSnapshot& snapshot)
{
    const QJsonArray listeners = root.value("listeners"_L1).toArray();
    snapshot.listeners = int(listeners.size());
    for (const QJsonValue& listener : listeners) {
        if (!isLoopback(listener.toObject().value("address"_L1).toString()))
            ++snapshot.nonLoopbackListeners;
    }
    snapshot.tunnelState = root.value("tunnel"_L1).toObject().value("state"_L1).toString();
    snapshot.credentials = int(root.value("credentials"_L1).toArray().size());
    snapshot.defaultDeny = root.value("scopePolicy"_L1).toObject().value("defaultDeny"_L1).toBool();
}

void readSinks(const QJsonObject& root, PostureSnapshot& snapshot)
{
    const QJsonArray sinks = root.value("siemSinks"_L1).toArray();
    snapshot.siemSinks = int(sinks.size());
    for (const QJsonValue& sink : sinks) {
        const QDateTime at = parseIsoUtc(sink.toObject().value("lastDeliveryAt"_L1).toString());
        if (at.isValid()
            && (!snapshot.lastSiemDelivery.isValid() || at > snapshot.lastSiemDelivery))
            snapshot.lastSiemDelivery = at;
    }
}

} // namespace

Result<PostureSnapshot> PostureSnapshot::parse(const QString& source, const QByteArray& json,
                                               const QDateTime& fetchedAt)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return fail(ErrorCode::Protocol,
                    QCoreApplication::translate("PostureSnapshot",
                                                "The posture document of %1 is not a JSON object "
                                                "(%2); the source sends something else.")
                        .arg(source, error.errorString()));
    }
    const QJsonObject root = document.object();
    PostureSnapshot snapshot;
    snapshot.source = source;
    snapshot.fetchedAt = fetchedAt.toUTC();
    snapshot.json = json;
    snapshot.kind = root.value("kind"_L1).toString();
    if (snapshot.kind != "tunnel-gateway"_L1 && snapshot.kind != "sandbox-host"_L1) {
        return fail(ErrorCode::Protocol,
                    QCoreApplication::translate("PostureSnapshot",
                                                "The posture document of %1 has no known kind; "
                                                "expected tunnel-gateway or sandbox-host.")
                        .arg(source));
    }
    if (snapshot.kind == "tunnel-gateway"_L1)
        readGateway(root, snapshot);
    snapshot.sandboxes = int(root.value("sandboxes"_L1).toArray().size());
    readSinks(root, snapshot);
    return snapshot;
}

} // namespace Gatehouse
