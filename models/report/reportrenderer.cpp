// Two passes over the report: one that only measures, to learn the page count for "page n of
// m", and one that draws; then the creation date is set from the data.
#include "reportrenderer.h"

#include "models/core/logging.h"
#include "models/report/reportcomposer.h"
#include "models/report/reportpageflow.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Gatehouse {

namespace {

// 720 dpi: ten device units to the point, so text metrics keep sub-point precision.
constexpr int Resolution = 720;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
};

void configure(QPdfWriter& writer, const ReportData& data)
{
    writer.setResolution(Resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(Text::tr("Gatehouse audit report %1").arg(data.reportId()));
    writer.setCreator(QStringLiteral("Gatehouse %1").arg(data.gatehouseVersion));
}

ReportPageFlow::Decoration decoration(const ReportData& data, int totalPages)
{
    return ReportPageFlow::Decoration{
        Text::tr("Gatehouse audit report \u2014 %1").arg(data.organisation),
        Text::tr("Report %1").arg(data.reportId()),
        Text::tr("Generated %1")
            .arg(data.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
        totalPages};
}

// QPdfWriter stamps the wall-clock time; the report must carry the injected one. The new value
// is never longer than Qt's (UTC needs no offset), and the gap is padded with dictionary
// whitespace, so no object moves and the cross-reference table stays right.
Result<void> setCreationDate(QByteArray& pdf, const QDateTime& time)
{
    const QByteArray key = "/CreationDate (";
    const qsizetype start = pdf.indexOf(key);
    const qsizetype close = start < 0 ? -1 : pdf.indexOf(')', start);
    const QByteArray value =
        key + "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    if (close < 0 || close + 1 - start < value.size())
        return fail(ErrorCode::Corrupt,
                    Text::tr("Qt's PDF output has no creation date where expected."));
    pdf.replace(start, close + 1 - start, value.leftJustified(close + 1 - start, ' '));
    return {};
}

} // namespace

Result<RenderedReport> ReportRenderer::render(const ReportData& data)
{
    RenderedReport rendered;
    rendered.reportId = data.reportId();
    rendered.contentHash = data.contentHash();
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter measure(&scratch);
        configure(measure, data);
        ReportPageFlow flow(measure, nullptr, decoration(data, 0));
        ReportComposer(data, flow).compose();
        rendered.pageCount = flow.pageNumber();
    }

    QBuffer buffer(&rendered.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    configure(writer, data);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io,
                    Text::tr("Qt could not start the PDF for report %1.").arg(rendered.reportId));
    ReportPageFlow flow(writer, &painter, decoration(data, rendered.pageCount));
    ReportComposer composer(data, flow);
    composer.compose();
    painter.end();
    rendered.signaturePage = composer.signaturePage();
    rendered.signatureBox = flow.toPdfPoints(composer.signatureRect());

    if (Result<void> dated = setCreationDate(rendered.pdf, data.generatedAt); !dated)
        return std::unexpected(dated.error());
    qCInfo(lcReport) << "rendered report" << rendered.reportId << "with" << rendered.pageCount
                     << "pages," << rendered.pdf.size() << "bytes";
    return rendered;
}

} // namespace Gatehouse
