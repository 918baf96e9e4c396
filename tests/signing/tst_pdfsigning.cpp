// Signs QPdfWriter output with certificates from a test CA and checks the result with the real
// pdfsig, qpdf and openssl, and with Gatehouse's own verifier.
#include "localtsa.h"
#include "testpki.h"

#include "models/core/clock.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/pdfverifier.h"
#include "models/signing/signingidentity.h"
#include "models/signing/timestampclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

#include <openssl/cms.h>

#include <chrono>
#include <stop_token>
#include <thread>

using namespace Gatehouse;
using namespace Gatehouse::Testing;

namespace {

QByteArray makePdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("Signing test"));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page)
            writer.newPage();
        painter.drawText(QPointF(200, 400),
                         QStringLiteral("Page %1 of the signing test").arg(page + 1));
    }
    painter.end();
    return buffer.data();
}

QByteArray password()
{
    return QByteArray(TestPki::Password);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The SHA-256 of the signer's signature value, which a timestamp token's imprint covers.
QByteArray signatureValueDigest(const QByteArray& pdf)
{
    const qsizetype open = pdf.indexOf("/Contents <") + 11;
    const QByteArray der = QByteArray::fromHex(pdf.mid(open, pdf.indexOf('>', open) - open));
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &cursor, long(der.size()));
    if (!cms)
        return {};
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer);
    const QByteArray signature(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                               ASN1_STRING_length(value));
    CMS_ContentInfo_free(cms);
    return QCryptographicHash::hash(signature, QCryptographicHash::Sha256);
}

} // namespace

class PdfSigningTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedPdfVerifies_data();
    void signedPdfVerifies();
    void changedByteIsDetected_data();
    void changedByteIsDetected();
    void changedSignatureValueIsDetected();
    void appendedBytesAreReported();
    void unusableSignerIsRefused_data();
    void unusableSignerIsRefused();
    void failedSigningLeavesNoFile();
    void timestampIsEmbedded();
    void timestampWaitStops();
    void unsignedPdfIsReported();
    void otherCaIsUntrusted();
    void damagedFilesAreHandled();
    void secondSignatureKeepsTheFirst();

private:
    QByteArray signWith(const QString& bundle, const SignatureRequest& request);
    QString pdfsig(const QString& file);
    QString saved(const QString& name, const QByteArray& bytes);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<ManualClock> m_clock;
    QString m_nssDatabase;
};

void PdfSigningTest::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    m_nssDatabase = m_pki->nssDatabase();
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clock = std::make_unique<ManualClock>(now.addMSecs(-now.time().msec()));
}

QByteArray PdfSigningTest::signWith(const QString& bundle, const SignatureRequest& request)
{
    QByteArray secret = password();
    Result<SigningIdentity> identity =
        SigningIdentity::fromPkcs12File(bundle, secret, m_clock->now());
    if (!identity) {
        qWarning() << identity.error().message;
        return {};
    }
    Result<QByteArray> signedPdf = PdfSigner(*identity, *m_clock).sign(makePdf(2), request);
    if (!signedPdf)
        qWarning() << signedPdf.error().message;
    return signedPdf.value_or(QByteArray());
}

QString PdfSigningTest::pdfsig(const QString& file)
{
    int exitCode = 0;
    return m_pki->run(QStringLiteral("pdfsig"),
                      {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nssDatabase, file},
                      &exitCode);
}

QString PdfSigningTest::saved(const QString& name, const QByteArray& bytes)
{
    const QString path = m_pki->path(name);
    writeFile(path, bytes);
    return path;
}

void PdfSigningTest::signedPdfVerifies_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<bool>("visible");
    QTest::newRow("rsa, invisible") << m_pki->signerBundle() << false;
    QTest::newRow("rsa, visible box on page 2") << m_pki->signerBundle() << true;
    QTest::newRow("ecdsa p-256, invisible") << m_pki->ecSignerBundle() << false;
}

