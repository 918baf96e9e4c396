// The commands of gatehouse-cli: each capability contributes its own in its own file and
// registers them in commands.cpp; main.cpp only dispatches.
#pragma once

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace Gatehouse::Cli {

// What a running command can reach: its parsed arguments, the streams, the workspace.
class Invocation
{
public:
    Invocation(QCommandLineParser& parser, QTextStream& out, QTextStream& err, const Clock& clock);

    QCommandLineParser& parser() { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const;
    const Clock& clock() const { return m_clock; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Who the audit trail records: --actor, else $GATEHOUSE_ACTOR, else the login name.
    QString actor() const;

    // Opens --workspace (or the default workspace). Existing: the file must already exist.
    Result<std::unique_ptr<Workspace>>
    openWorkspace(Workspace::OpenMode mode = Workspace::OpenMode::Existing);

    // Prints the one-line reason on stderr (or a JSON error object with --json); returns the
    // exit code to hand back.
    int failWith(const Error& error);
    int failWith(const QString& message);
    // Pretty JSON followed by a newline on stdout.
    void printJson(const QJsonDocument& document);

private:
    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
};

struct Command
{
    QStringList words; // e.g. {"workspace", "init"}
    QString arguments; // synopsis of the positional arguments, e.g. "NAME [--owner O]"
    QString summary;   // one line, translated
    // Adds the command's own options and positional-argument help to the parser.
    std::function<void(QCommandLineParser&)> addOptions;
    // Returns the process exit code: 0 on success.
    std::function<int(Invocation&)> run;
};

// Every command of every capability, in the order --help lists them.
std::vector<Command> allCommands();

// One of these per capability, each in its own file.
void addWorkspaceCommands(std::vector<Command>& commands);
void addAssessmentCommands(std::vector<Command>& commands);
void addEvidenceCommands(std::vector<Command>& commands);
void addTelemetryCommands(std::vector<Command>& commands);
void addEvaluationCommands(std::vector<Command>& commands);
void addFeedCommands(std::vector<Command>& commands);
void addInventoryCommands(std::vector<Command>& commands);
void addReportCommands(std::vector<Command>& commands);
void addRetentionCommands(std::vector<Command>& commands);

} // namespace Gatehouse::Cli
