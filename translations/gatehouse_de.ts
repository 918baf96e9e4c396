<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Archive</name>
    <message>
        <source>Opening the telemetry archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no telemetry archive tables (%1): open it once with this version of Gatehouse to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the telemetry archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. Check that the disk has room and that no other program holds the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a sandbox execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a drill marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a posture snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the minute sums</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePruner</name>
    <message>
        <source>Preparing the telemetry retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the telemetry retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning the telemetry archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveStatistics</name>
    <message>
        <source>Reading the time span of the telemetry archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadesSignature</name>
    <message>
        <source>Signing failed while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>Could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate a CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the CA certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key does not belong to the CA certificate: give the matching pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>The fault &quot;%1&quot; is not NAME=NUMBER with NAME one of drop, malformed, oversized, slow, duplicate, reorder, gap, jump, endless.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetScenario</name>
    <message>
        <source>There is no scenario named &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event rate %1 is out of range; give 0.001 to 100000 events a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fleet has 1 to 9 gateways and 0 to 9 sandbox hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets-in-output scenario needs at least one sandbox host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill times cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AnomalyTableModel</name>
    <message>
        <source>whole deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 robust scale units from the %2 median (grouped by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 × scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ArchivePager</name>
    <message>
        <source>Reading the telemetry archive failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive query was replaced by a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telemetry archive cannot be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AssessmentStore</name>
    <message>
        <source>A deployment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment name &apos;%1&apos; starts or ends with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment named &apos;%1&apos; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must be between %1 and %2; %3 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scoring history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking %1 not applicable needs a justification in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the control status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the control history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AttributionModel</name>
    <message>
        <source>Human / agent / conversation / tool / destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no human)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1, service identity %2, credential %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AttributionWidget</name>
    <message>
        <source>%1 calls attributed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trace to no human.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AuditTrail</name>
    <message>
        <source>Reading the audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appending to the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries after %1 were deleted (the head recorded entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded head does not match the last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::BaselineChartPane</name>
    <message>
        <source>Hourly baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in the period: nothing to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coverage %1 days of hourly data (%2 needed before production); %n anomalous hour(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::BaselineSeries</name>
    <message>
        <source>Tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ChartScope</name>
    <message>
        <source>Reading the telemetry archive for the charts failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was asked for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ChartsTab</name>
    <message>
        <source>Tool calls per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected calls per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of %2 from the archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grey band is the baseline from %1 days of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls that came while the archive was read are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline band yet: it needs %1 hours of this history, and the archive holds %2 hours so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ChecklistModel</name>
    <message>
        <source>%1 of 4 satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ChecklistWidget</name>
    <message>
        <source>Mark not &amp;assessed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;passed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;failed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not app&amp;licable...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment to see its readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 controls satisfied: %3.&lt;/b&gt; %4 failed, %5 not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a control first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ComparisonDialog</name>
    <message>
        <source>Compare deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConnectSourceDialog</name>
    <message>
        <source>Enter the source&apos;s address, e.g. https://gateway.internal:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this machine (loopback); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s trusted authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional SHA-256 of the server&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ControlMeasurement</name>
    <message>
        <source>A measured snapshot names no known control or status; it was not written by this Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ControlStatusDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does &lt;b&gt;%1&lt;/b&gt; not apply to this deployment? The justification is required and goes into the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for &lt;b&gt;%1&lt;/b&gt; (optional): what was checked, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable needs a justification: say why the control does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ControlVerdict</name>
    <message>
        <source>manual %1 / measured %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DecisionMatrix</name>
    <message>
        <source>Data sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will the agents touch regulated, personal or proprietary data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIPAA, SOX or core intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May the MCP servers be reachable from the public internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, public endpoints are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must every log line reach our own SIEM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s console is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our SIEM is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can a tool call afford another 200 to 500 ms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls must finish in under 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the team run a sandbox gateway itself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, with an on-call rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a FedRAMP, GDPR or HIPAA mandate apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are under active audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor lock-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is depending on one vendor&apos;s stack acceptable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we carry USD 10,000 to 20,000 a month of infrastructure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pure SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted sandbox + MCP tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor regions (US/EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your VPC, your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider-managed isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound only, no inbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None beyond the API price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD 1-5K a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD 5-20K a month plus operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SIEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2, general privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIPAA, PCI (provider-dependent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedRAMP, GDPR, regulated finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilots, low sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-sensitivity production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated industries, IP-heavy work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DemoFleet</name>
    <message>
        <source>Cannot create a temporary folder for the demo fleet&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DemoWorkspace</name>
    <message>
        <source>Agreed in the intake review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal or regulated data leaves the vendor region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in the readiness review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential inventory review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agent holds its own gateway credential; none is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill-switch drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill stopped the agent 3 minutes after the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims processing agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that read claim files and draft decisions for adjusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims database, document store, two internal MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support ticket triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that label and route incoming tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticketing system (read and label), knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing copy drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that draft campaign copy from public material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public website content only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch work; 300 ms is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by legal, security and the support director.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentDialog</name>
    <message>
        <source>Edit deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name, unique in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers for this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agents do, and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which systems, data and MCP servers the agents reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentItemDelegate</name>
    <message>
        <source>no owner named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentLinks</name>
    <message>
        <source>Name at least one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 id &apos;%2&apos; is empty or has surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the links of deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the links of deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer rule names the data&apos;s and the compute&apos;s jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a transfer rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a transfer rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the transfer rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the on-premises sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentLinksDialog</name>
    <message>
        <source>Links of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and sandbox hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources whose telemetry and posture belong to this deployment, by the id they report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no agent linked, every agent seen on the sources counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tunnel gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no posture seen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentListWidget</name>
    <message>
        <source>&amp;New deployment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deployment to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit deployment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments yet.
A deployment is one use of agents that you assess: score it, check its controls, attach evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DimensionScoreEditor</name>
    <message>
        <source>Why this score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DrillLog</name>
    <message>
        <source>Reading drill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a running drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill needs the id of the agent to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill of agent %1 has been running since %2; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill of agent %1 is running; start one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the drill&apos;s time to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the drills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DrillStartDialog</name>
    <message>
        <source>Start a kill-switch drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RB-7: revoke the agent&apos;s gateway credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill starts now. Pull the switch, then stop the drill; the next evaluation measures the time to the agent&apos;s last call (under 5 minutes passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run&amp;book:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DrillTableModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail (5 min or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proves nothing: no call before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DrillsWidget</name>
    <message>
        <source>Start &amp;kill-switch drill...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a kill-switch drill on an agent starts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the selected drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected running drill has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill has stopped its agent within 5 minutes yet: the kill switch is not proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next drill due by %1 (90 days after the last passing one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill was due by %1: run one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment before starting a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment before stopping a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill not stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnumerateDialog</name>
    <message>
        <source>Enumerate MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://host/mcp or a command such as npx some-mcp-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME or NAME=VALUE, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL or command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables for a stdio server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (HTTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse only lists what the server offers; it never calls a tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::Evaluation</name>
    <message>
        <source>No tool calls from the linked sources in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline covers %1 days of the %2 needed before production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls with a credential id from the linked sources in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool calls or sandbox runs from the linked sources in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the drill marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kill-switch drill recorded or reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passing drill is due again on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passing drill was due again on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill stopped its agent within 5 minutes (%1 failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the MCP inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway posture of the linked sources, so no scope policy to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway posture of the linked sources, so no listeners to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox host posture with sandboxes among the linked sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox output or tool payloads from the linked sources in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret in %1 sandbox outputs and tool payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posture from any linked source, so no SIEM sinks to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posture yet from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The baseline covers %1 days; %n anomalous hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were used more than 24 hours after issue or expired.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in use are missing from the gateways&apos; inventories, so their age is unknown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in use, all younger than 24 hours when used.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) processed data outside its jurisdiction, first: %1 data in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) name regions the catalog does not know or no region: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n call(s) processed data within its jurisdiction.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 name no human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 and %2 name a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) await five minutes of telemetry after their start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) on agents that made no call in the day before: nothing was seen to stop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1 without a grant, %2 under an unapproved grant.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Default-deny on every gateway; %1 approved; %2 granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write grant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on %1, first: %2 on %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) listen on loopback only, tunnels outbound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) arrived unredacted from %1; %2 stored unredacted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared credential(s), %1 without an agent id, %2 without a credential.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s), each used by one agent, over %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) do not ship logs in time, first: %1 (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) ship logs, last delivery within 15 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sandboxes short of isolation: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es) ephemeral, network-isolated, pivot-tested within 90 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::EvaluationInput</name>
    <message>
        <source>Reading the posture of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EvidenceDetailsDialog</name>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the evidence was produced, not when it is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collected on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EvidenceModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev.</source>
        <comment>revision number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EvidenceStore</name>
    <message>
        <source>Reading evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing evidence content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the evidence was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment of this evidence does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision must belong to the same deployment and control as the evidence it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the evidence hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is approved and can no longer change; add a revision to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added evidence %2 and cannot also review it; ask another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the evidence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading evidence content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 does not match its recorded SHA-256 (the workspace was changed outside Gatehouse); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the freshness rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freshness window is at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the freshness rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the newest evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EvidenceWidget</name>
    <message>
        <source>&amp;Attach file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file as evidence (or drop files on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add re&amp;vision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of this control older than this is shown as expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be no older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence of %1&lt;/b&gt; (drop files here to attach them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: select a control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2 bytes, SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 bytes to %2; the SHA-256 matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the corrected file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence of %1 must now be no older than %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence of %1 may now be of any age.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ExportReportDialog</name>
    <message>
        <source>Export signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployments in scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the report is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signer (PKCS#12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the signature in the sign-off block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. http://timestamp.example/tsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a point-in-time report as of now, with the last 30 days of telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set; set it with &quot;gatehouse-cli workspace set-organisation&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer file %1 does not exist; choose a .p12 file or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp authority needs an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp needs a signature: choose a signer file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the password of %1 in the keyring...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password kept in the keyring does not open %1; type the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped: no report was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export before the file is written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::FileChooserRow</name>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::FleetServer</name>
    <message>
        <source>The simulator needs a server certificate and key to serve HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator cannot listen on %1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::HttpExchange</name>
    <message>
        <source>%1 sent a document larger than %2 bytes; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s: timed out. Check that the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a key whose SPKI SHA-256 is %2, not the pinned %3: connection refused. If the server&apos;s key was changed on purpose, update the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: renew the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2: check the clocks of both machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is issued for %2, not for %1: connect by a name the certificate lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by a CA in %2: configure the CA file that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 refused the connection: is the gateway running and listening on that port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 was not found (DNS): check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. If the server requires a client certificate, configure one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the bearer token (HTTP 401): store the right token for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow this client (HTTP 403): ask its operator to grant read access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (HTTP 404): give the source&apos;s base URL; Gatehouse appends /v1/info, /v1/posture and /v1/events to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects (HTTP %2), which Gatehouse does not follow: configure the final URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::InventoryWidget</name>
    <message>
        <source>Enumerate server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what an MCP server offers, without calling anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these definitions so that later changes are reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumerating %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pinning %n tool(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n tool(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No server enumerated yet. Use &quot;Enumerate server...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 over %3, protocol %4. %5 tools: %6 read, %7 write, %8 destructive, %9 unknown; %10 open-world. Definitions cost about %11 tokens (%12 characters / 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also lists %1 resources, %2 resource templates and %3 prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tools match the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the pin: %1 changed, %2 new, %3 removed (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 tokens, sha256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::LinkCandidates</name>
    <message>
        <source>Cannot read the sources and agents seen in the archive of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::LinkListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an id or pick one seen in telemetry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::LiveCallsWidget</name>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: human, agent, tool, server, region, conversation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a human only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new calls, or hold the table still (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the page of calls before the first row from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls with %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> - loading from the archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> - paused, %n new call(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message>
        <source>Gatehouse workspaces (*.gatehouse);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export signed report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify signed report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare deployments...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed scores before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; open it with Open workspace, or choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;A console for the people who approve and then watch AI agents that reach private systems: assess a deployment, keep hashed evidence, and prove it with a hash-chained audit trail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MatrixEditorWidget</name>
    <message>
        <source>&amp;Save scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the changed scores; earlier scores stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern reference...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision matrix has scores that were not saved. Save them before switching?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision matrix of %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a deployment to score it.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dimensions scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band: not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended pattern: %1. Best for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score all eight dimensions to see the recommended pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scoring history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MatrixHistoryDialog</name>
    <message>
        <source>Scoring history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MeasureController</name>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MeasurePage</name>
    <message>
        <source>Edit deployment &amp;links...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gateways, sandbox hosts and agents of this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill-switch drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway or sandbox host linked yet: edit the links to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every agent seen on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MeasuredControlModel</name>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the manual and the measured status disagree; the fail counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MeasuredControlsWidget</name>
    <message>
        <source>&amp;Evaluate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the controls from the telemetry of the chosen period and store the results as evidence (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the measured controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment on the Assess page to measure its controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness with measurements: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;, %3 of 12 controls satisfied (12 launch-ready, 10 or 11 pilot, fewer not ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) measured otherwise than the manual status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation waits for the baseline read...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deployment has no gateway or sandbox host linked. Link them with Edit deployment links (Ctrl+Alt+L), then evaluate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 to %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the baseline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n control(s) at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a control to see what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offending items (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drills (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offending items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never; run Evaluate now to measure it from telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2, measured %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as evidence #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::OffendingItemModel</name>
    <message>
        <source>Address</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (hours)</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute jurisdiction</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute region</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days covered</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data jurisdiction</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data region</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct secrets</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sequence</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag (minutes)</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stop (s)</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>offending item value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <comment>offending item value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::PatternReferenceDialog</name>
    <message>
        <source>Deployment patterns compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision matrix recommends %1 (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score all eight dimensions of a deployment to see which pattern it calls for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::PeriodChooser</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period whose telemetry is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom period starts at %1 and ends at %2: choose a start before its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReadOnlyHttpClient</name>
    <message>
        <source>&quot;%1&quot; is not a URL of a gateway or sandbox host: give https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: only loopback may be reached without TLS. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the scheme %2: only https:// is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate: give the file of the CA that issued the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: wrong password, or not a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system certificate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::Readiness</name>
    <message>
        <source>Service identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agent has its own credentials; no credential is used by two agents; no call lacks an agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default-deny is on; every granted write scope has an approval; no write call without a grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential in use is older than 24 hours; a break-glass policy is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call in the period traces back to a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listener on a non-loopback address; the tunnel is established outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sandbox is ephemeral and network-isolated; a pivot test within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call processed data outside its jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret reached the orchestration side unredacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIEM integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway and host ships logs; the last delivery is within 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 30 days of baseline before production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill within 90 days stopped the agent in under 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy signed off by legal, security and a business sponsor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observability and governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch-ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReadinessEvaluator</name>
    <message>
        <source>No gateway or sandbox host is linked to the deployment; link its sources first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %1: %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::RegionCatalog</name>
    <message>
        <source>The bundled region catalog is missing from this build; reinstall Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region catalog is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &apos;%1&apos; needs a code and a two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &apos;%1&apos; has coordinates off the globe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 region code; give the site another code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::RegionMapWidget</name>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to reset. Click an arc to see its calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no region reported yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (region %2 is not in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU / EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosses a jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data: Natural Earth (public domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) on data in %1 computed in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReportExportJob</name>
    <message>
        <source>Opening the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the report from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse audit report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report %1: %n page(s) written to %2%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped before the file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::RetentionDialog</name>
    <message>
        <source>Telemetry retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;telemetry for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest call kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted; the file grows as telemetry arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While a watch session runs, telemetry older than %n day(s) is deleted about once a minute. Evidence and the audit trail are never deleted. The file stops growing but does not shrink; close Gatehouse and run sqlite3 FILE VACUUM to shrink it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With less than %n day(s) kept, the anomaly-baselines control cannot gather its baseline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <comment>telemetry kept for</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecretStore</name>
    <message>
        <source>No secret is stored for %1 in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Gatehouse keeps secrets only there, never on disk: it will ask for the secret each time it is needed. Start and unlock a Secret Service keyring (GNOME Keyring or KWallet) to store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SignerPasswordDialog</name>
    <message>
        <source>Signing certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available; the password is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SiteMarker</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event %1 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) through %1, the newest at %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::SourceFeed</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event without a positive numeric id or without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap event without a valid from..to range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event larger than %1 bytes (or a line larger than %2 bytes) skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SourceListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP on loopback: the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SourcesPanel</name>
    <message>
        <source>No sources yet. Connect to a gateway or sandbox host, or start Gatehouse with --demo to watch the simulated fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s), all streaming.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) streaming, the others connecting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) stale, failing or reconnecting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TimeSeriesChart</name>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ToolCallDetails</name>
    <message>
        <source>no human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tool call to see its details and who caused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace / span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ToolCallModel</name>
    <message>
        <source>(no human)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <comment>tool call outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <comment>tool call outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>tool call outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ToolListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::VerifyReportDialog</name>
    <message>
        <source>trusted: the chain leads to the given CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no CA file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out only the signature value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: trust is not checked without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) appended after signing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does NOT match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signatures of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing when the check of %1 ends...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WallWindow</name>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls per minute, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls tools with no human behind it (latest: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes %2 data in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violations seen since the wall started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deployments assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls in the last full minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls without a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest call %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed lost: %1 since %2 - reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for a new violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WatchController</name>
    <message>
        <source>&amp;Connect to source...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a tunnel gateway or sandbox host, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the watched sources full screen for a SOC wall (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to watch its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first: what a source sends is archived in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry &amp;retention...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days of telemetry the workspace keeps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WatchPage</name>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls crossed a jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions not in the catalog: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WatchSession</name>
    <message>
        <source>Reading what the archive holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::Workspace</name>
    <message>
        <source>Cannot read the workspace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Gatehouse workspace (%2). Choose a workspace file, or create one with &apos;gatehouse-cli workspace init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: the file is shorter than its header says. Restore it from a backup; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database of another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Gatehouse (schema %2, this version reads up to %3). Open it with that version; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). Restore it from a backup; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1. Create one with &apos;gatehouse-cli workspace init&apos; or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a workspace. Create one with &apos;gatehouse-cli workspace init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WorldMap</name>
    <message>
        <source>The built-in world map is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world map data is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatehouseCli</name>
    <message>
        <source>deployment add takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added deployment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments yet; add one with &apos;gatehouse-cli deployment add NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DIMENSION=%2; dimensions are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of %1 must be a whole number from 1 to 5, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rationale for %1 needs a score for it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix set takes a DEPLOYMENT and at least one DIMENSION=SCORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scored %n dimension(s) of &apos;%1&apos;; total %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>total %1 of 40, %2 of 8 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix show takes one DEPLOYMENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist set takes DEPLOYMENT CONTROL STATUS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use not-assessed, pass, fail or not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist show takes one DEPLOYMENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 12 satisfied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes two or three DEPLOYMENT names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deployment to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name unique in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agents do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which systems and data are in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score decision-matrix dimensions from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a dimension has its score (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIMENSION=TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the scores, total, band and recommended pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a readiness control to not-assessed, pass, fail or not-applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note; required as justification for not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the twelve controls, their evidence and the readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare up to three deployments: scores, band, readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one DEPLOYMENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the DEPLOYMENT and the AGENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --source or --agent to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all seen on the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer allowed: %1 data in %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1: %2 at %3 by %4, time to stop %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the DEPLOYMENT, the DATA jurisdiction and the COMPUTE one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data may now be processed in %2 for &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data may no longer be processed in %2 for &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1 of %2 started at %3; stop the agent now, then run &apos;drill stop&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1 of %2 ended; &apos;evaluate&apos; measures its time to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must lie before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: not measured from telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site add takes one CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs --name, a two-letter --country, --lat and --lon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 added (%2, jurisdiction %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No on-premises sites; add one with &apos;gatehouse-cli site add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s code as telemetry names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction when not the country&apos;s (e.g. EU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent id (gen_ai.agent.id) being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link gateways, sandbox hosts and agents to a deployment (or unlink with --remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or sandbox host id, as in telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent id (gen_ai.agent.id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink instead of linking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a deployment&apos;s sources, agents, transfer rules and drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data&apos;s jurisdiction, e.g. EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute&apos;s jurisdiction, e.g. CH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis of the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow data of one jurisdiction to be processed in another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a transfer rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the start of a kill-switch drill on an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the end of the running kill-switch drill of an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an on-premises site to the region catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the on-premises sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the readiness controls from telemetry and store the results as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period (default: the archive&apos;s start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--collected takes a date (YYYY-MM-DD) or an ISO 8601 time, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--collected lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 (%2, revision %3) sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence note takes DEPLOYMENT CONTROL TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence add takes DEPLOYMENT CONTROL FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence list takes DEPLOYMENT CONTROL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for this control yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence status takes ID and one of draft, in-review, approved, rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence export takes DEPLOYMENT CONTROL ID OUTFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 does not belong to %2 / %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 bytes to %2; SHA-256 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence freshness takes DEPLOYMENT CONTROL DAYS (or &apos;none&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1 now expires after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the evidence was produced (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the evidence this one corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to a control; prints its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a written note to a control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a control&apos;s evidence with status and hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move evidence to in-review, approved, rejected or back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write evidence back to a file, verifying its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how old a control&apos;s evidence may be before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate takes events a second, above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-cert and --ca-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1, seed %2, %3 events/s per endpoint%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, faults %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving until interrupted%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CA certificate to %1: choose another --ca-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel gateways, 1 to 9 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox hosts, 0 to 9 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1 (default clean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed serves the same events (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events a second per endpoint (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (default: any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the CA certificate clients must trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with this CA certificate (PEM) instead of a new CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unencrypted PEM key of --ca-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token to require (default: a random one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults, e.g. drop=50,malformed=20,oversized=100,slow=200,duplicate=10,reorder=30,gap=40,jump=45,endless=BYTES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds (default: when interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the secret with --%1 VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one gateway or host URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration S is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3; %4 events stored, %5 duplicates skipped, %6 rejects, %7 gaps (%8 events lost), %9 reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the CA to trust (default: the system store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the bearer token (default: the token stored in the keyring for the first URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPKI SHA-256 of the server key, base64 or hex: any other key is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM client certificate to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM key of --client-cert (may be encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the password of --client-key (default: the password stored in the keyring for the first URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture for S seconds (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway or sandbox host base URLs (https://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a simulated fleet of gateways and sandbox hosts on loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture live feeds read-only into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the tools&apos; definitions as the server&apos;s pin in the workspace (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass this variable to a stdio server, from Gatehouse&apos;s environment (NAME) or set (NAME=VALUE); repeatable. Only PATH and HOME pass otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the HTTP bearer token from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the HTTP bearer token from the keyring entry of this source id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol generation: auto (default), legacy or modern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse servers listing more items (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http(s) URL of a Streamable HTTP endpoint, or, after &quot;--&quot;, the command that starts a stdio server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(URL | -- COMMAND ARGS...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout wants seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-items wants a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--era is auto, legacy or modern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 named by --token-env is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bearer token is for an HTTP server; pass a stdio server its credentials with --env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin: none in this workspace (use --pin to store one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin: all %1 tools match the pin of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin of %1: changed [%2], added [%3], removed [%4].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 %2 (%3, protocol %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: %1 - read %2, write %3, destructive %4, unknown %5; open-world %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions: %1 characters, about %2 tokens (characters/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned %1 tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(URL | -- COMMAND ARGS...) [--pin] [--timeout S] [--env NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumerate an MCP server read-only and classify its tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gatehouse-cli COMMAND [ARGUMENTS] [--workspace FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;gatehouse-cli COMMAND --help&apos; describes one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the audit trail records (default: $GATEHOUSE_ACTOR, then the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatehouse-cli: unknown command &apos;%1&apos;; &apos;gatehouse-cli --help&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployments the report covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOYMENT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the report period (date or ISO 8601 time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the report period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation named on the cover (default: the workspace&apos;s, see workspace set-organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor in the sign-off block (default: the actor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver in the sign-off block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the key and certificate of this PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.p12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the PKCS#12 password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an RFC 3161 timestamp from this authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the signature in the sign-off block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign needs --password-env VAR, the variable holding the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-env, --tsa and --visible-signature only apply with --sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tsa takes an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set; put the PKCS#12 password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse audit report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1: %2 pages written to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted (chains to the given CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (no --ca given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte range:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, covers the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bytes added after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp:   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one PDF file to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisation as one argument (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from %1 now name %2 on the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the audit report of deployments as a PDF, optionally signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed PDF; exit 0 only when the signature is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the organisation that reports name on their cover (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events stored, %2 duplicates skipped, %3 rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one OTLP/JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed, --rate, --gateways and --hosts take numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes an ISO 8601 time, e.g. 2026-12-01T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OTLP/JSON trace files (one export request a line) into the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source id to file the events under (default: file:&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTLP/JSON files, one request a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ground truth (seeded violations) of a simulated-fleet scenario as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways, 1 to 9 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of event 0 (default 2026-12-01T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is ready (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken at entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace, or bring one up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check and verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail (exit 1 when broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest audit-trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 and %2 from &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 and %2 to &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the days to keep as one whole number from %1 to %2, or off to keep everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now keeps all telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 now keeps telemetry for %n day(s); older telemetry is deleted while a watch session runs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace: %1 (schema %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls held: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls held: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace&apos;s size, telemetry retention, the time span of the calls held and the rows of each archive table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep telemetry for DAYS days (1 to 3650), deleting older telemetry while a watch session runs; off keeps everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep, 1 to 3650, or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>&quot;%1&quot; is not an http or https URL of an MCP endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP transport was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 sent more than %2 MiB in one reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 did not answer %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the MCP server %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 answered %2 without a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 refused %2 with HTTP %3; give it a valid bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 redirected %2 to another origin (HTTP %3); Gatehouse follows redirects only within the same origin. Use the final URL if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 answered %2 with HTTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryTarget</name>
    <message>
        <source>Name an MCP server: an http(s) URL, or a command after &quot;--&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRpcClient</name>
    <message>
        <source>Refused to send &quot;%1&quot; to the MCP server: only the read-only enumeration methods are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpHeaderCheck</name>
    <message>
        <source>x-mcp-header appears outside plain &quot;properties&quot; chains; a 2026-07-28 client drops this tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid or repeated x-mcp-header &quot;%2&quot;; a 2026-07-28 client drops this tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringSummaryBuilder</name>
    <message>
        <source>tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median call duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th-percentile call duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %n linked source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 on %2; %3 of %4 days with calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name no human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-jurisdiction calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>data processed outside its jurisdiction with no transfer rule allowing it (%n rule(s) in force)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calls in unknown regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalous hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill-switch drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1 for %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox run(s) of agent %1 through %2 name no human.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s) of agent %1 through %2 name no human.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of agent %1 processed %2 data (%3) in %4 compute (%5) without a transfer rule.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4 against a baseline of %5 (score %6, %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to stop not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill-switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill on agent %1 started %2 (%3): %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 name(s) no human</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>against a baseline of %1 days of calls, tokens and durations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationSetting</name>
    <message>
        <source>Reading the organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name must have 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the organisation name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The file is not a PDF or its end is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference chain loops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer names no catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which the signer does not read; write it with a classic cross-reference table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF refers to object %1, which it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog has no page tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfParser</name>
    <message>
        <source>The PDF is damaged at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>Encrypted PDFs cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature box is meant for page %1, but the document has %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s annotation list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature (%1 bytes) does not fit the space reserved for it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitally signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>The signature&apos;s byte range is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte range does not cover the file around the signature value exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were added after the signed revision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The signature uses an unknown digest algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest mismatch: the signed bytes were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded timestamp does not belong to this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value is not a CMS signature with one signer and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value does not match the signed attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chains to the given CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoisoningScanner</name>
    <message>
        <source>%1 contains the pseudo-tag &quot;%2&quot;, markup aimed at the model rather than the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives the model instructions (&quot;%2&quot;) that the user does not see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tells the model how to use other tools or servers (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the sensitive file &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the data-collection service &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to &quot;%2&quot;; check what the tool exposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the address &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a long encoded blob (%2 characters) that a reviewer cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points outside the definition (&quot;%2&quot;); a client that follows it fetches whatever is there now, so the pin does not cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; long definitions cost context and hide instructions well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it contains a secret, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hides %2 Unicode tag characters, invisible to the user; they read %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 bidirectional control characters, which make the text read differently from how it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 invisible characters (zero-width, joiners, selectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 terminal escape sequences, which can hide or rewrite text in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains what looks like a secret (rule %2); it is not shown. Rotate it and remove it from the definition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostureSnapshot</name>
    <message>
        <source>The posture document of %1 is not a JSON object (%2); the source sends something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posture document of %1 has no known kind; expected tunnel-gateway or sandbox-host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionKey</name>
    <message>
        <source>Reading the redaction key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the redaction key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 (%2) has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 (%2) is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment is a sampling exercise: evidence shows that a control operated when the evidence was collected, not at every moment of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control without evidence is reported as not assessed, never as passing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision matrix of %1 is incomplete, so no pattern is recommended for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry was captured for %1 in the period; its controls rest on manual evidence only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(organisation not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one deployment for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period needs both a start and an end, the start first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI agent deployments: decision, readiness, evidence and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is signed digitally and the signature covers the whole file. Check it with &quot;gatehouse-cli verify&quot; or any PDF signature verifier; a report changed after signing no longer verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria: the eight-dimension decision matrix (each scored 1 to 5; up to 15 pure SaaS, 16 to 28 managed sandbox, 29 and above self-hosted sandbox with tunnel) and the twelve-control readiness checklist (12 satisfied launch-ready, 10 or 11 pilot, fewer not ready). A control without evidence is reported as not assessed, never as passing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: not every dimension is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none until complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 12 controls satisfied (passed or justified as not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing or failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions: every control passed or was justified as not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence has been added for this deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected / added (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry captured for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: the baseline band, the median of comparable days (the same weekday once three weeks exist) plus or minus 3.5 robust deviations. Red bars fall outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline band: it needs at least six whole days whose counts vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey bars: days the period covers only in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls per day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data rests and where it was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arcs run from the region where the data rests (open dot) to the region that computed the call (filled dot); their width grows with the calls. Red: crosses a jurisdiction without a transfer rule; amber: crosses with one; blue: within one jurisdiction. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within one jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosses, allowed by a transfer rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosses, NOT allowed by any transfer rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, the signatories confirm that this report presents the assessment, the evidence index and the audit trail of the workspace as they stood when it was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, every entry links to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO: the chain is broken; see the workspace check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence hashes are SHA-256 over the stored content, computed when the evidence entered the workspace and checked again on export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Gatehouse audit report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PDF output has no creation date where expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not start the PDF for report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse audit report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionNote</name>
    <message numerus="yes">
        <source>The archive keeps %n day(s); calls before %1 are no longer held.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message>
        <source>Storing the telemetry retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the telemetry retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telemetry retention must be %1 to %2 days, or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpcReply</name>
    <message>
        <source>The MCP server %1 sent something that is not JSON-RPC (&quot;%2&quot;); check that the command starts an MCP server and that it logs to stderr only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 sent a message without &quot;jsonrpc&quot;: &quot;2.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 answered request %2 with neither a result nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAnalysis</name>
    <message>
        <source>The tool name &quot;%1&quot; breaks the naming rule (1 to 128 of A-Z a-z 0-9 _ - .); such names confuse agents and hide look-alikes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists the tool &quot;%1&quot; more than once; an agent cannot tell which one it calls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEnumerator</name>
    <message>
        <source>server/discover failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server/discover offered none of the revisions Gatehouse speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 does not speak the %2 revision: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 answered initialize with protocol revision &quot;%2&quot;, which Gatehouse does not speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 listed more than %2 items for %3; raise the item limit if that is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 repeated a cursor while paging %2; it loops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 sent more than %2 pages for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server %1 refused %2: %3 (code %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningIdentity</name>
    <message>
        <source>Cannot read the signing certificate file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file; export the key and certificate as .p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is wrong, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate that matches its private key; export the key together with its own certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2; renew it before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is not valid before %2; wait or use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 may not sign documents: its key usage has neither digitalSignature nor nonRepudiation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpkiPin</name>
    <message>
        <source>The server certificate could not be parsed to check its pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate has no readable public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin &quot;%1&quot; is not a SHA-256 digest: give 64 hex digits or 44 base64 characters of the SHA-256 of the server&apos;s SubjectPublicKeyInfo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StdioTransport</name>
    <message>
        <source>Its last message on stderr: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the MCP server &quot;%1&quot;: %2. Check the command and that it is on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; sent more than %2 MiB without ending a message while answering %3; it is flooding its output or is not an MCP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; %2 before answering %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; did not answer %2 within %3 s; it may be hanging. Raise the timeout if it is only slow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimestampClient</name>
    <message>
        <source>The time-stamping authority %1 did not answer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority %1 answered with something other than a time-stamp reply; check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority %1 refused the request or sent a token for something else: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped while waiting for the time-stamping authority %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolClassifier</name>
    <message>
        <source>&quot;%1&quot; is annotated read-only, but its name or schema says it is %2; the annotation is not believed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is annotated %2, but its name or schema says it is %3; it is counted as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no annotations; the specification&apos;s defaults make it a possibly destructive, open-world tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is classed read-only, but its description says it &quot;%2&quot; something.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolPinStore</name>
    <message>
        <source>reading the pinned MCP tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the MCP server pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server row vanished while pinning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the pinned MCP tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinning the MCP tool &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse</name>
    <message>
        <source>Gatehouse: assess AI agent deployments, keep their evidence and prove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace FILE (default: the last one, or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a temporary demo workspace with three example deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG of the main window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the screenshot after SECONDS (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changes as made by NAME (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show TAB first: matrix, readiness, watch, map, charts, inventory or measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo, the simulated fleet&apos;s scenario: %1 (default clean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo, the seed of the simulated traffic (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the wall display full screen instead of the window (Space pauses, arrows step, Esc leaves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wall, the light theme for bright rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wall, seconds each panel is shown (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo, events a second per simulated source (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another workspace (Cancel quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse workspaces (*.gatehouse);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall display needs a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo, let time run FACTOR times faster (1 to 1000, default 1), so that hours of traffic, charts and baselines pass in minutes. --rate counts in this faster time; --rotate stays in real seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-speed takes a factor from 1 to 1000, such as 48 for a day in half an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-speed only works with --demo: a real workspace keeps real time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse-cli</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown control &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
