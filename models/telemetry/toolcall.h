// One tool call as Gatehouse keeps it: a thin record of ids, times, counts and short strings that
// the live table, the attribution tree, the archive and the evaluators all share.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Gatehouse {

struct ToolCall
{
    // Where it came from, and which span of that event it was; (source, sequence) is unique.
    QString source;
    qint64 sequence = 0;
    int spanIndex = 0;
    // Assigned by the archive when stored; increases in the order calls were stored.
    qint64 archiveId = 0;

    qint64 startNs = 0;    // Unix time of the span start, nanoseconds
    qint64 durationNs = 0; // end - start, 0 when unknown
    QString traceId;       // 32 lower-case hex digits
    QString spanId;        // 16 lower-case hex digits

    QString human;           // enduser.id; empty when no human is known
    QString agentId;         // gen_ai.agent.id
    QString agentName;       // gen_ai.agent.name
    QString serviceIdentity; // gatehouse.agent.service_identity
    QString credentialId;    // gatehouse.credential.id
    QString conversationId;  // gen_ai.conversation.id
    QString actorChain;      // gatehouse.actor_chain, outermost first, joined with " > "

    QString toolName;       // gen_ai.tool.name
    QString mcpServer;      // gatehouse.mcp.server
    QString mcpMethod;      // mcp.method.name
    bool writeTool = false; // gatehouse.tool.write

    QString dataRegion;    // gatehouse.data.region
    QString computeRegion; // cloud.region of the span, else of the resource

    QString outcome;       // "ok", "error" or "denied"
    QString errorType;     // error.type
    qint64 tokensIn = -1;  // gen_ai.usage.input_tokens, -1 when not reported
    qint64 tokensOut = -1; // gen_ai.usage.output_tokens, -1 when not reported

    QString sandboxId;      // gatehouse.sandbox.id
    QString policyDecision; // gatehouse.policy.decision: allow, deny, modify, warn, escalate
    QString scope;          // gatehouse.policy.scope, e.g. "filesystem:write"
    int redactions = 0;     // upstream gatehouse.redactions plus what Gatehouse redacted

    // gen_ai.tool.call.arguments as delivered, after redaction, cut to a snippet.
    QString arguments;
};

using ToolCallBatch = QList<ToolCall>;

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::ToolCall)
Q_DECLARE_METATYPE(Gatehouse::ToolCallBatch)
