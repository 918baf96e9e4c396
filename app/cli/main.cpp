// gatehouse-cli: the headless front end. It finds the command named by the first words of the
// command line and hands it the rest.
#include "clicommand.h"

#include "models/i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace Gatehouse;
using namespace Gatehouse::Cli;
using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

void printUsage(QTextStream& out, const std::vector<Command>& commands)
{
    out << Text::tr("Usage: gatehouse-cli COMMAND [ARGUMENTS] [--workspace FILE] [--json]")
        << "\n\n"
        << Text::tr("Commands:") << "\n";
    for (const Command& command : commands) {
        const QString synopsis = command.words.join(u' ') + u' ' + command.arguments;
        if (synopsis.size() > 46)
            out << "  " << synopsis << '\n' << QString(51, u' ') << command.summary << '\n';
        else
            out << "  " << synopsis.leftJustified(48) << ' ' << command.summary << '\n';
    }
    out << '\n' << Text::tr("'gatehouse-cli COMMAND --help' describes one command.") << '\n';
}

// The command whose words start the argument list; the longest match wins.
const Command* findCommand(const std::vector<Command>& commands, const QStringList& arguments)
{
    const Command* best = nullptr;
    for (const Command& command : commands) {
        if (arguments.size() < command.words.size() + 1)
            continue;
        if (arguments.mid(1, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({u"workspace"_s,
                      Text::tr("The workspace file (default: %1).").arg(Workspace::defaultPath()),
                      Text::tr("FILE")});
    parser.addOption({u"json"_s, Text::tr("Print the result as JSON.")});
    parser.addOption({u"actor"_s,
                      Text::tr("Who the audit trail records (default: $GATEHOUSE_ACTOR, "
                               "then the login name)."),
                      Text::tr("NAME")});
}

} // namespace

int main(int argc, char* argv[])
{
    // Painting a report needs fonts, and fonts need a QGuiApplication; a command line has no
    // display, so the offscreen platform serves unless the caller chose another.
    const bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        paints ? std::make_unique<QGuiApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"gatehouse-cli"_s);
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::vector<Command> commands = allCommands();
    const QStringList arguments = app->arguments();

    if (arguments.size() < 2 || arguments.at(1) == "--help"_L1 || arguments.at(1) == "-h"_L1
        || arguments.at(1) == "help"_L1) {
        printUsage(out, commands);
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments.at(1) == "--version"_L1) {
        out << "gatehouse-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const Command* command = findCommand(commands, arguments);
    if (!command) {
        err << Text::tr("gatehouse-cli: unknown command '%1'; 'gatehouse-cli --help' lists them.")
                   .arg(arguments.mid(1, 2).join(u' '))
            << '\n';
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    addCommonOptions(parser);
    if (command->addOptions)
        command->addOptions(parser);
    QStringList rest = arguments.mid(1 + command->words.size());
    rest.prepend(u"gatehouse-cli %1"_s.arg(command->words.join(u' ')));
    if (!parser.parse(rest)) {
        err << "gatehouse-cli: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        help.replace(0, firstLineEnd,
                     Text::tr("Usage: %1 %2 [options]").arg(rest.first(), command->arguments));
        out << help;
        return 0;
    }

    SystemClock clock;
    Invocation invocation(parser, out, err, clock);
    return command->run(invocation);
}
