// The OTLP/JSON decoder: what it reads from valid requests, what it tolerates, what it refuses
// and that no mutation of a valid request can crash it.
#include "models/telemetry/otlpdecoder.h"
#include "models/telemetry/otlpwriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

OtlpSpan toolSpan()
{
    OtlpSpan span;
    span.traceId = u"5B8EFFF798038103D269B633813FC60C"_s;
    span.spanId = u"EEE19B7EC3C1B174"_s;
    span.name = u"tools/call read_text_file"_s;
    span.kind = 2;
    span.startNs = 1'764'580'000'000'000'000;
    span.endNs = span.startNs + 42'000'000;
    span.statusCode = 1;
    span.attributes = {
        {u"gen_ai.operation.name"_s, u"execute_tool"_s},
        {u"mcp.method.name"_s, u"tools/call"_s},
        {u"gen_ai.tool.name"_s, u"read_text_file"_s},
        {u"gatehouse.mcp.server"_s, u"filesystem"_s},
        {u"gen_ai.agent.id"_s, u"agt-triage"_s},
        {u"gatehouse.credential.id"_s, u"cr-101"_s},
        {u"enduser.id"_s, u"alice@example.com"_s},
        {u"gatehouse.actor_chain"_s, QStringList{u"alice@example.com"_s, u"svc-triage"_s}},
        {u"gatehouse.data.region"_s, u"eu-central-1"_s},
        {u"gen_ai.usage.input_tokens"_s, qint64(1200)},
        {u"gen_ai.usage.output_tokens"_s, qint64(300)},
        {u"gatehouse.tool.write"_s, false}};
    return span;
}

QByteArray validRequest()
{
    return OtlpWriter::exportRequest(
        {{u"service.name"_s, u"gw-eu-1"_s}, {u"cloud.region"_s, u"eu-west-1"_s}}, {toolSpan()});
}

} // namespace

