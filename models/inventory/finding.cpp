// Names of the finding severities as JSON and the CLI print them.
#include "finding.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

QString findingSeverityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return u"info"_s;
    case FindingSeverity::Low:
        return u"low"_s;
    case FindingSeverity::Medium:
        return u"medium"_s;
    case FindingSeverity::High:
        break;
    }
    return u"high"_s;
}

} // namespace Gatehouse
