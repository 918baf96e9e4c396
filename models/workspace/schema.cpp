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
    };
    return migrations;
}

} // namespace Gatehouse
