// The simulated world: five humans, four agents with their own service identities and
// credentials, the real tools of the filesystem and memory MCP servers, and endpoints in Europe,
// North America and Asia. Each event is derived from (seed, endpoint, sequence) alone, so any
// event can be produced on its own and always with the same bytes.
#include "fleetscenario.h"

#include "otlpwriter.h"
#include "telemetryattributes.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

struct Zone
{
    QString gatewayRegion;
    QString hostRegion;
    QString shortName;
};

const QList<Zone>& zones()
{
    static const QList<Zone> all = {{u"eu-central-1"_s, u"eu-west-1"_s, u"eu"_s},
                                    {u"us-east-1"_s, u"us-east-2"_s, u"us"_s},
                                    {u"ap-northeast-1"_s, u"ap-southeast-1"_s, u"ap"_s}};
    return all;
}

struct Tool
{
    QString server;
    QString name;
    bool write = false;

    QString scope() const { return server + (write ? u":write"_s : u":read"_s); }
};

struct Agent
{
    QString id;
    QString name;
    QString identity;
    QString credential;
    QString shortName;
    QStringList humans;
    QList<Tool> tools;
    QString command;
};

const QStringList& humans()
{
    static const QStringList all = {u"alice.martin@example.com"_s, u"bruno.silva@example.com"_s,
                                    u"chen.wei@example.com"_s, u"dana.okafor@example.com"_s,
                                    u"emil.novak@example.com"_s};
    return all;
}

QList<Agent> baseAgents()
{
    const QString fs = u"filesystem"_s;
    const QString mem = u"memory"_s;
    const QStringList& h = humans();
    return {
        {u"agt-triage"_s,
         u"Ticket triage"_s,
         u"svc-triage@agents.example.com"_s,
         u"cr-101"_s,
         u"triage"_s,
         {h[0], h[1]},
         {{fs, u"read_text_file"_s},
          {fs, u"list_directory"_s},
          {fs, u"search_files"_s},
          {fs, u"get_file_info"_s},
          {mem, u"search_nodes"_s},
          {mem, u"open_nodes"_s}},
         u"python3 /work/triage.py --queue support"_s},
        {u"agt-research"_s,
         u"Research assistant"_s,
         u"svc-research@agents.example.com"_s,
         u"cr-102"_s,
         u"research"_s,
         {h[2], h[3]},
         {{mem, u"search_nodes"_s},
          {mem, u"read_graph"_s},
          {mem, u"open_nodes"_s},
          {mem, u"create_entities"_s, true},
          {mem, u"add_observations"_s, true},
          {fs, u"read_multiple_files"_s}},
         u"node /work/summarise.mjs --sources 12"_s},
        {u"agt-release"_s,
         u"Release notes writer"_s,
         u"svc-release@agents.example.com"_s,
         u"cr-103"_s,
         u"release"_s,
         {h[4], h[0]},
         {{fs, u"read_text_file"_s},
          {fs, u"list_directory"_s},
          {fs, u"directory_tree"_s},
          {fs, u"write_file"_s, true},
          {fs, u"edit_file"_s, true}},
         u"bash /work/build-notes.sh v4.2"_s},
        {u"agt-reporting"_s,
         u"Nightly reporting"_s,
         u"svc-reporting@agents.example.com"_s,
         u"cr-104"_s,
         u"reporting"_s,
         {h[3], h[2]},
         {{fs, u"search_files"_s},
          {fs, u"read_multiple_files"_s},
          {fs, u"list_directory_with_sizes"_s},
          {fs, u"get_file_info"_s},
          {mem, u"read_graph"_s}},
         u"python3 /work/report.py --day yesterday"_s},
    };
}

// splitmix64: tiny, fast and the same everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high)
    {
        return low + qint64(next() % quint64(high - low + 1));
    }
    QString hex(int digits)
    {
        QString out;
        while (out.size() < digits)
            out += QString::number(next(), 16).rightJustified(16, u'0');
        return out.left(digits);
    }
    QString pick(const QString& alphabet, int length)
    {
        QString out;
        for (int i = 0; i < length; ++i)
            out += alphabet.at(below(int(alphabet.size())));
        return out;
    }

private:
    quint64 m_state;
};

quint64 mix(quint64 a, quint64 b)
{
    return Random(a * 0x100000001b3ULL ^ (b + 0x9e3779b97f4a7c15ULL)).next();
}

