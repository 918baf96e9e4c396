// Every job has the insecure fallback switched off explicitly: with it QtKeychain would write
// the secret in clear text to a settings file when no wallet answers.
#include "secretstore.h"

#include "models/core/logging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Gatehouse {

namespace {

Error keyringError(QKeychain::Error code, const QString& detail, const QString& key)
{
    if (code == QKeychain::EntryNotFound) {
        return Error{ErrorCode::NotFound,
                     SecretStore::tr("No secret is stored for %1 in the system keyring.").arg(key)};
    }
    return Error{ErrorCode::Permission,
                 SecretStore::tr("No system keyring is available (%1). Gatehouse keeps secrets "
                                 "only there, never on disk: it will ask for the secret each time "
                                 "it is needed. Start and unlock a Secret Service keyring "
                                 "(GNOME Keyring or KWallet) to store it.")
                     .arg(detail)};
}

template <typename JobType> JobType* prepare(JobType* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Starts an asynchronous call and spins a local event loop until its callback has run.
template <typename T, typename Start> Result<T> waitFor(Start start)
{
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    start(std::function<void(Result<T>)>([&](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    }));
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString SecretStore::keyFor(const QString& sourceId, Kind kind)
{
    const QString suffix =
        kind == Kind::BearerToken ? QStringLiteral("bearer-token") : QStringLiteral("key-password");
    return sourceId + u'/' + suffix;
}

bool SecretStore::isKeyringUnavailable(const Error& error)
{
    return error.code == ErrorCode::Permission;
}

void SecretStore::read(const QString& sourceId, Kind kind,
                       std::function<void(Result<SecretBuffer>)> done)
{
    const QString key = keyFor(sourceId, kind);
    auto* job = prepare(new QKeychain::ReadPasswordJob(m_service, this), key);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcFeed) << "keyring read of" << key << "failed:" << job->errorString();
            done(std::unexpected(keyringError(job->error(), job->errorString(), key)));
            return;
        }
        QByteArray bytes = job->binaryData();
        done(SecretBuffer(bytes, true));
    });
    job->start();
}

void SecretStore::write(const QString& sourceId, Kind kind, const SecretBuffer& secret,
                        std::function<void(Result<void>)> done)
{
    const QString key = keyFor(sourceId, kind);
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service, this), key);
    // The job shares these bytes; wiping them once it has finished wipes its copy as well.
    QByteArray bytes = secret.copy();
    job->setBinaryData(bytes);
    connect(job, &QKeychain::Job::finished, this, [job, key, bytes, done = std::move(done)] {
        QByteArray shared = bytes;
        SecretBuffer::wipe(shared);
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcFeed) << "keyring write of" << key << "failed:" << job->errorString();
            done(std::unexpected(keyringError(job->error(), job->errorString(), key)));
            return;
        }
        done({});
    });
    job->start();
}

void SecretStore::remove(const QString& sourceId, Kind kind, std::function<void(Result<void>)> done)
{
    const QString key = keyFor(sourceId, kind);
    auto* job = prepare(new QKeychain::DeletePasswordJob(m_service, this), key);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(keyringError(job->error(), job->errorString(), key)));
            return;
        }
        done({});
    });
    job->start();
}

Result<SecretBuffer> SecretStore::readNow(const QString& sourceId, Kind kind)
{
    return waitFor<SecretBuffer>([&](auto done) { read(sourceId, kind, std::move(done)); });
}

Result<void> SecretStore::writeNow(const QString& sourceId, Kind kind, const SecretBuffer& secret)
{
    return waitFor<void>([&](auto done) { write(sourceId, kind, secret, std::move(done)); });
}

Result<void> SecretStore::removeNow(const QString& sourceId, Kind kind)
{
    return waitFor<void>([&](auto done) { remove(sourceId, kind, std::move(done)); });
}

} // namespace Gatehouse
