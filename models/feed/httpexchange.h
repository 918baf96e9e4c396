// One GET in flight: collects a document or passes stream chunks on, and turns every way it can
// fail into one Error that names the server and the cause.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace Gatehouse {

class HttpExchange : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Document,
        Stream
    };

    struct Limits
    {
        int idleTimeoutMs = 15000;
        qint64 maxDocumentBytes = 4 * 1024 * 1024;
        QByteArray spkiSha256;    // empty: no pin
        QString trustDescription; // "the CA file X" or "the system certificate store"
    };

    // Takes ownership of reply.
    HttpExchange(QNetworkReply* reply, Mode mode, Limits limits, QObject* parent = nullptr);
    ~HttpExchange() override;

    // Valid once finished() was emitted.
    std::optional<Error> error() const { return m_error; }
    // Whether retrying later may help (refused, timeout, 5xx); false for TLS, 4xx, bad input.
    bool retryable() const { return m_retryable; }
    int httpStatus() const { return m_status; }
    // The whole body in Document mode.
    const QByteArray& body() const { return m_body; }
    QString target() const;

    void abort();

signals:
    // Stream mode, status 200 only: the next bytes of the body.
    void chunkReceived(const QByteArray& chunk);
    void finished();

private:
    void onMetaData();
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onFinished();
    void onIdleTimeout();
    void touch();
    Error classify();
    std::optional<Error> tlsError() const;
    Error networkError();
    Error statusError();

    QPointer<QNetworkReply> m_reply;
    Mode m_mode;
    Limits m_limits;
    QTimer m_idle;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    std::optional<Error> m_error;
    QByteArray m_presentedPin;
    int m_status = 0;
    bool m_retryable = false;
    bool m_pinMismatch = false;
    bool m_timedOut = false;
    bool m_oversized = false;
    bool m_done = false;
};

} // namespace Gatehouse
