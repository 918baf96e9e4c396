// The stdio transport: child process, clean environment, bounded buffers, reaping.
#include "stdiotransport.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StdioTransport)
};

QProcessEnvironment cleanEnvironment(const QStringList& names)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment clean;
    for (const QString& name : {u"PATH"_s, u"HOME"_s}) {
        if (system.contains(name))
            clean.insert(name, system.value(name));
    }
    for (const QString& entry : names) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0)
            clean.insert(entry.left(equals), entry.mid(equals + 1));
        else if (system.contains(entry))
            clean.insert(entry, system.value(entry));
    }
    return clean;
}

// The last line the server wrote to stderr, cut short, as a hint in an error message.
QString lastStderrLine(const QByteArray& stderrText)
{
    const QList<QByteArray> lines = stderrText.trimmed().split('\n');
    if (lines.isEmpty() || lines.last().isEmpty())
        return {};
    return u" "_s
           + Text::tr("Its last message on stderr: \"%1\".")
                 .arg(QString::fromUtf8(lines.last().trimmed().left(200)));
}

} // namespace

QString StdioServerCommand::commandLine() const
{
    QStringList words{program};
    words += arguments;
    return words.join(u' ');
}

StdioTransport::StdioTransport(StdioServerCommand command, Limits limits)
    : m_command(std::move(command))
    , m_limits(limits)
{
}

StdioTransport::~StdioTransport()
{
    stop();
}

QString StdioTransport::kind() const
{
    return u"stdio"_s;
}

QString StdioTransport::endpoint() const
{
    return m_command.commandLine();
}

Result<void> StdioTransport::start()
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(cleanEnvironment(m_command.environment));
    if (!m_command.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_command.workingDirectory);
    m_process->start(m_command.program, m_command.arguments);
    if (!m_process->waitForStarted(m_limits.startTimeoutMs)) {
        const QString reason = m_process->errorString();
        stop();
        return fail(ErrorCode::Io, Text::tr("Could not start the MCP server \"%1\": %2. Check the "
                                            "command and that it is on PATH.")
                                       .arg(endpoint(), reason));
    }
    m_pid = m_process->processId();
    qCDebug(lcInventory) << "started stdio server, pid" << m_pid;
    return {};
}

void StdioTransport::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(500)) {
            m_process->terminate();
            if (!m_process->waitForFinished(1000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
    }
    drain();
    m_process.reset();
}

Result<void> StdioTransport::write(const OutgoingMessage& message, int timeoutMs)
{
    if (!m_process || m_process->state() != QProcess::Running)
        return std::unexpected(exitedError(message.method()));
    m_process->write(message.bytes() + '\n');
    while (m_process->bytesToWrite() > 0) {
        if (!m_process->waitForBytesWritten(timeoutMs))
            return std::unexpected(exitedError(message.method()));
    }
    return {};
}

Result<void> StdioTransport::notify(const OutgoingMessage& notification, int timeoutMs)
{
    return write(notification, timeoutMs);
}

Result<RpcReply> StdioTransport::roundTrip(const OutgoingMessage& request, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    if (auto written = write(request, timeoutMs); !written)
        return std::unexpected(written.error());
    while (true) {
        auto line = readLine(clock, timeoutMs, request.method());
        if (!line)
            return std::unexpected(line.error());
        if (line->trimmed().isEmpty())
            continue;
        auto reply = parseRpcMessage(*line, request.id(), endpoint());
        if (!reply)
            return std::unexpected(reply.error());
        if (*reply)
            return **reply;
    }
}

Result<QByteArray> StdioTransport::readLine(const QElapsedTimer& clock, int timeoutMs,
                                            const QString& method)
{
    while (true) {
        const qsizetype newline = m_stdout.indexOf('\n');
        if (newline >= 0) {
            QByteArray line = m_stdout.left(newline);
            m_stdout.remove(0, newline + 1);
            return line;
        }
        if (m_stdout.size() > m_limits.maxMessageBytes) {
            return fail(
                ErrorCode::Protocol,
                Text::tr("The MCP server \"%1\" sent more than %2 MiB without ending a message "
                         "while answering %3; it is flooding its output or is not an MCP "
                         "server.")
                    .arg(endpoint())
                    .arg(m_limits.maxMessageBytes / (1024 * 1024))
                    .arg(method));
        }
        if (m_process->state() != QProcess::Running && m_process->bytesAvailable() == 0)
            return std::unexpected(exitedError(method));
        const qint64 remaining = timeoutMs - clock.elapsed();
        if (remaining <= 0)
            return std::unexpected(timeoutError(method, timeoutMs));
        QElapsedTimer waited;
        waited.start();
        m_process->waitForReadyRead(int(std::min<qint64>(remaining, 200)));
        m_waitMs += waited.elapsed();
        m_stdout += m_process->readAllStandardOutput();
        drain();
    }
}

void StdioTransport::drain()
{
    if (!m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > m_limits.maxStderrBytes)
        m_stderr = m_stderr.right(m_limits.maxStderrBytes);
}

Error StdioTransport::exitedError(const QString& method) const
{
    QString how = Text::tr("is not running");
    if (m_process && m_process->state() == QProcess::NotRunning) {
        how = m_process->exitStatus() == QProcess::CrashExit
                  ? Text::tr("crashed")
                  : Text::tr("exited with code %1").arg(m_process->exitCode());
    }
    return Error::make(
        ErrorCode::Protocol,
        Text::tr("The MCP server \"%1\" %2 before answering %3.").arg(endpoint(), how, method)
            + lastStderrLine(m_stderr));
}

Error StdioTransport::timeoutError(const QString& method, int timeoutMs) const
{
    return Error::make(ErrorCode::Network,
                       Text::tr("The MCP server \"%1\" did not answer %2 within %3 s; it may be "
                                "hanging. Raise the timeout if it is only slow.")
                               .arg(endpoint(), method)
                               .arg(timeoutMs / 1000.0)
                           + lastStderrLine(m_stderr));
}

} // namespace Gatehouse
