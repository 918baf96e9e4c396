// Each evaluator on small crafted archives: the case that passes, the case that fails with its
// offending item, and the case where the data is missing and the answer is not-assessed. Plus
// links, transfer rules, on-premises sites, console drills and the manual/measured verdict.
#include "evaluationfixture.h"

#include "models/core/clock.h"
#include "models/evaluation/controlverdict.h"
#include "models/evaluation/drilllog.h"
#include "models/i18n/translations.h"
#include "models/workspace/audittrail.h"

#include "resultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

struct Call
{
    QString source = u"gw-1"_s;
    qint64 atMs = T0.toMSecsSinceEpoch();
    QString human = u"alice@example.com"_s;
    QString agent = u"agt-a"_s;
    QString credential = u"cr-a"_s;
    QString tool = u"read_text_file"_s;
    QString server = u"filesystem"_s;
    bool write = false;
    QString scope = u"filesystem:read"_s;
    QString dataRegion = u"eu-central-1"_s;
    QString computeRegion = u"eu-west-1"_s;
    QString arguments = u"{}"_s;
};

void insert(Workspace& w, const Call& c)
{
    static qint64 sequence = 0;
    ++sequence;
    auto q =
        runQuery(w.database(),
                 u"INSERT INTO telemetry_call (source, sequence, span_index, start_ns,"
                 " duration_ns, trace_id, span_id, human, agent_id, agent_name,"
                 " service_identity, credential_id, conversation_id, actor_chain, tool,"
                 " mcp_server, mcp_method, write_tool, data_region, compute_region, outcome,"
                 " error_type, tokens_in, tokens_out, sandbox_id, policy_decision, scope,"
                 " redactions, arguments) VALUES (?, ?, 0, ?, 20000000, '', '', ?, ?, '', '',"
                 " ?, '', '', ?, ?, 'tools/call', ?, ?, ?, 'ok', '', 100, 50, '', 'allow', ?,"
                 " 0, ?)"_s,
                 {c.source, sequence, c.atMs * 1'000'000, c.human, c.agent, c.credential, c.tool,
                  c.server, c.write ? 1 : 0, c.dataRegion, c.computeRegion, c.scope, c.arguments},
                 u"inserting a call"_s);
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
}

void posture(Workspace& w, const QString& source, const QJsonObject& document,
             const QDateTime& at = T0.addSecs(600))
{
    auto q =
        runQuery(w.database(),
                 u"INSERT INTO telemetry_posture (source, fetched_at, kind, json, tunnel_state,"
                 " listeners, non_loopback_listeners, credentials, siem_sinks,"
                 " last_siem_delivery, default_deny, sandboxes) VALUES (?, ?, ?, ?, '', 0, 0,"
                 " 0, 0, '', 0, 0)"_s,
                 {source, toIsoUtc(at), document[u"kind"_s].toString(),
                  QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))},
                 u"inserting a posture"_s);
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
}

QJsonObject gateway(const QJsonArray& grants = {}, const QJsonArray& approvals = {})
{
    return {
        {u"kind"_s, u"tunnel-gateway"_s},
        {u"listeners"_s,
         QJsonArray{QJsonObject{{u"address"_s, u"127.0.0.1"_s}, {u"port"_s, 9090}}}},
        {u"tunnel"_s, QJsonObject{{u"state"_s, u"established"_s}, {u"direction"_s, u"outbound"_s}}},
        {u"credentials"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"cr-a"_s},
                                {u"agent"_s, u"agt-a"_s},
                                {u"issuedAt"_s, toIsoUtc(T0.addSecs(-3600))},
                                {u"expiresAt"_s, toIsoUtc(T0.addSecs(11 * 3600))}}}},
        {u"siemSinks"_s, QJsonArray{QJsonObject{{u"id"_s, u"s"_s},
                                                {u"lastDeliveryAt"_s, toIsoUtc(T0.addSecs(590))}}}},
        {u"scopePolicy"_s, QJsonObject{{u"defaultDeny"_s, true},
                                       {u"grants"_s, grants},
                                       {u"approvals"_s, approvals}}}};
}

