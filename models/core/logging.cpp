// Definitions of the developer log categories.
#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "gatehouse.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "gatehouse.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvidence, "gatehouse.evidence", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "gatehouse.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "gatehouse.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "gatehouse.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "gatehouse.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSigning, "gatehouse.signing", QtInfoMsg)
