// Which MCP server to enumerate: an http(s) URL, or a command to start as a stdio server. The
// CLI and the inventory view both turn what the user typed into one of these.
#pragma once

#include "models/core/error.h"
#include "models/inventory/mcptransport.h"
#include "models/inventory/serverenumerator.h"
#include "models/inventory/stdiotransport.h"

#include <QUrl>

#include <memory>

namespace Gatehouse {

struct InventoryTarget
{
    QUrl url;                   // set for Streamable HTTP
    QString bearerToken;        // HTTP only; never shown
    StdioServerCommand command; // set for stdio

    bool isHttp() const { return url.isValid() && !url.isEmpty(); }

    // A single http(s) URL, or a program and its arguments.
    static Result<InventoryTarget> fromWords(const QStringList& words,
                                             const QStringList& environment);

    std::unique_ptr<McpTransport> makeTransport() const;
    Result<ServerInventory> enumerate(const EnumerationOptions& options) const;
};

} // namespace Gatehouse
