// Error text and small conversions shared by the signing code.
#include "opensslhandles.h"

#include <QStringList>

#include <openssl/err.h>

namespace Gatehouse {

QString takeOpenSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromLatin1(text));
    }
    return reasons.join(QStringLiteral("; "));
}

BioHandle memoryBio(const QByteArray& bytes)
{
    return BioHandle(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QString certificateSubject(const X509* cert)
{
    BioHandle out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), X509_get_subject_name(cert), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, length);
}

QString certificateCommonName(const X509* cert)
{
    const X509_NAME* name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return certificateSubject(cert);
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return certificateSubject(cert);
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace Gatehouse
