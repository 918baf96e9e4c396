// The signing revision: catalog with /AcroForm, the page's widget, the /Sig dictionary with its
// placeholders, then the byte range and the CMS value patched in place.
#include "pdfsigner.h"

#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/signing/cadessignature.h"
#include "models/signing/pdfdocument.h"
#include "models/signing/pdfincrementalupdate.h"
#include "models/signing/signingidentity.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Gatehouse {

namespace {

constexpr qsizetype BaseReserve = 8192;
constexpr qsizetype TimestampReserve = 8192;
const QByteArray ByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";
const QByteArray ContentsMarker = "/Contents <";

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfSigner)
};

QByteArray pdfDate(const QDateTime& time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

qsizetype reserveFor(const SigningIdentity& identity, bool timestamped)
{
    qsizetype bytes = BaseReserve + i2d_X509(identity.certificate(), nullptr);
    for (int i = 0; i < sk_X509_num(identity.chain()); ++i)
        bytes += i2d_X509(sk_X509_value(identity.chain(), i), nullptr);
    return bytes + (timestamped ? TimestampReserve : 0);
}

// What the signer learnt about the document before writing anything.
struct Target
{
    PdfValue catalog;
    int catalogNumber = 0;
    PdfValue page;
    int pageNumber = 0;
    QRectF pageBox;
    int fieldCount = 0;
};

QRectF mediaBox(const PdfValue& page)
{
    const PdfValue* box = page.find("MediaBox");
    if (!box || box->items.size() != 4)
        return QRectF(0, 0, 595, 842);
    auto at = [&](int i) { return box->items[std::size_t(i)].text.toDouble(); };
    return QRectF(QPointF(at(0), at(1)), QPointF(at(2), at(3)));
}

Result<Target> findTarget(const PdfDocument& document, int pageIndex)
{
    Target target;
    if (document.trailer().find("Encrypt"))
        return fail(ErrorCode::InvalidArgument, Text::tr("Encrypted PDFs cannot be signed."));
    const PdfValue& root = *document.trailer().find("Root");
    Result<PdfValue> catalog = document.resolve(root);
    Result<QList<PdfValue>> pages = document.pages();
    if (!catalog || !root.isReference())
        return fail(ErrorCode::Corrupt, Text::tr("The PDF's catalog cannot be read."));
    if (!pages)
        return std::unexpected(pages.error());
    if (pageIndex < 0 || pageIndex >= pages->size())
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("The signature box is meant for page %1, but the document has %2 pages.")
                .arg(pageIndex + 1)
                .arg(pages->size()));
    Result<PdfValue> page = document.resolve(pages->at(pageIndex));
    if (!page)
        return std::unexpected(page.error());
    target.catalog = *catalog;
    target.catalogNumber = root.objectNumber;
    target.page = *page;
    target.pageNumber = pages->at(pageIndex).objectNumber;
    target.pageBox = mediaBox(*page);
    return target;
}

QByteArray signatureDictionary(const SigningIdentity& identity, const QDateTime& time,
                               const SignatureRequest& request, qsizetype reserve)
{
    QByteArray sig = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n";
    sig += ByteRangePlaceholder + '\n' + ContentsMarker + QByteArray(reserve * 2, '0') + ">\n";
    sig += "/M " + PdfValue::string(pdfDate(time)).serialize();
    sig += " /Name " + PdfValue::string(pdfTextString(identity.commonName())).serialize();
    if (!request.reason.isEmpty())
        sig += " /Reason " + PdfValue::string(pdfTextString(request.reason)).serialize();
    if (!request.location.isEmpty())
        sig += " /Location " + PdfValue::string(pdfTextString(request.location)).serialize();
    return sig + "\n/Prop_Build << /App << /Name /Gatehouse >> >> >>";
}

QByteArray latin1Line(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.unicode() > 0xff)
            c = u'?';
    }
    return PdfValue::string(line.toLatin1()).serialize();
}

