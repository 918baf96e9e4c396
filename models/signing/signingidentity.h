// The key and certificates a report is signed with, loaded from a PKCS#12 file and checked for
// fitness before anything is signed.
#pragma once

#include "models/core/error.h"
#include "models/signing/opensslhandles.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Gatehouse {

class SigningIdentity
{
public:
    // Reads the PKCS#12 bytes with the password and wipes the password's bytes afterwards (pass
    // the only copy). Refuses a wrong password, a certificate not valid at `now`, one whose key
    // usage forbids signing, and a key that does not belong to the certificate.
    static Result<SigningIdentity> fromPkcs12(const QByteArray& pkcs12, QByteArray& password,
                                              const QDateTime& now, const QString& label);
    static Result<SigningIdentity> fromPkcs12File(const QString& path, QByteArray& password,
                                                  const QDateTime& now);

    EVP_PKEY* key() const { return m_key.get(); }
    X509* certificate() const { return m_certificate.get(); }
    // The issuing certificates shipped in the file, possibly empty; never null.
    STACK_OF(X509) * chain() const { return m_chain.get(); }
    QString commonName() const { return certificateCommonName(m_certificate.get()); }
    QString subject() const { return certificateSubject(m_certificate.get()); }

private:
    SigningIdentity() = default;
    Result<void> checkFitness(const QDateTime& now, const QString& label) const;
    Result<void> checkPairing(const QString& label) const;
    Result<void> checkValidity(const QDateTime& now) const;
    Result<void> checkUsage() const;

    PrivateKeyHandle m_key;
    CertificateHandle m_certificate;
    CertificateStackHandle m_chain;
};

// Overwrites the bytes of a secret in place and empties it.
void wipe(QByteArray& secret);

} // namespace Gatehouse
