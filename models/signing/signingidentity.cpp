// PKCS#12 parsing and the checks that keep an unusable certificate from signing.
#include "signingidentity.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <openssl/crypto.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace Gatehouse {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SigningIdentity)
};

struct Pkcs12Free
{
    void operator()(PKCS12* p12) const { PKCS12_free(p12); }
};

QDateTime fromAsn1Time(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

} // namespace

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), std::size_t(secret.size()));
    secret.clear();
}

Result<SigningIdentity> SigningIdentity::fromPkcs12File(const QString& path, QByteArray& password,
                                                        const QDateTime& now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        wipe(password);
        return fail(ErrorCode::Io, Text::tr("Cannot read the signing certificate file %1: %2.")
                                       .arg(path, file.errorString()));
    }
    return fromPkcs12(file.readAll(), password, now, path);
}

Result<SigningIdentity> SigningIdentity::fromPkcs12(const QByteArray& pkcs12, QByteArray& password,
                                                    const QDateTime& now, const QString& label)
{
    BioHandle input = memoryBio(pkcs12);
    std::unique_ptr<PKCS12, Pkcs12Free> bundle(d2i_PKCS12_bio(input.get(), nullptr));
    if (!bundle) {
        wipe(password);
        takeOpenSslErrors();
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("%1 is not a PKCS#12 file; export the key and certificate as .p12.")
                        .arg(label));
    }
    QByteArray terminated = password + '\0';
    const bool macOk =
        PKCS12_verify_mac(bundle.get(), terminated.constData(), int(password.size()));
    SigningIdentity identity;
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* chain = nullptr;
    const bool parsed =
        macOk && PKCS12_parse(bundle.get(), terminated.constData(), &key, &cert, &chain);
    OPENSSL_cleanse(terminated.data(), std::size_t(terminated.size()));
    wipe(password);
    identity.m_key.reset(key);
    identity.m_certificate.reset(cert);
    identity.m_chain.reset(chain ? chain : sk_X509_new_null());
    if (!parsed) {
        takeOpenSslErrors();
        return fail(ErrorCode::Permission,
                    Text::tr("The password for %1 is wrong, or the file is damaged.").arg(label));
    }
    if (Result<void> fit = identity.checkFitness(now, label); !fit)
        return std::unexpected(fit.error());
    qCInfo(lcSigning) << "loaded signing certificate" << identity.commonName();
    return identity;
}

Result<void> SigningIdentity::checkFitness(const QDateTime& now, const QString& label) const
{
    Result<void> fit = checkPairing(label);
    if (fit)
        fit = checkValidity(now);
    if (fit)
        fit = checkUsage();
    return fit;
}

Result<void> SigningIdentity::checkPairing(const QString& label) const
{
    if (!m_key)
        return fail(ErrorCode::InvalidArgument, Text::tr("%1 holds no private key.").arg(label));
    if (!m_certificate)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("%1 holds no certificate that matches its private key; export the key "
                             "together with its own certificate.")
                        .arg(label));
    if (X509_check_private_key(m_certificate.get(), m_key.get()) != 1) {
        takeOpenSslErrors();
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("The private key in %1 does not belong to its certificate.").arg(label));
    }
    return {};
}

Result<void> SigningIdentity::checkValidity(const QDateTime& now) const
{
    const QDateTime notBefore = fromAsn1Time(X509_get0_notBefore(m_certificate.get()));
    const QDateTime notAfter = fromAsn1Time(X509_get0_notAfter(m_certificate.get()));
    if (!notAfter.isValid() || now > notAfter)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The certificate %1 expired on %2; renew it before signing.")
                        .arg(commonName(), notAfter.toString(Qt::ISODate)));
    if (!notBefore.isValid() || now < notBefore)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The certificate %1 is not valid before %2; wait or use another one.")
                        .arg(commonName(), notBefore.toString(Qt::ISODate)));
    return {};
}

Result<void> SigningIdentity::checkUsage() const
{
    // No keyUsage extension means no restriction.
    const uint32_t usage = X509_get_key_usage(m_certificate.get());
    if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The certificate %1 may not sign documents: its key usage has neither "
                             "digitalSignature nor nonRepudiation.")
                        .arg(commonName()));
    return {};
}

} // namespace Gatehouse