QByteArray appearanceStream(const QSizeF& size, const QStringList& lines, int fontNumber)
{
    const QByteArray w = QByteArray::number(size.width(), 'f', 2);
    const QByteArray h = QByteArray::number(size.height(), 'f', 2);
    QByteArray content = "q 0.94 0.96 1 rg 0 0 " + w + ' ' + h
                         + " re f 0.2 0.3 0.55 RG 1 w 0.5 0.5 "
                         + QByteArray::number(size.width() - 1, 'f', 2) + ' '
                         + QByteArray::number(size.height() - 1, 'f', 2) + " re S Q\n";
    content += "BT 0.1 0.1 0.2 rg /F1 8 Tf 10 TL 6 "
               + QByteArray::number(size.height() - 13, 'f', 2) + " Td";
    for (const QString& line : lines)
        content += ' ' + latin1Line(line) + " Tj T*";
    content += " ET";
    QByteArray stream = "<< /Type /XObject /Subtype /Form /BBox [0 0 " + w + ' ' + h
                        + "] /Resources << /Font << /F1 " + QByteArray::number(fontNumber)
                        + " 0 R >> >> /Length " + QByteArray::number(content.size()) + " >>\n";
    return stream + "stream\n" + content + "\nendstream";
}

} // namespace

PdfSigner::PdfSigner(const SigningIdentity& identity, const Clock& clock)
    : m_identity(identity)
    , m_clock(clock)
{
}

namespace {

// Adds the field to the catalog's /AcroForm, writing a new catalog or a new AcroForm object.
Result<int> addToAcroForm(const PdfDocument& document, PdfIncrementalUpdate& update, Target& target,
                          int fieldNumber)
{
    PdfValue* existing = target.catalog.find("AcroForm");
    PdfValue form = PdfValue::dictionary();
    int formNumber = 0;
    if (existing && existing->isReference()) {
        formNumber = existing->objectNumber;
        Result<PdfValue> resolved = document.object(formNumber);
        if (!resolved)
            return std::unexpected(resolved.error());
        form = *resolved;
    } else if (existing && existing->isDictionary()) {
        form = *existing;
    }
    PdfValue fields = PdfValue::array();
    if (const PdfValue* old = form.find("Fields")) {
        Result<PdfValue> resolved = document.resolve(*old);
        if (resolved)
            fields = *resolved;
    }
    const int count = int(fields.items.size());
    fields.items.push_back(PdfValue::reference(fieldNumber));
    form.set("Fields", fields);
    form.set("SigFlags", PdfValue::number(3));
    if (formNumber) {
        update.write(formNumber, form);
    } else {
        target.catalog.set("AcroForm", form);
        update.write(target.catalogNumber, target.catalog);
    }
    return count;
}

// Adds the widget to the page's /Annots, writing a new annotation array or a new page.
Result<void> addToPage(const PdfDocument& document, PdfIncrementalUpdate& update, Target& target,
                       int widgetNumber)
{
    PdfValue* annots = target.page.find("Annots");
    if (annots && annots->isReference()) {
        Result<PdfValue> array = document.object(annots->objectNumber);
        if (!array || array->kind != PdfValue::Kind::Array)
            return fail(ErrorCode::Corrupt, Text::tr("The page's annotation list cannot be read."));
        array->items.push_back(PdfValue::reference(widgetNumber));
        update.write(annots->objectNumber, *array);
        return {};
    }
    PdfValue array = annots ? *annots : PdfValue::array();
    array.items.push_back(PdfValue::reference(widgetNumber));
    target.page.set("Annots", array);
    update.write(target.pageNumber, target.page);
    return {};
}

PdfValue widget(const Target& target, int signatureNumber, const QRectF& rect)
{
    PdfValue field = PdfValue::dictionary();
    field.set("Type", PdfValue::name("Annot"));
    field.set("Subtype", PdfValue::name("Widget"));
    field.set("FT", PdfValue::name("Sig"));
    field.set("V", PdfValue::reference(signatureNumber));
    field.set("P", PdfValue::reference(target.pageNumber));
    field.set("F", PdfValue::number(132));
    PdfValue box = PdfValue::array();
    for (const qreal v : {rect.left(), rect.top(), rect.right(), rect.bottom()}) {
        PdfValue n;
        n.kind = PdfValue::Kind::Number;
        n.text = QByteArray::number(v, 'f', 2);
        box.items.push_back(n);
    }
    field.set("Rect", box);
    return field;
}

Result<void> patchSignature(QByteArray& file, qsizetype searchFrom, const QByteArray& cms,
                            qsizetype reserve)
{
    if (cms.size() > reserve)
        return fail(
            ErrorCode::Crypto,
            Text::tr("The signature (%1 bytes) does not fit the space reserved for it (%2).")
                .arg(cms.size())
                .arg(reserve));
    const qsizetype hexStart = file.indexOf(ContentsMarker, searchFrom) + ContentsMarker.size();
    const QByteArray hex = cms.toHex();
    file.replace(hexStart, hex.size(), hex);
    return {};
}

} // namespace

