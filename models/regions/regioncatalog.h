// The region catalog: provider region codes with their city, country, coordinates and
// jurisdiction, loaded from the bundled data file, plus on-premises sites added by the user.
// Residency is decided by country, never by the code's prefix (eu-west-2 is London, UK).
#pragma once

#include "region.h"

#include "models/core/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Gatehouse {

class RegionCatalog
{
public:
    // The catalog bundled with Gatehouse (":/gatehouse/regions/regions.json").
    static Result<RegionCatalog> builtIn();
    // {"countries": {"DE": "EU", ...}, "regions": [{"provider", "code", "name", "city",
    // "country", "latitude", "longitude", optional "jurisdiction"}]}.
    static Result<RegionCatalog> fromJson(const QByteArray& json);

    // Adds or replaces an on-premises site; its jurisdiction defaults to its country's.
    Result<void> addSite(Region site);

    std::optional<Region> find(QStringView code) const;
    // The jurisdiction of a region code, empty when the code is unknown.
    QString jurisdictionOf(QStringView code) const;
    QString countryOf(QStringView code) const;
    // The jurisdiction a country's data falls under; the country code itself when not mapped.
    QString jurisdictionOfCountry(const QString& country) const;
    // The codes of `codes` that the catalog does not know, in order, without repeats.
    QStringList unknownCodes(const QStringList& codes) const;

    QList<Region> regions() const { return m_regions; }
    QString asOf() const { return m_asOf; }

private:
    Result<void> insert(Region region);

    QList<Region> m_regions;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, QString> m_countryJurisdiction;
    QString m_asOf;
};

} // namespace Gatehouse
