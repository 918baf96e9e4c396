// Accessors of the enumeration result.
#include "serverinventory.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

QString protocolEraName(ProtocolEra era)
{
    return era == ProtocolEra::Modern ? u"modern"_s : u"legacy"_s;
}

QString ServerInventory::serverName() const
{
    return serverInfo.value(u"name"_s).toString();
}

QString ServerInventory::serverVersion() const
{
    return serverInfo.value(u"version"_s).toString();
}

} // namespace Gatehouse
