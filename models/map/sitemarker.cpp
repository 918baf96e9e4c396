// Names and colours of map markers.
#include "sitemarker.h"

namespace Gatehouse {

QColor SiteMarker::stateColour(State state)
{
    switch (state) {
    case State::Connected:
        return QColor(0x2e, 0x7d, 0x32);
    case State::Stale:
        return QColor(0xef, 0x6c, 0x00);
    case State::Disconnected:
        return QColor(0x75, 0x75, 0x75);
    case State::Error:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString SiteMarker::stateName(State state)
{
    switch (state) {
    case State::Connected:
        return tr("connected");
    case State::Stale:
        return tr("stale");
    case State::Disconnected:
        return tr("disconnected");
    case State::Error:
        return tr("error");
    }
    return {};
}

QString SiteMarker::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return tr("tunnel gateway");
    case Kind::SandboxHost:
        return tr("sandbox host");
    case Kind::DataSource:
        return tr("data source");
    }
    return {};
}

QString SiteMarker::toolTip() const
{
    QString text = tr("%1, %2 in %3: %4")
                       .arg(label, kindName(kind),
                            region.isEmpty() ? tr("an unknown region") : region, stateName(state));
    if (!detail.isEmpty())
        text += u'\n' + detail;
    return text;
}

} // namespace Gatehouse
