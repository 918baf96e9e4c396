// Decoding walks the document once with simdjson's on-demand parser, field by field in document
// order, and keeps string views into the parser's buffer until a span is complete. Member names
// of the OTLP structure are compared as written, without unescaping them first, as simdjson's
// own field lookup does: an encoder never escapes these plain ASCII names, and not copying them
// saves a tenth of the decoding time. Attribute keys and values are unescaped.
#include "otlpdecoder.h"

#include "stringpool.h"
#include "telemetryattributes.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

namespace Gatehouse {

namespace sj = simdjson::ondemand;
using namespace Qt::StringLiterals;

namespace {

// Thrown inside the walk for a limit or a field that makes the request unusable.
struct Refusal
{
    const char* reason;
    const char* detail;
};

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

bool parseInt64(std::string_view digits, qint64& out)
{
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return error == std::errc() && end == digits.data() + digits.size();
}

// An OTLP 64-bit integer: a decimal string (proto3 JSON) or a plain number.
qint64 readInt64(sj::value value, const char* what)
{
    qint64 out = 0;
    if (value.type() == sj::json_type::string) {
        if (!parseInt64(std::string_view(value.get_string()), out))
            throw Refusal{"bad-time", what};
        return out;
    }
    if (value.is_integer())
        return value.get_int64();
    return qint64(double(value.get_double()));
}

bool isHex(std::string_view value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// Trace and span ids, already checked to be hex digits, in lower case in one pass.
QString lowerHex(std::string_view hex)
{
    QString result(qsizetype(hex.size()), Qt::Uninitialized);
    QChar* out = result.data();
    for (const char c : hex)
        *out++ = QLatin1Char(c >= 'A' && c <= 'F' ? char(c - 'A' + 'a') : c);
    return result;
}

// The attributes of one span, as views into the parser's buffer.
struct SpanFields
{
    std::string_view traceId, spanId, name;
    qint64 startNs = 0, endNs = 0;
    int statusCode = 0;
    std::string_view op, agentId, agentName, serviceIdentity, credentialId, conversationId;
    std::string_view human, toolName, mcpServer, mcpMethod, dataRegion, computeRegion;
    std::string_view errorType, sandboxId, policyDecision, scope, arguments;
    std::string_view command, stdoutText, stderrText, drillId, drillPhase;
    std::string actorChain;
    qint64 tokensIn = -1, tokensOut = -1, redactions = 0, exitCode = 0;
    bool writeTool = false;
};

} // namespace

struct OtlpDecoder::State
{
    sj::parser parser;
    std::string buffer;
    const DecodeLimits* limits = nullptr;
    StringPool pool;
    QString source;
    qint64 sequence = 0;
    DecodedRequest out;

