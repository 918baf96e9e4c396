// The sections of the audit report in reading order, written onto a ReportPageFlow: cover and
// scope, decision matrix, readiness, exceptions, evidence index, monitoring, limitations,
// sign-off and the audit-trail appendix.
#pragma once

#include "models/report/reportdata.h"
#include "models/report/reportpageflow.h"

namespace Gatehouse {

class ReportComposer
{
public:
    ReportComposer(const ReportData& data, ReportPageFlow& flow);

    void compose();

    // Set by compose(): the page (0-based) and device rectangle kept free for a signature box.
    int signaturePage() const { return m_signaturePage; }
    QRectF signatureRect() const { return m_signatureRect; }

private:
    void cover();
    void scope();
    void matrix(const ReportDeployment& deployment);
    void readiness(const ReportDeployment& deployment);
    void exceptions(const ReportDeployment& deployment);
    void evidence(const ReportDeployment& deployment);
    void monitoring(const ReportDeployment& deployment);
    void callVolumeChart(const MonitoringSummary& summary);
    void regionMap(const MonitoringSummary& summary);
    void flowTable(const QList<MonitoringSummary::Flow>& flows);
    void limitations();
    void signOff();
    void appendix();
    void forEachDeployment(const QString& section,
                           void (ReportComposer::*part)(const ReportDeployment&));

    const ReportData& m_data;
    ReportPageFlow& m_flow;
    int m_section = 0;
    int m_signaturePage = 0;
    QRectF m_signatureRect;
};

} // namespace Gatehouse
