// CMS signing with OpenSSL, and the re-signing that drops the signingTime attribute OpenSSL
// always adds.
#include "cadessignature.h"

#include "models/signing/opensslhandles.h"
#include "models/signing/signingidentity.h"
#include "models/signing/timestampclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <vector>

namespace Gatehouse {

namespace {

constexpr unsigned int SignFlags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CadesSignature)
};

std::unexpected<Error> cryptoFailure(const char* doing)
{
    return fail(ErrorCode::Crypto,
                Text::tr("Signing failed while %1: %2.").arg(Text::tr(doing), takeOpenSslErrors()));
}

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        bytes.prepend(char(rest & 0xff));
    return char(0x80 | bytes.size()) + bytes;
}

// The signed attributes as the signature covers them: a DER SET OF, elements in sorted order.
QByteArray signedAttributesDer(CMS_SignerInfo* signer)
{
    std::vector<QByteArray> encoded;
    for (int i = 0; i < CMS_signed_get_attr_count(signer); ++i)
        encoded.push_back(toDer(CMS_signed_get_attr(signer, i), i2d_X509_ATTRIBUTE));
    std::sort(encoded.begin(), encoded.end());
    QByteArray body;
    for (const QByteArray& attribute : encoded)
        body += attribute;
    return char(0x31) + derLength(body.size()) + body;
}

Result<void> dropSigningTime(CMS_SignerInfo* signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index >= 0)
        X509_ATTRIBUTE_free(CMS_signed_delete_attr(signer, index));
    return {};
}

Result<void> resign(CMS_SignerInfo* signer, EVP_PKEY* key)
{
    const QByteArray attributes = signedAttributesDer(signer);
    DigestContextHandle context(EVP_MD_CTX_new());
    std::size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(attributes.constData());
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, data, std::size_t(attributes.size()))
               != 1)
        return cryptoFailure("preparing the signature");
    QByteArray signature(qsizetype(length), '\0');
    auto* out = reinterpret_cast<unsigned char*>(signature.data());
    if (EVP_DigestSign(context.get(), out, &length, data, std::size_t(attributes.size())) != 1)
        return cryptoFailure("signing the attributes");
    signature.truncate(qsizetype(length));
    if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer), signature.constData(),
                        int(signature.size()))
        != 1)
        return cryptoFailure("storing the signature");
    return {};
}

Result<void> addTimestamp(CMS_SignerInfo* signer, const TimestampClient& timestamps)
{
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer);
    const QByteArray signature(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                               ASN1_STRING_length(value));
    Result<QByteArray> token =
        timestamps.requestToken(QCryptographicHash::hash(signature, QCryptographicHash::Sha256));
    if (!token)
        return std::unexpected(token.error());
    if (CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                      token->constData(), int(token->size()))
        != 1)
        return cryptoFailure("adding the timestamp");
    return {};
}

Result<CMS_SignerInfo*> addSigner(CMS_ContentInfo* cms, const SigningIdentity& identity)
{
    CMS_SignerInfo* signer =
        CMS_add1_signer(cms, identity.certificate(), identity.key(), EVP_sha256(), SignFlags);
    if (!signer)
        return cryptoFailure("adding the signer");
    for (int i = 0; i < sk_X509_num(identity.chain()); ++i) {
        if (CMS_add1_cert(cms, sk_X509_value(identity.chain(), i)) != 1)
            return cryptoFailure("adding the certificate chain");
    }
    return signer;
}

} // namespace

Result<QByteArray> CadesSignature::sign(const SigningIdentity& identity, const QByteArray& content,
                                        const TimestampClient* timestamps)
{
    CmsHandle cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, SignFlags | CMS_PARTIAL));
    if (!cms)
        return cryptoFailure("creating the signature");
    Result<CMS_SignerInfo*> signer = addSigner(cms.get(), identity);
    if (!signer)
        return std::unexpected(signer.error());
    BioHandle input = memoryBio(content);
    if (CMS_final(cms.get(), input.get(), nullptr, SignFlags) != 1)
        return cryptoFailure("digesting the document");

    Result<void> step = dropSigningTime(*signer);
    if (step)
        step = resign(*signer, identity.key());
    if (step && timestamps)
        step = addTimestamp(*signer, *timestamps);
    if (!step)
        return std::unexpected(step.error());

    const QByteArray der = toDer(cms.get(), i2d_CMS_ContentInfo);
    if (der.isEmpty())
        return cryptoFailure("encoding the signature");
    return der;
}

} // namespace Gatehouse
