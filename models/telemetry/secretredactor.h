// What every secret scanner in Gatehouse offers: find secrets in a text and replace each with a
// marker naming the rule and a keyed hash, so nothing secret is stored or shown.
#pragma once

#include <QString>

namespace Gatehouse {

class SecretRedactor
{
public:
    virtual ~SecretRedactor() = default;

    // Replaces every secret found in text with "[REDACTED:<rule>:<8 hex of the keyed hash>]" and
    // returns how many were replaced. Must be callable from any thread at once.
    virtual int redact(QString& text) const = 0;
};

} // namespace Gatehouse
