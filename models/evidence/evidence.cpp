// Slugs of evidence kinds and statuses, and the freshness rule.
#include "evidence.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<EvidenceStatus, 5> AllStatuses = {
    EvidenceStatus::Draft, EvidenceStatus::InReview, EvidenceStatus::Approved,
    EvidenceStatus::Rejected, EvidenceStatus::Expired};

} // namespace

QString evidenceKindSlug(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::File:
        return u"file"_s;
    case EvidenceKind::Note:
        return u"note"_s;
    case EvidenceKind::Measured:
        return u"measured"_s;
    }
    return {};
}

std::optional<EvidenceKind> evidenceKindFromSlug(QStringView slug)
{
    for (EvidenceKind kind : {EvidenceKind::File, EvidenceKind::Note, EvidenceKind::Measured}) {
        if (slug == evidenceKindSlug(kind))
            return kind;
    }
    return std::nullopt;
}

QString evidenceStatusSlug(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Draft:
        return u"draft"_s;
    case EvidenceStatus::InReview:
        return u"in-review"_s;
    case EvidenceStatus::Approved:
        return u"approved"_s;
    case EvidenceStatus::Rejected:
        return u"rejected"_s;
    case EvidenceStatus::Expired:
        return u"expired"_s;
    }
    return {};
}

std::optional<EvidenceStatus> evidenceStatusFromSlug(QStringView slug)
{
    for (EvidenceStatus status : AllStatuses) {
        if (slug == evidenceStatusSlug(status))
            return status;
    }
    return std::nullopt;
}

QString evidenceStatusTitle(EvidenceStatus status)
{
    const char* context = "Gatehouse::Evidence";
    switch (status) {
    case EvidenceStatus::Draft:
        return QCoreApplication::translate(context, "Draft");
    case EvidenceStatus::InReview:
        return QCoreApplication::translate(context, "In review");
    case EvidenceStatus::Approved:
        return QCoreApplication::translate(context, "Approved");
    case EvidenceStatus::Rejected:
        return QCoreApplication::translate(context, "Rejected");
    case EvidenceStatus::Expired:
        return QCoreApplication::translate(context, "Expired");
    }
    return {};
}

EvidenceStatus Evidence::effectiveStatus(const QDateTime& now, std::optional<int> maxAgeDays) const
{
    if (maxAgeDays && collectedAt.isValid() && collectedAt.addDays(*maxAgeDays) < now)
        return EvidenceStatus::Expired;
    return status;
}

} // namespace Gatehouse
