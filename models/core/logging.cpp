// Definitions of the developer log categories.
#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "gatehouse.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "gatehouse.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEvidence, "gatehouse.evidence", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIngest, "gatehouse.ingest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFeed, "gatehouse.feed", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInventory, "gatehouse.inventory", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "gatehouse.report", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSigning, "gatehouse.signing", QtWarningMsg)