QString isoSeconds(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

struct FleetScenario::World
{
    struct Endpoint
    {
        EndpointDescription description;
        int zone = 0;
        QList<int> agents; // indexes into `agents`
    };

    QList<Endpoint> gateways;
    QList<Endpoint> hosts;
    QList<Agent> agents;
    QList<int> agentGateway; // agent -> gateway index
    QList<int> agentHost;    // agent -> host index or -1
    qint64 startNs = 0;
    qint64 drillSequence = 0;
    qint64 drillNs = 0;
    qint64 drillStopNs = 0;
    ScenarioOptions options;

    // Every tenth execution of the first host prints secrets in the secrets-in-output scenario.
    static constexpr int SecretEvery = 10;

    const Endpoint* find(const QString& id, bool* isGateway) const;
    OtlpSpan callSpan(const Endpoint& gateway, int agentIndex, qint64 sequence, qint64 ns,
                      Random& rng) const;
    OtlpSpan executionSpan(const Endpoint& host, int agentIndex, qint64 sequence, qint64 ns,
                           Random& rng) const;
    OtlpSpan drillSpan(qint64 ns, Random& rng) const;
    QString drillId() const;
    QJsonObject gatewayPosture(const Endpoint& gateway, const QDateTime& now) const;
    QJsonArray listeners(const Endpoint& gateway) const;
    QJsonObject credentialEntry(int agentIndex) const;
    QString computeRegion(const Endpoint& gateway, int agentIndex) const;
    QString credentialUsedBy(int agentIndex) const;
    void addGrants(int agentIndex, QJsonArray& grants, QJsonArray& approvals) const;
    QJsonObject hostPosture(const Endpoint& host, const QDateTime& now) const;
    QJsonArray siemSinks(const Endpoint& endpoint, const QDateTime& now) const;
    QJsonArray findings() const;
};

const FleetScenario::World::Endpoint* FleetScenario::World::find(const QString& id,
                                                                 bool* isGateway) const
{
    for (const Endpoint& endpoint : gateways) {
        if (endpoint.description.id == id) {
            *isGateway = true;
            return &endpoint;
        }
    }
    for (const Endpoint& endpoint : hosts) {
        if (endpoint.description.id == id) {
            *isGateway = false;
            return &endpoint;
        }
    }
    return nullptr;
}

QStringList FleetScenario::scenarioNames()
{
    return {u"clean"_s,
            u"unattributed-calls"_s,
            u"shared-credential"_s,
            u"stale-credential"_s,
            u"inbound-listener"_s,
            u"eu-data-in-us"_s,
            u"secrets-in-output"_s,
            u"unapproved-write"_s,
            u"no-siem-sink"_s,
            u"kill-switch-drill"_s};
}

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FleetScenario)
};

} // namespace

Result<std::unique_ptr<FleetScenario>> FleetScenario::create(const ScenarioOptions& options)
{
    if (!scenarioNames().contains(options.name))
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("There is no scenario named \"%1\"; choose one of: %2.")
                        .arg(options.name, scenarioNames().join(u", "_s)));
    if (!(options.rate > 0 && options.rate <= 100000))
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("The event rate %1 is out of range; give 0.001 to 100000 events a second.")
                .arg(options.rate));
    if (options.gateways < 1 || options.gateways > 9 || options.sandboxHosts < 0
        || options.sandboxHosts > 9)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("A fleet has 1 to 9 gateways and 0 to 9 sandbox hosts."));
    if (options.name == "secrets-in-output"_L1 && options.sandboxHosts < 1)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The secrets-in-output scenario needs at least one sandbox host."));
    if (options.drillAfterSeconds < 0 || options.drillStopSeconds < 0)
        return fail(ErrorCode::InvalidArgument, Text::tr("Drill times cannot be negative."));
    return std::unique_ptr<FleetScenario>(new FleetScenario(options));
}

