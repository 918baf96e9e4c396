// gatehouse-cli simulate | watch: serve a simulated fleet over HTTPS on loopback, and capture
// live feeds headless into a workspace.
#include "clicommand.h"

#include "models/core/terminationsignals.h"
#include "models/feed/feedthread.h"
#include "models/feed/secretstore.h"
#include "models/feed/sourcefeed.h"
#include "models/feed/spkipin.h"
#include "models/secrets/secretscanner.h"
#include "models/simulator/certificateauthority.h"
#include "models/simulator/fleetserver.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

// Ends the event loop after durationSeconds (0: never) or on Ctrl-C / SIGTERM.
void runUntilDone(int durationSeconds)
{
    QObject scope;
    quitOnTerminationSignals(&scope);
    if (durationSeconds > 0)
        QTimer::singleShot(durationSeconds * 1000, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
}

Result<int> intOption(Invocation& run, const QString& name, int fallback, int low, int high)
{
    if (!run.parser().isSet(name))
        return fallback;
    bool ok = false;
    const int value = run.parser().value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(low).arg(high));
    }
    return value;
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) >= 0;
}

// ---- simulate ----

struct SimulateOptions
{
    ScenarioOptions scenario;
    quint16 port = 0;
    QString caOut;
    QString caCertificate; // a CA of the user's to sign with, instead of a new one
    QString caKey;
    QByteArray token;
    FaultPlan faults;
    int durationSeconds = 0;
    int heartbeatMs = 5000;
};

Result<void> readScenarioOptions(Invocation& run, ScenarioOptions& scenario)
{
    auto gateways = intOption(run, u"gateways"_s, 2, 1, 9);
    auto hosts = intOption(run, u"hosts"_s, 2, 0, 9);
    if (!gateways || !hosts)
        return std::unexpected(gateways ? hosts.error() : gateways.error());
    bool rateOk = true;
    const double rate =
        run.parser().isSet(u"rate"_s) ? run.parser().value(u"rate"_s).toDouble(&rateOk) : 10.0;
    if (!rateOk || rate <= 0 || rate > 100000)
        return fail(ErrorCode::InvalidArgument, Text::tr("--rate takes events a second, above 0."));
    bool seedOk = true;
    const quint64 seed =
        run.parser().isSet(u"seed"_s) ? run.parser().value(u"seed"_s).toULongLong(&seedOk) : 1;
    if (!seedOk)
        return fail(ErrorCode::InvalidArgument, Text::tr("--seed takes a whole number."));
    scenario.name =
        run.parser().isSet(u"scenario"_s) ? run.parser().value(u"scenario"_s) : u"clean"_s;
    scenario.seed = seed;
    scenario.rate = rate;
    scenario.start = run.clock().now();
    scenario.gateways = *gateways;
    scenario.sandboxHosts = *hosts;
    return {};
}

Result<void> readServingOptions(Invocation& run, SimulateOptions& options)
{
    auto port = intOption(run, u"port"_s, 0, 0, 65535);
    auto duration = intOption(run, u"duration"_s, 0, 0, 7 * 24 * 3600);
    auto heartbeat = intOption(run, u"heartbeat-ms"_s, 5000, 50, 600000);
    auto faults = FaultPlan::parse(run.parser().value(u"faults"_s));
    for (const auto* checked : {&port, &duration, &heartbeat}) {
        if (!*checked)
            return std::unexpected(checked->error());
    }
    if (!faults)
        return std::unexpected(faults.error());
    options.port = quint16(*port);
    options.durationSeconds = *duration;
    options.heartbeatMs = *heartbeat;
    options.faults = *faults;
    return {};
}

QByteArray randomToken()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 6);
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<void> readTrustOptions(Invocation& run, SimulateOptions& options)
{
    options.caOut = run.parser().isSet(u"ca-out"_s)
                        ? run.parser().value(u"ca-out"_s)
                        : QDir::temp().filePath(u"gatehouse-simulator-ca.pem"_s);
    options.caCertificate = run.parser().value(u"ca-cert"_s);
    options.caKey = run.parser().value(u"ca-key"_s);
    if (options.caCertificate.isEmpty() != options.caKey.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("--ca-cert and --ca-key go together."));
    options.token = run.parser().value(u"token"_s).toUtf8();
    if (options.token.isEmpty())
        options.token = randomToken();
    return {};
}

