// Rules are few (a handful per deployment), so a linear search is the clearest.
#include "transferpolicy.h"

namespace Gatehouse {

TransferPolicy::TransferPolicy(QList<TransferRule> rules)
    : m_rules(std::move(rules))
{
}

bool TransferPolicy::allows(const QString& dataJurisdiction,
                            const QString& computeJurisdiction) const
{
    if (dataJurisdiction.compare(computeJurisdiction, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(m_rules.begin(), m_rules.end(), [&](const TransferRule& rule) {
        return rule.dataJurisdiction.compare(dataJurisdiction, Qt::CaseInsensitive) == 0
               && rule.computeJurisdiction.compare(computeJurisdiction, Qt::CaseInsensitive) == 0;
    });
}

} // namespace Gatehouse
