// The markers that redaction leaves in stored text, "[REDACTED:<rule>:<8 hex>]", read back so
// the secrets-not-logged control can tell which secrets arrived and where.
#pragma once

#include <QList>
#include <QString>

namespace Gatehouse {

struct RedactionMarker
{
    QString ruleId;
    QString fingerprint;
    qsizetype start = 0;
    qsizetype length = 0;

    static QList<RedactionMarker> findAll(QStringView text);
};

} // namespace Gatehouse