Result<SimulateOptions> simulateOptions(Invocation& run)
{
    SimulateOptions options;
    for (const auto& read : {readScenarioOptions(run, options.scenario),
                             readServingOptions(run, options), readTrustOptions(run, options)}) {
        if (!read)
            return std::unexpected(read.error());
    }
    return options;
}

void printFleet(Invocation& run, const FleetServer& server, const FleetContent& content,
                const SimulateOptions& options)
{
    QJsonArray endpoints;
    for (const EndpointDescription& endpoint : content.endpoints()) {
        const QString url = server.endpointUrl(endpoint.id).toString();
        endpoints.append(QJsonObject{{u"id"_s, endpoint.id},
                                     {u"kind"_s, endpoint.kind},
                                     {u"region"_s, endpoint.region},
                                     {u"url"_s, url}});
        if (!run.json())
            run.out() << endpoint.kind.leftJustified(15) << ' ' << endpoint.id.leftJustified(12)
                      << ' ' << endpoint.region.leftJustified(16) << ' ' << url << '\n';
    }
    if (run.json()) {
        run.printJson(QJsonDocument(QJsonObject{{u"endpoints"_s, endpoints},
                                                {u"token"_s, QString::fromUtf8(options.token)},
                                                {u"ca"_s, options.caOut},
                                                {u"scenario"_s, options.scenario.name},
                                                {u"faults"_s, options.faults.toString()}}));
        return;
    }
    run.out() << Text::tr("Token: %1").arg(QString::fromUtf8(options.token)) << '\n'
              << Text::tr("Trust this CA: %1").arg(options.caOut) << '\n'
              << Text::tr("Scenario %1, seed %2, %3 events/s per endpoint%4.")
                     .arg(options.scenario.name)
                     .arg(options.scenario.seed)
                     .arg(options.scenario.rate)
                     .arg(options.faults.isEmpty()
                              ? QString()
                              : Text::tr(", faults %1").arg(options.faults.toString()))
              << '\n'
              << Text::tr("Serving until interrupted%1.")
                     .arg(options.durationSeconds > 0
                              ? Text::tr(" or for %1 s").arg(options.durationSeconds)
                              : QString())
              << Qt::endl;
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

Result<CertificateAuthority> simulatorCa(const SimulateOptions& options, const Clock& clock)
{
    if (options.caCertificate.isEmpty())
        return CertificateAuthority::create(u"Gatehouse simulator CA"_s, clock.now());
    auto certificate = readFile(options.caCertificate);
    auto key = readFile(options.caKey);
    if (!certificate || !key)
        return std::unexpected(certificate ? key.error() : certificate.error());
    auto ca = CertificateAuthority::load(*certificate, *key);
    SecretBuffer::wipe(*key);
    return ca;
}

Result<FleetServerSettings> serverSettings(const SimulateOptions& options, const Clock& clock)
{
    auto ca = simulatorCa(options, clock);
    if (!ca)
        return std::unexpected(ca.error());
    auto issued = ca->issueLoopbackServer(clock.now());
    if (!issued)
        return std::unexpected(issued.error());
    if (!writeFile(options.caOut, ca->certificatePem())) {
        return fail(ErrorCode::Io,
                    Text::tr("Cannot write the CA certificate to %1: choose another --ca-out.")
                        .arg(options.caOut));
    }
    FleetServerSettings settings;
    settings.certificate = issued->certificate();
    settings.key = issued->key();
    settings.port = options.port;
    settings.bearerToken = options.token;
    settings.faults = options.faults;
    settings.heartbeatMs = options.heartbeatMs;
    return settings;
}

int simulate(Invocation& run)
{
    auto options = simulateOptions(run);
    if (!options)
        return run.failWith(options.error());
    auto scenario = FleetScenario::create(options->scenario);
    if (!scenario)
        return run.failWith(scenario.error());
    auto settings = serverSettings(*options, run.clock());
    if (!settings)
        return run.failWith(settings.error());
    FleetServer server(**scenario, run.clock(), *settings);
    if (auto listening = server.listen(); !listening)
        return run.failWith(listening.error());
    printFleet(run, server, **scenario, *options);
    runUntilDone(options->durationSeconds);
    if (!run.json()) {
        for (const EndpointDescription& endpoint : (*scenario)->endpoints())
            run.out() << Text::tr("%1: %2 events written")
                             .arg(endpoint.id)
                             .arg(server.eventsWritten(endpoint.id))
                      << '\n';
    }
    return 0;
}

void addSimulateOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {u"gateways"_s, Text::tr("Tunnel gateways, 1 to 9 (default 2)."), Text::tr("N")});
    parser.addOption({u"hosts"_s, Text::tr("Sandbox hosts, 0 to 9 (default 2)."), Text::tr("N")});
    parser.addOption(
        {u"scenario"_s,
         Text::tr("One of: %1 (default clean).").arg(FleetScenario::scenarioNames().join(u", ")),
         Text::tr("NAME")});
    parser.addOption({u"seed"_s,
                      Text::tr("Seed: the same seed serves the same events (default 1)."),
                      Text::tr("S")});
    parser.addOption(
        {u"rate"_s, Text::tr("Events a second per endpoint (default 10)."), Text::tr("R")});
    parser.addOption(
        {u"port"_s, Text::tr("TCP port on 127.0.0.1 (default: any free one)."), Text::tr("P")});
    parser.addOption({u"ca-out"_s,
                      Text::tr("Where to write the CA certificate clients must trust."),
                      Text::tr("FILE")});
    parser.addOption({u"ca-cert"_s,
                      Text::tr("Sign with this CA certificate (PEM) instead of a new CA."),
                      Text::tr("FILE")});
    parser.addOption(
        {u"ca-key"_s, Text::tr("The unencrypted PEM key of --ca-cert."), Text::tr("FILE")});
    parser.addOption({u"token"_s, Text::tr("The bearer token to require (default: a random one)."),
                      Text::tr("T")});
    parser.addOption(
        {u"faults"_s,
         Text::tr("Faults, e.g. drop=50,malformed=20,oversized=100,slow=200,duplicate=10,"
                  "reorder=30,gap=40,jump=45,endless=BYTES."),
         Text::tr("LIST")});
    parser.addOption({u"duration"_s, Text::tr("Stop after S seconds (default: when interrupted)."),
                      Text::tr("S")});
    parser.addOption(
        {u"heartbeat-ms"_s, Text::tr("Heartbeat interval (default 5000)."), Text::tr("MS")});
}

