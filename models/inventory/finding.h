// One thing the inventory analysis found worth a reviewer's attention in a tool definition or in
// what the server says about itself.
#pragma once

#include <QString>

namespace Gatehouse {

enum class FindingSeverity
{
    Info,
    Low,
    Medium,
    High,
};

struct Finding
{
    // A stable slug, e.g. "hidden-tag-text", "pseudo-tag", "annotation-contradiction".
    QString code;
    FindingSeverity severity = FindingSeverity::Info;
    // Where it was found, as a path into the definition, e.g. "description" or
    // "inputSchema.properties.path.description".
    QString field;
    // Translated, one line; never quotes a secret.
    QString message;
};

QString findingSeverityName(FindingSeverity severity);

} // namespace Gatehouse
