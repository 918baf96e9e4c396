// Built on OpenSSL's C API because Qt can use certificates but cannot make them. EC P-256 keys
// keep generation at a few milliseconds, so tests can make fresh ones every run.
#include "certificateauthority.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Gatehouse {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)
};

Error opensslError(const QString& doing)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return Error{ErrorCode::Crypto,
                 Text::tr("Could not %1: %2.").arg(doing, QString::fromLatin1(buffer))};
}

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

KeyPtr newKey()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray certificateToPem(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), certificate);
    return drain(bio.get());
}

QByteArray keyToPem(EVP_PKEY* key, const QByteArray& password)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    const EVP_CIPHER* cipher = password.isEmpty() ? nullptr : EVP_aes_256_cbc();
    PEM_write_bio_PKCS8PrivateKey(bio.get(), key, cipher, password.constData(),
                                  int(password.size()), nullptr, nullptr);
    return drain(bio.get());
}

bool setName(X509_NAME* name, const QString& commonName)
{
    const QByteArray cn = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>("Gatehouse simulator"),
                                      -1, -1, 0)
           && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                                         -1, 0);
}

bool setSerial(X509* certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    BIGNUM* number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate));
    BN_free(number);
    return ok;
}

bool setValidity(X509* certificate, const CertificateAuthority::Validity& validity)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate), validity.notBefore.toSecsSinceEpoch())
           && ASN1_TIME_set(X509_getm_notAfter(certificate), validity.notAfter.toSecsSinceEpoch());
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QString& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const QByteArray text = value.toLatin1();
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, text.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

} // namespace

struct CertificateAuthority::Keys
{
    KeyPtr key{nullptr, &EVP_PKEY_free};
    CertPtr certificate{nullptr, &X509_free};
};

QSslKey IssuedCertificate::key(const QByteArray& password) const
{
    return QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, password);
}

CertificateAuthority::CertificateAuthority(std::unique_ptr<Keys> keys)
    : m_keys(std::move(keys))
{
}
CertificateAuthority::CertificateAuthority(CertificateAuthority&&) noexcept = default;
CertificateAuthority& CertificateAuthority::operator=(CertificateAuthority&&) noexcept = default;
CertificateAuthority::~CertificateAuthority() = default;

CertificateAuthority::Validity CertificateAuthority::around(const QDateTime& now, int days)
{
    return Validity{now.addSecs(-3600), now.addDays(days)};
}

Result<CertificateAuthority> CertificateAuthority::create(const QString& commonName,
                                                          const QDateTime& now)
{
    auto keys = std::make_unique<Keys>();
    keys->key = newKey();
    keys->certificate = CertPtr(X509_new(), &X509_free);
    X509* cert = keys->certificate.get();
    if (!keys->key || !cert)
        return std::unexpected(opensslError(Text::tr("generate a CA key")));
    const bool built =
        X509_set_version(cert, 2) && setSerial(cert)
        && setName(X509_get_subject_name(cert), commonName)
        && setName(X509_get_issuer_name(cert), commonName)
        && setValidity(cert, Validity{now.addSecs(-3600), now.addYears(10)})
        && X509_set_pubkey(cert, keys->key.get())
        && addExtension(cert, cert, NID_basic_constraints, QStringLiteral("critical,CA:TRUE"))
        && addExtension(cert, cert, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"))
        && addExtension(cert, cert, NID_subject_key_identifier, QStringLiteral("hash"))
        && X509_sign(cert, keys->key.get(), EVP_sha256()) > 0;
    if (!built)
        return std::unexpected(opensslError(Text::tr("build the CA certificate")));
    return CertificateAuthority(std::move(keys));
}

Result<CertificateAuthority> CertificateAuthority::load(const QByteArray& certificatePem,
                                                        const QByteArray& keyPem)
{
    auto keys = std::make_unique<Keys>();
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())),
                   &BIO_free);
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    keys->certificate =
        CertPtr(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), &X509_free);
    keys->key =
        KeyPtr(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!keys->certificate || !keys->key)
        return std::unexpected(opensslError(Text::tr("read the CA certificate and key")));
    if (X509_check_private_key(keys->certificate.get(), keys->key.get()) != 1) {
        return fail(
            ErrorCode::Crypto,
            Text::tr("The CA key does not belong to the CA certificate: give the matching pair."));
    }
    return CertificateAuthority(std::move(keys));
}

QByteArray CertificateAuthority::certificatePem() const
{
    return certificateToPem(m_keys->certificate.get());
}

QByteArray CertificateAuthority::keyPem() const
{
    return keyToPem(m_keys->key.get(), {});
}

Result<IssuedCertificate> CertificateAuthority::issue(const QString& commonName,
                                                      const QStringList& extensions,
                                                      const Validity& validity,
                                                      const QByteArray& password) const
{
    KeyPtr key = newKey();
    CertPtr cert(X509_new(), &X509_free);
    X509* c = cert.get();
    X509* issuer = m_keys->certificate.get();
    bool built = key && c && X509_set_version(c, 2) && setSerial(c)
                 && setName(X509_get_subject_name(c), commonName)
                 && X509_set_issuer_name(c, X509_get_subject_name(issuer))
                 && setValidity(c, validity) && X509_set_pubkey(c, key.get());
    const int nids[] = {NID_basic_constraints, NID_key_usage, NID_ext_key_usage,
                        NID_subject_alt_name, NID_authority_key_identifier};
    for (qsizetype i = 0; built && i < extensions.size(); ++i) {
        if (!extensions[i].isEmpty())
            built = addExtension(c, issuer, nids[i], extensions[i]);
    }
    if (!built || X509_sign(c, m_keys->key.get(), EVP_sha256()) <= 0)
        return std::unexpected(
            opensslError(Text::tr("issue a certificate for %1").arg(commonName)));
    return IssuedCertificate{certificateToPem(c), keyToPem(key.get(), password)};
}

Result<IssuedCertificate> CertificateAuthority::issueServer(const QStringList& dnsNames,
                                                            const QStringList& addresses,
                                                            const Validity& validity) const
{
    QStringList names;
    for (const QString& dns : dnsNames)
        names << QStringLiteral("DNS:") + dns;
    for (const QString& ip : addresses)
        names << QStringLiteral("IP:") + ip;
    const QString commonName = dnsNames.value(0, addresses.value(0));
    return issue(commonName,
                 {QStringLiteral("critical,CA:FALSE"),
                  QStringLiteral("critical,digitalSignature,keyEncipherment"),
                  QStringLiteral("serverAuth"), names.join(u','), QStringLiteral("keyid:always")},
                 validity, {});
}

Result<IssuedCertificate> CertificateAuthority::issueLoopbackServer(const QDateTime& now) const
{
    return issueServer({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")},
                       around(now, 365));
}

Result<IssuedCertificate> CertificateAuthority::issueClient(const QString& commonName,
                                                            const Validity& validity,
                                                            const QByteArray& password) const
{
    return issue(commonName,
                 {QStringLiteral("critical,CA:FALSE"), QStringLiteral("critical,digitalSignature"),
                  QStringLiteral("clientAuth"), QString(), QStringLiteral("keyid:always")},
                 validity, password);
}

} // namespace Gatehouse
