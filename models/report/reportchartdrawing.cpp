// The value axis runs from zero to a round number above the highest bar or band, with three to
// five gridlines; dates are labelled about once a week so they never collide.
#include "reportchartdrawing.h"

#include "models/report/reportpalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

using namespace ReportPalette;

const QColor Bar(0x2b, 0x57, 0x97);
const QColor Band(0xd6, 0xe6, 0xd3);
const QColor PartialBar(0xa9, 0xb4, 0xc4);

// The smallest of 1, 2 or 5 times a power of ten that splits `top` into at most five steps.
double niceStep(double top)
{
    const double raw = qMax(1.0, top / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

double highest(const QList<MonitoringSummary::Day>& days)
{
    double top = 1;
    for (const MonitoringSummary::Day& d : days)
        top = std::max({top, double(d.calls), d.hasBaseline ? d.baselineHigh : 0.0});
    return top;
}

bool outsideBand(const MonitoringSummary::Day& d)
{
    return d.hasBaseline && (d.calls > d.baselineHigh || d.calls < d.baselineLow);
}

struct Frame
{
    QRectF plot;
    double top = 1;
    qreal slot = 1; // width of one day
    qreal unit = 1; // device units per point

    qreal x(qsizetype day) const { return plot.left() + slot * qreal(day); }
    qreal y(double value) const { return plot.bottom() - plot.height() * value / top; }
};

void drawGrid(QPainter& painter, const Frame& frame, double step, qreal unit)
{
    for (double v = 0; v <= frame.top + step / 2; v += step) {
        const qreal y = frame.y(v);
        painter.setPen(QPen(Rule, (v == 0 ? 0.6 : 0.3) * unit));
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
        painter.setPen(Muted);
        const QRectF label(frame.plot.left() - 40 * unit, y - 5 * unit, 37 * unit, 10 * unit);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'g', 10));
    }
}

// One closed shape per run of consecutive days that have a band.
void drawBand(QPainter& painter, const Frame& frame, const QList<MonitoringSummary::Day>& days)
{
    QPainterPath band;
    for (qsizetype start = 0; start < days.size();) {
        if (!days[start].hasBaseline) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end + 1 < days.size() && days[end + 1].hasBaseline)
            ++end;
        QPolygonF shape;
        for (qsizetype i = start; i <= end; ++i) {
            shape << QPointF(frame.x(i), frame.y(days[i].baselineHigh))
                  << QPointF(frame.x(i + 1), frame.y(days[i].baselineHigh));
        }
        for (qsizetype i = end; i >= start; --i) {
            shape << QPointF(frame.x(i + 1), frame.y(days[i].baselineLow))
                  << QPointF(frame.x(i), frame.y(days[i].baselineLow));
        }
        band.addPolygon(shape);
        band.closeSubpath();
        start = end + 1;
    }
    painter.fillPath(band, Band);
}

void drawBars(QPainter& painter, const Frame& frame, const QList<MonitoringSummary::Day>& days)
{
    QPainterPath normal;
    QPainterPath outside;
    QPainterPath partial;
    // A short period would give slabs; bars stay at most this many points wide.
    const qreal gap = qMax(frame.slot * 0.18, (frame.slot - 18 * frame.unit) / 2);
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days[i].calls <= 0)
            continue;
        const QRectF bar(QPointF(frame.x(i) + gap, frame.y(double(days[i].calls))),
                         QPointF(frame.x(i + 1) - gap, frame.y(0)));
        (days[i].partial ? partial : outsideBand(days[i]) ? outside : normal).addRect(bar);
    }
    painter.fillPath(normal, Bar);
    painter.fillPath(outside, Fail);
    painter.fillPath(partial, PartialBar);
}

void drawDates(QPainter& painter, const Frame& frame, const QList<MonitoringSummary::Day>& days,
               qreal unit)
{
    const qsizetype every = qMax<qsizetype>(1, (days.size() + 7) / 8);
    painter.setPen(Muted);
    for (qsizetype i = 0; i < days.size(); i += every) {
        const QRectF label(frame.x(i) + frame.slot / 2 - 20 * unit, frame.plot.bottom() + 2 * unit,
                           40 * unit, 10 * unit);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, days[i].date.toString(u"MM-dd"_s));
    }
}

} // namespace

void ReportChartDrawing::draw(QPainter& painter, const QRectF& rect, qreal unit,
                              const QList<MonitoringSummary::Day>& days, const QFont& labelFont)
{
    if (days.isEmpty())
        return;
    Frame frame;
    frame.plot = rect.adjusted(44 * unit, 4 * unit, -4 * unit, -14 * unit);
    const double step = niceStep(highest(days) * 1.05);
    frame.top = step * std::ceil(highest(days) * 1.05 / step);
    frame.slot = frame.plot.width() / qreal(days.size());
    frame.unit = unit;
    painter.setFont(labelFont);
    drawBand(painter, frame, days);
    drawGrid(painter, frame, step, unit);
    drawBars(painter, frame, days);
    drawDates(painter, frame, days, unit);
}

} // namespace Gatehouse
