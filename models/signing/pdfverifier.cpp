// Signature discovery by scanning for /ByteRange (so a damaged cross-reference table does not
// hide a signature), then the byte-range, digest, signature, chain and timestamp checks.
#include "pdfverifier.h"

#include "models/signing/pdfparser.h"
#include "models/signing/pdfvalue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <openssl/pkcs7.h>
#include <openssl/ts.h>

#include <algorithm>

namespace Gatehouse {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfVerifier)
};

// The dictionaries that hold a /ByteRange, each found from the "obj" keyword before it.
QList<PdfValue> signatureDictionaries(const QByteArray& pdf)
{
    const PdfParser parser(pdf);
    QList<PdfValue> found;
    QSet<qsizetype> seen;
    for (qsizetype at = pdf.indexOf("/ByteRange"); at >= 0;
         at = pdf.indexOf("/ByteRange", at + 1)) {
        qsizetype objectAt = pdf.lastIndexOf("obj", at);
        while (objectAt > 0 && !PdfParser::isWhitespace(pdf.at(objectAt - 1)))
            objectAt = pdf.lastIndexOf("obj", objectAt - 1);
        if (objectAt < 0 || seen.contains(objectAt))
            continue;
        qsizetype position = objectAt + 3;
        Result<PdfValue> value = parser.parseValue(position);
        if (value && value->find("ByteRange") && value->find("Contents")) {
            seen.insert(objectAt);
            found.append(*value);
        }
    }
    return found;
}

QDateTime parsePdfDate(const QByteArray& text)
{
    const QByteArray digits = text.startsWith("D:") ? text.mid(2) : text;
    QDateTime time = QDateTime::fromString(QString::fromLatin1(digits.left(14)),
                                           QStringLiteral("yyyyMMddHHmmss"));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    const char sign = digits.size() > 14 ? digits.at(14) : 'Z';
    if (sign == '+' || sign == '-') {
        const int offset = digits.mid(15, 2).toInt() * 3600 + digits.mid(18, 2).toInt() * 60;
        time = time.addSecs(sign == '+' ? -offset : offset);
    }
    return time;
}

void checkByteRange(const QByteArray& pdf, const PdfValue& dictionary, SignatureCheck& check)
{
    const PdfValue* range = dictionary.find("ByteRange");
    const PdfValue* contents = dictionary.find("Contents");
    for (const PdfValue& item : range->items)
        check.byteRange.append(item.toInteger().value_or(-1));
    if (check.byteRange.size() != 4 || contents->kind != PdfValue::Kind::HexString) {
        check.problems.append(Text::tr("The signature's byte range is malformed."));
        return;
    }
    const qint64 signedEnd = check.byteRange[2] + check.byteRange[3];
    check.byteRangeOk = check.byteRange[0] == 0 && check.byteRange[1] == contents->begin
                        && check.byteRange[2] == contents->end && check.byteRange[3] >= 0
                        && signedEnd <= pdf.size();
    if (!check.byteRangeOk) {
        check.problems.append(
            Text::tr("The byte range does not cover the file around the signature "
                     "value exactly."));
        return;
    }
    check.bytesAfterSignedRange = pdf.size() - signedEnd;
    check.coversWholeFile = check.bytesAfterSignedRange == 0;
    const int added = int(std::min(check.bytesAfterSignedRange, qint64(INT_MAX)));
    if (!check.coversWholeFile)
        check.problems.append(QCoreApplication::translate(
            "PdfVerifier", "%n byte(s) were added after the signed revision.", nullptr, added));
}

QByteArray signerAttribute(CMS_SignerInfo* signer, int nid)
{
    const auto* value = static_cast<const ASN1_OCTET_STRING*>(
        CMS_signed_get0_data_by_OBJ(signer, OBJ_nid2obj(nid), -3, V_ASN1_OCTET_STRING));
    if (!value)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                      ASN1_STRING_length(value));
}

void checkDigest(CMS_SignerInfo* signer, const QByteArray& signedBytes, SignatureCheck& check)
{
    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, nullptr, &digestAlgorithm, nullptr);
    const ASN1_OBJECT* oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, digestAlgorithm);
    const EVP_MD* md = EVP_get_digestbyobj(oid);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md
        || EVP_Digest(signedBytes.constData(), std::size_t(signedBytes.size()), digest, &length, md,
                      nullptr)
               != 1) {
        check.problems.append(Text::tr("The signature uses an unknown digest algorithm."));
        return;
    }
    const QByteArray expected = signerAttribute(signer, NID_pkcs9_messageDigest);
    check.digestOk = !expected.isEmpty()
                     && expected == QByteArray(reinterpret_cast<const char*>(digest), int(length));
    if (!check.digestOk)
        check.problems.append(Text::tr("Digest mismatch: the signed bytes were changed."));
}

void checkTimestamp(CMS_SignerInfo* signer, SignatureCheck& check)
{
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0)
        return;
    const ASN1_TYPE* type = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signer, index), 0);
    if (!type || type->type != V_ASN1_SEQUENCE)
        return;
    const ASN1_STRING* sequence = type->value.sequence;
    check.timestampToken =
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sequence)),
                   ASN1_STRING_length(sequence));
    const auto* cursor = reinterpret_cast<const unsigned char*>(check.timestampToken.constData());
    PKCS7* token = d2i_PKCS7(nullptr, &cursor, long(check.timestampToken.size()));
    TS_TST_INFO* info = token ? PKCS7_to_TS_TST_INFO(token) : nullptr;
    if (info) {
        struct tm parts = {};
        ASN1_TIME_to_tm(TS_TST_INFO_get_time(info), &parts);
        check.timestampTime =
            QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                      QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
        const ASN1_OCTET_STRING* imprint =
            TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info));
        const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer);
        const QByteArray signature(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                                   ASN1_STRING_length(value));
        check.timestampImprintOk =
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(imprint)),
                       ASN1_STRING_length(imprint))
            == QCryptographicHash::hash(signature, QCryptographicHash::Sha256);
    }
    if (!check.timestampImprintOk)
        check.problems.append(
            Text::tr("The embedded timestamp does not belong to this signature."));
    TS_TST_INFO_free(info);
    PKCS7_free(token);
}

