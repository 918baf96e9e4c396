// Uses OpenSSL directly because QSslKey::toDer() does not promise the SubjectPublicKeyInfo form.
#include "spkipin.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/x509.h>

#include <memory>

namespace Gatehouse {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpkiPin)
};

} // namespace

Result<QByteArray> SpkiPin::of(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &cursor, der.size()),
                                                     &X509_free);
    if (!x509)
        return fail(ErrorCode::Tls,
                    Text::tr("The server certificate could not be parsed to check its pin."));
    unsigned char* spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return fail(ErrorCode::Tls, Text::tr("The server certificate has no readable public key."));
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(spki), length), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return digest;
}

Result<QByteArray> SpkiPin::parse(const QString& text)
{
    QString compact = text.trimmed();
    compact.remove(u':');
    const QByteArray latin = compact.toLatin1();
    QByteArray raw;
    if (latin.size() == 64)
        raw = QByteArray::fromHex(latin);
    else
        raw = QByteArray::fromBase64(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (raw.size() != 32) {
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("The pin \"%1\" is not a SHA-256 digest: give 64 hex digits or 44 base64 "
                     "characters of the SHA-256 of the server's SubjectPublicKeyInfo.")
                .arg(text));
    }
    return raw;
}

} // namespace Gatehouse