void PdfSigningTest::signedPdfVerifies()
{
    QFETCH(QString, bundle);
    QFETCH(bool, visible);
    SignatureRequest request;
    request.reason = QStringLiteral("Audit report approved");
    request.location = QStringLiteral("Zürich");
    if (visible)
        request.visible = VisibleSignature{1, QRectF(300, 60, 240, 60)};
    const QByteArray signedPdf = signWith(bundle, request);
    QVERIFY(!signedPdf.isEmpty());
    const QString path = saved(QStringLiteral("signed.pdf"), signedPdf);

    const QString report = pdfsig(path);
    QVERIFY2(report.contains(u"Signature Validation: Signature is Valid."), qPrintable(report));
    QVERIFY2(report.contains(u"Certificate Validation: Certificate is Trusted."),
             qPrintable(report));
    QVERIFY2(report.contains(u"Total document signed"), qPrintable(report));
    QVERIFY2(report.contains(u"ETSI.CAdES.detached"), qPrintable(report));
    const QString check = m_pki->run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY2(check.contains(u"No syntax or stream encoding errors found"), qPrintable(check));
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));

    Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(signedPdf);
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Valid);
    QCOMPARE(verified->signatures.size(), 1);
    const SignatureCheck& signature = verified->signatures.first();
    QCOMPARE(signature.signingTime, m_clock->now());
    QCOMPARE(signature.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    QVERIFY(signature.signerName.startsWith(u"Test "));
    QCOMPARE(signature.trust, SignatureCheck::Trust::Trusted);
}

void PdfSigningTest::changedByteIsDetected_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<QByteArray>("replacement");
    QTest::newRow("page tree, before the signature")
        << QByteArray("/ProcSet [/PDF /Text") << QByteArray("/ProcSet [/PDF /Texu");
    QTest::newRow("signature dictionary, after the value")
        << QByteArray("/Name (Test signer)") << QByteArray("/Name (Test signeR)");
}

void PdfSigningTest::changedByteIsDetected()
{
    QFETCH(QByteArray, needle);
    QFETCH(QByteArray, replacement);
    QByteArray signedPdf = signWith(m_pki->signerBundle(), {});
    const qsizetype at = signedPdf.indexOf(needle);
    QVERIFY2(at >= 0, needle.constData());
    signedPdf.replace(at, needle.size(), replacement);

    const QString report = pdfsig(saved(QStringLiteral("changed.pdf"), signedPdf));
    QVERIFY2(report.contains(u"Signature Validation: Digest Mismatch."), qPrintable(report));
    Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(signedPdf);
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Invalid);
    QVERIFY(!verified->signatures.first().digestOk);
}

void PdfSigningTest::changedSignatureValueIsDetected()
{
    QByteArray signedPdf = signWith(m_pki->signerBundle(), {});
    // The DER starts "30 82 hh ll"; its last byte is the last byte of the RSA signature value.
    const qsizetype hex = signedPdf.indexOf("/Contents <") + 11;
    const int length = QByteArray::fromHex(signedPdf.mid(hex + 4, 4)).toHex().toInt(nullptr, 16);
    const qsizetype lastDigit = hex + (4 + length) * 2 - 1;
    signedPdf[lastDigit] = signedPdf[lastDigit] == '0' ? '1' : '0';

    const QString report = pdfsig(saved(QStringLiteral("badvalue.pdf"), signedPdf));
    QVERIFY2(report.contains(u"Signature Validation: Signature is Invalid."), qPrintable(report));
    Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(signedPdf);
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Invalid);
    QVERIFY(verified->signatures.first().digestOk);
    QVERIFY(!verified->signatures.first().signatureOk);
}

void PdfSigningTest::appendedBytesAreReported()
{
    const QByteArray signedPdf = signWith(m_pki->signerBundle(), {}) + "% added later\n";
    const QString report = pdfsig(saved(QStringLiteral("appended.pdf"), signedPdf));
    QVERIFY2(report.contains(u"Not total document signed"), qPrintable(report));

    Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(signedPdf);
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::ModifiedAfterSigning);
    QCOMPARE(verified->signatures.first().bytesAfterSignedRange, 14);
    QVERIFY(verified->signatures.first().intact());
}

void PdfSigningTest::unusableSignerIsRefused_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("clockOffsetDays");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong password")
        << m_pki->signerBundle() << QByteArray("wrong") << 0ll << QStringLiteral("password");
    QTest::newRow("expired") << m_pki->expiredBundle() << password() << 0ll
                             << QStringLiteral("expired");
    QTest::newRow("not yet valid")
        << m_pki->signerBundle() << password() << -30ll << QStringLiteral("not valid before");
    QTest::newRow("no signing key usage")
        << m_pki->noSigningUsageBundle() << password() << 0ll << QStringLiteral("key usage");
    QTest::newRow("key without its certificate") << m_pki->mismatchedBundle() << password() << 0ll
                                                 << QStringLiteral("matches its private key");
    QTest::newRow("not a pkcs12 file")
        << m_pki->caCertificate() << password() << 0ll << QStringLiteral("not a PKCS#12");
}