// Every signature must be intact (and trusted when a CA was given); the newest one, the one whose
// range ends last, must also reach the end of the file.
VerificationReport::Verdict verdictFor(const QList<SignatureCheck>& signatures)
{
    using Verdict = VerificationReport::Verdict;
    Verdict verdict = Verdict::Valid;
    qint64 lastEnd = -1;
    bool lastCovers = false;
    for (const SignatureCheck& check : signatures) {
        if (!check.intact() || (!check.timestampToken.isEmpty() && !check.timestampImprintOk))
            verdict = Verdict::Invalid;
        else if (check.trust == SignatureCheck::Trust::Untrusted && verdict == Verdict::Valid)
            verdict = Verdict::Untrusted;
        const qint64 end = check.byteRange.value(2) + check.byteRange.value(3);
        if (end > lastEnd) {
            lastEnd = end;
            lastCovers = check.coversWholeFile;
        }
    }
    return verdict == Verdict::Valid && !lastCovers ? Verdict::ModifiedAfterSigning : verdict;
}

} // namespace

PdfVerifier::PdfVerifier(QString caFile)
    : m_caFile(std::move(caFile))
{
}

Result<VerificationReport> PdfVerifier::verifyFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return verify(file.readAll());
}

Result<VerificationReport> PdfVerifier::verify(const QByteArray& pdf) const
{
    if (!pdf.startsWith("%PDF-"))
        return fail(ErrorCode::InvalidArgument, Text::tr("The file is not a PDF."));
    if (!m_caFile.isEmpty() && !QFile::exists(m_caFile))
        return fail(ErrorCode::NotFound, Text::tr("The CA file %1 does not exist.").arg(m_caFile));
    VerificationReport report;
    for (const PdfValue& dictionary : signatureDictionaries(pdf))
        report.signatures.append(checkSignature(pdf, dictionary));
    if (report.signatures.isEmpty())
        return report;

    report.verdict = verdictFor(report.signatures);
    return report;
}

SignatureCheck PdfVerifier::checkSignature(const QByteArray& pdf, const PdfValue& dictionary) const
{
    SignatureCheck check;
    if (const PdfValue* subFilter = dictionary.find("SubFilter"))
        check.subFilter = QString::fromLatin1(subFilter->text);
    if (const PdfValue* time = dictionary.find("M"))
        check.signingTime = parsePdfDate(time->text);
    checkByteRange(pdf, dictionary, check);
    if (!check.byteRangeOk)
        return check;

    const QByteArray der = dictionary.find("Contents")->text;
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    CmsHandle cms(d2i_CMS_ContentInfo(nullptr, &cursor, long(der.size())));
    STACK_OF(CMS_SignerInfo)* signers = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!signers || sk_CMS_SignerInfo_num(signers) != 1
        || CMS_set1_signers_certs(cms.get(), nullptr, 0) < 1) {
        takeOpenSslErrors();
        check.problems.append(Text::tr("The signature value is not a CMS signature with one signer "
                                       "and its certificate."));
        return check;
    }
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, 0);
    X509* certificate = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, &certificate, nullptr, nullptr);
    check.signerName = certificateCommonName(certificate);
    check.signerSubject = certificateSubject(certificate);

    const qint64 tailStart = check.byteRange[2];
    checkDigest(signer, pdf.left(check.byteRange[1]) + pdf.mid(tailStart, check.byteRange[3]),
                check);
    check.signatureOk = CMS_SignerInfo_verify(signer) == 1;
    takeOpenSslErrors();
    if (!check.signatureOk)
        check.problems.append(
            Text::tr("The signature value does not match the signed attributes."));
    checkTimestamp(signer, check);
    if (!m_caFile.isEmpty())
        checkTrust(cms.get(), certificate, check);
    return check;
}

void PdfVerifier::checkTrust(CMS_ContentInfo* cms, X509* signer, SignatureCheck& check) const
{
    StoreHandle store(X509_STORE_new());
    const QByteArray path = QFile::encodeName(m_caFile);
    CertificateStackHandle untrusted(CMS_get1_certs(cms));
    StoreContextHandle context(X509_STORE_CTX_new());
    check.trust = SignatureCheck::Trust::Untrusted;
    if (X509_STORE_load_file(store.get(), path.constData()) != 1
        || X509_STORE_CTX_init(context.get(), store.get(), signer, untrusted.get()) != 1) {
        check.trustMessage =
            Text::tr("The CA file %1 cannot be read: %2.").arg(m_caFile, takeOpenSslErrors());
        check.problems.append(check.trustMessage);
        return;
    }
    if (X509_verify_cert(context.get()) == 1) {
        check.trust = SignatureCheck::Trust::Trusted;
        check.trustMessage = Text::tr("The signer's certificate chains to the given CA.");
        return;
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    check.trustMessage = Text::tr("The signer's certificate is not trusted: %1.")
                             .arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
    check.problems.append(check.trustMessage);
    takeOpenSslErrors();
}

} // namespace Gatehouse
