// gatehouse-cli import: reads OTLP/JSON files (one export request a line, as a Collector's file
// exporter writes them) through the same pipeline as live feeds, and reports what it kept.
#include "clicommand.h"

#include "models/secrets/secretscanner.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

struct ImportedFile
{
    QString path;
    QString source;
    qint64 lines = 0;
};

// Submits every non-empty line; a line longer than the decoder accepts is refused without being
// held in memory whole.
Result<qint64> submitFile(const ImportedFile& file, IngestPipeline& pipeline, qint64 maxLine)
{
    QFile input(file.path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("Cannot read %1: %2.").arg(file.path, input.errorString()));
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        QByteArray line = input.readLine(maxLine + 2);
        ++lineNumber;
        if (!line.endsWith('\n') && !input.atEnd()) {
            while (!input.atEnd() && !input.readLine(64 * 1024).endsWith('\n')) {
            }
            pipeline.submitReject(file.source, lineNumber, u"oversized"_s);
            continue;
        }
        if (!line.trimmed().isEmpty())
            pipeline.submitEvent(file.source, lineNumber, line);
    }
    return lineNumber;
}

QJsonObject countersJson(const SourceCounters& counters)
{
    QJsonObject reasons;
    for (auto it = counters.rejectReasons.cbegin(); it != counters.rejectReasons.cend(); ++it)
        reasons.insert(it.key(), it.value());
    return QJsonObject{{u"stored"_s, counters.stored},
                       {u"duplicates"_s, counters.duplicates},
                       {u"rejects"_s, counters.rejects},
                       {u"calls"_s, counters.calls},
                       {u"reject_reasons"_s, reasons}};
}

QString countersText(const SourceCounters& counters)
{
    QString text = Text::tr("%1 events stored, %2 duplicates skipped, %3 rejects")
                       .arg(counters.stored)
                       .arg(counters.duplicates)
                       .arg(counters.rejects);
    QStringList reasons;
    for (auto it = counters.rejectReasons.cbegin(); it != counters.rejectReasons.cend(); ++it)
        reasons.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
    if (!reasons.isEmpty())
        text += u" ("_s + reasons.join(u", "_s) + u')';
    return text;
}

void printReport(Invocation& run, const QList<ImportedFile>& files, IngestPipeline& pipeline)
{
    const auto counters = pipeline.counters();
    SourceCounters total;
    QJsonArray perFile;
    for (const ImportedFile& file : files) {
        const SourceCounters counter = counters.value(file.source);
        total.add(counter);
        QJsonObject object = countersJson(counter);
        object.insert(u"file"_s, file.path);
        object.insert(u"source"_s, file.source);
        object.insert(u"lines"_s, file.lines);
        perFile.append(object);
        if (!run.json())
            run.out() << file.path << u": "_s << countersText(counter) << '\n';
    }
    if (run.json()) {
        QJsonObject object = countersJson(total);
        object.insert(u"files"_s, perFile);
        run.printJson(QJsonDocument(object));
    } else {
        run.out() << Text::tr("Total: %1").arg(countersText(total)) << Qt::endl;
    }
}

int importFiles(Invocation& run)
{
    const QStringList paths = run.positional();
    if (paths.isEmpty())
        return run.failWith(Text::tr("Name at least one OTLP/JSON file to import."));
    QList<ImportedFile> files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isFile())
            return run.failWith(Text::tr("%1 is not a readable file.").arg(path));
        const QString source = run.parser().isSet(u"source"_s)
                                   ? run.parser().value(u"source"_s)
                                   : u"file:"_s + QFileInfo(path).fileName();
        files.append({path, source, 0});
    }
    auto workspace = run.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return run.failWith(workspace.error());
    auto key = RedactionKey::forWorkspace(**workspace);
    if (!key)
        return run.failWith(key.error());

    IngestOptions options;
    options.overflow = IngestOptions::Overflow::Block;
    options.pruneToRetention = false;
    IngestPipeline pipeline((*workspace)->path(), std::make_unique<SecretScanner>(*key),
                            run.clock(), options);
    if (auto started = pipeline.start(); !started)
        return run.failWith(started.error());
    for (ImportedFile& file : files) {
        auto lines = submitFile(file, pipeline, options.limits.maxPayloadBytes);
        if (!lines)
            return run.failWith(lines.error());
        file.lines = *lines;
    }
    pipeline.waitUntilIdle();
    pipeline.stop();
    if (!pipeline.lastError().isEmpty())
        return run.failWith(pipeline.lastError());
    printReport(run, files, pipeline);
    return 0;
}

