// A throw-away certificate authority for the simulated fleet and the tests: makes a CA and the
// server and client certificates it signs, including deliberately broken ones.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

namespace Gatehouse {

struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem; // PKCS#8, encrypted when a password was given
    QSslCertificate certificate() const { return QSslCertificate(certificatePem, QSsl::Pem); }
    QSslKey key(const QByteArray& password = {}) const;
};

class CertificateAuthority
{
public:
    struct Validity
    {
        QDateTime notBefore;
        QDateTime notAfter;
    };

    // A new CA with an EC P-256 key, valid from an hour before now for ten years.
    static Result<CertificateAuthority> create(const QString& commonName, const QDateTime& now);
    // A CA from its PEM certificate and PEM private key.
    static Result<CertificateAuthority> load(const QByteArray& certificatePem,
                                             const QByteArray& keyPem);

    CertificateAuthority(CertificateAuthority&&) noexcept;
    CertificateAuthority& operator=(CertificateAuthority&&) noexcept;
    ~CertificateAuthority();

    QByteArray certificatePem() const;
    QByteArray keyPem() const;
    QSslCertificate certificate() const { return QSslCertificate(certificatePem(), QSsl::Pem); }

    // A TLS server certificate for these DNS names and IP addresses.
    Result<IssuedCertificate> issueServer(const QStringList& dnsNames, const QStringList& addresses,
                                          const Validity& validity) const;
    // The usual loopback server certificate: localhost and 127.0.0.1, valid around now.
    Result<IssuedCertificate> issueLoopbackServer(const QDateTime& now) const;
    // A TLS client certificate; the key is encrypted with password when it is not empty.
    Result<IssuedCertificate> issueClient(const QString& commonName, const Validity& validity,
                                          const QByteArray& password = {}) const;

    static Validity around(const QDateTime& now, int days = 30);

private:
    struct Keys;
    explicit CertificateAuthority(std::unique_ptr<Keys> keys);
    Result<IssuedCertificate> issue(const QString& commonName, const QStringList& extensions,
                                    const Validity& validity, const QByteArray& password) const;

    std::unique_ptr<Keys> m_keys;
};

} // namespace Gatehouse
