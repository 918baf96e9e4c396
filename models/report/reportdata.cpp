// The canonical encoding behind the report's content hash and id.
#include "reportdata.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace Gatehouse {

namespace {

void put(QDataStream& out, const ReportDeployment& deployment);
void put(QDataStream& out, const ReportSignOff& signOff);

// Times go in as UTC milliseconds so the hash does not depend on the time zone of the machine.
void put(QDataStream& out, const QDateTime& time)
{
    out << (time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
}

void put(QDataStream& out, const MonitoringSummary& summary)
{
    out << qint32(summary.figures.size());
    for (const MonitoringSummary::Figure& figure : summary.figures)
        out << figure.label << figure.value << figure.note;
    out << qint32(summary.findings.size());
    for (const MonitoringSummary::Finding& finding : summary.findings)
        out << finding.area << finding.detail;
    out << qint32(summary.days.size());
    for (const MonitoringSummary::Day& day : summary.days)
        out << day.date << day.calls << day.partial << day.hasBaseline << day.baselineLow
            << day.baselineHigh;
    out << qint32(summary.flows.size());
    for (const MonitoringSummary::Flow& flow : summary.flows)
        out << flow.dataRegion << flow.computeRegion << flow.dataAt << flow.computeAt << flow.calls
            << flow.crossesJurisdiction << flow.allowedByRule;
}

void put(QDataStream& out, const ReportDimension& dimension)
{
    out << qint32(dimension.dimension) << qint32(dimension.score.value_or(0)) << dimension.rationale
        << dimension.scoredBy;
    put(out, dimension.scoredAt);
}

void put(QDataStream& out, const ReportControl& control)
{
    out << qint32(control.control) << qint32(control.status) << control.method << control.reason
        << control.evidenceIds << control.reviewer << control.freshness << control.offendingItems;
}

void put(QDataStream& out, const ReportEvidence& evidence)
{
    out << evidence.id << evidence.control << evidence.title << evidence.fileName
        << evidence.mediaType << evidence.size << evidence.sha256;
    put(out, evidence.collectedAt);
    put(out, evidence.addedAt);
    out << evidence.addedBy << qint32(evidence.revision) << evidence.source << evidence.status;
}

template <typename T> void putAll(QDataStream& out, const QList<T>& items)
{
    out << qint32(items.size());
    for (const T& item : items)
        put(out, item);
}

void put(QDataStream& out, const ReportDeployment& deployment)
{
    out << deployment.name << deployment.owner << deployment.scope << deployment.description;
    putAll(out, deployment.dimensions);
    out << qint32(deployment.total.value_or(0))
        << qint32(deployment.band ? int(*deployment.band) : -1);
    putAll(out, deployment.controls);
    out << qint32(deployment.readiness) << qint32(deployment.satisfiedControls);
    putAll(out, deployment.evidence);
    put(out, deployment.monitoring);
}

void put(QDataStream& out, const ReportSignOff& signOff)
{
    out << signOff.role << signOff.name << signOff.title;
    put(out, signOff.date);
}

} // namespace

QByteArray ReportData::contentHash() const
{
    QByteArray encoded;
    QDataStream out(&encoded, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // The generation time stays out: the same workspace state and options keep their report id
    // when the report is made again later.
    out << organisation << gatehouseVersion;
    put(out, periodStart);
    put(out, periodEnd);
    putAll(out, deployments);
    out << limitations;
    putAll(out, signOffs);
    out << auditHeadHash << auditEntries << auditIntact;
    return QCryptographicHash::hash(encoded, QCryptographicHash::Sha256).toHex();
}

QString ReportData::reportId() const
{
    const QString digits = QString::fromLatin1(contentHash().left(16)).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 4)
        groups.append(digits.mid(i, 4));
    return QStringLiteral("GH-") + groups.join(u'-');
}

} // namespace Gatehouse
