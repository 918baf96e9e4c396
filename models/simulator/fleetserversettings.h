// How a FleetServer listens, what it trusts and requires, and how it misbehaves.
#pragma once

#include "models/simulator/faultplan.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace Gatehouse {

struct FleetServerSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QSslCertificate certificate;
    QSslKey key;
    // Plain HTTP instead of TLS: only for the tests of the client's loopback rule.
    bool plainHttp = false;
    // When not empty, a client certificate issued by one of these is required.
    QList<QSslCertificate> clientCertificateAuthorities;
    // Required as "Authorization: Bearer ..." on every request when not empty.
    QByteArray bearerToken;
    FaultPlan faults;
    int heartbeatMs = 5000;
    int tickMs = 50;
    int maxEventsPerTick = 500;
    int retryMs = 1000; // the retry: hint sent at the start of each stream
    bool serveMetrics = true;
    int maxRecordedRequests = 10000; // the newest kept for requests(); 0 keeps none
};

} // namespace Gatehouse
