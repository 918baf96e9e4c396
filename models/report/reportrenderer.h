// Draws an audit report from ReportData into a PDF with QPdfWriter and QPainter: selectable text
// in embedded DejaVu fonts, tables that break across pages with their headers repeated, and the
// report id and page number on every page. It lives in models/ (QtGui painting only, no widgets)
// so that the headless command line renders the same report as the desktop application.
#pragma once

#include "models/core/error.h"
#include "models/report/reportdata.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

namespace Gatehouse {

struct RenderedReport
{
    QByteArray pdf;
    QString reportId;
    QByteArray contentHash; // hex
    int pageCount = 0;
    // Where a visible signature belongs: the sign-off page (0-based) and a box on it in PDF
    // points, origin bottom-left, as PdfSigner takes it.
    int signaturePage = 0;
    QRectF signatureBox;
};

class ReportRenderer
{
public:
    // The same data gives the same bytes: the PDF's creation date is data.generatedAt.
    static Result<RenderedReport> render(const ReportData& data);
};

} // namespace Gatehouse
