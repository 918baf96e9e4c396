<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Gatehouse::AuditTrail</name>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n entry, chain intact</numerusform>
            <numerusform>%n entries, chain intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::BaselineChartPane</name>
    <message numerus="yes">
        <source>Coverage %1 days of hourly data (%2 needed before production); %n anomalous hour(s) shown.</source>
        <translation>
            <numerusform>Coverage %1 days of hourly data (%2 needed before production); %n anomalous hour shown.</numerusform>
            <numerusform>Coverage %1 days of hourly data (%2 needed before production); %n anomalous hours shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Evaluation</name>
    <message numerus="yes">
        <source>The baseline covers %1 days; %n anomalous hour(s).</source>
        <translation>
            <numerusform>The baseline covers %1 days; %n anomalous hour.</numerusform>
            <numerusform>The baseline covers %1 days; %n anomalous hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were used more than 24 hours after issue or expired.</source>
        <translation>
            <numerusform>%n credential was used more than 24 hours after issue or expired.</numerusform>
            <numerusform>%n credentials were used more than 24 hours after issue or expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in use are missing from the gateways&apos; inventories, so their age is unknown.</source>
        <translation>
            <numerusform>%n credential in use is missing from the gateways&apos; inventories, so its age is unknown.</numerusform>
            <numerusform>%n credentials in use are missing from the gateways&apos; inventories, so their age is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in use, all younger than 24 hours when used.</source>
        <translation>
            <numerusform>%n credential in use, younger than 24 hours when used.</numerusform>
            <numerusform>%n credentials in use, all younger than 24 hours when used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) processed data outside its jurisdiction, first: %1 data in %2.</source>
        <translation>
            <numerusform>%n call processed data outside its jurisdiction: %1 data in %2.</numerusform>
            <numerusform>%n calls processed data outside its jurisdiction, first: %1 data in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) name regions the catalog does not know or no region: %1.</source>
        <translation>
            <numerusform>%n call names regions the catalog does not know or no region: %1.</numerusform>
            <numerusform>%n calls name regions the catalog does not know or no region: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n call(s) processed data within its jurisdiction.</source>
        <translation>
            <numerusform>%n call processed data within its jurisdiction.</numerusform>
            <numerusform>All %n calls processed data within its jurisdiction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox run(s)</source>
        <translation>
            <numerusform>%n sandbox run</numerusform>
            <numerusform>%n sandbox runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) await five minutes of telemetry after their start.</source>
        <translation>
            <numerusform>%n drill awaits five minutes of telemetry after its start.</numerusform>
            <numerusform>%n drills await five minutes of telemetry after their start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) on agents that made no call in the day before: nothing was seen to stop.</source>
        <translation>
            <numerusform>%n drill on an agent that made no call in the day before: nothing was seen to stop.</numerusform>
            <numerusform>%n drills on agents that made no call in the day before: nothing was seen to stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1 without a grant, %2 under an unapproved grant.</source>
        <translation>
            <numerusform>%n problem: %1 without a grant, %2 under an unapproved grant.</numerusform>
            <numerusform>%n problems: %1 without a grant, %2 under an unapproved grant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write call(s)</source>
        <translation>
            <numerusform>%n write call</numerusform>
            <numerusform>%n write calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write grant(s)</source>
        <translation>
            <numerusform>%n write grant</numerusform>
            <numerusform>%n write grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on %1, first: %2 on %3.</source>
        <translation>
            <numerusform>%n problem on %1: %2 on %3.</numerusform>
            <numerusform>%n problems on %1, first: %2 on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation>
            <numerusform>%n gateway</numerusform>
            <numerusform>%n gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) listen on loopback only, tunnels outbound.</source>
        <translation>
            <numerusform>%n gateway listens on loopback only, tunnels outbound.</numerusform>
            <numerusform>%n gateways listen on loopback only, tunnels outbound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) arrived unredacted from %1; %2 stored unredacted.</source>
        <translation>
            <numerusform>%n secret arrived unredacted from %1; %2 stored unredacted.</numerusform>
            <numerusform>%n secrets arrived unredacted from %1; %2 stored unredacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source stream(s)</source>
        <translation>
            <numerusform>%n source stream</numerusform>
            <numerusform>%n source streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared credential(s), %1 without an agent id, %2 without a credential.</source>
        <translation>
            <numerusform>%n shared credential, %1 without an agent id, %2 without a credential.</numerusform>
            <numerusform>%n shared credentials, %1 without an agent id, %2 without a credential.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s), each used by one agent, over %1.</source>
        <translation>
            <numerusform>%n credential, used by one agent, over %1.</numerusform>
            <numerusform>%n credentials, each used by one agent, over %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) do not ship logs in time, first: %1 (%2).</source>
        <translation>
            <numerusform>%n source does not ship logs in time: %1 (%2).</numerusform>
            <numerusform>%n sources do not ship logs in time, first: %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) ship logs, last delivery within 15 minutes.</source>
        <translation>
            <numerusform>%n source ships logs, last delivery within 15 minutes.</numerusform>
            <numerusform>All %n sources ship logs, last delivery within 15 minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sandbox(es) ephemeral, network-isolated, pivot-tested within 90 days.</source>
        <translation>
            <numerusform>%n sandbox ephemeral, network-isolated, pivot-tested within 90 days.</numerusform>
            <numerusform>%n sandboxes ephemeral, network-isolated, pivot-tested within 90 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::EvidenceWidget</name>
    <message numerus="yes">
        <source>Evidence of %1 must now be no older than %n day(s).</source>
        <translation>
            <numerusform>Evidence of %1 must now be no older than %n day.</numerusform>
            <numerusform>Evidence of %1 must now be no older than %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::InventoryWidget</name>
    <message numerus="yes">
        <source>Pinning %n tool(s)...</source>
        <translation>
            <numerusform>Pinning %n tool...</numerusform>
            <numerusform>Pinning %n tools...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n tool(s).</source>
        <translation>
            <numerusform>Pinned %n tool.</numerusform>
            <numerusform>Pinned %n tools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::LiveCallsWidget</name>
    <message numerus="yes">
        <source>%n call(s) shown</source>
        <translation>
            <numerusform>%n call shown</numerusform>
            <numerusform>%n calls shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> - paused, %n new call(s) waiting</source>
        <translation>
            <numerusform> - paused, %n new call waiting</numerusform>
            <numerusform> - paused, %n new calls waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message numerus="yes">
        <source>Audit trail: %n entries</source>
        <translation>
            <numerusform>Audit trail: %n entry</numerusform>
            <numerusform>Audit trail: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MeasurePage</name>
    <message numerus="yes">
        <source>%n source(s) linked</source>
        <translation>
            <numerusform>%n source linked</numerusform>
            <numerusform>%n sources linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MeasuredControlsWidget</name>
    <message numerus="yes">
        <source>%n control(s) measured otherwise than the manual status.</source>
        <translation>
            <numerusform>%n control measured otherwise than the manual status.</numerusform>
            <numerusform>%n controls measured otherwise than the manual status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n control(s) at %1.</source>
        <translation>
            <numerusform>Evaluated %n control at %1.</numerusform>
            <numerusform>Evaluated %n controls at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offending items (%n)</source>
        <translation>
            <numerusform>Offending items (%n)</numerusform>
            <numerusform>Offending items (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::RegionMapWidget</name>
    <message numerus="yes">
        <source>%n call(s) on data in %1 computed in %2</source>
        <translation>
            <numerusform>%n call on data in %1 computed in %2</numerusform>
            <numerusform>%n calls on data in %1 computed in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReportExportJob</name>
    <message numerus="yes">
        <source>Report %1: %n page(s) written to %2%3</source>
        <translation>
            <numerusform>Report %1: %n page written to %2%3</numerusform>
            <numerusform>Report %1: %n pages written to %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::RetentionDialog</name>
    <message numerus="yes">
        <source>While a watch session runs, telemetry older than %n day(s) is deleted about once a minute. Evidence and the audit trail are never deleted. The file stops growing but does not shrink; close Gatehouse and run sqlite3 FILE VACUUM to shrink it.</source>
        <translation>
            <numerusform>While a watch session runs, telemetry older than %n day is deleted about once a minute. Evidence and the audit trail are never deleted. The file stops growing but does not shrink; close Gatehouse and run sqlite3 FILE VACUUM to shrink it.</numerusform>
            <numerusform>While a watch session runs, telemetry older than %n days is deleted about once a minute. Evidence and the audit trail are never deleted. The file stops growing but does not shrink; close Gatehouse and run sqlite3 FILE VACUUM to shrink it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With less than %n day(s) kept, the anomaly-baselines control cannot gather its baseline.</source>
        <translation>
            <numerusform>With less than %n day kept, the anomaly-baselines control cannot gather its baseline.</numerusform>
            <numerusform>With less than %n days kept, the anomaly-baselines control cannot gather its baseline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::SiteMarker</name>
    <message numerus="yes">
        <source>%n call(s) through %1, the newest at %2.</source>
        <translation>
            <numerusform>%n call through %1, the newest at %2.</numerusform>
            <numerusform>%n calls through %1, the newest at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::SourcesPanel</name>
    <message numerus="yes">
        <source>%n source(s), all streaming.</source>
        <translation>
            <numerusform>%n source, all streaming.</numerusform>
            <numerusform>%n sources, all streaming.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) streaming, the others connecting.</source>
        <translation>
            <numerusform>%1 of %n source streaming, the others connecting.</numerusform>
            <numerusform>%1 of %n sources streaming, the others connecting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) stale, failing or reconnecting.</source>
        <translation>
            <numerusform>%1 of %n source stale, failing or reconnecting.</numerusform>
            <numerusform>%1 of %n sources stale, failing or reconnecting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::VerifyReportDialog</name>
    <message numerus="yes">
        <source>%n byte(s) appended after signing</source>
        <translation>
            <numerusform>%n byte appended after signing</numerusform>
            <numerusform>%n bytes appended after signing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::WallWindow</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatehouseCli</name>
    <message numerus="yes">
        <source>Scored %n dimension(s) of &apos;%1&apos;; total %2.</source>
        <translation>
            <numerusform>Scored %n dimension of &apos;%1&apos;; total %2.</numerusform>
            <numerusform>Scored %n dimensions of &apos;%1&apos;; total %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidence</numerusform>
            <numerusform>%n evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now keeps telemetry for %n day(s); older telemetry is deleted while a watch session runs.</source>
        <translation>
            <numerusform>%1 now keeps telemetry for %n day; older telemetry is deleted while a watch session runs.</numerusform>
            <numerusform>%1 now keeps telemetry for %n days; older telemetry is deleted while a watch session runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringSummaryBuilder</name>
    <message numerus="yes">
        <source>%n sandbox run(s) of agent %1 through %2 name no human.</source>
        <translation>
            <numerusform>%n sandbox run of agent %1 through %2 names no human.</numerusform>
            <numerusform>%n sandbox runs of agent %1 through %2 name no human.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s) of agent %1 through %2 name no human.</source>
        <translation>
            <numerusform>%n tool call of agent %1 through %2 names no human.</numerusform>
            <numerusform>%n tool calls of agent %1 through %2 name no human.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of agent %1 processed %2 data (%3) in %4 compute (%5) without a transfer rule.</source>
        <translation>
            <numerusform>%n call of agent %1 processed %2 data (%3) in %4 compute (%5) without a transfer rule.</numerusform>
            <numerusform>%n calls of agent %1 processed %2 data (%3) in %4 compute (%5) without a transfer rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n linked source(s)</source>
        <translation>
            <numerusform>from %n linked source</numerusform>
            <numerusform>from %n linked sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 name(s) no human</source>
        <translation>
            <numerusform>%n of %1 names no human</numerusform>
            <numerusform>%n of %1 name no human</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data processed outside its jurisdiction with no transfer rule allowing it (%n rule(s) in force)</source>
        <translation>
            <numerusform>data processed outside its jurisdiction with no transfer rule allowing it (%n rule in force)</numerusform>
            <numerusform>data processed outside its jurisdiction with no transfer rule allowing it (%n rules in force)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message numerus="yes">
        <source>%n byte(s) were added after the signed revision.</source>
        <translation>
            <numerusform>%n byte was added after the signed revision.</numerusform>
            <numerusform>%n bytes were added after the signed revision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionNote</name>
    <message numerus="yes">
        <source>The archive keeps %n day(s); calls before %1 are no longer held.</source>
        <translation>
            <numerusform>The archive keeps %n day; calls before %1 are no longer held.</numerusform>
            <numerusform>The archive keeps %n days; calls before %1 are no longer held.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse-cli</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
</TS>
