// MCP over stdio: Gatehouse starts the server as a child with a clean environment, writes
// newline-delimited JSON-RPC to its stdin and reads replies from its stdout. The child never
// outlives the transport.
#pragma once

#include "models/inventory/mcptransport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>

#include <memory>

class QProcess;

namespace Gatehouse {

struct StdioServerCommand
{
    QString program;
    QStringList arguments;
    // Variables passed on besides PATH and HOME: "NAME" copies it from Gatehouse's own
    // environment, "NAME=VALUE" sets it.
    QStringList environment;
    QString workingDirectory;

    QString commandLine() const;
};

class StdioTransport final : public McpTransport
{
public:
    struct Limits
    {
        qint64 maxMessageBytes = 16 * 1024 * 1024;
        qint64 maxStderrBytes = 64 * 1024;
        int startTimeoutMs = 10000;
    };

    StdioTransport(StdioServerCommand command, Limits limits);
    explicit StdioTransport(StdioServerCommand command)
        : StdioTransport(std::move(command), {})
    {
    }
    ~StdioTransport() override;

    QString kind() const override;
    QString endpoint() const override;
    Result<void> start() override;
    Result<RpcReply> roundTrip(const OutgoingMessage& request, int timeoutMs) override;
    Result<void> notify(const OutgoingMessage& notification, int timeoutMs) override;
    void setProtocol(const QString&, bool) override {}
    void stop() override;
    qint64 waitMilliseconds() const override { return m_waitMs; }

    // The pid of the child last started, so tests can check it was reaped.
    qint64 processId() const { return m_pid; }
    // The last bytes the server wrote to stderr.
    QByteArray stderrTail() const { return m_stderr; }

private:
    Result<void> write(const OutgoingMessage& message, int timeoutMs);
    Result<QByteArray> readLine(const QElapsedTimer& clock, int timeoutMs, const QString& method);
    void drain();
    Error exitedError(const QString& method) const;
    Error timeoutError(const QString& method, int timeoutMs) const;

    StdioServerCommand m_command;
    Limits m_limits;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    qint64 m_pid = 0;
    qint64 m_waitMs = 0;
};

} // namespace Gatehouse
