// Chooses the period an evaluation covers: the last 24 hours, 7 days or 30 days before now, or
// a custom range between two times.
#pragma once

#include "models/core/error.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;

namespace Gatehouse {

class Clock;

class PeriodChooser final : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        Day,
        Week,
        Month,
        Custom
    };

    struct Period
    {
        QDateTime from;
        QDateTime to;
    };

    // The clock must outlive the chooser.
    explicit PeriodChooser(const Clock& clock, QWidget* parent = nullptr);

    Span span() const;
    void setSpan(Span span);
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    // The period as of now; a custom range whose start is not before its end is refused.
    Result<Period> period() const;
    // Shows a fixed span's range as of now in the editors (time moves on while the page is open).
    void refresh() { updateEditors(); }

signals:
    void changed();

private:
    void updateEditors();

    const Clock& m_clock;
    QComboBox* m_span = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
};

} // namespace Gatehouse
