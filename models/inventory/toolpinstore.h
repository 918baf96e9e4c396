// The pinned definitions of each MCP server's tools in the workspace, and the difference between
// a fresh inventory and the pin. A change to a pinned tool is how a rug pull shows itself.
#pragma once

#include "models/core/error.h"
#include "models/inventory/serveranalysis.h"
#include "models/inventory/serverinventory.h"

#include <QDateTime>
#include <QStringList>

namespace Gatehouse {

class Workspace;

struct PinDiff
{
    bool hasPin = false;
    QDateTime pinnedAt;
    QStringList added;
    QStringList removed;
    QStringList changed;
    QStringList unchanged;

    bool isClean() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

struct PinnedTool
{
    QString serverKey;
    QString serverName;
    QString tool;
    QString toolClass; // toolClassName()
    bool openWorld = true;
    QByteArray sha256;
};

class ToolPinStore
{
public:
    explicit ToolPinStore(Workspace& workspace);

    // How a server is recognised between runs: its transport and endpoint (URL or command line).
    static QString serverKey(const ServerInventory& inventory);

    Result<PinDiff> diff(const ServerInventory& inventory, const ServerAnalysis& analysis) const;
    // Replaces the server's pin by the current definitions and records that in the audit trail,
    // in one transaction. Returns the difference to the pin it replaced.
    Result<PinDiff> pin(const ServerInventory& inventory, const ServerAnalysis& analysis,
                        const QString& actor);

    Result<QList<PinnedTool>> pinnedTools(const QString& serverKey) const;
    // Every pinned tool, of every server, that can change something (write, destructive or
    // unknown): what the least-privilege control checks against the approved scopes.
    Result<QList<PinnedTool>> writeCapableTools() const;

private:
    Result<QList<PinnedTool>> query(const QString& where, const QVariantList& values) const;
    Result<qint64> upsertServer(const ServerInventory& inventory, const QString& actor);
    Result<void> replaceTools(qint64 serverId, const ServerAnalysis& analysis);

    Workspace& m_workspace;
};

} // namespace Gatehouse
