// One request as a FleetServer saw it, kept so tests can prove what a client sent.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace Gatehouse {

struct RecordedRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray lastEventId;
    bool authorized = false;
    int status = 0;
    QDateTime at;
    // Every header as received, except that an Authorization value is replaced by "<redacted>".
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace Gatehouse
