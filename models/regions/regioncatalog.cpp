// The catalog is a few kilobytes of JSON read once, so QJsonDocument is plenty.
#include "regioncatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::RegionCatalog)
};

Region regionFrom(const QJsonObject& object)
{
    Region r;
    r.provider = object.value("provider"_L1).toString();
    r.code = object.value("code"_L1).toString();
    r.name = object.value("name"_L1).toString();
    r.city = object.value("city"_L1).toString();
    r.country = object.value("country"_L1).toString().toUpper();
    r.latitude = object.value("latitude"_L1).toDouble();
    r.longitude = object.value("longitude"_L1).toDouble();
    r.jurisdiction = object.value("jurisdiction"_L1).toString();
    return r;
}

} // namespace

Result<RegionCatalog> RegionCatalog::builtIn()
{
    QFile file(u":/gatehouse/regions/regions.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Text::tr("The bundled region catalog is missing from this build; reinstall "
                             "Gatehouse."));
    return fromJson(file.readAll());
}

Result<RegionCatalog> RegionCatalog::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(
            ErrorCode::Corrupt,
            Text::tr("The region catalog is not a JSON object (%1).").arg(error.errorString()));
    RegionCatalog catalog;
    const QJsonObject root = document.object();
    catalog.m_asOf = root.value("asOf"_L1).toString();
    const QJsonObject countries = root.value("countries"_L1).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it)
        catalog.m_countryJurisdiction.insert(it.key().toUpper(), it.value().toString());
    for (const QJsonValue& value : root.value("regions"_L1).toArray()) {
        if (auto added = catalog.insert(regionFrom(value.toObject())); !added)
            return std::unexpected(added.error());
    }
    return catalog;
}

Result<void> RegionCatalog::insert(Region region)
{
    if (region.code.isEmpty() || region.country.size() != 2)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The region '%1' needs a code and a two-letter country code.")
                        .arg(region.code));
    if (qAbs(region.latitude) > 90 || qAbs(region.longitude) > 180)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The region '%1' has coordinates off the globe.").arg(region.code));
    if (region.jurisdiction.isEmpty())
        region.jurisdiction = jurisdictionOfCountry(region.country);
    if (const auto it = m_byCode.constFind(region.code); it != m_byCode.cend()) {
        m_regions[*it] = region;
        return {};
    }
    m_byCode.insert(region.code, m_regions.size());
    m_regions.append(region);
    return {};
}

Result<void> RegionCatalog::addSite(Region site)
{
    if (site.provider.isEmpty())
        site.provider = u"on-premises"_s;
    site.country = site.country.toUpper();
    const auto existing = find(site.code);
    if (existing && existing->provider != "on-premises"_L1)
        return fail(ErrorCode::AlreadyExists,
                    Text::tr("'%1' is a %2 region code; give the site another code.")
                        .arg(site.code, existing->provider));
    return insert(site);
}

std::optional<Region> RegionCatalog::find(QStringView code) const
{
    const auto it = m_byCode.constFind(code.toString());
    if (it == m_byCode.cend())
        return std::nullopt;
    return m_regions.at(*it);
}

QString RegionCatalog::jurisdictionOf(QStringView code) const
{
    const auto region = find(code);
    return region ? region->jurisdiction : QString();
}

QString RegionCatalog::countryOf(QStringView code) const
{
    const auto region = find(code);
    return region ? region->country : QString();
}

QString RegionCatalog::jurisdictionOfCountry(const QString& country) const
{
    return m_countryJurisdiction.value(country.toUpper(), country.toUpper());
}

QStringList RegionCatalog::unknownCodes(const QStringList& codes) const
{
    QStringList unknown;
    for (const QString& code : codes) {
        if (!m_byCode.contains(code) && !unknown.contains(code))
            unknown.append(code);
    }
    return unknown;
}

} // namespace Gatehouse