// ---- watch ----

struct WatchOptions
{
    QList<QUrl> urls;
    QString caFile;
    QByteArray pin;
    SecretBuffer token;
    QString clientCertificate;
    QString clientKey;
    SecretBuffer keyPassword;
    int durationSeconds = 0;
};

// A secret from the environment variable named by envOption, else from the keyring; without
// either it is empty, and a missing keyring is said once.
Result<SecretBuffer> watchSecret(Invocation& run, const QString& envOption, SecretStore::Kind kind,
                                 const QUrl& firstUrl)
{
    if (run.parser().isSet(envOption)) {
        const QString variable = run.parser().value(envOption);
        QByteArray value = qgetenv(variable.toLocal8Bit().constData());
        if (value.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Text::tr("The environment variable %1 is empty or not set.").arg(variable));
        return SecretBuffer(value, true);
    }
    SecretStore store;
    auto stored = store.readNow(firstUrl.toString(), kind);
    if (!stored && SecretStore::isKeyringUnavailable(stored.error()))
        run.err() << stored.error().message << ' '
                  << Text::tr("Pass the secret with --%1 VAR.").arg(envOption) << Qt::endl;
    return stored ? std::move(*stored) : SecretBuffer();
}

Result<void> readClientCertificate(Invocation& run, WatchOptions& options)
{
    options.clientCertificate = run.parser().value(u"client-cert"_s);
    options.clientKey = run.parser().value(u"client-key"_s);
    if (options.clientCertificate.isEmpty() != options.clientKey.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("--client-cert and --client-key go together."));
    if (options.clientCertificate.isEmpty())
        return {};
    auto password = watchSecret(run, u"key-password-env"_s, SecretStore::Kind::KeyPassword,
                                options.urls.first());
    if (!password)
        return std::unexpected(password.error());
    options.keyPassword = std::move(*password);
    return {};
}

