// Flows headings, paragraphs and tables down A4 pages of a QPdfWriter: breaks pages, repeats
// table headers, and puts the running header (report id) and footer (page n of m) on every page.
// Without a painter it only measures, which is how the page count is known before drawing.
#pragma once

#include "models/report/reporttable.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QTextLayout;
class QPaintDevice;

namespace Gatehouse {

class ReportPageFlow
{
public:
    struct Decoration
    {
        QString headerLeft;
        QString headerRight;
        QString footerLeft;
        int totalPages = 0; // 0 when not yet known
    };

    // The device gives the geometry and metrics; the painter, when given, draws. Starts page 1.
    ReportPageFlow(QPaintDevice& device, QPainter* painter, Decoration decoration);

    // A point (1/72 inch) in device units.
    qreal pt(qreal points) const { return points * m_unit; }
    int pageNumber() const { return m_page; }
    qreal textWidth() const { return m_content.width(); }

    void newPage();
    void space(qreal points);
    void title(const QString& text);
    void heading(const QString& text, int level);
    void paragraph(const QString& text, const QFont* font = nullptr, const QColor& color = {});
    // Label and value pairs, labels in bold.
    void keyValues(const QList<std::pair<QString, QString>>& pairs);
    void table(const ReportTable& table);
    // Moves down by the height and returns the rectangle it passed, in device units, on the
    // page it lands on (a new page when it does not fit).
    QRectF reserve(qreal heightPoints);
    // A caption in small bold type, below it a drawing of the given height and under that an
    // optional note in small type, kept on one page; draw is called with the drawing's device
    // rectangle only when painting.
    void figure(const QString& caption, qreal heightPoints,
                const std::function<void(QPainter&, const QRectF&)>& draw,
                const QString& note = {});
    // The device rectangle converted to PDF points with the origin at the bottom-left.
    QRectF toPdfPoints(const QRectF& rect) const;

    const QFont& bodyFont() const { return m_body; }
    const QFont& smallFont() const { return m_small; }
    const QFont& monoFont() const { return m_mono; }

private:
    void decoratePage();
    void ensureSpace(qreal height);
    qreal textHeight(const QString& text, const QFont& font, qreal width, bool anywhere) const;
    qreal drawText(const QString& text, const QFont& font, const QRectF& box, bool anywhere,
                   const QColor& color);
    // One table row with its cells laid out once, for measuring and then for drawing.
    struct LaidOutRow
    {
        qreal height = 0;
        std::vector<std::unique_ptr<QTextLayout>> cells;
    };
    LaidOutRow layOutRow(const ReportTable& table, const QStringList& cells,
                         const QList<qreal>& widths, bool header) const;
    void drawRow(const ReportTable& table, int row, const LaidOutRow& laid,
                 const QList<qreal>& widths, bool header);
    QList<qreal> columnWidths(const ReportTable& table) const;
    const QFont& cellFont(const ReportTable& table, int column, const QFont& normal) const;

    QPaintDevice& m_device;
    QPainter* m_painter;
    Decoration m_decoration;
    qreal m_unit = 1;
    QRectF m_pageRect;
    QRectF m_content;
    qreal m_y = 0;
    int m_page = 1;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_smallBold;
    QFont m_mono;
    QFont m_title;
    QFont m_heading1;
    QFont m_heading2;
};

} // namespace Gatehouse
