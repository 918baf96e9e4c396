// Counting calls by data and compute region.
#include "regionflows.h"

namespace Gatehouse {

RegionFlows::RegionFlows(const RegionCatalog& catalog)
    : m_catalog(catalog)
{
}

void RegionFlows::noteRegion(const QString& code)
{
    if (!code.isEmpty() && !m_catalog.find(code) && !m_unknown.contains(code))
        m_unknown.append(code);
}

void RegionFlows::add(const ToolCallBatch& calls)
{
    for (const ToolCall& call : calls) {
        if (call.dataRegion.isEmpty() && call.computeRegion.isEmpty())
            continue;
        const auto key = qMakePair(call.dataRegion, call.computeRegion);
        auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            noteRegion(call.dataRegion);
            noteRegion(call.computeRegion);
            const QString from = m_catalog.jurisdictionOf(call.dataRegion);
            const QString to = m_catalog.jurisdictionOf(call.computeRegion);
            m_flows.append(RegionFlow{call.dataRegion, call.computeRegion, 0,
                                      !from.isEmpty() && !to.isEmpty() && from != to});
            found = m_index.insert(key, m_flows.size() - 1);
        }
        RegionFlow& flow = m_flows[*found];
        ++flow.calls;
        m_crossing += flow.crossesJurisdiction;
    }
}

void RegionFlows::clear()
{
    m_index.clear();
    m_flows.clear();
    m_unknown.clear();
    m_crossing = 0;
}

QList<RegionFlow> RegionFlows::flows() const
{
    return m_flows;
}

QStringList RegionFlows::regionsInUse() const
{
    QStringList codes;
    for (const RegionFlow& flow : m_flows) {
        for (const QString& code : {flow.dataRegion, flow.computeRegion}) {
            if (!code.isEmpty() && m_catalog.find(code) && !codes.contains(code))
                codes.append(code);
        }
    }
    return codes;
}

} // namespace Gatehouse
