// The simulated fleet: the same options give the same bytes, and every finding its ground truth
// names really occurs in the events and posture documents it serves.
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/otlpdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<FleetScenario> make(const QString& name, quint64 seed = 3)
{
    ScenarioOptions options;
    options.name = name;
    options.seed = seed;
    auto scenario = FleetScenario::create(options);
    if (!scenario)
        qFatal("%s", qPrintable(scenario.error().message));
    return std::move(*scenario);
}

DecodedRequest decodeAll(const FleetScenario& fleet, const QString& endpoint, qint64 count)
{
    OtlpDecoder decoder;
    DecodedRequest all;
    for (qint64 s = 1; s <= count; ++s) {
        auto decoded = decoder.decode(endpoint, s, fleet.event(endpoint, s));
        if (!decoded)
            qFatal("event %lld of %s does not decode: %s", s, qPrintable(endpoint),
                   qPrintable(decoded.error().detail));
        all.calls.append(decoded->calls);
        all.executions.append(decoded->executions);
        all.drills.append(decoded->drills);
    }
    return all;
}

QJsonObject posture(const FleetScenario& fleet, const QString& endpoint)
{
    return QJsonDocument::fromJson(fleet.postureJson(endpoint, fleet.options().start)).object();
}

QJsonObject onlyFinding(const FleetScenario& fleet, const QString& control)
{
    const QJsonArray findings =
        QJsonDocument::fromJson(fleet.groundTruth()).object().value(u"findings"_s).toArray();
    if (findings.size() != 1)
        qFatal("expected one finding");
    const QJsonObject finding = findings.first().toObject();
    if (finding.value(u"control"_s).toString() != control)
        qFatal("unexpected control %s", qPrintable(finding.value(u"control"_s).toString()));
    return finding.value(u"item"_s).toObject();
}

QList<ToolCall> callsOfAllGateways(const FleetScenario& fleet, qint64 count)
{
    QList<ToolCall> calls;
    for (const EndpointDescription& endpoint : fleet.endpoints()) {
        if (endpoint.kind == "tunnel-gateway"_L1)
            calls.append(decodeAll(fleet, endpoint.id, count).calls);
    }
    return calls;
}

} // namespace