ControlMeasurement measureOne(EvaluationFixture& f, Control control,
                              const QDateTime& to = T0.addSecs(3600))
{
    auto regions = RegionCatalog::builtIn();
    ReadinessEvaluator evaluator(f.workspace(), f.evidence(), *regions);
    auto all = evaluator.measure(f.deploymentId(), T0.addSecs(-3600), to);
    if (!all)
        qFatal("%s", qPrintable(all.error().message));
    return *EvaluationFixture::find(*all, control);
}

void linkGateway(EvaluationFixture& f)
{
    QVERIFY_RESULT(f.links().linkSources(f.deploymentId(), {u"gw-1"_s}, u"tester"_s));
}

QString text(const ControlMeasurement& m)
{
    return controlStatusSlug(m.status) + u": "_s + m.reason + u' '
           + QString::fromUtf8(QJsonDocument(m.offending).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEvaluators : public QObject
{
    Q_OBJECT

private slots:
    // As the console loads them: under LANG=C (see CMakeLists.txt), the English plural forms.
    void initTestCase() { QVERIFY(installTranslations(*QCoreApplication::instance())); }

    void nothingLinkedIsNotAssessed()
    {
        EvaluationFixture f;
        insert(f.workspace(), {});
        auto regions = RegionCatalog::builtIn();
        ReadinessEvaluator evaluator(f.workspace(), f.evidence(), *regions);
        auto all = evaluator.measure(f.deploymentId(), T0.addDays(-1), T0.addDays(1));
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 11);
        for (const ControlMeasurement& m : *all)
            QCOMPARE(m.status, ControlStatus::NotAssessed);
    }

    void linksAreAuditedAndListed()
    {
        EvaluationFixture f;
        const qint64 before = *f.workspace().audit().count();
        QVERIFY_RESULT(f.links().linkSources(f.deploymentId(), {u"gw-1"_s, u"sbx-1"_s}, u"me"_s));
        QVERIFY_RESULT(f.links().linkAgents(f.deploymentId(), {u"agt-a"_s}, u"me"_s));
        QVERIFY_RESULT(f.links().linkSources(f.deploymentId(), {u"gw-1"_s}, u"me"_s));
        QCOMPARE(*f.links().sources(f.deploymentId()), (QStringList{u"gw-1"_s, u"sbx-1"_s}));
        QCOMPARE(*f.links().agents(f.deploymentId()), QStringList{u"agt-a"_s});
        QVERIFY_RESULT(f.links().unlinkSources(f.deploymentId(), {u"sbx-1"_s}, u"me"_s));
        QCOMPARE(*f.links().sources(f.deploymentId()), QStringList{u"gw-1"_s});
        QVERIFY(!f.links().linkSources(f.deploymentId(), {u" padded"_s}, u"me"_s));
        QVERIFY(!f.links().linkAgents(f.deploymentId(), {}, u"me"_s));
        QCOMPARE(*f.workspace().audit().count(), before + 4);
    }

    void serviceIdentity()
    {
        EvaluationFixture f;
        linkGateway(f);
        QCOMPARE(measureOne(f, Control::ServiceIdentity).status, ControlStatus::NotAssessed);
        insert(f.workspace(), {});
        posture(f.workspace(), u"gw-1"_s, gateway());
        QCOMPARE(measureOne(f, Control::ServiceIdentity).status, ControlStatus::Pass);
        Call other;
        other.agent = u"agt-b"_s;
        insert(f.workspace(), other);
        const auto m = measureOne(f, Control::ServiceIdentity);
        QVERIFY2(m.status == ControlStatus::Fail, qPrintable(text(m)));
        QCOMPARE(m.offending.first()[u"credential"_s].toString(), u"cr-a"_s);
        QCOMPARE(m.offending.first()[u"agents"_s].toArray(), (QJsonArray{u"agt-a"_s, u"agt-b"_s}));
    }

    void callsWithoutAgentFailServiceIdentity()
    {
        EvaluationFixture f;
        linkGateway(f);
        Call anonymous;
        anonymous.agent.clear();
        insert(f.workspace(), anonymous);
        const auto m = measureOne(f, Control::ServiceIdentity);
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.counts[u"callsWithoutAgent"_s].toInt(), 1);
    }

    void leastPrivilege()
    {
        EvaluationFixture f;
        linkGateway(f);
        QCOMPARE(measureOne(f, Control::LeastPrivilege).status, ControlStatus::NotAssessed);
        const QJsonArray grants{QJsonObject{{u"agent"_s, u"agt-a"_s},
                                            {u"scope"_s, u"filesystem:write"_s},
                                            {u"approvalId"_s, u"apr-1"_s}}};
        posture(f.workspace(), u"gw-1"_s, gateway(grants, {QJsonObject{{u"id"_s, u"apr-1"_s}}}));
        Call write;
        write.tool = u"write_file"_s;
        write.write = true;
        write.scope = u"filesystem:write"_s;
        insert(f.workspace(), write);
        QCOMPARE(measureOne(f, Control::LeastPrivilege).status, ControlStatus::Pass);

        // The inventory knows move_file writes even when the call does not say so.
        auto server = runQuery(f.workspace().database(),
                               u"INSERT INTO mcp_server (server_key, transport, endpoint, name,"
                               " pinned_at, pinned_by) VALUES ('filesystem', 'stdio', 'x',"
                               " 'secure-filesystem-server', '', '')"_s,
                               {}, u"server"_s);
        QVERIFY_RESULT(server);
        QVERIFY_RESULT(runQuery(f.workspace().database(),
                                u"INSERT INTO mcp_tool_pin VALUES (?, 'move_file', '', 'write', 0,"
                                " '{}')"_s,
                                {server->lastInsertId()}, u"pin"_s));
        Call sneaky;
        sneaky.agent = u"agt-b"_s;
        sneaky.tool = u"move_file"_s;
        sneaky.scope = u"filesystem:write"_s;
        insert(f.workspace(), sneaky);
        const auto m = measureOne(f, Control::LeastPrivilege);
        QVERIFY2(m.status == ControlStatus::Fail, qPrintable(text(m)));
        QCOMPARE(m.offending.first()[u"problem"_s].toString(), u"write call without a grant"_s);
        QCOMPARE(m.offending.first()[u"agent"_s].toString(), u"agt-b"_s);
        QCOMPARE(m.counts[u"inventoryWriteTools"_s].toInt(), 1);
    }

    void defaultDenyOffFails()
    {
        EvaluationFixture f;
        linkGateway(f);
        QJsonObject document = gateway();
        document[u"scopePolicy"_s] = QJsonObject{{u"defaultDeny"_s, false}};
        posture(f.workspace(), u"gw-1"_s, document);
        const auto m = measureOne(f, Control::LeastPrivilege);
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.offending.first()[u"problem"_s].toString(), u"default-deny is off"_s);
    }

    void credentialRotation()
    {
        EvaluationFixture f;
        linkGateway(f);
        Call call;
        call.atMs = T0.toMSecsSinceEpoch();
        insert(f.workspace(), call);
        QCOMPARE(measureOne(f, Control::CredentialRotation).status, ControlStatus::NotAssessed);
        posture(f.workspace(), u"gw-1"_s, gateway());
        QCOMPARE(measureOne(f, Control::CredentialRotation).status, ControlStatus::Pass);
        call.atMs = T0.addSecs(24 * 3600).toMSecsSinceEpoch();
        insert(f.workspace(), call);
        const auto m = measureOne(f, Control::CredentialRotation, T0.addDays(2));
        QVERIFY2(m.status == ControlStatus::Fail, qPrintable(text(m)));
        QCOMPARE(m.offending.first()[u"credential"_s].toString(), u"cr-a"_s);
        QVERIFY(m.offending.first()[u"ageHours"_s].toDouble() > 24);
    }

    void humanAttribution()
    {
        EvaluationFixture f;
        linkGateway(f);
        insert(f.workspace(), {});
        QCOMPARE(measureOne(f, Control::HumanAttribution).status, ControlStatus::Pass);
        Call nobody;
        nobody.human.clear();
        insert(f.workspace(), nobody);
        const auto m = measureOne(f, Control::HumanAttribution);
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.offending.first()[u"agent"_s].toString(), u"agt-a"_s);
        QCOMPARE(m.counts[u"callsWithoutHuman"_s].toInt(), 1);
    }

    void outboundOnly()
    {
        EvaluationFixture f;
        linkGateway(f);
        QCOMPARE(measureOne(f, Control::OutboundOnly).status, ControlStatus::NotAssessed);
        QJsonObject document = gateway();
        posture(f.workspace(), u"gw-1"_s, document, T0);
        QCOMPARE(measureOne(f, Control::OutboundOnly).status, ControlStatus::Pass);
        document[u"listeners"_s] =
            QJsonArray{QJsonObject{{u"address"_s, u"0.0.0.0"_s}, {u"port"_s, 8443}}};
        document[u"tunnel"_s] = QJsonObject{{u"state"_s, u"down"_s}};
        posture(f.workspace(), u"gw-1"_s, document, T0.addSecs(60));
        const auto m = measureOne(f, Control::OutboundOnly);
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.offending.size(), 2);
        QCOMPARE(m.offending.first()[u"address"_s].toString(), u"0.0.0.0"_s);
        // The period ends before the bad posture: the earlier, good one is what counts.
        QCOMPARE(measureOne(f, Control::OutboundOnly, T0.addSecs(30)).status, ControlStatus::Pass);
    }

    void sandboxIsolation()
    {
        EvaluationFixture f;
        QVERIFY_RESULT(f.links().linkSources(f.deploymentId(), {u"sbx-1"_s}, u"tester"_s));
        QCOMPARE(measureOne(f, Control::SandboxIsolation).status, ControlStatus::NotAssessed);
        const auto sandbox = [](bool ephemeral, int testAgeDays) {
            return QJsonObject{
                {u"id"_s, u"s1"_s},
                {u"ephemeral"_s, ephemeral},
                {u"networkPolicy"_s, u"egress-via-gateway-only"_s},
                {u"lastIsolationTest"_s, QJsonObject{{u"at"_s, toIsoUtc(T0.addDays(-testAgeDays))},
                                                     {u"kind"_s, u"pivot"_s},
                                                     {u"result"_s, u"pass"_s}}}};
        };
        posture(f.workspace(), u"sbx-1"_s,
                {{u"kind"_s, u"sandbox-host"_s}, {u"sandboxes"_s, QJsonArray{sandbox(true, 10)}}},
                T0);
        QCOMPARE(measureOne(f, Control::SandboxIsolation).status, ControlStatus::Pass);
        posture(f.workspace(), u"sbx-1"_s,
                {{u"kind"_s, u"sandbox-host"_s},
                 {u"sandboxes"_s, QJsonArray{sandbox(false, 10), sandbox(true, 120)}}},
                T0.addSecs(60));
        const auto m = measureOne(f, Control::SandboxIsolation);
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.offending[0][u"problem"_s].toString(), u"not ephemeral"_s);
        QCOMPARE(m.offending[1][u"problem"_s].toString(), u"pivot test older than 90 days"_s);
    }

    void dataResidencyWithTransferRules()
    {
        EvaluationFixture f;
        linkGateway(f);
        Call swiss;
        swiss.computeRegion = u"eu-central-2"_s; // Zurich: not the EU
        insert(f.workspace(), swiss);
        auto m = measureOne(f, Control::DataResidency);
        QVERIFY2(m.status == ControlStatus::Fail, qPrintable(text(m)));
        QCOMPARE(m.offending.first()[u"computeJurisdiction"_s].toString(), u"CH"_s);
        QVERIFY_RESULT(f.links().allowTransfer(
            f.deploymentId(), {u"EU"_s, u"CH"_s, u"adequacy decision"_s}, u"dpo"_s));
        QCOMPARE(measureOne(f, Control::DataResidency).status, ControlStatus::Pass);

        Call mars;
        mars.computeRegion = u"dc-basel"_s;
        insert(f.workspace(), mars);
        m = measureOne(f, Control::DataResidency);
        QCOMPARE(m.status, ControlStatus::NotAssessed);
        QCOMPARE(m.details[u"unknownRegions"_s].toArray(), QJsonArray{u"dc-basel"_s});

        Region site;
        site.code = u"dc-basel"_s;
        site.name = u"Basel"_s;
        site.country = u"CH"_s;
        site.latitude = 47.56;
        site.longitude = 7.59;
        QVERIFY_RESULT(f.links().addSite(site, u"ops"_s));
        QCOMPARE(measureOne(f, Control::DataResidency).status, ControlStatus::Pass);
    }

    void secretsNotLogged()
    {
        EvaluationFixture f;
        linkGateway(f);
        insert(f.workspace(), {});
        QCOMPARE(measureOne(f, Control::SecretsNotLogged).status, ControlStatus::Pass);
        Call leaked;
        leaked.arguments = u"{\"token\":\"[REDACTED:github-token:0a1b2c3d]\"}"_s;
        insert(f.workspace(), leaked);
        auto m = measureOne(f, Control::SecretsNotLogged);
        QVERIFY2(m.status == ControlStatus::Fail, qPrintable(text(m)));
        QCOMPARE(m.offending.first()[u"rules"_s].toArray(), QJsonArray{u"github-token"_s});
        QCOMPARE(m.offending.first()[u"problem"_s].toString(),
                 u"secret arrived unredacted from the source"_s);

        // Stored before the scanner knew the rule: found on the rescan.
        Call stored;
        stored.arguments = u"{\"k\":\"npm_"_s
                           + QString::fromLatin1("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8") + u"\"}"_s;
        insert(f.workspace(), stored);
        m = measureOne(f, Control::SecretsNotLogged);
        QCOMPARE(m.counts[u"secretsStoredUnredacted"_s].toInt(), 1);
        QCOMPARE(m.offending.first()[u"problem"_s].toString(), u"secret stored unredacted"_s);
    }

    void siemIntegration()
    {
        EvaluationFixture f;
        QVERIFY_RESULT(f.links().linkSources(f.deploymentId(), {u"gw-1"_s, u"gw-2"_s}, u"t"_s));
        QCOMPARE(measureOne(f, Control::SiemIntegration).status, ControlStatus::NotAssessed);
        posture(f.workspace(), u"gw-1"_s, gateway());
        auto m = measureOne(f, Control::SiemIntegration);
        QCOMPARE(m.status, ControlStatus::NotAssessed);
        QVERIFY(m.reason.contains(u"gw-2"_s));
        QJsonObject late = gateway();
        late[u"siemSinks"_s] = QJsonArray{
            QJsonObject{{u"id"_s, u"s"_s}, {u"lastDeliveryAt"_s, toIsoUtc(T0.addSecs(-600))}}};
        posture(f.workspace(), u"gw-2"_s, late);
        m = measureOne(f, Control::SiemIntegration);
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.offending.first()[u"endpoint"_s].toString(), u"gw-2"_s);
        QCOMPARE(m.offending.first()[u"lagMinutes"_s].toDouble(), 20.0);
    }

    void consoleDrills_data()
    {
        QTest::addColumn<int>("stopAfterSeconds");
        QTest::addColumn<int>("watchedMinutes");
        QTest::addColumn<QString>("status");
        QTest::newRow("stops in time") << 90 << 10 << u"pass"_s;
        QTest::newRow("too slow") << 400 << 10 << u"fail"_s;
        QTest::newRow("not watched long enough") << 90 << 3 << u"not-assessed"_s;
    }

    void consoleDrills()
    {
        QFETCH(int, stopAfterSeconds);
        QFETCH(int, watchedMinutes);
        QFETCH(QString, status);
        EvaluationFixture f;
        linkGateway(f);
        f.clock().set(T0);
        DrillLog log(f.workspace());
        auto drill = log.start(f.deploymentId(), u"agt-a"_s, u"runbook v2"_s, u"ops"_s);
        QVERIFY_RESULT(drill);
        QVERIFY(!log.start(f.deploymentId(), u"agt-a"_s, {}, u"ops"_s));
        for (int s = 0; s <= stopAfterSeconds; s += 30) {
            Call c;
            c.atMs = T0.addSecs(s).toMSecsSinceEpoch();
            insert(f.workspace(), c);
        }
        Call otherAgent;
        otherAgent.agent = u"agt-b"_s;
        otherAgent.credential = u"cr-b"_s;
        otherAgent.atMs = T0.addSecs(watchedMinutes * 60).toMSecsSinceEpoch();
        insert(f.workspace(), otherAgent);

        const auto m = measureOne(f, Control::KillSwitch, T0.addSecs(watchedMinutes * 60 + 1));
        QVERIFY2(controlStatusSlug(m.status) == status, qPrintable(text(m)));
        const QJsonObject item = m.details[u"drills"_s].toArray().first().toObject();
        QCOMPARE(item[u"runbook"_s].toString(), u"runbook v2"_s);
        QCOMPARE(item[u"startedBy"_s].toString(), u"ops"_s);
        if (status == "pass"_L1) {
            QCOMPARE(item[u"timeToStopSeconds"_s].toDouble(), double(stopAfterSeconds / 30 * 30));
            QCOMPARE(m.details[u"dueAt"_s].toString(), toIsoUtc(T0.addDays(90)));
        }
    }

    void drillsAreRecordedAndMeasured()
    {
        EvaluationFixture f;
        linkGateway(f);
        f.clock().set(T0);
        DrillLog log(f.workspace());
        QVERIFY(!log.stop(f.deploymentId(), u"agt-a"_s, u"ops"_s));
        QVERIFY_RESULT(log.start(f.deploymentId(), u"agt-a"_s, {}, u"ops"_s));
        Call c;
        c.atMs = T0.addSecs(45).toMSecsSinceEpoch();
        insert(f.workspace(), c);
        f.clock().set(T0.addSecs(400));
        auto stopped = log.stop(f.deploymentId(), u"agt-a"_s, u"ops"_s);
        QVERIFY_RESULT(stopped);
        QCOMPARE(stopped->endedAt, T0.addSecs(400));
        f.measure(T0.addSecs(-60), T0.addSecs(600));
        auto drills = log.drills(f.deploymentId());
        QVERIFY_RESULT(drills);
        QCOMPARE(drills->size(), 1);
        QCOMPARE(drills->first().timeToStopMs.value_or(-1), 45'000);
        QCOMPARE(drills->first().lastCallAt.value_or(QDateTime()), T0.addSecs(45));
    }

    void overdueDrillFails()
    {
        EvaluationFixture f;
        linkGateway(f);
        f.clock().set(T0);
        DrillLog log(f.workspace());
        QVERIFY_RESULT(log.start(f.deploymentId(), u"agt-a"_s, {}, u"ops"_s));
        // agt-a was at work before the drill and made no call after it.
        Call before;
        before.agent = u"agt-a"_s;
        before.atMs = T0.addSecs(-60).toMSecsSinceEpoch();
        insert(f.workspace(), before);
        Call c;
        c.agent = u"agt-b"_s;
        c.atMs = T0.addSecs(600).toMSecsSinceEpoch();
        insert(f.workspace(), c);
        const auto m = measureOne(f, Control::KillSwitch, T0.addDays(91));
        QCOMPARE(m.status, ControlStatus::Fail);
        QCOMPARE(m.offending.first()[u"problem"_s].toString(), u"drill overdue"_s);
    }

    void drillOnAnIdleAgentProvesNothing()
    {
        EvaluationFixture f;
        linkGateway(f);
        f.clock().set(T0);
        DrillLog log(f.workspace());
        QVERIFY_RESULT(log.start(f.deploymentId(), u"agt-typo"_s, {}, u"ops"_s));
        Call c;
        c.agent = u"agt-b"_s;
        c.atMs = T0.addSecs(600).toMSecsSinceEpoch();
        insert(f.workspace(), c);
        const auto m = measureOne(f, Control::KillSwitch, T0.addSecs(900));
        QCOMPARE(m.status, ControlStatus::NotAssessed);
        QCOMPARE(m.counts[u"idle"_s].toInteger(), 1);
        const QJsonObject drill = m.details[u"drills"_s].toArray().first().toObject();
        QVERIFY(drill.contains(u"problem"_s));
        QVERIFY(!drill.contains(u"timeToStopSeconds"_s));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("manual");
        QTest::addColumn<QString>("measured");
        QTest::addColumn<QString>("shown");
        QTest::newRow("manual pass, measured fail") << u"pass"_s << u"fail"_s << u"fail"_s;
        QTest::newRow("manual fail, measured pass") << u"fail"_s << u"pass"_s << u"fail"_s;
        QTest::newRow("both pass") << u"pass"_s << u"pass"_s << u"pass"_s;
        QTest::newRow("only measured") << u"not-assessed"_s << u"pass"_s << u"pass"_s;
        QTest::newRow("only manual") << u"pass"_s << u"not-assessed"_s << u"pass"_s;
        QTest::newRow("neither") << u"not-assessed"_s << u"not-assessed"_s << u"not-assessed"_s;
        QTest::newRow("n/a stands")
            << u"not-applicable"_s << u"not-assessed"_s << u"not-applicable"_s;
        QTest::newRow("n/a against a fail") << u"not-applicable"_s << u"fail"_s << u"fail"_s;
        QTest::newRow("no measurement") << u"pass"_s << QString() << u"pass"_s;
    }

    void verdicts()
    {
        QFETCH(QString, manual);
        QFETCH(QString, measured);
        QFETCH(QString, shown);
        ControlState state;
        state.control = Control::OutboundOnly;
        state.status = *controlStatusFromSlug(manual);
        std::optional<ControlMeasurement> m;
        if (!measured.isEmpty()) {
            m = ControlMeasurement::notAssessed(Control::OutboundOnly, u"x"_s);
            m->status = *controlStatusFromSlug(measured);
        }
        const ControlVerdict v = ControlVerdict::combine(state, m);
        QCOMPARE(controlStatusSlug(v.shown), shown);
        QCOMPARE(v.manual.status, state.status);
        QCOMPARE(v.conflict, (manual == "pass"_L1 && measured == "fail"_L1)
                                 || (manual == "fail"_L1 && measured == "pass"_L1));
    }

    void reasonsCountInEnglish_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<QString>("residency");
        QTest::addColumn<QString>("attribution");
        QTest::newRow("one") << 1 << u"1 call processed data within its jurisdiction."_s
                             << u"All 1 call and 0 sandbox runs name a human."_s;
        QTest::newRow("two") << 2 << u"All 2 calls processed data within its jurisdiction."_s
                             << u"All 2 calls and 0 sandbox runs name a human."_s;
    }

    void reasonsCountInEnglish()
    {
        QFETCH(int, calls);
        QFETCH(QString, residency);
        QFETCH(QString, attribution);
        EvaluationFixture f;
        linkGateway(f);
        for (int i = 0; i < calls; ++i)
            insert(f.workspace(), {});
        QCOMPARE(measureOne(f, Control::DataResidency).reason, residency);
        QCOMPARE(measureOne(f, Control::HumanAttribution).reason, attribution);
    }

    void germanCatalogueKeepsEnglishPlurals()
    {
        // German is installed over the English plural forms and translates none of them yet.
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German));
        EvaluationFixture f;
        linkGateway(f);
        insert(f.workspace(), {});
        QCOMPARE(measureOne(f, Control::DataResidency).reason,
                 u"1 call processed data within its jurisdiction."_s);
    }

    void measurementRoundTrip()
    {
        ControlMeasurement m =
            ControlMeasurement::failed(Control::DataResidency, u"reason"_s, {{u"calls"_s, 3}},
                                       {QJsonObject{{u"agent"_s, u"a"_s}}});
        m.from = T0;
        m.to = T0.addDays(1);
        m.measuredAt = T0.addDays(1);
        m.sources = {u"gw-1"_s};
        auto back = ControlMeasurement::fromJson(m.toJson());
        QVERIFY_RESULT(back);
        QCOMPARE(back->control, m.control);
        QCOMPARE(back->status, m.status);
        QCOMPARE(back->offending, m.offending);
        QCOMPARE(back->to, m.to);
        QCOMPARE(back->sources, m.sources);
        QVERIFY(!ControlMeasurement::fromJson("{}"));
    }
};

QTEST_GUILESS_MAIN(TestEvaluators)
#include "tst_evaluators.moc"
