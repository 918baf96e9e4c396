// Owning handles for the OpenSSL objects that signing and verification pass around, and the
// text of OpenSSL's error queue for messages.
#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace Gatehouse {

struct OpenSslFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
    void operator()(X509* cert) const { X509_free(cert); }
    void operator()(STACK_OF(X509) * certs) const { sk_X509_pop_free(certs, X509_free); }
    void operator()(CMS_ContentInfo* cms) const { CMS_ContentInfo_free(cms); }
    void operator()(BIO* bio) const { BIO_free(bio); }
    void operator()(X509_STORE* store) const { X509_STORE_free(store); }
    void operator()(X509_STORE_CTX* context) const { X509_STORE_CTX_free(context); }
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

using PrivateKeyHandle = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using CertificateHandle = std::unique_ptr<X509, OpenSslFree>;
using CertificateStackHandle = std::unique_ptr<STACK_OF(X509), OpenSslFree>;
using CmsHandle = std::unique_ptr<CMS_ContentInfo, OpenSslFree>;
using BioHandle = std::unique_ptr<BIO, OpenSslFree>;
using StoreHandle = std::unique_ptr<X509_STORE, OpenSslFree>;
using StoreContextHandle = std::unique_ptr<X509_STORE_CTX, OpenSslFree>;
using DigestContextHandle = std::unique_ptr<EVP_MD_CTX, OpenSslFree>;

// Drains OpenSSL's error queue into one line ("" when empty), so a message can say why.
QString takeOpenSslErrors();

// A read-only memory BIO over bytes that must outlive it.
BioHandle memoryBio(const QByteArray& bytes);

// The certificate's subject as an RFC 2253 string, and its common name alone.
QString certificateSubject(const X509* cert);
QString certificateCommonName(const X509* cert);

// The DER encoding of any OpenSSL object with an i2d function.
template <typename T, typename Encoder> QByteArray toDer(const T* object, Encoder encode)
{
    unsigned char* out = nullptr;
    const int length = encode(object, &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

} // namespace Gatehouse