class TestFleetScenario : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : FleetScenario::scenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void sameSeedSameBytes()
    {
        QFETCH(QString, name);
        auto one = make(name);
        auto two = make(name);
        auto other = make(name, 4);
        const QDateTime now = one->options().start.addSecs(30);
        QCOMPARE(one->groundTruth(), two->groundTruth());
        bool anyDifferent = false;
        for (const EndpointDescription& endpoint : one->endpoints()) {
            QCOMPARE(one->infoJson(endpoint.id), two->infoJson(endpoint.id));
            QCOMPARE(one->postureJson(endpoint.id, now), two->postureJson(endpoint.id, now));
            for (qint64 s = 1; s <= 40; ++s) {
                QCOMPARE(one->event(endpoint.id, s), two->event(endpoint.id, s));
                anyDifferent |= one->event(endpoint.id, s) != other->event(endpoint.id, s);
            }
        }
        QVERIFY(anyDifferent);
    }

    // Posture documents go through the redactor before they are stored; none of the simulated
    // ones may lose content to it.
    void postureSurvivesRedaction_data() { sameSeedSameBytes_data(); }

    void postureSurvivesRedaction()
    {
        QFETCH(QString, name);
        auto fleet = make(name);
        BasicSecretRedactor redactor("k");
        for (const EndpointDescription& endpoint : fleet->endpoints()) {
            QString posture = QString::fromUtf8(
                fleet->postureJson(endpoint.id, fleet->options().start.addSecs(5)));
            QCOMPARE(redactor.redact(posture), 0);
        }
    }

    // The example event in docs/protocol.md decodes to what the text says it carries.
    void documentedExampleDecodes()
    {
        QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const qsizetype section = text.indexOf("### Example event");
        QVERIFY(section > 0);
        const qsizetype begin = text.indexOf("```json\n", section) + 8;
        const qsizetype end = text.indexOf("```", begin);
        QByteArray example = text.mid(begin, end - begin);
        example.replace('\n', "");
        OtlpDecoder decoder;
        auto decoded = decoder.decode(u"doc"_s, 1, example);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().detail));
        QCOMPARE(decoded->calls.size(), 1);
        const ToolCall& call = decoded->calls.first();
        QCOMPARE(call.toolName, u"read_text_file"_s);
        QCOMPARE(call.human, u"alice.martin@example.com"_s);
        QCOMPARE(call.actorChain, u"alice.martin@example.com > svc-triage@agents.example.com"_s);
        QCOMPARE(call.dataRegion, u"eu-central-1"_s);
        QCOMPARE(call.computeRegion, u"eu-west-1"_s);
        QCOMPARE(call.credentialId, u"cr-101"_s);
        QCOMPARE(call.tokensIn, 1840);
        QCOMPARE(call.durationNs, 42'000'000);
    }

    // The bytes of every scenario, pinned: a change here changes what recorded runs and ground
    // truths mean, so it has to be deliberate (update the digest with the reason in the commit).
    void bytesArePinned()
    {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const QString& name : FleetScenario::scenarioNames()) {
            auto fleet = make(name, 11);
            digest.addData(fleet->groundTruth());
            for (const EndpointDescription& endpoint : fleet->endpoints()) {
                digest.addData(fleet->infoJson(endpoint.id));
                digest.addData(fleet->postureJson(endpoint.id, fleet->options().start));
                for (qint64 s = 1; s <= 700; ++s)
                    digest.addData(fleet->event(endpoint.id, s));
            }
        }
        QCOMPARE(digest.result().toHex(),
                 QByteArray("f557ec1b4053f70bb7fc0e86057214344ae5101121d9261b426baa2bf573e7e7"));
    }

    void eventsFollowTheRate()
    {
        auto fleet = make(u"clean"_s);
        const QDateTime start = fleet->options().start;
        QCOMPARE(fleet->dueSequence(start), 0);
        QCOMPARE(fleet->dueSequence(start.addMSecs(999)), 9);
        const auto events = fleet->eventsAfter(u"gw-eu-1"_s, 5, 100, start.addSecs(2));
        QCOMPARE(events.size(), 15);
        QCOMPARE(events.first().sequence, 6);
        QCOMPARE(events.last().sequence, 20);
        QCOMPARE(fleet->eventTime(20), start.addSecs(2));
        QVERIFY(fleet->eventsAfter(u"nowhere"_s, 0, 10, start.addSecs(2)).isEmpty());
        QVERIFY(!events.first().data.contains('\n'));
    }

    void refusesBadOptions()
    {
        ScenarioOptions options;
        options.name = u"nonsense"_s;
        QVERIFY(!FleetScenario::create(options));
        options.name = u"clean"_s;
        options.rate = 0;
        QVERIFY(!FleetScenario::create(options));
    }

    void cleanHasNoViolations()
    {
        auto fleet = make(u"clean"_s);
        QVERIFY(QJsonDocument::fromJson(fleet->groundTruth())[u"findings"_s].toArray().isEmpty());
        BasicSecretRedactor redactor("k");
        QSet<QString> agents;
        QMultiHash<QString, QString> credentialAgents;
        for (const ToolCall& call : callsOfAllGateways(*fleet, 300)) {
            QVERIFY(!call.human.isEmpty());
            QCOMPARE(call.dataRegion.left(2), call.computeRegion.left(2));
            agents.insert(call.agentId);
            if (!credentialAgents.contains(call.credentialId, call.agentId))
                credentialAgents.insert(call.credentialId, call.agentId);
        }
        QCOMPARE(agents.size(), 4);
        for (const QString& credential : credentialAgents.uniqueKeys())
            QCOMPARE(credentialAgents.count(credential), 1);
        for (SandboxExecution run : decodeAll(*fleet, u"sbx-eu-1"_s, 200).executions)
            QCOMPARE(redactor.redact(run.stdoutSnippet) + redactor.redact(run.stderrSnippet), 0);
        const QJsonObject gateway = posture(*fleet, u"gw-eu-1"_s);
        QVERIFY(gateway[u"scopePolicy"_s][u"defaultDeny"_s].toBool());
        QCOMPARE(gateway[u"listeners"_s].toArray().size(), 1);
    }

    void unattributedCalls()
    {
        auto fleet = make(u"unattributed-calls"_s);
        const QJsonObject item = onlyFinding(*fleet, u"human-attribution"_s);
        int without = 0;
        for (const ToolCall& call : callsOfAllGateways(*fleet, 200)) {
            if (call.human.isEmpty()) {
                ++without;
                QCOMPARE(call.agentId, item[u"agent"_s].toString());
                QCOMPARE(call.source, item[u"endpoint"_s].toString());
            }
        }
        QVERIFY(without > 0);
    }

    void sharedCredential()
    {
        auto fleet = make(u"shared-credential"_s);
        const QJsonObject item = onlyFinding(*fleet, u"service-identity"_s);
        QSet<QString> users;
        for (const ToolCall& call : callsOfAllGateways(*fleet, 200)) {
            if (call.credentialId == item[u"credential"_s].toString())
                users.insert(call.agentId);
        }
        QCOMPARE(users.size(), 2);
        for (const QJsonValue agent : item[u"agents"_s].toArray())
            QVERIFY(users.contains(agent.toString()));
    }

    void staleCredential()
    {
        auto fleet = make(u"stale-credential"_s);
        const QJsonObject item = onlyFinding(*fleet, u"credential-rotation"_s);
        bool listed = false;
        for (const QJsonValue credential :
             posture(*fleet, item[u"endpoint"_s].toString())[u"credentials"_s].toArray()) {
            if (credential[u"id"_s] == item[u"credential"_s]) {
                listed = true;
                QCOMPARE(credential[u"issuedAt"_s], item[u"issuedAt"_s]);
                const QDateTime issued =
                    QDateTime::fromString(credential[u"issuedAt"_s].toString(), Qt::ISODate);
                QVERIFY(issued.secsTo(fleet->options().start) > 24 * 3600);
            }
        }
        QVERIFY(listed);
        const auto calls = callsOfAllGateways(*fleet, 200);
        QVERIFY(std::any_of(calls.begin(), calls.end(), [&](const ToolCall& call) {
            return call.credentialId == item[u"credential"_s].toString();
        }));
    }

    void inboundListener()
    {
        auto fleet = make(u"inbound-listener"_s);
        const QJsonObject item = onlyFinding(*fleet, u"outbound-only"_s);
        bool found = false;
        for (const QJsonValue listener :
             posture(*fleet, item[u"endpoint"_s].toString())[u"listeners"_s].toArray())
            found |= listener[u"address"_s] == item[u"address"_s]
                     && listener[u"port"_s] == item[u"port"_s];
        QVERIFY(found);
    }

    void euDataInUs()
    {
        auto fleet = make(u"eu-data-in-us"_s);
        const QJsonObject item = onlyFinding(*fleet, u"data-residency"_s);
        int offending = 0;
        for (const ToolCall& call : callsOfAllGateways(*fleet, 200)) {
            if (call.dataRegion.startsWith(u"eu"_s) && call.computeRegion.startsWith(u"us"_s)) {
                ++offending;
                QCOMPARE(call.agentId, item[u"agent"_s].toString());
                QCOMPARE(call.dataRegion, item[u"dataRegion"_s].toString());
                QCOMPARE(call.computeRegion, item[u"computeRegion"_s].toString());
            }
        }
        QVERIFY(offending > 0);
    }

    void secretsInOutput()
    {
        auto fleet = make(u"secrets-in-output"_s);
        const QJsonObject item = onlyFinding(*fleet, u"secrets-not-logged"_s);
        const QString endpoint = item[u"endpoint"_s].toString();
        const qint64 first = item[u"firstSequence"_s].toInteger();
        OtlpDecoder decoder;
        auto decoded = decoder.decode(endpoint, first, fleet->event(endpoint, first));
        QVERIFY(decoded);
        QString out = decoded->executions.first().stdoutSnippet;
        BasicSecretRedactor redactor("k");
        QCOMPARE(redactor.redact(out), 2);
        for (const QJsonValue rule : item[u"rules"_s].toArray())
            QVERIFY(out.contains(u"[REDACTED:"_s + rule.toString() + u':'));
    }

    void unapprovedWrite()
    {
        auto fleet = make(u"unapproved-write"_s);
        const QJsonObject item = onlyFinding(*fleet, u"least-privilege"_s);
        const auto calls = callsOfAllGateways(*fleet, 300);
        QVERIFY(std::any_of(calls.begin(), calls.end(), [&](const ToolCall& call) {
            return call.agentId == item[u"agent"_s].toString()
                   && call.toolName == item[u"tool"_s].toString() && call.writeTool
                   && call.scope == item[u"scope"_s].toString();
        }));
        bool unapprovedGrant = false;
        const QJsonObject policy =
            posture(*fleet, item[u"endpoint"_s].toString())[u"scopePolicy"_s].toObject();
        for (const QJsonValue grant : policy[u"grants"_s].toArray()) {
            if (grant[u"agent"_s] == item[u"agent"_s] && grant[u"scope"_s] == item[u"scope"_s])
                unapprovedGrant = grant[u"approvalId"_s].isNull();
        }
        QVERIFY(unapprovedGrant);
    }

    void noSiemSink()
    {
        auto fleet = make(u"no-siem-sink"_s);
        const QJsonObject item = onlyFinding(*fleet, u"siem-integration"_s);
        QVERIFY(
            posture(*fleet, item[u"endpoint"_s].toString())[u"siemSinks"_s].toArray().isEmpty());
        for (const EndpointDescription& endpoint : fleet->endpoints()) {
            if (endpoint.id != item[u"endpoint"_s].toString())
                QVERIFY(!posture(*fleet, endpoint.id)[u"siemSinks"_s].toArray().isEmpty());
        }
    }

    void killSwitchDrill()
    {
        auto fleet = make(u"kill-switch-drill"_s);
        const QJsonObject item = onlyFinding(*fleet, u"kill-switch"_s);
        const QString endpoint = item[u"endpoint"_s].toString();
        const qint64 drillSequence = item[u"drillSequence"_s].toInteger();
        const DecodedRequest all = decodeAll(*fleet, endpoint, drillSequence + 1200);
        QCOMPARE(all.drills.size(), 1);
        QCOMPARE(all.drills.first().drillId, item[u"drillId"_s].toString());
        QCOMPARE(all.drills.first().agentId, item[u"agent"_s].toString());
        const qint64 drillNs = all.drills.first().atNs;
        const qint64 stopNs =
            QDateTime::fromString(item[u"lastCallNoLaterThan"_s].toString(), Qt::ISODate)
                .toMSecsSinceEpoch()
            * 1'000'000;
        int afterDrill = 0;
        for (const ToolCall& call : all.calls) {
            if (call.agentId != item[u"agent"_s].toString())
                continue;
            QVERIFY(call.startNs <= stopNs);
            afterDrill += call.startNs > drillNs;
        }
        QVERIFY(afterDrill > 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetScenario)
#include "tst_fleetscenario.moc"
