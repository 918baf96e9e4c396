// Loading the bundled outlines.
#include "worldmap.h"

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
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::WorldMap)
};

QPainterPath outlineOf(const QJsonArray& rings)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QJsonValue& ringValue : rings) {
        const QJsonArray ring = ringValue.toArray();
        for (qsizetype i = 0; i + 1 < ring.size(); i += 2) {
            const QPointF point(ring.at(i).toDouble(), ring.at(i + 1).toDouble());
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        path.closeSubpath();
    }
    return path;
}

} // namespace

Result<WorldMap> WorldMap::builtIn()
{
    QFile file(u":/gatehouse/map/world-110m.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Text::tr("The built-in world map is missing from this build."));
    return fromJson(file.readAll());
}

Result<WorldMap> WorldMap::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject() || !document[u"countries"_s].isArray())
        return fail(ErrorCode::Corrupt,
                    Text::tr("The world map data is not valid: %1.").arg(error.errorString()));
    WorldMap map;
    map.m_attribution = document[u"attribution"_s].toString();
    for (const QJsonValue& value : document[u"countries"_s].toArray()) {
        const QJsonObject object = value.toObject();
        map.m_countries.append(Country{object[u"name"_s].toString(), object[u"iso_a2"_s].toString(),
                                       object[u"iso_a3"_s].toString(),
                                       object[u"continent"_s].toString(),
                                       outlineOf(object[u"rings"_s].toArray())});
    }
    return map;
}

const Country* WorldMap::countryAt(double longitude, double latitude) const
{
    const QPointF point(longitude, latitude);
    for (const Country& country : m_countries) {
        if (country.outline.boundingRect().contains(point) && country.outline.contains(point))
            return &country;
    }
    return nullptr;
}

const Country* WorldMap::country(QStringView isoA2) const
{
    for (const Country& country : m_countries) {
        if (country.isoA2 == isoA2)
            return &country;
    }
    return nullptr;
}

} // namespace Gatehouse
