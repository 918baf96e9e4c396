// Page geometry, text layout and table breaking for the audit report.
#include "reportpageflow.h"

#include "models/report/reportpalette.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Gatehouse {

namespace {

constexpr qreal MarginPoints = 48;
constexpr qreal HeaderPoints = 22;
constexpr qreal CellPaddingPoints = 2.5;
using namespace ReportPalette;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageFlow)
};

QFont dejaVu(const QString& family, qreal points, bool bold = false)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing makes Qt shape without ligatures, so "fi" is copied out of the PDF as
    // two letters and not as U+FB01; a fiftieth of a device unit is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

// QTextLayout breaks lines at U+2028 only; callers write '\n'.
QString withLineBreaks(QString text)
{
    return text.replace(u'\n', QChar::LineSeparator);
}

// Lays the text out in lines of the given width; the caller draws or measures the result.
void layOut(QTextLayout& layout, qreal width, bool anywhere)
{
    QTextOption option;
    option.setWrapMode(anywhere ? QTextOption::WrapAnywhere
                                : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

} // namespace

ReportPageFlow::ReportPageFlow(QPaintDevice& device, QPainter* painter, Decoration decoration)
    : m_device(device)
    , m_painter(painter)
    , m_decoration(std::move(decoration))
    , m_unit(device.logicalDpiY() / 72.0)
    , m_pageRect(0, 0, device.width(), device.height())
{
    const QString sans = QStringLiteral("DejaVu Sans");
    m_body = dejaVu(sans, 9);
    m_bold = dejaVu(sans, 9, true);
    m_small = dejaVu(sans, 7);
    m_smallBold = dejaVu(sans, 7, true);
    m_mono = dejaVu(QStringLiteral("DejaVu Sans Mono"), 6);
    m_title = dejaVu(sans, 22, true);
    m_heading1 = dejaVu(sans, 15, true);
    m_heading2 = dejaVu(sans, 11, true);
    const qreal margin = pt(MarginPoints);
    m_content =
        m_pageRect.adjusted(margin, margin + pt(HeaderPoints), -margin, -margin - pt(HeaderPoints));
    m_y = m_content.top();
    decoratePage();
}

void ReportPageFlow::decoratePage()
{
    if (!m_painter)
        return;
    const qreal margin = pt(MarginPoints);
    const QRectF header(m_content.left(), margin, m_content.width(), pt(HeaderPoints) - pt(6));
    const QRectF footer(m_content.left(), m_content.bottom() + pt(8), m_content.width(),
                        pt(HeaderPoints));
    m_painter->save();
    m_painter->setFont(m_small);
    m_painter->setPen(Muted);
    m_painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_decoration.headerLeft);
    m_painter->drawText(header, Qt::AlignRight | Qt::AlignBottom, m_decoration.headerRight);
    m_painter->setPen(QPen(Rule, pt(0.5)));
    m_painter->drawLine(header.bottomLeft() + QPointF(0, pt(3)),
                        header.bottomRight() + QPointF(0, pt(3)));
    m_painter->drawLine(footer.topLeft(), footer.topRight());
    m_painter->setPen(Muted);
    const QString page = m_decoration.totalPages > 0
                             ? Text::tr("Page %1 of %2").arg(m_page).arg(m_decoration.totalPages)
                             : Text::tr("Page %1").arg(m_page);
    m_painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.footerLeft);
    m_painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
    m_painter->restore();
}

void ReportPageFlow::newPage()
{
    if (m_painter)
        static_cast<QPagedPaintDevice&>(m_device).newPage();
    ++m_page;
    m_y = m_content.top();
    decoratePage();
}

void ReportPageFlow::ensureSpace(qreal height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
}

void ReportPageFlow::space(qreal points)
{
    m_y = qMin(m_y + pt(points), m_content.bottom());
}

qreal ReportPageFlow::textHeight(const QString& text, const QFont& font, qreal width,
                                 bool anywhere) const
{
    QTextLayout layout(withLineBreaks(text), font, &m_device);
    layOut(layout, width, anywhere);
    return layout.boundingRect().height();
}

qreal ReportPageFlow::drawText(const QString& text, const QFont& font, const QRectF& box,
                               bool anywhere, const QColor& color)
{
    QTextLayout layout(withLineBreaks(text), font, &m_device);
    layOut(layout, box.width(), anywhere);
    if (m_painter) {
        m_painter->setPen(color.isValid() ? color : Ink);
        layout.draw(m_painter, box.topLeft());
    }
    return layout.boundingRect().height();
}

void ReportPageFlow::title(const QString& text)
{
    m_y += drawText(text, m_title, QRectF(m_content.left(), m_y, m_content.width(), 0), false, Ink);
    space(10);
}

void ReportPageFlow::heading(const QString& text, int level)
{
    const QFont& font = level <= 1 ? m_heading1 : m_heading2;
    const qreal height = textHeight(text, font, m_content.width(), false);
    // Keep a heading with at least a few lines of what follows it.
    ensureSpace(height + pt(level <= 1 ? 60 : 40));
    space(level <= 1 ? 8 : 5);
    m_y += drawText(text, font, QRectF(m_content.left(), m_y, m_content.width(), 0), false, Ink);
    space(level <= 1 ? 6 : 4);
}

void ReportPageFlow::paragraph(const QString& text, const QFont* font, const QColor& color)
{
    QTextLayout layout(withLineBreaks(text), font ? *font : m_body, &m_device);
    layOut(layout, m_content.width(), false);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        ensureSpace(line.height());
        if (m_painter) {
            m_painter->setPen(color.isValid() ? color : Ink);
            line.draw(m_painter, QPointF(m_content.left(), m_y - line.y()));
        }
        m_y += line.height();
    }
    space(4);
}

