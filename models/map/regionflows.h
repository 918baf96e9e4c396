// Where data travels: tool calls counted by the region their data rests in and the region they
// were computed in, with the pairs that cross a jurisdiction marked. Unknown region codes are
// kept and reported, never dropped.
#pragma once

#include "models/regions/regioncatalog.h"
#include "models/telemetry/toolcall.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Gatehouse {

struct RegionFlow
{
    QString dataRegion;
    QString computeRegion;
    qint64 calls = 0;
    bool crossesJurisdiction = false; // both regions known and in different jurisdictions
};

class RegionFlows
{
public:
    // The catalog must outlive the flows.
    explicit RegionFlows(const RegionCatalog& catalog);

    void add(const ToolCallBatch& calls);
    void clear();

    QList<RegionFlow> flows() const;
    qint64 crossJurisdictionCalls() const { return m_crossing; }
    // Region codes seen in calls that the catalog does not know, in the order first seen.
    QStringList unknownRegions() const { return m_unknown; }
    // Every known region that appears in a flow, as data or compute region.
    QStringList regionsInUse() const;

private:
    void noteRegion(const QString& code);

    const RegionCatalog& m_catalog;
    QHash<QPair<QString, QString>, qsizetype> m_index;
    QList<RegionFlow> m_flows;
    QStringList m_unknown;
    qint64 m_crossing = 0;
};

} // namespace Gatehouse
