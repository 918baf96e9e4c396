// The period chooser.
#include "periodchooser.h"

#include "models/core/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace Gatehouse {

using namespace Qt::StringLiterals;

PeriodChooser::PeriodChooser(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_span(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    setObjectName(u"periodChooser"_s);
    m_span->setObjectName(u"periodSpan"_s);
    m_span->addItem(tr("Last 24 hours"), int(Span::Day));
    m_span->addItem(tr("Last 7 days"), int(Span::Week));
    m_span->addItem(tr("Last 30 days"), int(Span::Month));
    m_span->addItem(tr("Custom..."), int(Span::Custom));
    m_span->setToolTip(tr("The period whose telemetry is measured"));
    m_from->setObjectName(u"periodFrom"_s);
    m_to->setObjectName(u"periodTo"_s);
    const QDateTime now = m_clock.now().toLocalTime();
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setTimeSpec(Qt::LocalTime);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &PeriodChooser::changed);
    }
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_span);
    layout->addWidget(label);
    layout->addWidget(m_span);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        updateEditors();
        emit changed();
    });
    updateEditors();
}

PeriodChooser::Span PeriodChooser::span() const
{
    return Span(m_span->currentData().toInt());
}

void PeriodChooser::setSpan(Span span)
{
    m_span->setCurrentIndex(qMax(0, m_span->findData(int(span))));
}

void PeriodChooser::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    // Custom first, so the editors' changes are not taken for a fixed span's.
    setSpan(Span::Custom);
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
}

void PeriodChooser::updateEditors()
{
    const bool custom = span() == Span::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    // The editors show the fixed span too, so the range is always in view.
    const auto shown = period();
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDateTime(shown->from.toLocalTime());
    m_to->setDateTime(shown->to.toLocalTime());
}

Result<PeriodChooser::Period> PeriodChooser::period() const
{
    const QDateTime now = m_clock.now();
    switch (span()) {
    case Span::Day:
        return Period{now.addDays(-1), now};
    case Span::Week:
        return Period{now.addDays(-7), now};
    case Span::Month:
        return Period{now.addDays(-30), now};
    case Span::Custom:
        break;
    }
    const QDateTime from = m_from->dateTime().toUTC();
    const QDateTime to = m_to->dateTime().toUTC();
    if (from >= to)
        return fail(ErrorCode::InvalidArgument,
                    tr("The custom period starts at %1 and ends at %2: choose a start before "
                       "its end.")
                        .arg(m_from->text(), m_to->text()));
    return Period{from, to};
}

} // namespace Gatehouse
