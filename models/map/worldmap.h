// The world's country outlines (Natural Earth 1:110m, public domain) as painter paths in
// longitude/latitude degrees, with the country under a point.
#pragma once

#include "models/core/error.h"

#include <QList>
#include <QPainterPath>
#include <QString>

namespace Gatehouse {

struct Country
{
    QString name;
    QString isoA2; // empty for the few territories without an ISO code
    QString isoA3;
    QString continent;
    // x = longitude, y = latitude (north up is the caller's flip to make).
    QPainterPath outline;
};

class WorldMap
{
public:
    // The outlines bundled with Gatehouse (":/gatehouse/map/world-110m.json").
    static Result<WorldMap> builtIn();
    static Result<WorldMap> fromJson(const QByteArray& json);

    const QList<Country>& countries() const { return m_countries; }
    QString attribution() const { return m_attribution; }
    // The country containing a longitude/latitude, or nullptr over sea.
    const Country* countryAt(double longitude, double latitude) const;
    const Country* country(QStringView isoA2) const;

private:
    QList<Country> m_countries;
    QString m_attribution;
};

} // namespace Gatehouse
