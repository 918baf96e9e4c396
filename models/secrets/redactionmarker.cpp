// Markers are short and rare, so a plain search for the opening literal is enough.
#include "redactionmarker.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

QList<RedactionMarker> RedactionMarker::findAll(QStringView text)
{
    static constexpr QStringView Open = u"[REDACTED:";
    QList<RedactionMarker> markers;
    qsizetype at = text.indexOf(Open);
    while (at >= 0) {
        const qsizetype close = text.indexOf(u']', at);
        if (close < 0)
            break;
        const QStringView inner = text.mid(at + Open.size(), close - at - Open.size());
        const qsizetype colon = inner.lastIndexOf(u':');
        if (colon > 0 && inner.size() - colon - 1 == 8)
            markers.append({inner.left(colon).toString(), inner.mid(colon + 1).toString(), at,
                            close - at + 1});
        at = text.indexOf(Open, close);
    }
    return markers;
}

} // namespace Gatehouse
