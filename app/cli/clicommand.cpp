// What every command shares: options, output and opening the workspace.
#include "clicommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

Invocation::Invocation(QCommandLineParser& parser, QTextStream& out, QTextStream& err,
                       const Clock& clock)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

bool Invocation::json() const
{
    return m_parser.isSet(u"json"_s);
}

QString Invocation::actor() const
{
    if (m_parser.isSet(u"actor"_s))
        return m_parser.value(u"actor"_s);
    for (const char* variable : {"GATEHOUSE_ACTOR", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    const QString owner = QFileInfo(QDir::homePath()).owner();
    return owner.isEmpty() ? u"unknown"_s : owner;
}

Result<std::unique_ptr<Workspace>> Invocation::openWorkspace(Workspace::OpenMode mode)
{
    const QString path =
        m_parser.isSet(u"workspace"_s) ? m_parser.value(u"workspace"_s) : Workspace::defaultPath();
    return Workspace::open(path, mode, m_clock);
}

int Invocation::failWith(const Error& error)
{
    if (json()) {
        const QJsonObject object{{u"error"_s, errorCodeName(error.code)},
                                 {u"message"_s, error.message}};
        m_err << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_err << QCoreApplication::applicationName() << u": "_s << error.message << Qt::endl;
    }
    m_err.flush();
    return 1;
}

int Invocation::failWith(const QString& message)
{
    return failWith(Error{ErrorCode::InvalidArgument, message});
}

void Invocation::printJson(const QJsonDocument& document)
{
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace Gatehouse::Cli
