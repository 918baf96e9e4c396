// Hand-written JSON: the simulator produces thousands of these a second, and the exact bytes
// must not depend on a library's formatting choices.
#include "otlpwriter.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

void appendString(QByteArray& out, QStringView s)
{
    out += '"';
    OtlpWriter::appendEscaped(out, s);
    out += '"';
}

} // namespace

void OtlpWriter::appendEscaped(QByteArray& out, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    static const char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
}

QByteArray OtlpWriter::exportRequest(const QList<OtlpAttribute>& resourceAttributes,
                                     const QList<OtlpSpan>& spans)
{
    QByteArray out;
    out.reserve(1024 + 1024 * spans.size());
    out += R"({"resourceSpans":[{"resource":{"attributes":)";
    appendAttributes(out, resourceAttributes);
    out += R"(},"scopeSpans":[{"scope":{"name":"gatehouse","version":"1"},"spans":[)";
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (i > 0)
            out += ',';
        appendSpan(out, spans[i]);
    }
    out += "]}]}]}";
    return out;
}

void OtlpWriter::appendSpan(QByteArray& out, const OtlpSpan& span)
{
    out += R"({"traceId":)";
    appendString(out, span.traceId);
    out += R"(,"spanId":)";
    appendString(out, span.spanId);
    out += R"(,"name":)";
    appendString(out, span.name);
    out += R"(,"kind":)" + QByteArray::number(span.kind);
    out += R"(,"startTimeUnixNano":")" + QByteArray::number(span.startNs);
    out += R"(","endTimeUnixNano":")" + QByteArray::number(span.endNs);
    out += R"(","attributes":)";
    appendAttributes(out, span.attributes);
    out += R"(,"status":{"code":)" + QByteArray::number(span.statusCode);
    if (!span.statusMessage.isEmpty()) {
        out += R"(,"message":)";
        appendString(out, span.statusMessage);
    }
    out += "}}";
}

void OtlpWriter::appendAttributes(QByteArray& out, const QList<OtlpAttribute>& attributes)
{
    out += '[';
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i > 0)
            out += ',';
        out += R"({"key":)";
        appendString(out, attributes[i].key);
        out += R"(,"value":)";
        appendAnyValue(out, attributes[i]);
        out += '}';
    }
    out += ']';
}

void OtlpWriter::appendAnyValue(QByteArray& out, const OtlpAttribute& attribute)
{
    if (const auto* text = std::get_if<QString>(&attribute.value)) {
        out += R"({"stringValue":)";
        appendString(out, *text);
        out += '}';
    } else if (const auto* number = std::get_if<qint64>(&attribute.value)) {
        out += R"({"intValue":")" + QByteArray::number(*number) + "\"}";
    } else if (const auto* flag = std::get_if<bool>(&attribute.value)) {
        out += *flag ? R"({"boolValue":true})" : R"({"boolValue":false})";
    } else if (const auto* list = std::get_if<QStringList>(&attribute.value)) {
        out += R"({"arrayValue":{"values":[)";
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (i > 0)
                out += ',';
            out += R"({"stringValue":)";
            appendString(out, list->at(i));
            out += '}';
        }
        out += "]}}";
    }
}

} // namespace Gatehouse