void PdfSigningTest::unusableSignerIsRefused()
{
    QFETCH(QString, bundle);
    QFETCH(QByteArray, secret);
    QFETCH(qint64, clockOffsetDays);
    QFETCH(QString, messagePart);
    Result<SigningIdentity> identity =
        SigningIdentity::fromPkcs12File(bundle, secret, m_clock->now().addDays(clockOffsetDays));
    QVERIFY(!identity);
    QVERIFY2(identity.error().message.contains(messagePart), qPrintable(identity.error().message));
    QVERIFY(secret.isEmpty());
}

void PdfSigningTest::failedSigningLeavesNoFile()
{
    QByteArray secret = password();
    Result<SigningIdentity> identity =
        SigningIdentity::fromPkcs12File(m_pki->signerBundle(), secret, m_clock->now());
    QVERIFY(identity);
    QVERIFY(secret.isEmpty());
    const QString out = m_pki->path(QStringLiteral("never.pdf"));
    const PdfSigner signer(*identity, *m_clock);

    SignatureRequest offPage;
    offPage.visible = VisibleSignature{7, QRectF(0, 0, 100, 40)};
    QVERIFY(!signer.signToFile(makePdf(1), out, offPage));
    QVERIFY(!signer.signToFile(QByteArray("%PDF-1.4\nnot really\n"), out, {}));
    const TimestampClient deadTsa(QUrl(QStringLiteral("http://127.0.0.1:9/tsa")), 5000);
    SignatureRequest timestamped;
    timestamped.timestamps = &deadTsa;
    Result<void> result = signer.signToFile(makePdf(1), out, timestamped);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY(!QFile::exists(out));
    QVERIFY(signer.signToFile(makePdf(1), out, {}));
    QVERIFY(QFile::exists(out));
}

void PdfSigningTest::timestampWaitStops()
{
    LocalTsa tsa(*m_pki);
    tsa.setSilent(true);
    std::stop_source stop;
    const TimestampClient client(tsa.url(), TimestampClient::DefaultTimeoutMs, stop.get_token());
    // The stop comes from another thread, as a dialog's does, once the request has gone out.
    std::thread stopper([&stop, &tsa] {
        while (tsa.requestsReceived() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        stop.request_stop();
    });
    QElapsedTimer waited;
    waited.start();
    Result<QByteArray> token = client.requestToken(QByteArray(32, 'x'));
    stopper.join();
    QVERIFY(!token);
    QCOMPARE(token.error().code, ErrorCode::Cancelled);
    QVERIFY2(waited.elapsed() < 10000, qPrintable(QString::number(waited.elapsed())));

    // Once stopped, the client sends nothing more.
    QVERIFY(!client.requestToken(QByteArray(32, 'x')));
    QCOMPARE(tsa.requestsReceived(), 1);
}

void PdfSigningTest::timestampIsEmbedded()
{
    LocalTsa tsa(*m_pki);
    QVERIFY(tsa.listening());
    const TimestampClient client(tsa.url());
    SignatureRequest request;
    request.timestamps = &client;
    const QByteArray signedPdf = signWith(m_pki->signerBundle(), request);
    QVERIFY(!signedPdf.isEmpty());
    QCOMPARE(tsa.requestsServed(), 1);

    const QString report = pdfsig(saved(QStringLiteral("timestamped.pdf"), signedPdf));
    QVERIFY2(report.contains(u"Signature Validation: Signature is Valid."), qPrintable(report));
    Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(signedPdf);
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Valid);
    const SignatureCheck& signature = verified->signatures.first();
    QVERIFY(signature.timestampImprintOk);
    QVERIFY(signature.timestampTime.isValid());

    saved(QStringLiteral("token.der"), signature.timestampToken);
    const QString output = m_pki->run(
        QStringLiteral("openssl"),
        {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-token_in"),
         QStringLiteral("-in"), QStringLiteral("token.der"), QStringLiteral("-digest"),
         QString::fromLatin1(signatureValueDigest(signedPdf).toHex()), QStringLiteral("-CAfile"),
         m_pki->caCertificate(), QStringLiteral("-untrusted"), m_pki->tsaCertificate()});
    QVERIFY2(output.contains(u"Verification: OK"), qPrintable(output));
}