class TestOtlpDecoder : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        OtlpDecoder decoder;
        auto decoded = decoder.decode(u"gw-eu-1"_s, 7, validRequest());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().detail));
        QCOMPARE(decoded->calls.size(), 1);
        const ToolCall& call = decoded->calls.first();
        QCOMPARE(call.source, u"gw-eu-1"_s);
        QCOMPARE(call.sequence, 7);
        QCOMPARE(call.traceId, u"5b8efff798038103d269b633813fc60c"_s);
        QCOMPARE(call.spanId, u"eee19b7ec3c1b174"_s);
        QCOMPARE(call.durationNs, 42'000'000);
        QCOMPARE(call.toolName, u"read_text_file"_s);
        QCOMPARE(call.mcpServer, u"filesystem"_s);
        QCOMPARE(call.human, u"alice@example.com"_s);
        QCOMPARE(call.actorChain, u"alice@example.com > svc-triage"_s);
        QCOMPARE(call.dataRegion, u"eu-central-1"_s);
        QCOMPARE(call.computeRegion, u"eu-west-1"_s); // from the resource
        QCOMPARE(call.tokensIn, 1200);
        QCOMPARE(call.tokensOut, 300);
        QCOMPARE(call.outcome, u"ok"_s);
    }

    void missingOptionalFields()
    {
        const QByteArray minimal = R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[)"
                                   R"({"key":"gen_ai.operation.name","value":{"stringValue":)"
                                   R"("execute_tool"}}]}]}]}]})";
        OtlpDecoder decoder;
        auto decoded = decoder.decode(u"s"_s, 1, minimal);
        QVERIFY(decoded);
        QCOMPARE(decoded->calls.size(), 1);
        QVERIFY(decoded->calls.first().human.isEmpty());
        QCOMPARE(decoded->calls.first().tokensIn, -1);
        QCOMPARE(decoded->calls.first().mcpMethod, u"tools/call"_s);
    }

    void collectorFileLinesAndIgnoredMembers()
    {
        // A Collector writes numbers as strings or numbers, unknown members and other spans.
        const QByteArray line =
            R"({"resourceSpans":[{"scopeSpans":[{"scope":{"name":"x"},"spans":[)"
            R"({"name":"GET /","startTimeUnixNano":5,"flags":1,"events":[{"name":"e"}]},)"
            R"({"name":"t","startTimeUnixNano":"10","endTimeUnixNano":"30","attributes":[)"
            R"({"key":"mcp.method.name","value":{"stringValue":"tools/call"}},)"
            R"({"key":"error.type","value":{"stringValue":"tool_error"}}],"status":{"code":2}})"
            R"(]}],"resource":{"attributes":[{"key":"cloud.region","value":{"stringValue":)"
            R"("us-east-1"}}]},"schemaUrl":"u"}],"extra":{"a":[1,2]}})"
            "\n";
        OtlpDecoder decoder;
        auto decoded = decoder.decode(u"f"_s, 2, line);
        QVERIFY(decoded);
        QCOMPARE(decoded->spans, 2);
        QCOMPARE(decoded->calls.size(), 1);
        QCOMPARE(decoded->calls.first().spanIndex, 1);
        QCOMPARE(decoded->calls.first().durationNs, 20);
        QCOMPARE(decoded->calls.first().outcome, u"error"_s);
        QCOMPARE(decoded->calls.first().computeRegion, u"us-east-1"_s);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
        QTest::newRow("not json") << QByteArray("hello") << u"malformed-json"_s;
        QTest::newRow("truncated") << validRequest().left(100) << u"malformed-json"_s;
        QTest::newRow("array root") << QByteArray("[1,2]") << u"not-a-trace-request"_s;
        QTest::newRow("logs request")
            << QByteArray(R"({"resourceLogs":[]})") << u"not-a-trace-request"_s;
        QTest::newRow("trailing") << validRequest() + " {}" << u"malformed-json"_s;
        QTest::newRow("bad trace id")
            << QByteArray(R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"xyz"}]}]}]})")
            << u"bad-id"_s;
        QTest::newRow("bad time") << QByteArray(R"({"resourceSpans":[{"scopeSpans":[{"spans":[)"
                                                R"({"startTimeUnixNano":"soon"}]}]}]})")
                                  << u"bad-time"_s;
        QTest::newRow("spans not array")
            << QByteArray(R"({"resourceSpans":[{"scopeSpans":[{"spans":{}}]}]})")
            << u"malformed-json"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        OtlpDecoder decoder;
        auto decoded = decoder.decode(u"s"_s, 1, payload);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().reason, reason);
    }

    void limits()
    {
        DecodeLimits limits;
        limits.maxPayloadBytes = 8192;
        limits.maxSpans = 3;
        limits.maxAttributeBytes = 64;
        OtlpDecoder decoder(limits);

        QCOMPARE(decoder.decode(u"s"_s, 1, QByteArray(9000, ' ')).error().reason, u"oversized"_s);
        const QList<OtlpSpan> four(4, toolSpan());
        QCOMPARE(decoder.decode(u"s"_s, 1, OtlpWriter::exportRequest({}, four)).error().reason,
                 u"too-many-spans"_s);
        OtlpSpan longValue = toolSpan();
        longValue.attributes.append({u"gen_ai.tool.call.arguments"_s, QString(65, u'x')});
        QCOMPARE(
            decoder.decode(u"s"_s, 1, OtlpWriter::exportRequest({}, {longValue})).error().reason,
            u"attribute-too-long"_s);
        // The decoder is usable again after each refusal.
        QVERIFY(decoder.decode(u"s"_s, 1, OtlpWriter::exportRequest({}, {toolSpan()})));
    }

    void deepNestingIsRefused()
    {
        QByteArray deep = R"({"resourceSpans":)";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
        OtlpDecoder decoder;
        QVERIFY(!decoder.decode(u"s"_s, 1, deep));
    }

    // Mutated requests: flipped, dropped and duplicated bytes, cut lengths. The decoder must
    // answer every one with records or a reject, and stay usable.
    void survivesMutations()
    {
        const QByteArray valid = validRequest();
        QRandomGenerator random(20261203);
        OtlpDecoder decoder;
        int decoded = 0;
        int rejected = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = valid;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(qint64(mutated.size())));
                switch (random.bounded(4)) {
                case 0:
                    mutated[at] = char(random.bounded(256));
                    break;
                case 1:
                    mutated.remove(at, 1 + int(random.bounded(8)));
                    break;
                case 2:
                    mutated.insert(at, mutated.mid(int(random.bounded(qint64(mutated.size()))), 6));
                    break;
                default:
                    mutated.truncate(at);
                    break;
                }
                if (mutated.isEmpty())
                    break;
            }
            auto result = decoder.decode(u"fuzz"_s, round, mutated);
            result ? ++decoded : ++rejected;
        }
        QVERIFY(rejected > 0);
        QCOMPARE(decoded + rejected, 3000);
        QVERIFY(decoder.decode(u"s"_s, 1, valid));
    }
};

QTEST_GUILESS_MAIN(TestOtlpDecoder)
#include "tst_otlpdecoder.moc"