FleetScenario::FleetScenario(ScenarioOptions options)
    : m_options(std::move(options))
    , m_world(std::make_unique<World>())
{
    if (!m_options.start.isValid())
        m_options.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    m_options.start = m_options.start.toUTC();
    World& w = *m_world;
    w.options = m_options;
    w.startNs = m_options.start.toMSecsSinceEpoch() * 1'000'000;
    w.agents = baseAgents();
    if (m_options.name == "unapproved-write"_L1)
        w.agents[1].tools.append({u"filesystem"_s, u"write_file"_s, true});

    for (int g = 0; g < m_options.gateways; ++g) {
        const int zone = g % 3;
        const QString id = u"gw-%1-%2"_s.arg(zones()[zone].shortName).arg(g / 3 + 1);
        w.gateways.append(
            {{id, u"tunnel-gateway"_s, zones()[zone].gatewayRegion, u"gatehouse-sim 0.1.0"_s},
             zone,
             {}});
    }
    for (int h = 0; h < m_options.sandboxHosts; ++h) {
        const int zone = h % 3;
        const QString id = u"sbx-%1-%2"_s.arg(zones()[zone].shortName).arg(h / 3 + 1);
        w.hosts.append({{id, u"sandbox-host"_s, zones()[zone].hostRegion, u"gatehouse-sim 0.1.0"_s},
                        zone,
                        {}});
    }
    for (int a = 0; a < w.agents.size(); ++a) {
        const int g = a % m_options.gateways;
        w.agentGateway.append(g);
        w.gateways[g].agents.append(a);
        int host = -1;
        for (int h = 0; h < w.hosts.size() && host < 0; ++h) {
            if (w.hosts[h].zone == w.gateways[g].zone)
                host = h;
        }
        w.agentHost.append(host);
        if (host >= 0)
            w.hosts[host].agents.append(a);
    }
    w.drillSequence =
        qMax<qint64>(1, qint64(std::ceil(m_options.drillAfterSeconds * m_options.rate)));
    w.drillNs = w.startNs + qint64(double(w.drillSequence) * 1e9 / m_options.rate);
    w.drillStopNs = w.drillNs + qint64(m_options.drillStopSeconds) * 1'000'000'000;
}

FleetScenario::~FleetScenario() = default;

QList<EndpointDescription> FleetScenario::endpoints() const
{
    QList<EndpointDescription> all;
    for (const auto& endpoint : m_world->gateways)
        all.append(endpoint.description);
    for (const auto& endpoint : m_world->hosts)
        all.append(endpoint.description);
    return all;
}

