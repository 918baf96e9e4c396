// What the archive has seen that a deployment could be linked to: the sources that sent a
// posture (gateways and sandbox hosts, with their kind) and the agents that made calls.
#pragma once

#include "models/core/error.h"

#include <QList>
#include <QStringList>

namespace Gatehouse {

class Workspace;

struct LinkCandidates
{
    struct Source
    {
        QString id;
        QString kind; // "tunnel-gateway" or "sandbox-host"
    };
    QList<Source> sources; // by id
    QStringList agents;    // sorted

    static Result<LinkCandidates> load(Workspace& workspace);
    // The kind of a source id, or empty when the archive holds no posture of it.
    QString kindOf(const QString& source) const;
};

} // namespace Gatehouse
