// Turns one OTLP/JSON ExportTraceServiceRequest (a feed event, or one line of a Collector file
// exporter's output) into Gatehouse records, or into a reject that says why not.
#pragma once

#include "drillmarker.h"
#include "sandboxexecution.h"
#include "toolcall.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <memory>

namespace Gatehouse {

struct DecodeLimits
{
    qsizetype maxPayloadBytes = 1024 * 1024;
    int maxSpans = 1000;
    qsizetype maxAttributeBytes = 64 * 1024;
    // Longest text kept from free-text attributes (output, arguments); longer is cut, not refused.
    qsizetype snippetChars = 2048;
};

struct DecodedRequest
{
    QList<ToolCall> calls;
    QList<SandboxExecution> executions;
    QList<DrillMarker> drills;
    int spans = 0; // all spans read, including those that became no record
};

struct DecodeReject
{
    // A stable slug: "empty", "oversized", "malformed-json", "not-a-trace-request",
    // "too-many-spans", "attribute-too-long", "bad-id", "bad-time".
    QString reason;
    QString detail; // one line for the developer, never payload content
};

class OtlpDecoder
{
public:
    explicit OtlpDecoder(DecodeLimits limits = {});
    ~OtlpDecoder();
    OtlpDecoder(const OtlpDecoder&) = delete;
    OtlpDecoder& operator=(const OtlpDecoder&) = delete;

    // Not thread-safe: one decoder a thread. Records carry source and sequence; spanIndex counts
    // spans in document order.
    std::expected<DecodedRequest, DecodeReject> decode(const QString& source, qint64 sequence,
                                                       QByteArrayView payload);

    const DecodeLimits& limits() const { return m_limits; }

private:
    struct State;
    DecodeLimits m_limits;
    std::unique_ptr<State> m_state;
};

} // namespace Gatehouse
