// A place where compute runs or data rests: a cloud provider's region or an on-premises site,
// with the country and jurisdiction that data-residency checks use and the coordinates a map uses.
#pragma once

#include <QString>

namespace Gatehouse {

struct Region
{
    QString provider; // "aws", "azure", "gcp", or "on-premises"
    QString code;     // as it appears in telemetry, e.g. "eu-central-1"
    QString name;     // the provider's display name
    QString city;
    QString country; // ISO 3166-1 alpha-2
    double latitude = 0;
    double longitude = 0;
    QString jurisdiction; // "EU", "US", "UK", "CH", or the country code elsewhere

    bool isValid() const { return !code.isEmpty(); }
};

} // namespace Gatehouse
