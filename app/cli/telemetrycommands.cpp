// gatehouse-cli import: reads OTLP/JSON files (one export request a line, as a Collector's file
// exporter writes them) through the same pipeline as live feeds, and reports what it kept.
#include "clicommand.h"

#include "models/telemetry/basicsecretredactor.h"
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

QString tr(const char* text)
{
    return QCoreApplication::translate("gatehouse-cli", text);
}

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
        return fail(ErrorCode::Io, tr("Cannot read %1: %2.").arg(file.path, input.errorString()));
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
    QString text = tr("%1 events stored, %2 duplicates skipped, %3 rejects")
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
        run.out() << tr("Total: %1").arg(countersText(total)) << Qt::endl;
    }
}

int importFiles(Invocation& run)
{
    const QStringList paths = run.positional();
    if (paths.isEmpty())
        return run.failWith(tr("Name at least one OTLP/JSON file to import."));
    QList<ImportedFile> files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isFile())
            return run.failWith(tr("%1 is not a readable file.").arg(path));
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
    IngestPipeline pipeline((*workspace)->path(), std::make_unique<BasicSecretRedactor>(*key),
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

} // namespace

void addTelemetryCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"import"_s},
         u"FILE... [--source ID]"_s,
         tr("Import OTLP/JSON trace files (one export request a line) into the archive"),
         [](QCommandLineParser& parser) {
             parser.addOption({u"source"_s,
                               tr("Source id to file the events under (default: file:<name>)."),
                               tr("ID")});
             parser.addPositionalArgument(u"FILE"_s, tr("OTLP/JSON files, one request a line."),
                                          u"FILE..."_s);
         },
         importFiles});
}

} // namespace Gatehouse::Cli
