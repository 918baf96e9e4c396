// Writes OTLP/JSON ExportTraceServiceRequest documents on one line, as a gateway or a Collector
// file exporter would: the simulator's events, and test and benchmark inputs.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Gatehouse {

struct OtlpAttribute
{
    QString key;
    std::variant<QString, qint64, bool, QStringList> value;
};

struct OtlpSpan
{
    QString traceId; // 32 hex digits
    QString spanId;  // 16 hex digits
    QString name;
    int kind = 1; // 1 internal, 2 server, 3 client
    qint64 startNs = 0;
    qint64 endNs = 0;
    int statusCode = 0; // 0 unset, 1 ok, 2 error
    QString statusMessage;
    QList<OtlpAttribute> attributes;
};

class OtlpWriter
{
public:
    // One request with one resource and one scope holding spans.
    static QByteArray exportRequest(const QList<OtlpAttribute>& resourceAttributes,
                                    const QList<OtlpSpan>& spans);

    // s as the body of a JSON string (without the quotes).
    static void appendEscaped(QByteArray& out, QStringView s);

private:
    static void appendAttributes(QByteArray& out, const QList<OtlpAttribute>& attributes);
    static void appendAnyValue(QByteArray& out, const OtlpAttribute& attribute);
    static void appendSpan(QByteArray& out, const OtlpSpan& span);
};

} // namespace Gatehouse