void PdfSigningTest::unsignedPdfIsReported()
{
    Result<VerificationReport> verified = PdfVerifier().verify(makePdf(1));
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Unsigned);
    QVERIFY(!PdfVerifier().verify(QByteArray("plain text")));
}

void PdfSigningTest::otherCaIsUntrusted()
{
    const QByteArray signedPdf = signWith(m_pki->signerBundle(), {});
    Result<VerificationReport> verified = PdfVerifier(m_pki->tsaCertificate()).verify(signedPdf);
    QVERIFY(verified);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Untrusted);
    QCOMPARE(verified->signatures.first().trust, SignatureCheck::Trust::Untrusted);
    QVERIFY(verified->signatures.first().intact());
}

void PdfSigningTest::secondSignatureKeepsTheFirst()
{
    const QByteArray once = signWith(m_pki->signerBundle(), {});
    QByteArray secret = password();
    Result<SigningIdentity> second =
        SigningIdentity::fromPkcs12File(m_pki->ecSignerBundle(), secret, m_clock->now());
    QVERIFY(second);
    SignatureRequest request;
    request.visible = VisibleSignature{0, QRectF(40, 40, 200, 50)};
    Result<QByteArray> twice = PdfSigner(*second, *m_clock).sign(once, request);
    QVERIFY(twice);

    const QString report = pdfsig(saved(QStringLiteral("twice.pdf"), *twice));
    QCOMPARE(report.count(u"Signature Validation: Signature is Valid."), 2);
    QVERIFY2(report.contains(u"Signature #2"), qPrintable(report));
    Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(*twice);
    QVERIFY(verified);
    QCOMPARE(verified->signatures.size(), 2);
    QCOMPARE(verified->verdict, VerificationReport::Verdict::Valid);
    QVERIFY(!verified->signatures.first().coversWholeFile);
    QVERIFY(verified->signatures.last().coversWholeFile);
}

void PdfSigningTest::damagedFilesAreHandled()
{
    const QByteArray signedPdf = signWith(m_pki->signerBundle(), {});
    const QByteArray range = "/ByteRange";
    const qsizetype rangeAt = signedPdf.indexOf(range);
    QList<QByteArray> damaged;
    for (const qsizetype cut : {qsizetype(20), rangeAt + 5, rangeAt + 60, signedPdf.size() - 30})
        damaged.append(signedPdf.left(cut));
    damaged.append(QByteArray(signedPdf).replace("/ByteRange [0", "/ByteRange [1"));
    damaged.append(QByteArray(signedPdf).replace("/ByteRange [", "/ByteRange <<"));
    damaged.append("%PDF-1.4\n1 0 obj << /ByteRange [0 1 2 3] /Contents <00> >> endobj\n"
                   + QByteArray(200, '[') + "\n%%EOF");
    for (const QByteArray& bytes : damaged) {
        Result<VerificationReport> verified = PdfVerifier(m_pki->caCertificate()).verify(bytes);
        QVERIFY(verified);
        QVERIFY(!verified->valid());
    }

    QByteArray secret = password();
    Result<SigningIdentity> identity =
        SigningIdentity::fromPkcs12File(m_pki->signerBundle(), secret, m_clock->now());
    QVERIFY(identity);
    const QByteArray unsignedPdf = makePdf(1);
    const qsizetype xref = unsignedPdf.lastIndexOf("xref\n0 ");
    for (const qsizetype cut : {unsignedPdf.size() - 10, xref + 30, xref, qsizetype(200)})
        QVERIFY(!PdfSigner(*identity, *m_clock).sign(unsignedPdf.left(cut), {}));
    QVERIFY(!PdfSigner(*identity, *m_clock)
                 .sign(QByteArray(unsignedPdf).replace("/Root 2 0 R", "/Root 9 9 R"), {}));
}

QTEST_MAIN(PdfSigningTest)
#include "tst_pdfsigning.moc"