QByteArray FleetScenario::infoJson(const QString& endpointId) const
{
    bool isGateway = false;
    const World::Endpoint* endpoint = m_world->find(endpointId, &isGateway);
    if (!endpoint)
        return {};
    const EndpointDescription& d = endpoint->description;
    const QJsonObject info{{u"id"_s, d.id},
                           {u"kind"_s, d.kind},
                           {u"region"_s, d.region},
                           {u"version"_s, d.version},
                           {u"protocol"_s, u"gatehouse-read/1"_s},
                           {u"eventRate"_s, m_options.rate},
                           {u"scenario"_s, m_options.name}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

QDateTime FleetScenario::eventTime(qint64 sequence) const
{
    const qint64 ns = m_world->startNs + qint64(double(sequence) * 1e9 / m_options.rate);
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC);
}

qint64 FleetScenario::dueSequence(const QDateTime& now) const
{
    const qint64 elapsedMs = m_options.start.msecsTo(now);
    if (elapsedMs <= 0)
        return 0;
    return qint64(std::floor(double(elapsedMs) * m_options.rate / 1000.0 + 1e-9));
}

QList<StreamEvent> FleetScenario::eventsAfter(const QString& endpointId, qint64 afterSequence,
                                              int maxCount, const QDateTime& now) const
{
    bool isGateway = false;
    if (!m_world->find(endpointId, &isGateway) || maxCount <= 0)
        return {};
    const qint64 last = qMin(dueSequence(now), qMax<qint64>(afterSequence, 0) + maxCount);
    QList<StreamEvent> events;
    for (qint64 sequence = qMax<qint64>(afterSequence, 0) + 1; sequence <= last; ++sequence)
        events.append({sequence, event(endpointId, sequence)});
    return events;
}

namespace {

quint64 stableHash(const QString& text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : text.toUtf8()) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

QString areaOf(const Agent& agent)
{
    static const QHash<QString, QString> areas = {{u"triage"_s, u"tickets"_s},
                                                  {u"research"_s, u"research"_s},
                                                  {u"release"_s, u"release"_s},
                                                  {u"reporting"_s, u"reports"_s}};
    return areas.value(agent.shortName, u"shared"_s);
}

QString argumentsFor(const Tool& tool, const Agent& agent, Random& rng)
{
    const QString dir = u"/srv/data/"_s + areaOf(agent);
    const QString file = u"%1/item-%2.md"_s.arg(dir).arg(rng.between(100, 999));
    static const QStringList topics = {u"customer escalation"_s, u"renewal risk"_s,
                                       u"release blockers"_s, u"latency regression"_s};
    static const QStringList companies = {u"Acme GmbH"_s, u"Globex Inc"_s, u"Initech KK"_s};
    const QString& topic = topics[rng.below(int(topics.size()))];
    const QString& company = companies[rng.below(int(companies.size()))];
    const QString& n = tool.name;
    if (n == "read_text_file"_L1 || n == "get_file_info"_L1)
        return uR"({"path":"%1"})"_s.arg(file);
    if (n == "list_directory"_L1 || n == "directory_tree"_L1 || n == "list_directory_with_sizes"_L1)
        return uR"({"path":"%1"})"_s.arg(dir);
    if (n == "search_files"_L1)
        return uR"({"path":"%1","pattern":"*.md"})"_s.arg(dir);
    if (n == "read_multiple_files"_L1)
        return uR"({"paths":["%1","%2/index.md"]})"_s.arg(file, dir);
    if (n == "write_file"_L1)
        return uR"({"path":"%1","content":"## Changes\n- %2"})"_s.arg(file, topic);
    if (n == "edit_file"_L1)
        return uR"({"path":"%1","edits":[{"oldText":"draft","newText":"final"}]})"_s.arg(file);
    if (n == "search_nodes"_L1)
        return uR"({"query":"%1"})"_s.arg(topic);
    if (n == "open_nodes"_L1)
        return uR"({"names":["%1"]})"_s.arg(company);
    if (n == "create_entities"_L1)
        return uR"({"entities":[{"name":"%1","entityType":"customer","observations":["%2"]}]})"_s
            .arg(company, topic);
    if (n == "add_observations"_L1)
        return uR"({"observations":[{"entityName":"%1","contents":["%2"]}]})"_s.arg(company, topic);
    return u"{}"_s;
}

QList<OtlpAttribute> resourceOf(const EndpointDescription& endpoint)
{
    return {{u"service.name"_s, endpoint.id},
            {u"gatehouse.endpoint.kind"_s, endpoint.kind},
            {u"cloud.region"_s, endpoint.region}};
}

} // namespace

QByteArray FleetScenario::event(const QString& endpointId, qint64 sequence) const
{
    bool isGateway = false;
    const World::Endpoint* endpoint = m_world->find(endpointId, &isGateway);
    if (!endpoint || sequence < 1)
        return {};
    const World& w = *m_world;
    Random rng(mix(mix(m_options.seed, stableHash(endpointId)), quint64(sequence)));
    const qint64 ns = m_world->startNs + qint64(double(sequence) * 1e9 / m_options.rate);
    const bool drill = m_options.name == "kill-switch-drill"_L1;
    // After the drill has stopped it, the drilled agent (the first) makes no more calls.
    QList<int> candidates = endpoint->agents.isEmpty() ? QList<int>{0, 1, 2, 3} : endpoint->agents;
    if (drill && ns > m_world->drillStopNs) {
        candidates.removeAll(0);
        if (candidates.isEmpty())
            candidates = {1, 2, 3};
    }
    const int agent = candidates[rng.below(int(candidates.size()))];
    OtlpSpan span;
    if (!isGateway) {
        span = w.executionSpan(*endpoint, agent, sequence, ns, rng);
    } else if (drill && endpoint == &w.gateways[w.agentGateway[0]] && sequence == w.drillSequence) {
        span = w.drillSpan(ns, rng);
    } else {
        span = w.callSpan(*endpoint, agent, sequence, ns, rng);
    }
    return OtlpWriter::exportRequest(resourceOf(endpoint->description), {span});
}

// Where the agent's steps run: its sandbox host's region, except for the agent that the
// eu-data-in-us scenario moves to a US sandbox.
QString FleetScenario::World::computeRegion(const Endpoint& gateway, int agentIndex) const
{
    if (options.name == "eu-data-in-us"_L1 && agentIndex == 0)
        return zones()[1].hostRegion;
    const int host = agentHost[agentIndex];
    return host >= 0 ? hosts[host].description.region : gateway.description.region;
}

QString FleetScenario::World::credentialUsedBy(int agentIndex) const
{
    if (options.name == "shared-credential"_L1 && agentIndex == 1)
        return agents[0].credential;
    return agents[agentIndex].credential;
}

OtlpSpan FleetScenario::World::callSpan(const Endpoint& gateway, int agentIndex, qint64 sequence,
                                        qint64 ns, Random& rng) const
{
    const World& w = *this;
    const Agent& agent = w.agents[agentIndex];
    const Tool& tool = agent.tools[rng.below(int(agent.tools.size()))];
    const QString human = agent.humans[rng.below(int(agent.humans.size()))];
    const bool unattributed = options.name == "unattributed-calls"_L1 && agentIndex == 3;
    const int host = w.agentHost[agentIndex];
    const QString compute = computeRegion(gateway, agentIndex);
    const QString credential = credentialUsedBy(agentIndex);
    const QString conversation =
        u"conv-"_s
        + Random(mix(mix(options.seed, stableHash(agent.id + human)), quint64(sequence / 25)))
              .hex(12);

    OtlpSpan span;
    span.traceId = rng.hex(32);
    span.spanId = rng.hex(16);
    span.name = u"tools/call "_s + tool.name;
    span.kind = 2;
    span.startNs = ns;
    span.endNs = ns + rng.between(15, tool.write ? 1800 : 900) * 1'000'000;
    const bool failed = rng.below(100) < 3;
    span.statusCode = failed ? 2 : 1;
    QList<OtlpAttribute>& a = span.attributes;
    a = {{QString::fromLatin1(Attr::OperationName), QString::fromLatin1(Attr::OpExecuteTool)},
         {QString::fromLatin1(Attr::McpMethod), u"tools/call"_s},
         {QString::fromLatin1(Attr::McpProtocolVersion), u"2025-11-25"_s},
         {QString::fromLatin1(Attr::ToolName), tool.name},
         {QString::fromLatin1(Attr::ToolCallId), u"call_"_s + rng.hex(24)},
         {QString::fromLatin1(Attr::McpServer), tool.server},
         {QString::fromLatin1(Attr::ToolWrite), tool.write},
         {QString::fromLatin1(Attr::AgentId), agent.id},
         {QString::fromLatin1(Attr::AgentName), agent.name},
         {QString::fromLatin1(Attr::ServiceIdentity), agent.identity},
         {QString::fromLatin1(Attr::CredentialId), credential},
         {QString::fromLatin1(Attr::ConversationId), conversation}};
    if (!unattributed)
        a.append({QString::fromLatin1(Attr::EndUser), human});
    a.append({QString::fromLatin1(Attr::ActorChain),
              unattributed ? QStringList{agent.identity} : QStringList{human, agent.identity}});
    a.append({QString::fromLatin1(Attr::DataRegion), gateway.description.region});
    a.append({QString::fromLatin1(Attr::CloudRegion), compute});
    if (host >= 0)
        a.append({QString::fromLatin1(Attr::SandboxId),
                  w.hosts[host].description.id + u'-' + agent.shortName});
    a.append({QString::fromLatin1(Attr::PolicyDecision), u"allow"_s});
    a.append({QString::fromLatin1(Attr::PolicyScope), tool.scope()});
    a.append({QString::fromLatin1(Attr::InputTokens), rng.between(200, 4000)});
    a.append({QString::fromLatin1(Attr::OutputTokens), rng.between(40, 1500)});
    a.append({QString::fromLatin1(Attr::ToolCallArguments), argumentsFor(tool, agent, rng)});
    if (failed)
        a.append({QString::fromLatin1(Attr::ErrorType), u"tool_error"_s});
    return span;
}

OtlpSpan FleetScenario::World::executionSpan(const Endpoint& host, int agentIndex, qint64 sequence,
                                             qint64 ns, Random& rng) const
{
    const Agent& agent = agents[agentIndex];
    const bool unattributed = options.name == "unattributed-calls"_L1 && agentIndex == 3;
    const int exitCode = rng.below(100) < 5 ? 1 : 0;
    QString out = u"start %1\nprocessed %2 items in %3.%4 s\nwrote /work/out/result-%5.json\n"_s
                      .arg(agent.command)
                      .arg(rng.between(10, 5000))
                      .arg(rng.between(0, 40))
                      .arg(rng.between(0, 9))
                      .arg(sequence);
    if (options.name == "secrets-in-output"_L1 && &host == &hosts[0]
        && sequence % SecretEvery == 0) {
        out += u"debug: AWS_ACCESS_KEY_ID=AKIA%1\n"_s.arg(
            rng.pick(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s, 16));
        out += u"debug: cloning with ghp_%1\n"_s.arg(
            rng.pick(u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s, 36));
    }
    QString err;
    if (exitCode != 0)
        err = u"Traceback (most recent call last):\n  File \"/work/job.py\", line 42\n"
              "ValueError: unexpected column 'region'\n"_s;
    else if (rng.below(10) == 0)
        err = u"warning: slow disk on /work (%1 ms)\n"_s.arg(rng.between(80, 400));

    OtlpSpan span;
    span.traceId = rng.hex(32);
    span.spanId = rng.hex(16);
    span.name = u"sandbox.exec"_s;
    span.startNs = ns;
    span.endNs = ns + rng.between(200, 20000) * 1'000'000;
    span.statusCode = exitCode == 0 ? 1 : 2;
    span.attributes = {
        {QString::fromLatin1(Attr::OperationName), QString::fromLatin1(Attr::OpSandboxExec)},
        {QString::fromLatin1(Attr::SandboxId), host.description.id + u'-' + agent.shortName},
        {QString::fromLatin1(Attr::CloudRegion), host.description.region},
        {QString::fromLatin1(Attr::AgentId), agent.id},
        {QString::fromLatin1(Attr::SandboxCommand), agent.command},
        {QString::fromLatin1(Attr::SandboxExitCode), qint64(exitCode)},
        {QString::fromLatin1(Attr::SandboxStdout), out},
        {QString::fromLatin1(Attr::SandboxStderr), err}};
    if (!unattributed)
        span.attributes.append({QString::fromLatin1(Attr::EndUser),
                                agent.humans[rng.below(int(agent.humans.size()))]});
    return span;
}

OtlpSpan FleetScenario::World::drillSpan(qint64 ns, Random& rng) const
{
    OtlpSpan span;
    span.traceId = rng.hex(32);
    span.spanId = rng.hex(16);
    span.name = u"gatehouse.drill"_s;
    span.startNs = ns;
    span.endNs = ns;
    span.statusCode = 1;
    span.attributes = {
        {QString::fromLatin1(Attr::OperationName), QString::fromLatin1(Attr::OpDrill)},
        {QString::fromLatin1(Attr::DrillId), drillId()},
        {QString::fromLatin1(Attr::DrillPhase), u"start"_s},
        {QString::fromLatin1(Attr::AgentId), agents[0].id},
        {QString::fromLatin1(Attr::EndUser), humans()[0]}};
    return span;
}

QString FleetScenario::World::drillId() const
{
    return u"drill-%1"_s.arg(options.seed);
}

QByteArray FleetScenario::postureJson(const QString& endpointId, const QDateTime& now) const
{
    bool isGateway = false;
    const World::Endpoint* endpoint = m_world->find(endpointId, &isGateway);
    if (!endpoint)
        return {};
    const QJsonObject posture =
        isGateway ? m_world->gatewayPosture(*endpoint, now) : m_world->hostPosture(*endpoint, now);
    return QJsonDocument(posture).toJson(QJsonDocument::Compact);
}

QJsonArray FleetScenario::World::siemSinks(const Endpoint& endpoint, const QDateTime& now) const
{
    if (options.name == "no-siem-sink"_L1 && &endpoint == &gateways.last())
        return {};
    const QDateTime delivered = now.toUTC().addSecs(-20);
    return {QJsonObject{{u"id"_s, u"siem-1"_s},
                        {u"type"_s, u"splunk-hec"_s},
                        {u"endpoint"_s, u"https://siem.corp.example:8088/services/collector"_s},
                        {u"lastDeliveryAt"_s, isoSeconds(delivered)},
                        {u"backlog"_s, 0}}};
}

QJsonArray FleetScenario::World::listeners(const Endpoint& gateway) const
{
    QJsonArray all{QJsonObject{{u"address"_s, u"127.0.0.1"_s},
                               {u"port"_s, 9090},
                               {u"protocol"_s, u"http"_s},
                               {u"purpose"_s, u"metrics"_s}}};
    if (options.name == "inbound-listener"_L1 && &gateway == &gateways[0])
        all.append(QJsonObject{{u"address"_s, u"0.0.0.0"_s},
                               {u"port"_s, 8443},
                               {u"protocol"_s, u"https"_s},
                               {u"purpose"_s, u"admin"_s}});
    return all;
}

QJsonObject FleetScenario::World::credentialEntry(int agentIndex) const
{
    const Agent& agent = agents[agentIndex];
    const bool stale = options.name == "stale-credential"_L1 && agentIndex == 2;
    const QDateTime issued = options.start.addSecs(stale ? -30 * 3600 : -2 * 3600);
    return QJsonObject{{u"id"_s, agent.credential},
                       {u"agent"_s, agent.id},
                       {u"serviceIdentity"_s, agent.identity},
                       {u"issuedAt"_s, isoSeconds(issued)},
                       {u"expiresAt"_s, isoSeconds(issued.addSecs(12 * 3600))}};
}

// One grant per scope the agent's tools need; write scopes carry an approval unless the
// scenario withholds it.
void FleetScenario::World::addGrants(int agentIndex, QJsonArray& grants,
                                     QJsonArray& approvals) const
{
    const Agent& agent = agents[agentIndex];
    QStringList scopes;
    for (const Tool& tool : agent.tools) {
        if (!scopes.contains(tool.scope()))
            scopes.append(tool.scope());
    }
    for (const QString& scope : scopes) {
        const bool write = scope.endsWith(u":write"_s);
        const bool unapproved = options.name == "unapproved-write"_L1 && agentIndex == 1
                                && scope == "filesystem:write"_L1;
        const QString approval = u"apr-%1-%2"_s.arg(agent.shortName, scope.section(u':', 0, 0));
        grants.append(QJsonObject{
            {u"agent"_s, agent.id},
            {u"scope"_s, scope},
            {u"approvalId"_s, write && !unapproved ? QJsonValue(approval) : QJsonValue()}});
        if (write && !unapproved)
            approvals.append(QJsonObject{{u"id"_s, approval},
                                         {u"agent"_s, agent.id},
                                         {u"scope"_s, scope},
                                         {u"approvedBy"_s, humans()[0]},
                                         {u"approvedAt"_s, isoSeconds(options.start.addDays(-7))}});
    }
}

QJsonObject FleetScenario::World::gatewayPosture(const Endpoint& gateway,
                                                 const QDateTime& now) const
{
    QJsonArray credentials, grants, approvals;
    for (const int index : gateway.agents) {
        credentials.append(credentialEntry(index));
        addGrants(index, grants, approvals);
    }
    return QJsonObject{
        {u"id"_s, gateway.description.id},
        {u"kind"_s, gateway.description.kind},
        {u"region"_s, gateway.description.region},
        {u"generatedAt"_s, isoSeconds(now)},
        {u"listeners"_s, listeners(gateway)},
        {u"outbound"_s, QJsonArray{QJsonObject{{u"host"_s, u"edge.tunnel.vendor.example"_s},
                                               {u"port"_s, 443},
                                               {u"protocol"_s, u"wss"_s},
                                               {u"state"_s, u"established"_s}}}},
        {u"tunnel"_s, QJsonObject{{u"state"_s, u"established"_s},
                                  {u"direction"_s, u"outbound"_s},
                                  {u"peer"_s, u"edge.tunnel.vendor.example:443"_s},
                                  {u"establishedAt"_s, isoSeconds(options.start.addSecs(-3600))}}},
        {u"credentials"_s, credentials},
        {u"siemSinks"_s, siemSinks(gateway, now)},
        {u"scopePolicy"_s, QJsonObject{{u"defaultDeny"_s, true},
                                       {u"grants"_s, grants},
                                       {u"approvals"_s, approvals}}}};
}

QJsonObject FleetScenario::World::hostPosture(const Endpoint& host, const QDateTime& now) const
{
    QJsonArray sandboxes;
    const QList<int> assigned = host.agents.isEmpty() ? QList<int>{0, 1, 2, 3} : host.agents;
    for (const int index : assigned) {
        const Agent& agent = agents[index];
        sandboxes.append(QJsonObject{
            {u"id"_s, host.description.id + u'-' + agent.shortName},
            {u"agent"_s, agent.id},
            {u"runtime"_s, index % 2 == 0 ? u"gvisor"_s : u"firecracker"_s},
            {u"region"_s, host.description.region},
            {u"ephemeral"_s, true},
            {u"networkPolicy"_s, u"egress-via-gateway-only"_s},
            {u"mounts"_s,
             QJsonArray{QJsonObject{{u"source"_s, u"/srv/scratch/"_s + agent.shortName},
                                    {u"target"_s, u"/work"_s},
                                    {u"readOnly"_s, false}}}},
            {u"lastIsolationTest"_s, QJsonObject{{u"at"_s, isoSeconds(options.start.addDays(-20))},
                                                 {u"kind"_s, u"pivot"_s},
                                                 {u"result"_s, u"pass"_s}}}});
    }
    return QJsonObject{{u"id"_s, host.description.id},
                       {u"kind"_s, host.description.kind},
                       {u"region"_s, host.description.region},
                       {u"generatedAt"_s, isoSeconds(now)},
                       {u"sandboxes"_s, sandboxes},
                       {u"siemSinks"_s, siemSinks(host, now)}};
}

namespace {

QJsonObject finding(const QString& control, const QString& expected, const QJsonObject& item,
                    const QString& description)
{
    return QJsonObject{{u"control"_s, control},
                       {u"expected"_s, expected},
                       {u"item"_s, item},
                       {u"description"_s, description}};
}

} // namespace

// The descriptions are part of the ground-truth data, not of the interface: they stay English so
// that the document is byte-for-byte the same in every locale.
QJsonArray FleetScenario::World::findings() const
{
    const QString& name = options.name;
    const auto gatewayOf = [&](int agent) { return gateways[agentGateway[agent]].description.id; };
    if (name == "unattributed-calls"_L1)
        return {finding(u"human-attribution"_s, u"fail"_s,
                        {{u"agent"_s, agents[3].id}, {u"endpoint"_s, gatewayOf(3)}},
                        u"Every call of the nightly reporting agent lacks enduser.id."_s)};
    if (name == "shared-credential"_L1)
        return {finding(u"service-identity"_s, u"fail"_s,
                        {{u"credential"_s, agents[0].credential},
                         {u"agents"_s, QJsonArray{agents[0].id, agents[1].id}}},
                        u"Two agents call tools with the same credential."_s)};
    if (name == "stale-credential"_L1)
        return {finding(u"credential-rotation"_s, u"fail"_s,
                        {{u"credential"_s, agents[2].credential},
                         {u"agent"_s, agents[2].id},
                         {u"endpoint"_s, gatewayOf(2)},
                         {u"issuedAt"_s, isoSeconds(options.start.addSecs(-30 * 3600))}},
                        u"A credential in use was issued 30 hours before the start."_s)};
    if (name == "inbound-listener"_L1)
        return {finding(u"outbound-only"_s, u"fail"_s,
                        {{u"endpoint"_s, gateways[0].description.id},
                         {u"address"_s, u"0.0.0.0"_s},
                         {u"port"_s, 8443}},
                        u"The gateway listens on all addresses."_s)};
    if (name == "eu-data-in-us"_L1)
        return {finding(u"data-residency"_s, u"fail"_s,
                        {{u"agent"_s, agents[0].id},
                         {u"dataRegion"_s, gateways[agentGateway[0]].description.region},
                         {u"computeRegion"_s, zones()[1].hostRegion}},
                        u"EU data is processed in a US region."_s)};
    if (name == "secrets-in-output"_L1)
        return {finding(u"secrets-not-logged"_s, u"fail"_s,
                        {{u"endpoint"_s, hosts[0].description.id},
                         {u"rules"_s, QJsonArray{u"aws-access-token"_s, u"github-token"_s}},
                         {u"firstSequence"_s, SecretEvery},
                         {u"every"_s, SecretEvery}},
                        u"Sandbox output prints an AWS key id and a GitHub token."_s)};
    if (name == "unapproved-write"_L1)
        return {finding(u"least-privilege"_s, u"fail"_s,
                        {{u"agent"_s, agents[1].id},
                         {u"endpoint"_s, gatewayOf(1)},
                         {u"tool"_s, u"write_file"_s},
                         {u"mcpServer"_s, u"filesystem"_s},
                         {u"scope"_s, u"filesystem:write"_s}},
                        u"A write tool is called under a grant that has no approval."_s)};
    if (name == "no-siem-sink"_L1)
        return {finding(u"siem-integration"_s, u"fail"_s,
                        {{u"endpoint"_s, gateways.last().description.id}},
                        u"A gateway ships its logs nowhere."_s)};
    if (name == "kill-switch-drill"_L1) {
        const auto at = [](qint64 ns) {
            return isoSeconds(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC));
        };
        return {finding(u"kill-switch"_s, options.drillStopSeconds < 300 ? u"pass"_s : u"fail"_s,
                        {{u"agent"_s, agents[0].id},
                         {u"endpoint"_s, gatewayOf(0)},
                         {u"drillId"_s, drillId()},
                         {u"drillSequence"_s, drillSequence},
                         {u"drillAt"_s, at(drillNs)},
                         {u"stopAfterSeconds"_s, options.drillStopSeconds},
                         {u"lastCallNoLaterThan"_s, at(drillStopNs)}},
                        u"A kill-switch drill stops the triage agent."_s)};
    }
    return {};
}

QByteArray FleetScenario::groundTruth() const
{
    QJsonArray ids;
    for (const EndpointDescription& endpoint : endpoints())
        ids.append(endpoint.id);
    const QJsonObject truth{
        {u"scenario"_s, m_options.name}, {u"seed"_s, QString::number(m_options.seed)},
        {u"rate"_s, m_options.rate},     {u"start"_s, isoSeconds(m_options.start)},
        {u"endpoints"_s, ids},           {u"findings"_s, m_world->findings()}};
    return QJsonDocument(truth).toJson(QJsonDocument::Indented);
}

} // namespace Gatehouse
