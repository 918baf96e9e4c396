// One thing drawn at its region on the map: a gateway or sandbox host being watched, or a data
// source (an MCP server in a data region) seen in calls, with its state in the sources panel's
// colours so the map and the panel never disagree.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatehouse {

struct SiteMarker
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::SiteMarker)

public:
    enum class Kind
    {
        Gateway,
        SandboxHost,
        DataSource
    };
    enum class State
    {
        Connected,
        Stale,
        Disconnected,
        Error
    };

    QString id;     // the source id, or "server@region" for a data source
    QString label;  // what the map writes next to the marker
    QString region; // the region code as reported, known to the catalog or not
    Kind kind = Kind::Gateway;
    State state = State::Disconnected;
    QString detail; // a line for the tooltip, e.g. the age of the last event

    bool operator==(const SiteMarker& other) const = default;

    static QColor stateColour(State state);
    static QString stateName(State state);
    static QString kindName(Kind kind);
    static QList<State> states()
    {
        return {State::Connected, State::Stale, State::Disconnected, State::Error};
    }
    // "gw-eu-1, tunnel gateway in eu-central-1: connected" and the detail line.
    QString toolTip() const;
};

} // namespace Gatehouse
