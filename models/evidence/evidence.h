// One piece of evidence attached to a control: a file, a note or a measured snapshot, with its
// hash, its provenance and its review state.
#pragma once

#include "models/assessment/readiness.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Gatehouse {

enum class EvidenceKind
{
    File,
    Note,
    Measured
};
enum class EvidenceStatus
{
    Draft,
    InReview,
    Approved,
    Rejected,
    Expired
};

QString evidenceKindSlug(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromSlug(QStringView slug);
QString evidenceStatusSlug(EvidenceStatus status);
std::optional<EvidenceStatus> evidenceStatusFromSlug(QStringView slug);
QString evidenceStatusTitle(EvidenceStatus status);

struct Evidence
{
    qint64 id = 0;
    qint64 deploymentId = 0;
    Control control = Control::ServiceIdentity;
    qint64 rootId = 0; // the first revision's id; equal to id for a first revision
    int revision = 1;
    EvidenceKind kind = EvidenceKind::File;
    QString source; // "manual", "import" or "telemetry"
    QString title;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QByteArray sha256;     // hex
    QDateTime collectedAt; // when the evidence was produced, as its author says
    QDateTime addedAt;     // when it entered the workspace
    QString addedBy;
    EvidenceStatus status = EvidenceStatus::Draft;
    QString reviewedBy;
    QDateTime reviewedAt;

    // The stored status, or Expired once the evidence is older than maxAgeDays at `now`.
    EvidenceStatus effectiveStatus(const QDateTime& now, std::optional<int> maxAgeDays) const;
};

} // namespace Gatehouse
