// The textual form is what `gatehouse-cli simulate --faults` takes and prints back.
#include "faultplan.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <utility>

namespace Gatehouse {

namespace {

using IntField = int FaultPlan::*;

constexpr std::array<std::pair<const char16_t*, IntField>, 8> IntFields{{
    {u"drop", &FaultPlan::dropEvery},
    {u"malformed", &FaultPlan::malformedEvery},
    {u"oversized", &FaultPlan::oversizedEvery},
    {u"slow", &FaultPlan::slowMs},
    {u"duplicate", &FaultPlan::duplicateEvery},
    {u"reorder", &FaultPlan::reorderEvery},
    {u"gap", &FaultPlan::gapEvery},
    {u"jump", &FaultPlan::jumpEvery},
}};

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FaultPlan)
};

bool setField(FaultPlan& plan, QStringView name, qint64 value)
{
    if (name == u"endless") {
        plan.endlessBytes = value;
        return true;
    }
    for (const auto& [fieldName, field] : IntFields) {
        if (name == QStringView(fieldName)) {
            plan.*field = int(std::min<qint64>(value, 1 << 30));
            return true;
        }
    }
    return false;
}

} // namespace

bool FaultPlan::isEmpty() const
{
    return toString().isEmpty();
}

Result<FaultPlan> FaultPlan::parse(const QString& text)
{
    FaultPlan plan;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const qsizetype equals = item.indexOf(u'=');
        bool ok = equals > 0;
        const qint64 value = ok ? item.mid(equals + 1).trimmed().toLongLong(&ok) : 0;
        if (!ok || value < 0 || !setField(plan, QStringView(item).first(equals).trimmed(), value)) {
            return fail(
                ErrorCode::InvalidArgument,
                Text::tr("The fault \"%1\" is not NAME=NUMBER with NAME one of drop, malformed, "
                         "oversized, slow, duplicate, reorder, gap, jump, endless.")
                    .arg(item));
        }
    }
    return plan;
}

QString FaultPlan::toString() const
{
    QStringList parts;
    for (const auto& [name, field] : IntFields) {
        if (this->*field > 0)
            parts << QString::fromUtf16(name) + u'=' + QString::number(this->*field);
    }
    if (endlessBytes > 0)
        parts << QStringLiteral("endless=") + QString::number(endlessBytes);
    return parts.join(u',');
}

} // namespace Gatehouse
