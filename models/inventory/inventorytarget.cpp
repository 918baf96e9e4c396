// Building the transport for a target.
#include "inventorytarget.h"

#include "models/inventory/httptransport.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

Result<InventoryTarget> InventoryTarget::fromWords(const QStringList& words,
                                                   const QStringList& environment)
{
    InventoryTarget target;
    if (words.isEmpty() || words.first().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("InventoryTarget",
                                                "Name an MCP server: an http(s) URL, or a command "
                                                "after \"--\"."));
    }
    const QString first = words.first();
    if (words.size() == 1 && (first.startsWith(u"http://"_s) || first.startsWith(u"https://"_s))) {
        target.url = QUrl(first, QUrl::StrictMode);
        if (!target.url.isValid()) {
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("InventoryTarget", "\"%1\" is not a valid URL.")
                            .arg(first));
        }
        return target;
    }
    target.command.program = first;
    target.command.arguments = words.mid(1);
    target.command.environment = environment;
    return target;
}

std::unique_ptr<McpTransport> InventoryTarget::makeTransport() const
{
    if (isHttp())
        return std::make_unique<HttpTransport>(url, bearerToken);
    return std::make_unique<StdioTransport>(command);
}

Result<ServerInventory> InventoryTarget::enumerate(const EnumerationOptions& options) const
{
    const std::unique_ptr<McpTransport> transport = makeTransport();
    ServerEnumerator enumerator(*transport, options);
    return enumerator.run();
}

} // namespace Gatehouse
