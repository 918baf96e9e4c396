// The request line and headers of one HTTP/1.1 request as the simulator received it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace Gatehouse {

struct HttpRequestHead
{
    QByteArray method;
    QByteArray target; // as sent, with any query
    QByteArray path;   // target without the query
    QList<QPair<QByteArray, QByteArray>> headers;

    // The value of the first header with this name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;

    // Parses bytes up to the blank line; nullopt when they are not an HTTP/1.x request head.
    static std::optional<HttpRequestHead> parse(QByteArrayView head);
};

} // namespace Gatehouse