void ReportPageFlow::keyValues(const QList<std::pair<QString, QString>>& pairs)
{
    const qreal labelWidth = m_content.width() * 0.28;
    const qreal valueWidth = m_content.width() - labelWidth;
    for (const auto& [label, value] : pairs) {
        const qreal height = qMax(textHeight(label, m_bold, labelWidth - pt(6), false),
                                  textHeight(value, m_body, valueWidth, false));
        ensureSpace(height);
        drawText(label, m_bold, QRectF(m_content.left(), m_y, labelWidth - pt(6), height), false,
                 Ink);
        drawText(value, m_body, QRectF(m_content.left() + labelWidth, m_y, valueWidth, height),
                 false, Ink);
        m_y += height + pt(2);
    }
    space(4);
}

QList<qreal> ReportPageFlow::columnWidths(const ReportTable& table) const
{
    qreal sum = 0;
    for (const qreal w : table.widths)
        sum += w;
    QList<qreal> widths;
    for (const qreal w : table.widths)
        widths.append(m_content.width() * w / (sum > 0 ? sum : 1));
    return widths;
}

const QFont& ReportPageFlow::cellFont(const ReportTable& table, int column,
                                      const QFont& normal) const
{
    return table.monospaced.contains(column) ? m_mono : normal;
}

ReportPageFlow::LaidOutRow ReportPageFlow::layOutRow(const ReportTable& table,
                                                     const QStringList& cells,
                                                     const QList<qreal>& widths, bool header) const
{
    LaidOutRow laid;
    const qreal padding = pt(CellPaddingPoints);
    for (int column = 0; column < widths.size(); ++column) {
        const QFont& font = header ? m_smallBold : cellFont(table, column, m_small);
        auto layout =
            std::make_unique<QTextLayout>(withLineBreaks(cells.value(column)), font, &m_device);
        layOut(*layout, widths[column] - 2 * padding, !header && table.monospaced.contains(column));
        laid.height = qMax(laid.height, layout->boundingRect().height());
        laid.cells.push_back(std::move(layout));
    }
    laid.height += 2 * padding;
    return laid;
}

void ReportPageFlow::drawRow(const ReportTable& table, int row, const LaidOutRow& laid,
                             const QList<qreal>& widths, bool header)
{
    if (m_painter) {
        const qreal padding = pt(CellPaddingPoints);
        if (header)
            m_painter->fillRect(QRectF(m_content.left(), m_y, m_content.width(), laid.height),
                                HeaderFill);
        qreal x = m_content.left();
        for (int column = 0; column < widths.size(); ++column) {
            const QColor color = !header && table.color ? table.color(row, column) : QColor();
            m_painter->setPen(color.isValid() ? color : Ink);
            laid.cells[std::size_t(column)]->draw(m_painter, QPointF(x + padding, m_y + padding));
            x += widths[column];
        }
        m_painter->setPen(QPen(Rule, pt(0.4)));
        m_painter->drawLine(QPointF(m_content.left(), m_y + laid.height),
                            QPointF(m_content.right(), m_y + laid.height));
    }
    m_y += laid.height;
}

void ReportPageFlow::table(const ReportTable& table)
{
    const QList<qreal> widths = columnWidths(table);
    const LaidOutRow header = layOutRow(table, table.headers, widths, true);
    bool headerOnPage = false;
    for (int row = 0; row < table.rows.size(); ++row) {
        const LaidOutRow cells = layOutRow(table, table.rows[row], widths, false);
        if (m_y + (headerOnPage ? 0 : header.height) + cells.height > m_content.bottom()
            && m_y > m_content.top()) {
            newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            drawRow(table, -1, header, widths, true);
            headerOnPage = true;
        }
        drawRow(table, row, cells, widths, false);
    }
    if (table.rows.isEmpty())
        drawRow(table, -1, header, widths, true);
    space(8);
}

QRectF ReportPageFlow::reserve(qreal heightPoints)
{
    ensureSpace(pt(heightPoints));
    const QRectF box(m_content.left(), m_y, m_content.width(), pt(heightPoints));
    m_y += box.height();
    return box;
}

void ReportPageFlow::figure(const QString& caption, qreal heightPoints,
                            const std::function<void(QPainter&, const QRectF&)>& draw,
                            const QString& note)
{
    const qreal captionHeight = textHeight(caption, m_smallBold, m_content.width(), false);
    const qreal noteHeight =
        note.isEmpty() ? 0 : textHeight(note, m_small, m_content.width(), false) + pt(3);
    ensureSpace(captionHeight + pt(3 + heightPoints) + noteHeight);
    m_y += drawText(caption, m_smallBold, QRectF(m_content.left(), m_y, m_content.width(), 0),
                    false, Ink);
    space(3);
    const QRectF box = reserve(heightPoints);
    if (m_painter) {
        m_painter->save();
        draw(*m_painter, box);
        m_painter->restore();
    }
    if (!note.isEmpty()) {
        space(3);
        m_y += drawText(note, m_small, QRectF(m_content.left(), m_y, m_content.width(), 0), false,
                        Muted);
    }
    space(4);
}

QRectF ReportPageFlow::toPdfPoints(const QRectF& rect) const
{
    const qreal height = m_pageRect.height() / m_unit;
    return QRectF(rect.left() / m_unit, height - rect.bottom() / m_unit, rect.width() / m_unit,
                  rect.height() / m_unit);
}

} // namespace Gatehouse