Result<WatchOptions> watchOptions(Invocation& run)
{
    WatchOptions options;
    for (const QString& text : run.positional()) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("\"%1\" is not a URL.").arg(text));
        options.urls.append(url);
    }
    if (options.urls.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("Name at least one gateway or host URL."));
    auto duration = intOption(run, u"duration"_s, 0, 1, 7 * 24 * 3600);
    if (!duration)
        return std::unexpected(duration.error());
    if (!run.parser().isSet(u"duration"_s))
        return fail(ErrorCode::InvalidArgument, Text::tr("--duration S is required."));
    options.durationSeconds = *duration;
    options.caFile = run.parser().value(u"ca"_s);
    if (run.parser().isSet(u"pin"_s)) {
        auto pin = SpkiPin::parse(run.parser().value(u"pin"_s));
        if (!pin)
            return std::unexpected(pin.error());
        options.pin = *pin;
    }
    auto token =
        watchSecret(run, u"token-env"_s, SecretStore::Kind::BearerToken, options.urls.first());
    if (!token)
        return std::unexpected(token.error());
    options.token = std::move(*token);
    if (auto certificate = readClientCertificate(run, options); !certificate)
        return std::unexpected(certificate.error());
    return options;
}

QJsonObject feedJson(const SourceFeed& feed, const SourceCounters& counters)
{
    const FeedStatistics s = feed.statistics();
    QJsonObject object{{u"source"_s, feed.sourceId()},
                       {u"url"_s, feed.url().toString()},
                       {u"state"_s, SourceFeed::stateName(feed.state())},
                       {u"received"_s, s.events},
                       {u"stored"_s, counters.stored},
                       {u"duplicates"_s, counters.duplicates + s.duplicates},
                       {u"rejects"_s, counters.rejects + s.malformed + s.oversized},
                       {u"gaps"_s, s.gaps},
                       {u"lost"_s, s.lostEvents},
                       {u"reconnects"_s, s.reconnects},
                       {u"insecure"_s, feed.insecureTransport()}};
    if (const auto error = feed.lastError())
        object.insert(u"lastError"_s, error->message);
    return object;
}

void printWatch(Invocation& run, const QList<SourceFeed*>& feeds, const IngestPipeline& pipeline)
{
    const auto counters = pipeline.counters();
    QJsonArray sources;
    for (const SourceFeed* feed : feeds)
        sources.append(feedJson(*feed, counters.value(feed->sourceId())));
    if (run.json()) {
        run.printJson(QJsonDocument(QJsonObject{{u"sources"_s, sources}}));
        return;
    }
    for (const QJsonValue& value : std::as_const(sources)) {
        const QJsonObject o = value.toObject();
        run.out() << Text::tr("%1 (%2): %3; %4 events stored, %5 duplicates skipped, %6 rejects, "
                              "%7 gaps (%8 events lost), %9 reconnects")
                         .arg(o[u"source"_s].toString(), o[u"url"_s].toString(),
                              o[u"state"_s].toString())
                         .arg(o[u"stored"_s].toInteger())
                         .arg(o[u"duplicates"_s].toInteger())
                         .arg(o[u"rejects"_s].toInteger())
                         .arg(o[u"gaps"_s].toInteger())
                         .arg(o[u"lost"_s].toInteger())
                         .arg(o[u"reconnects"_s].toInteger())
                  << '\n';
        if (o.contains(u"lastError"_s))
            run.out() << "  " << o[u"lastError"_s].toString() << '\n';
    }
}

