// The workspace schema, as the ordered list of migrations that build it.
#include "schema.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> migrations = {
        Migration{
            1,
            "workspace core: meta, audit trail, deployments, matrix, checklist, evidence",
            {
                u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,

                u"CREATE TABLE audit_log ("
                " sequence INTEGER PRIMARY KEY,"
                " at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                " object TEXT NOT NULL, details TEXT NOT NULL,"
                " previous_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
                u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
                u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,

                u"CREATE TABLE deployment ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                " owner TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
                " scope TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL, created_by TEXT NOT NULL)"_s,

                // Every scoring is a new row; the current score of a dimension is its
                // newest row, so the history is the table itself.
                u"CREATE TABLE matrix_score ("
                " id INTEGER PRIMARY KEY,"
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " dimension TEXT NOT NULL,"
                " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
                " rationale TEXT NOT NULL DEFAULT '',"
                " scored_by TEXT NOT NULL, scored_at TEXT NOT NULL)"_s,
                u"CREATE INDEX matrix_score_by_deployment"
                " ON matrix_score(deployment_id, dimension, id)"_s,

                u"CREATE TABLE control_state ("
                " id INTEGER PRIMARY KEY,"
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " control TEXT NOT NULL,"
                " status TEXT NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL)"_s,
                u"CREATE INDEX control_state_by_deployment"
                " ON control_state(deployment_id, control, id)"_s,

                u"CREATE TABLE control_policy ("
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " control TEXT NOT NULL,"
                " max_evidence_age_days INTEGER,"
                " PRIMARY KEY (deployment_id, control))"_s,

                u"CREATE TABLE evidence ("
                " id INTEGER PRIMARY KEY,"
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " control TEXT NOT NULL,"
                " root_id INTEGER REFERENCES evidence(id),"
                " revision INTEGER NOT NULL DEFAULT 1,"
                " kind TEXT NOT NULL CHECK (kind IN ('file', 'note', 'measured')),"
                " source TEXT NOT NULL DEFAULT 'manual',"
                " title TEXT NOT NULL,"
                " file_name TEXT NOT NULL DEFAULT '',"
                " media_type TEXT NOT NULL DEFAULT '',"
                " size INTEGER NOT NULL,"
                " sha256 TEXT NOT NULL,"
                " collected_at TEXT NOT NULL,"
                " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'draft',"
                " reviewed_by TEXT NOT NULL DEFAULT '', reviewed_at TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX evidence_by_control ON evidence(deployment_id, control)"_s,
                // Content in chunks, so a large file is never held in memory whole.
                u"CREATE TABLE evidence_chunk ("
                " evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
                " chunk INTEGER NOT NULL, data BLOB NOT NULL,"
                " PRIMARY KEY (evidence_id, chunk)) WITHOUT ROWID"_s,
            }},
        Migration{
            2,
            "telemetry archive: events once by source and sequence, calls, sandbox runs, drills,"
            " rejects, gaps, posture snapshots",
            {
                // One row an event received, stored or rejected: the unique key is what makes
                // resent and reordered events land once.
                u"CREATE TABLE telemetry_event ("
                " source TEXT NOT NULL, sequence INTEGER NOT NULL,"
                " received_ms INTEGER NOT NULL, size INTEGER NOT NULL,"
                " rejected INTEGER NOT NULL DEFAULT 0,"
                " UNIQUE (source, sequence))"_s,
                u"CREATE TABLE telemetry_call ("
                " id INTEGER PRIMARY KEY,"
                " source TEXT NOT NULL, sequence INTEGER NOT NULL, span_index INTEGER NOT NULL,"
                " start_ns INTEGER NOT NULL, duration_ns INTEGER NOT NULL,"
                " trace_id TEXT NOT NULL, span_id TEXT NOT NULL,"
                " human TEXT NOT NULL, agent_id TEXT NOT NULL, agent_name TEXT NOT NULL,"
                " service_identity TEXT NOT NULL, credential_id TEXT NOT NULL,"
                " conversation_id TEXT NOT NULL, actor_chain TEXT NOT NULL,"
                " tool TEXT NOT NULL, mcp_server TEXT NOT NULL, mcp_method TEXT NOT NULL,"
                " write_tool INTEGER NOT NULL,"
                " data_region TEXT NOT NULL, compute_region TEXT NOT NULL,"
                " outcome TEXT NOT NULL, error_type TEXT NOT NULL,"
                " tokens_in INTEGER NOT NULL, tokens_out INTEGER NOT NULL,"
                " sandbox_id TEXT NOT NULL, policy_decision TEXT NOT NULL, scope TEXT NOT NULL,"
                " redactions INTEGER NOT NULL, arguments TEXT NOT NULL)"_s,
                // The live table pages newest first (by id) under a filter; these serve the
                // selective filters, the others scan the id order and stop at a page.
                u"CREATE INDEX telemetry_call_by_human ON telemetry_call(human)"_s,
                u"CREATE INDEX telemetry_call_by_agent ON telemetry_call(agent_id)"_s,
                u"CREATE INDEX telemetry_call_by_tool ON telemetry_call(tool)"_s,
                u"CREATE INDEX telemetry_call_by_time ON telemetry_call(start_ns)"_s,
                u"CREATE TABLE telemetry_execution ("
                " id INTEGER PRIMARY KEY,"
                " source TEXT NOT NULL, sequence INTEGER NOT NULL, span_index INTEGER NOT NULL,"
                " start_ns INTEGER NOT NULL, duration_ns INTEGER NOT NULL,"
                " trace_id TEXT NOT NULL, span_id TEXT NOT NULL,"
                " sandbox_id TEXT NOT NULL, compute_region TEXT NOT NULL,"
                " agent_id TEXT NOT NULL, human TEXT NOT NULL, command TEXT NOT NULL,"
                " exit_code INTEGER NOT NULL, stdout TEXT NOT NULL, stderr TEXT NOT NULL,"
                " redactions INTEGER NOT NULL)"_s,
                u"CREATE TABLE telemetry_drill ("
                " id INTEGER PRIMARY KEY,"
                " source TEXT NOT NULL, sequence INTEGER NOT NULL, span_index INTEGER NOT NULL,"
                " at_ns INTEGER NOT NULL, drill_id TEXT NOT NULL, agent_id TEXT NOT NULL,"
                " phase TEXT NOT NULL)"_s,
                u"CREATE TABLE telemetry_reject ("
                " id INTEGER PRIMARY KEY,"
                " source TEXT NOT NULL, sequence INTEGER NOT NULL, received_ms INTEGER NOT NULL,"
                " reason TEXT NOT NULL, detail TEXT NOT NULL, size INTEGER NOT NULL,"
                " head BLOB NOT NULL)"_s,
                u"CREATE INDEX telemetry_reject_by_source ON telemetry_reject(source, id)"_s,
                u"CREATE TABLE telemetry_gap ("
                " id INTEGER PRIMARY KEY,"
                " source TEXT NOT NULL, from_sequence INTEGER NOT NULL,"
                " to_sequence INTEGER NOT NULL, recorded_ms INTEGER NOT NULL,"
                " reason TEXT NOT NULL)"_s,
                u"CREATE TABLE telemetry_posture ("
                " id INTEGER PRIMARY KEY,"
                " source TEXT NOT NULL, fetched_at TEXT NOT NULL, kind TEXT NOT NULL,"
                " json TEXT NOT NULL, tunnel_state TEXT NOT NULL,"
                " listeners INTEGER NOT NULL, non_loopback_listeners INTEGER NOT NULL,"
                " credentials INTEGER NOT NULL, siem_sinks INTEGER NOT NULL,"
                " last_siem_delivery TEXT NOT NULL, default_deny INTEGER NOT NULL,"
                " sandboxes INTEGER NOT NULL)"_s,
                u"CREATE INDEX telemetry_posture_by_source ON telemetry_posture(source, id)"_s,
            }},
        Migration{
            3,
            "MCP inventory: servers and the pinned hash of each tool definition",
            {
                u"CREATE TABLE mcp_server ("
                " id INTEGER PRIMARY KEY,"
                " server_key TEXT NOT NULL UNIQUE,"
                " transport TEXT NOT NULL, endpoint TEXT NOT NULL,"
                " name TEXT NOT NULL DEFAULT '', version TEXT NOT NULL DEFAULT '',"
                " protocol_version TEXT NOT NULL DEFAULT '',"
                " pinned_at TEXT NOT NULL, pinned_by TEXT NOT NULL)"_s,
                // class is the inventory's classification, so the least-privilege control can
                // list the write-capable tools without re-running the analysis.
                u"CREATE TABLE mcp_tool_pin ("
                " server_id INTEGER NOT NULL REFERENCES mcp_server(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, sha256 TEXT NOT NULL,"
                " class TEXT NOT NULL CHECK (class IN ('read', 'write', 'destructive', 'unknown')),"
                " open_world INTEGER NOT NULL, definition TEXT NOT NULL,"
                " PRIMARY KEY (server_id, name))"_s,
            }},
        Migration{
            4,
            "evaluation: deployment links to sources and agents, transfer rules, kill-switch"
            " drills, on-premises sites",
            {
                // Source ids as they appear in telemetry_*.source and telemetry_posture.
                u"CREATE TABLE deployment_source ("
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " source TEXT NOT NULL,"
                " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
                " PRIMARY KEY (deployment_id, source))"_s,
                u"CREATE TABLE deployment_agent ("
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " agent_id TEXT NOT NULL,"
                " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
                " PRIMARY KEY (deployment_id, agent_id))"_s,
                u"CREATE TABLE transfer_rule ("
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " data_jurisdiction TEXT NOT NULL, compute_jurisdiction TEXT NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
                " PRIMARY KEY (deployment_id, data_jurisdiction, compute_jurisdiction))"_s,
                // Times in Unix milliseconds beside the text, so the measurement can compare
                // them with telemetry_call.start_ns without parsing.
                u"CREATE TABLE kill_switch_drill ("
                " id INTEGER PRIMARY KEY,"
                " deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,"
                " agent_id TEXT NOT NULL,"
                " started_at TEXT NOT NULL, started_ms INTEGER NOT NULL, started_by TEXT NOT NULL,"
                " runbook TEXT NOT NULL DEFAULT '',"
                " ended_at TEXT NOT NULL DEFAULT '', ended_by TEXT NOT NULL DEFAULT '',"
                " last_call_ms INTEGER, time_to_stop_ms INTEGER,"
                " measured_at TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX kill_switch_drill_by_deployment"
                " ON kill_switch_drill(deployment_id, agent_id, started_ms)"_s,
                u"CREATE TABLE region_site ("
                " code TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL DEFAULT '',"
                " country TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL,"
                " jurisdiction TEXT NOT NULL DEFAULT '',"
                " added_at TEXT NOT NULL, added_by TEXT NOT NULL)"_s,
            }},
        Migration{
            5,
            "telemetry archive: per-minute sums of the calls by source and agent, for the charts",
            {
                // Kept by the archive writer in the transaction of the calls it sums. durations
                // holds DurationHistogram::toText(): "bin:count" pairs, which SQL can build
                // (SQLite 3.40 cannot make a binary blob from numbers).
                u"CREATE TABLE telemetry_minute ("
                " minute_ms INTEGER NOT NULL, source TEXT NOT NULL, agent_id TEXT NOT NULL,"
                " calls INTEGER NOT NULL, tokens_in INTEGER NOT NULL,"
                " tokens_out INTEGER NOT NULL, rejects INTEGER NOT NULL,"
                " durations TEXT NOT NULL,"
                " PRIMARY KEY (minute_ms, source, agent_id)) WITHOUT ROWID"_s,
                u"CREATE INDEX telemetry_minute_by_agent"
                " ON telemetry_minute(agent_id, minute_ms)"_s,
                // The calls stored before: the minute and the duration bin computed as
                // MinuteRollup::minuteOf and DurationHistogram::add do (bin 0 below 0.01 ms,
                // then 10 % wider each, the last open-ended; no bin without a duration).
                u"INSERT INTO telemetry_minute"
                " SELECT minute_ms, source, agent_id, sum(n), sum(tokens_in), sum(tokens_out),"
                " sum(rejects), coalesce(group_concat(bin || ':' || n, ','), '')"
                " FROM (SELECT minute_ms, source, agent_id, bin, count(*) AS n,"
                " sum(max(tokens_in, 0)) AS tokens_in, sum(max(tokens_out, 0)) AS tokens_out,"
                " sum(outcome = 'denied') AS rejects"
                " FROM (SELECT source, agent_id, tokens_in, tokens_out, outcome,"
                " start_ns / 1000000 - (start_ns / 1000000 % 60000 + 60000) % 60000 AS minute_ms,"
                " CASE WHEN duration_ns <= 0 THEN NULL"
                " WHEN duration_ns / 1e6 < 0.01 THEN 0"
                " ELSE min(199, 1 + CAST(ln(duration_ns / 1e6 / 0.01) / ln(1.1) AS INTEGER))"
                " END AS bin FROM telemetry_call)"
                " GROUP BY minute_ms, source, agent_id, bin)"
                " GROUP BY minute_ms, source, agent_id"_s,
            }},
        Migration{
            6,
            "telemetry archive: the time of each row indexed, so retention deletes the oldest"
            " rows without scanning the tables",
            {
                // telemetry_call is indexed by start_ns already; drills are few and kept.
                u"CREATE INDEX telemetry_event_by_time ON telemetry_event(received_ms)"_s,
                u"CREATE INDEX telemetry_execution_by_time ON telemetry_execution(start_ns)"_s,
                u"CREATE INDEX telemetry_reject_by_time ON telemetry_reject(received_ms)"_s,
                u"CREATE INDEX telemetry_gap_by_time ON telemetry_gap(recorded_ms)"_s,
                u"CREATE INDEX telemetry_posture_by_time ON telemetry_posture(fetched_at)"_s,
            }},
    };
    return migrations;
}

} // namespace Gatehouse