    void walkRoot(sj::object root);
    void walkResourceSpans(sj::object resourceSpans);
    void readResource(sj::object resource, std::string_view& region);
    void walkScopeSpans(sj::object scopeSpans);
    void walkSpan(sj::object span);
    void readAttributes(sj::array attributes, SpanFields& fields);
    void readAttribute(sj::object attribute, SpanFields& fields);
    void assign(std::string_view key, sj::value value, SpanFields& fields);
    std::string_view readString(sj::value anyValue);
    qint64 readInt(sj::value anyValue);
    bool readBool(sj::value anyValue);
    std::string readChain(sj::value anyValue);
    void checkLength(std::string_view value) const;
    void finishSpan(const SpanFields& fields);
    QString snippet(std::string_view value) const;
    template <typename Record> void fillSpan(Record& record, const SpanFields& fields) const;
    ToolCall toolCall(const SpanFields& fields);
    SandboxExecution execution(const SpanFields& fields);
    DrillMarker drill(const SpanFields& fields);
};

OtlpDecoder::OtlpDecoder(DecodeLimits limits)
    : m_limits(limits)
    , m_state(std::make_unique<State>())
{
    m_state->limits = &m_limits;
}

OtlpDecoder::~OtlpDecoder() = default;

std::expected<DecodedRequest, DecodeReject>
OtlpDecoder::decode(const QString& source, qint64 sequence, QByteArrayView payload)
{
    if (payload.size() > m_limits.maxPayloadBytes)
        return std::unexpected(DecodeReject{
            u"oversized"_s,
            u"%1 bytes, the limit is %2"_s.arg(payload.size()).arg(m_limits.maxPayloadBytes)});
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (std::all_of(payload.begin(), payload.end(), blank))
        return std::unexpected(DecodeReject{u"empty"_s, u"the event has no content"_s});

    State& state = *m_state;
    state.buffer.assign(payload.data(), size_t(payload.size()));
    state.buffer.resize(size_t(payload.size()) + simdjson::SIMDJSON_PADDING);
    state.source = source;
    state.sequence = sequence;
    state.out = DecodedRequest{};
    try {
        sj::document document =
            state.parser.iterate(state.buffer.data(), size_t(payload.size()), state.buffer.size());
        if (document.type() != sj::json_type::object)
            throw Refusal{"not-a-trace-request", "the document is not a JSON object"};
        state.walkRoot(document.get_object());
        if (document.current_location().error() == simdjson::SUCCESS)
            throw Refusal{"malformed-json", "content follows the request object"};
    } catch (const Refusal& refusal) {
        return std::unexpected(
            DecodeReject{QLatin1StringView(refusal.reason), QLatin1StringView(refusal.detail)});
    } catch (const simdjson::simdjson_error& error) {
        return std::unexpected(DecodeReject{u"malformed-json"_s, QLatin1StringView(error.what())});
    }
    return std::move(state.out);
}

void OtlpDecoder::State::walkRoot(sj::object root)
{
    bool sawSpans = false;
    for (auto field : root) {
        const sj::raw_json_string key = field.key();
        if (key == "resourceSpans") {
            sawSpans = true;
            for (auto resourceSpans : field.value().get_array())
                walkResourceSpans(resourceSpans.get_object());
        }
    }
    if (!sawSpans)
        throw Refusal{"not-a-trace-request", "no resourceSpans member"};
}

void OtlpDecoder::State::walkResourceSpans(sj::object resourceSpans)
{
    const qsizetype firstCall = out.calls.size();
    const qsizetype firstExecution = out.executions.size();
    std::string_view region;
    for (auto field : resourceSpans) {
        const sj::raw_json_string key = field.key();
        if (key == "resource") {
            readResource(field.value().get_object(), region);
        } else if (key == "scopeSpans") {
            for (auto scopeSpans : field.value().get_array())
                walkScopeSpans(scopeSpans.get_object());
        }
    }
    // The resource may follow its spans in the document; its region fills in what spans lack.
    if (region.empty())
        return;
    const QString regionText = text(region);
    for (qsizetype i = firstCall; i < out.calls.size(); ++i) {
        if (out.calls[i].computeRegion.isEmpty())
            out.calls[i].computeRegion = regionText;
    }
    for (qsizetype i = firstExecution; i < out.executions.size(); ++i) {
        if (out.executions[i].computeRegion.isEmpty())
            out.executions[i].computeRegion = regionText;
    }
}

void OtlpDecoder::State::readResource(sj::object resource, std::string_view& region)
{
    auto attributes = resource.find_field("attributes");
    if (attributes.error() == simdjson::NO_SUCH_FIELD)
        return;
    SpanFields fields;
    readAttributes(attributes.get_array(), fields);
    region = fields.computeRegion;
}

void OtlpDecoder::State::walkScopeSpans(sj::object scopeSpans)
{
    for (auto field : scopeSpans) {
        if (field.key().value() != "spans")
            continue;
        for (auto span : field.value().get_array()) {
            if (++out.spans > limits->maxSpans)
                throw Refusal{"too-many-spans", "the request holds more spans than allowed"};
            walkSpan(span.get_object());
        }
    }
}

void OtlpDecoder::State::walkSpan(sj::object span)
{
    SpanFields fields;
    for (auto field : span) {
        const sj::raw_json_string key = field.key();
        sj::value value = field.value();
        if (key == "traceId") {
            fields.traceId = value.get_string();
        } else if (key == "spanId") {
            fields.spanId = value.get_string();
        } else if (key == "name") {
            fields.name = value.get_string();
        } else if (key == "startTimeUnixNano") {
            fields.startNs = readInt64(value, "startTimeUnixNano is not an integer");
        } else if (key == "endTimeUnixNano") {
            fields.endNs = readInt64(value, "endTimeUnixNano is not an integer");
        } else if (key == "attributes") {
            readAttributes(value.get_array(), fields);
        } else if (key == "status") {
            auto code = value.get_object().find_field("code");
            if (code.error() != simdjson::NO_SUCH_FIELD)
                fields.statusCode = int(readInt64(code.value(), "status.code is not an integer"));
        }
    }
    finishSpan(fields);
}

void OtlpDecoder::State::readAttributes(sj::array attributes, SpanFields& fields)
{
    for (auto attribute : attributes)
        readAttribute(attribute.get_object(), fields);
}

void OtlpDecoder::State::readAttribute(sj::object attribute, SpanFields& fields)
{
    // proto3 JSON writes "key" before "value", which lets the value go straight to its field.
    std::string_view key;
    for (auto field : attribute) {
        const sj::raw_json_string name = field.key();
        if (name == "key") {
            key = field.value().get_string();
        } else if (name == "value") {
            if (key.empty())
                throw Refusal{"malformed-json", "an attribute value comes before its key"};
            assign(key, field.value(), fields);
        }
    }
}

void OtlpDecoder::State::assign(std::string_view key, sj::value value, SpanFields& f)
{
    using namespace Attr;
    struct Slot
    {
        std::string_view key;
        std::string_view SpanFields::*member;
    };
    static constexpr Slot strings[] = {
        {OperationName, &SpanFields::op},
        {AgentId, &SpanFields::agentId},
        {AgentName, &SpanFields::agentName},
        {ServiceIdentity, &SpanFields::serviceIdentity},
        {CredentialId, &SpanFields::credentialId},
        {ConversationId, &SpanFields::conversationId},
        {EndUser, &SpanFields::human},
        {ToolName, &SpanFields::toolName},
        {McpServer, &SpanFields::mcpServer},
        {McpMethod, &SpanFields::mcpMethod},
        {DataRegion, &SpanFields::dataRegion},
        {CloudRegion, &SpanFields::computeRegion},
        {ErrorType, &SpanFields::errorType},
        {SandboxId, &SpanFields::sandboxId},
        {PolicyDecision, &SpanFields::policyDecision},
        {PolicyScope, &SpanFields::scope},
        {ToolCallArguments, &SpanFields::arguments},
        {SandboxCommand, &SpanFields::command},
        {SandboxStdout, &SpanFields::stdoutText},
        {SandboxStderr, &SpanFields::stderrText},
        {DrillId, &SpanFields::drillId},
        {DrillPhase, &SpanFields::drillPhase},
    };
    for (const Slot& slot : strings) {
        if (slot.key == key) {
            f.*slot.member = readString(value);
            return;
        }
    }
    if (key == InputTokens)
        f.tokensIn = readInt(value);
    else if (key == OutputTokens)
        f.tokensOut = readInt(value);
    else if (key == Redactions)
        f.redactions = readInt(value);
    else if (key == SandboxExitCode)
        f.exitCode = readInt(value);
    else if (key == ToolWrite)
        f.writeTool = readBool(value);
    else if (key == ActorChain)
        f.actorChain = readChain(value);
}

// The string inside an AnyValue; other kinds read as empty, so a wrongly typed attribute is
// ignored rather than refused.
std::string_view OtlpDecoder::State::readString(sj::value anyValue)
{
    std::string_view result;
    for (auto field : anyValue.get_object()) {
        const sj::raw_json_string kind = field.key();
        sj::value inner = field.value();
        if (kind == "stringValue") {
            result = inner.get_string();
            checkLength(result);
        }
    }
    return result;
}

qint64 OtlpDecoder::State::readInt(sj::value anyValue)
{
    qint64 result = 0;
    for (auto field : anyValue.get_object()) {
        if (field.key().value() == "intValue")
            result = readInt64(field.value(), "an intValue is not an integer");
    }
    return result;
}

bool OtlpDecoder::State::readBool(sj::value anyValue)
{
    bool result = false;
    for (auto field : anyValue.get_object()) {
        if (field.key().value() == "boolValue")
            result = field.value().get_bool();
    }
    return result;
}

// An actor chain is an arrayValue of strings (outermost actor first) or one string.
std::string OtlpDecoder::State::readChain(sj::value anyValue)
{
    std::string chain;
    for (auto field : anyValue.get_object()) {
        const sj::raw_json_string kind = field.key();
        if (kind == "stringValue") {
            chain = std::string_view(field.value().get_string());
        } else if (kind == "arrayValue") {
            auto values = field.value().get_object().find_field("values");
            if (values.error() == simdjson::NO_SUCH_FIELD)
                continue;
            for (auto element : values.get_array()) {
                const std::string_view actor = readString(element.value());
                if (!chain.empty())
                    chain += " > ";
                chain += actor;
            }
        }
    }
    checkLength(chain);
    return chain;
}

void OtlpDecoder::State::checkLength(std::string_view value) const
{
    if (qsizetype(value.size()) > limits->maxAttributeBytes)
        throw Refusal{"attribute-too-long", "an attribute value is longer than allowed"};
}

void OtlpDecoder::State::finishSpan(const SpanFields& fields)
{
    if (fields.traceId.size() && (fields.traceId.size() != 32 || !isHex(fields.traceId)))
        throw Refusal{"bad-id", "traceId is not 32 hex digits"};
    if (fields.spanId.size() && (fields.spanId.size() != 16 || !isHex(fields.spanId)))
        throw Refusal{"bad-id", "spanId is not 16 hex digits"};
    if (fields.op == Attr::OpExecuteTool || fields.mcpMethod == "tools/call")
        out.calls.append(toolCall(fields));
    else if (fields.op == Attr::OpSandboxExec)
        out.executions.append(execution(fields));
    else if (fields.op == Attr::OpDrill)
        out.drills.append(drill(fields));
}

QString OtlpDecoder::State::snippet(std::string_view value) const
{
    QString result = text(value);
    if (result.size() > limits->snippetChars)
        result.truncate(limits->snippetChars);
    return result;
}

// What every record takes from its span: where it came from and when.
template <typename Record>
void OtlpDecoder::State::fillSpan(Record& record, const SpanFields& f) const
{
    record.source = source;
    record.sequence = sequence;
    record.spanIndex = out.spans - 1;
    record.startNs = f.startNs;
    record.durationNs = f.endNs > f.startNs ? f.endNs - f.startNs : 0;
    record.traceId = lowerHex(f.traceId);
    record.spanId = lowerHex(f.spanId);
}

ToolCall OtlpDecoder::State::toolCall(const SpanFields& f)
{
    ToolCall call;
    fillSpan(call, f);
    call.human = pool.get(f.human);
    call.agentId = pool.get(f.agentId);
    call.agentName = pool.get(f.agentName);
    call.serviceIdentity = pool.get(f.serviceIdentity);
    call.credentialId = pool.get(f.credentialId);
    call.conversationId = text(f.conversationId);
    call.actorChain = pool.get(f.actorChain);
    call.toolName = pool.get(f.toolName);
    call.mcpServer = pool.get(f.mcpServer);
    call.mcpMethod = pool.get(f.mcpMethod.empty() ? "tools/call" : f.mcpMethod);
    call.writeTool = f.writeTool;
    call.dataRegion = pool.get(f.dataRegion);
    call.computeRegion = pool.get(f.computeRegion);
    call.errorType = pool.get(f.errorType);
    call.policyDecision = pool.get(f.policyDecision);
    call.scope = pool.get(f.scope);
    call.outcome = call.policyDecision == "deny"_L1                   ? u"denied"_s
                   : (f.statusCode == 2 || !call.errorType.isEmpty()) ? u"error"_s
                                                                      : u"ok"_s;
    call.tokensIn = f.tokensIn;
    call.tokensOut = f.tokensOut;
    call.sandboxId = pool.get(f.sandboxId);
    call.redactions = int(qBound(qint64(0), f.redactions, qint64(1'000'000)));
    call.arguments = snippet(f.arguments);
    return call;
}

SandboxExecution OtlpDecoder::State::execution(const SpanFields& f)
{
    SandboxExecution run;
    fillSpan(run, f);
    run.sandboxId = pool.get(f.sandboxId);
    run.computeRegion = pool.get(f.computeRegion);
    run.agentId = pool.get(f.agentId);
    run.human = pool.get(f.human);
    run.command = snippet(f.command);
    run.exitCode = int(qBound(qint64(-1'000'000), f.exitCode, qint64(1'000'000)));
    run.stdoutSnippet = snippet(f.stdoutText);
    run.stderrSnippet = snippet(f.stderrText);
    run.redactions = int(qBound(qint64(0), f.redactions, qint64(1'000'000)));
    return run;
}

DrillMarker OtlpDecoder::State::drill(const SpanFields& f)
{
    DrillMarker marker;
    marker.source = source;
    marker.sequence = sequence;
    marker.spanIndex = out.spans - 1;
    marker.atNs = f.startNs;
    marker.drillId = text(f.drillId);
    marker.agentId = pool.get(f.agentId);
    marker.phase = f.drillPhase.empty() ? u"start"_s : text(f.drillPhase);
    return marker;
}

} // namespace Gatehouse