namespace {

void addAppearance(PdfIncrementalUpdate& update, PdfValue& field, const VisibleSignature& box,
                   const QStringList& lines)
{
    const int appearanceNumber = update.allocate();
    const int fontNumber = update.allocate();
    update.write(appearanceNumber, appearanceStream(box.rect.size(), lines, fontNumber));
    update.write(fontNumber, QByteArrayLiteral("<< /Type /Font /Subtype /Type1 /BaseFont "
                                               "/Helvetica /Encoding /WinAnsiEncoding >>"));
    PdfValue appearance = PdfValue::dictionary();
    appearance.set("N", PdfValue::reference(appearanceNumber));
    field.set("AP", appearance);
}

// Replaces the byte-range placeholder with the real ranges, padded to the same width so no
// offset moves; returns the bytes the signature covers.
QByteArray fixByteRange(QByteArray& file, qsizetype rangeAt, qsizetype hexOpen, qsizetype hexClose)
{
    const QByteArray range = "/ByteRange [0 " + QByteArray::number(hexOpen) + ' '
                             + QByteArray::number(hexClose) + ' '
                             + QByteArray::number(file.size() - hexClose) + ']';
    file.replace(rangeAt, ByteRangePlaceholder.size(),
                 range.leftJustified(ByteRangePlaceholder.size(), ' '));
    return file.left(hexOpen) + file.mid(hexClose);
}

} // namespace

Result<void> PdfSigner::writeRevision(const PdfDocument& document, PdfIncrementalUpdate& update,
                                      const SignatureRequest& request, qsizetype reserve,
                                      const QDateTime& now) const
{
    Result<Target> target = findTarget(document, request.visible ? request.visible->page : 0);
    if (!target)
        return std::unexpected(target.error());
    const int signatureNumber = update.allocate();
    const int widgetNumber = update.allocate();
    update.write(signatureNumber, signatureDictionary(m_identity, now, request, reserve));

    Result<int> existingFields = addToAcroForm(document, update, *target, widgetNumber);
    if (!existingFields)
        return std::unexpected(existingFields.error());
    PdfValue field =
        widget(*target, signatureNumber, request.visible ? request.visible->rect : QRectF());
    field.set("T", PdfValue::string("Signature" + QByteArray::number(*existingFields + 1)));
    if (request.visible)
        addAppearance(update, field, *request.visible,
                      {Text::tr("Digitally signed by %1").arg(m_identity.commonName()),
                       Text::tr("Date: %1").arg(toIsoUtc(now)), request.reason});
    update.write(widgetNumber, field);
    return addToPage(document, update, *target, widgetNumber);
}

Result<QByteArray> PdfSigner::sign(const QByteArray& pdf, const SignatureRequest& request) const
{
    Result<PdfDocument> document = PdfDocument::read(pdf);
    if (!document)
        return std::unexpected(document.error());
    const qsizetype reserve = reserveFor(m_identity, request.timestamps != nullptr);
    PdfIncrementalUpdate update(*document);
    Result<void> written = writeRevision(*document, update, request, reserve, m_clock.now());
    if (!written)
        return std::unexpected(written.error());

    const qsizetype rangeAt = update.fileOffsetOf(ByteRangePlaceholder);
    const qsizetype hexOpen = update.fileOffsetOf(ContentsMarker) + ContentsMarker.size() - 1;
    QByteArray file = update.finish();
    const QByteArray covered = fixByteRange(file, rangeAt, hexOpen, hexOpen + reserve * 2 + 2);
    Result<QByteArray> cms = CadesSignature::sign(m_identity, covered, request.timestamps);
    if (!cms)
        return std::unexpected(cms.error());
    if (Result<void> patched = patchSignature(file, rangeAt, *cms, reserve); !patched)
        return std::unexpected(patched.error());
    qCInfo(lcSigning) << "signed a PDF of" << pdf.size() << "bytes as" << m_identity.commonName();
    return file;
}

Result<void> PdfSigner::signToFile(const QByteArray& pdf, const QString& path,
                                   const SignatureRequest& request) const
{
    Result<QByteArray> signedPdf = sign(pdf, request);
    if (!signedPdf)
        return std::unexpected(signedPdf.error());
    return writeFileAtomically(path, *signedPdf);
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Text::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace Gatehouse