FeedSettings feedSettingsFor(const QUrl& url, const WatchOptions& options)
{
    FeedSettings settings;
    settings.client.baseUrl = url;
    settings.client.caFile = options.caFile;
    settings.client.spkiSha256 = options.pin;
    settings.client.bearerToken = options.token;
    settings.client.clientCertificateFile = options.clientCertificate;
    settings.client.clientKeyFile = options.clientKey;
    settings.client.clientKeyPassword = options.keyPassword;
    settings.backoffSeed = QRandomGenerator::system()->generate();
    return settings;
}

int watch(Invocation& run)
{
    auto options = watchOptions(run);
    if (!options)
        return run.failWith(options.error());
    auto workspace = run.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return run.failWith(workspace.error());
    auto key = RedactionKey::forWorkspace(**workspace);
    if (!key)
        return run.failWith(key.error());
    IngestPipeline pipeline((*workspace)->path(), std::make_unique<SecretScanner>(*key),
                            run.clock());
    if (auto started = pipeline.start(); !started)
        return run.failWith(started.error());

    QList<SourceFeed*> feeds;
    {
        FeedThread thread;
        for (const QUrl& url : std::as_const(options->urls))
            feeds << thread.adopt(std::make_unique<SourceFeed>(feedSettingsFor(url, *options),
                                                               pipeline, run.clock()));
        options->token.clear();
        options->keyPassword.clear();
        runUntilDone(options->durationSeconds);
        pipeline.waitUntilIdle(30000);
        printWatch(run, feeds, pipeline);
        for (SourceFeed* feed : std::as_const(feeds)) {
            if (feed->state() == FeedState::Failed) {
                pipeline.stop();
                return run.failWith(*feed->lastError());
            }
        }
    }
    pipeline.stop();
    return pipeline.lastError().isEmpty() ? 0 : run.failWith(pipeline.lastError());
}

void addWatchOptions(QCommandLineParser& parser)
{
    parser.addOption({u"ca"_s, Text::tr("PEM file of the CA to trust (default: the system store)."),
                      Text::tr("FILE")});
    parser.addOption({u"token-env"_s,
                      Text::tr("Environment variable holding the bearer token (default: the token "
                               "stored in the keyring for the first URL)."),
                      Text::tr("VAR")});
    parser.addOption(
        {u"pin"_s,
         Text::tr("SPKI SHA-256 of the server key, base64 or hex: any other key is refused."),
         Text::tr("SHA256")});
    parser.addOption(
        {u"client-cert"_s, Text::tr("PEM client certificate to present."), Text::tr("FILE")});
    parser.addOption({u"client-key"_s, Text::tr("PEM key of --client-cert (may be encrypted)."),
                      Text::tr("FILE")});
    parser.addOption(
        {u"key-password-env"_s,
         Text::tr("Environment variable holding the password of --client-key (default: "
                  "the password stored in the keyring for the first URL)."),
         Text::tr("VAR")});
    parser.addOption({u"duration"_s, Text::tr("Capture for S seconds (required)."), Text::tr("S")});
    parser.addPositionalArgument(
        u"URL"_s, Text::tr("Gateway or sandbox host base URLs (https://...)."), Text::tr("URL..."));
}

} // namespace

void addFeedCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"simulate"_s},
         u"[--gateways N] [--hosts N] [--scenario NAME] [--seed S] [--rate R] "
         u"[--port P] [--ca-out FILE] [--token T] [--faults LIST] [--duration S]"_s,
         Text::tr("Serve a simulated fleet of gateways and sandbox hosts on loopback"),
         addSimulateOptions,
         simulate});
    commands.push_back({{u"watch"_s},
                        u"--duration S [--ca FILE] [--token-env VAR] [--pin SHA256] URL..."_s,
                        Text::tr("Capture live feeds read-only into the workspace"),
                        addWatchOptions,
                        watch});
}

} // namespace Gatehouse::Cli
