// What one read-only enumeration of an MCP server returned: who it says it is, the protocol
// revision spoken, and the raw definitions of its tools, resources and prompts.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Gatehouse {

// The two generations of MCP: the 2025 revisions open a session with initialize, the stateless
// 2026-07-28 revision answers server/discover and wants its version in every request's _meta.
enum class ProtocolEra
{
    Legacy,
    Modern,
};

QString protocolEraName(ProtocolEra era);

struct ServerInventory
{
    QString transport; // "stdio" or "streamable-http"
    QString endpoint;  // the URL, or the command line of a stdio server
    QString protocolVersion;
    ProtocolEra era = ProtocolEra::Legacy;
    // Self-reported, so shown but never trusted for a decision.
    QJsonObject serverInfo;
    QJsonObject capabilities;
    QString instructions;
    QList<QJsonObject> tools;
    QList<QJsonObject> resources;
    QList<QJsonObject> resourceTemplates;
    QList<QJsonObject> prompts;
    // Time spent blocked on the server, so benchmarks can subtract it from the total.
    qint64 serverWaitMilliseconds = 0;

    QString serverName() const;
    QString serverVersion() const;
};

} // namespace Gatehouse
