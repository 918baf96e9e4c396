// Everything an audit report shows, already gathered and formatted: the renderer draws it and
// reaches no database, so the same ReportData always gives the same pages.
#pragma once

#include "models/assessment/decisionmatrix.h"
#include "models/assessment/readiness.h"
#include "models/report/monitoringsummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatehouse {

struct ReportDimension
{
    Dimension dimension = Dimension::DataSensitivity;
    std::optional<int> score; // unscored when empty
    QString rationale;
    QString scoredBy;
    QDateTime scoredAt;
};

struct ReportControl
{
    Control control = Control::ServiceIdentity;
    ControlStatus status = ControlStatus::NotAssessed;
    QString method; // "measured", "manual" or "none"
    QString reason; // the reviewer's note or the evaluator's reason
    QStringList evidenceIds;
    QString reviewer;
    QString freshness; // "current", "expired", "no evidence"
    // For the exceptions section: what makes the control fail or stay unassessed.
    QStringList offendingItems;
};

struct ReportEvidence
{
    qint64 id = 0;
    QString control; // slug
    QString title;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QByteArray sha256; // hex
    QDateTime collectedAt;
    QDateTime addedAt;
    QString addedBy;
    int revision = 1;
    QString source; // manual, import, telemetry
    QString status; // slug, after expiry
};

struct ReportDeployment
{
    QString name;
    QString owner;
    QString scope;
    QString description;
    QList<ReportDimension> dimensions; // all eight, in matrix order
    std::optional<int> total;          // only when all eight are scored
    std::optional<Band> band;
    QList<ReportControl> controls; // all twelve, in checklist order
    Readiness readiness = Readiness::NotReady;
    int satisfiedControls = 0;
    QList<ReportEvidence> evidence;
    MonitoringSummary monitoring;
};

struct ReportSignOff
{
    QString role; // "Assessor", "Approver"
    QString name;
    QString title; // the person's job title
    QDateTime date;
};

struct ReportData
{
    QString organisation;
    QString gatehouseVersion;
    QDateTime generatedAt;
    // Both invalid for a point-in-time report.
    QDateTime periodStart;
    QDateTime periodEnd;
    QList<ReportDeployment> deployments;
    QStringList limitations;
    QList<ReportSignOff> signOffs;
    QByteArray auditHeadHash; // hex
    qint64 auditEntries = 0;
    bool auditIntact = false;

    // SHA-256 over a canonical encoding of every field but generatedAt: the same workspace state
    // and options give the same hash, whenever the report is made.
    QByteArray contentHash() const;
    // "GH-" and the first 16 hex digits of the content hash, in groups of four.
    QString reportId() const;
};

} // namespace Gatehouse
