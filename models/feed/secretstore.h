// Bearer tokens and key passwords of sources, kept only in the system keyring (Secret Service
// through QtKeychain). Without a keyring it says so; it never falls back to a file.
#pragma once

#include "models/core/error.h"
#include "models/feed/secretbuffer.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Gatehouse {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        BearerToken,
        KeyPassword
    };

    // service: the keyring's service name, "gatehouse" for the application; tests use their own.
    explicit SecretStore(QString service = QStringLiteral("gatehouse"), QObject* parent = nullptr);

    // Asynchronous: the callback runs in this object's thread once the keyring has answered.
    // A missing entry fails with ErrorCode::NotFound; no usable keyring with
    // ErrorCode::Permission and a message that tells the user the secret must be typed per use.
    void read(const QString& sourceId, Kind kind, std::function<void(Result<SecretBuffer>)> done);
    void write(const QString& sourceId, Kind kind, const SecretBuffer& secret,
               std::function<void(Result<void>)> done);
    void remove(const QString& sourceId, Kind kind, std::function<void(Result<void>)> done);

    // Runs the asynchronous call and waits for it in a local event loop: for the CLI and tests,
    // never for the GUI thread.
    Result<SecretBuffer> readNow(const QString& sourceId, Kind kind);
    Result<void> writeNow(const QString& sourceId, Kind kind, const SecretBuffer& secret);
    Result<void> removeNow(const QString& sourceId, Kind kind);

    // Whether an error from this store means "no keyring here" rather than "no such secret".
    static bool isKeyringUnavailable(const Error& error);
    static QString keyFor(const QString& sourceId, Kind kind);

private:
    QString m_service;
};

} // namespace Gatehouse