// The ground truth of a scenario exactly as `simulate` with the same options would serve it.
int scenarioTruth(Invocation& run)
{
    const QStringList names = run.positional();
    if (names.size() != 1)
        return run.failWith(
            Text::tr("Name one scenario: %1.").arg(FleetScenario::scenarioNames().join(u", "_s)));
    ScenarioOptions options;
    options.name = names.first();
    bool ok = true;
    if (run.parser().isSet(u"seed"_s))
        options.seed = run.parser().value(u"seed"_s).toULongLong(&ok);
    if (ok && run.parser().isSet(u"rate"_s))
        options.rate = run.parser().value(u"rate"_s).toDouble(&ok);
    if (ok && run.parser().isSet(u"gateways"_s))
        options.gateways = run.parser().value(u"gateways"_s).toInt(&ok);
    if (ok && run.parser().isSet(u"hosts"_s))
        options.sandboxHosts = run.parser().value(u"hosts"_s).toInt(&ok);
    if (!ok)
        return run.failWith(Text::tr("--seed, --rate, --gateways and --hosts take numbers."));
    if (run.parser().isSet(u"start"_s)) {
        options.start = parseIsoUtc(run.parser().value(u"start"_s));
        if (!options.start.isValid())
            return run.failWith(
                Text::tr("--start takes an ISO 8601 time, e.g. 2026-12-01T09:00:00Z."));
    }
    auto scenario = FleetScenario::create(options);
    if (!scenario)
        return run.failWith(scenario.error());
    run.out() << QString::fromUtf8((*scenario)->groundTruth());
    run.out().flush();
    return 0;
}

} // namespace

void addTelemetryCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"import"_s},
         u"FILE... [--source ID]"_s,
         Text::tr("Import OTLP/JSON trace files (one export request a line) into the archive"),
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {u"source"_s,
                  Text::tr("Source id to file the events under (default: file:<name>)."),
                  Text::tr("ID")});
             parser.addPositionalArgument(
                 u"FILE"_s, Text::tr("OTLP/JSON files, one request a line."), u"FILE..."_s);
         },
         importFiles});
    commands.push_back(
        {{u"scenario"_s, u"truth"_s},
         u"NAME [--seed N] [--rate R] [--gateways G] [--hosts H] [--start TIME]"_s,
         Text::tr(
             "Print the ground truth (seeded violations) of a simulated-fleet scenario as JSON"),
         [](QCommandLineParser& parser) {
             parser.addOption({u"seed"_s, Text::tr("Seed (default 1)."), Text::tr("N")});
             parser.addOption({u"rate"_s, Text::tr("Events a second per endpoint (default 10)."),
                               Text::tr("R")});
             parser.addOption(
                 {u"gateways"_s, Text::tr("Gateways, 1 to 9 (default 2)."), Text::tr("G")});
             parser.addOption(
                 {u"hosts"_s, Text::tr("Sandbox hosts, 0 to 9 (default 2)."), Text::tr("H")});
             parser.addOption({u"start"_s,
                               Text::tr("Time of event 0 (default 2026-12-01T09:00:00Z)."),
                               Text::tr("TIME")});
             parser.addPositionalArgument(u"NAME"_s, FleetScenario::scenarioNames().join(u", "_s));
         },
         scenarioTruth});
}

} // namespace Gatehouse::Cli
