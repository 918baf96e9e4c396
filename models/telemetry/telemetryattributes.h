// The attribute keys Gatehouse reads from OTLP spans: the OpenTelemetry GenAI/MCP names it relies
// on and the gatehouse.* names it defines for what those lack (documented in docs/protocol.md).
#pragma once

#include <string_view>

namespace Gatehouse::Attr {

// OpenTelemetry semantic conventions.
inline constexpr std::string_view OperationName = "gen_ai.operation.name";
inline constexpr std::string_view AgentId = "gen_ai.agent.id";
inline constexpr std::string_view AgentName = "gen_ai.agent.name";
inline constexpr std::string_view ConversationId = "gen_ai.conversation.id";
inline constexpr std::string_view ToolName = "gen_ai.tool.name";
inline constexpr std::string_view ToolCallId = "gen_ai.tool.call.id";
inline constexpr std::string_view ToolCallArguments = "gen_ai.tool.call.arguments";
inline constexpr std::string_view InputTokens = "gen_ai.usage.input_tokens";
inline constexpr std::string_view OutputTokens = "gen_ai.usage.output_tokens";
inline constexpr std::string_view McpMethod = "mcp.method.name";
inline constexpr std::string_view McpProtocolVersion = "mcp.protocol.version";
inline constexpr std::string_view EndUser = "enduser.id";
inline constexpr std::string_view CloudRegion = "cloud.region";
inline constexpr std::string_view ErrorType = "error.type";
inline constexpr std::string_view ServiceName = "service.name";

// Gatehouse's own namespace.
inline constexpr std::string_view ServiceIdentity = "gatehouse.agent.service_identity";
inline constexpr std::string_view CredentialId = "gatehouse.credential.id";
inline constexpr std::string_view ActorChain = "gatehouse.actor_chain";
inline constexpr std::string_view McpServer = "gatehouse.mcp.server";
inline constexpr std::string_view ToolWrite = "gatehouse.tool.write";
inline constexpr std::string_view DataRegion = "gatehouse.data.region";
inline constexpr std::string_view SandboxId = "gatehouse.sandbox.id";
inline constexpr std::string_view SandboxCommand = "gatehouse.sandbox.command";
inline constexpr std::string_view SandboxExitCode = "gatehouse.sandbox.exit_code";
inline constexpr std::string_view SandboxStdout = "gatehouse.sandbox.stdout";
inline constexpr std::string_view SandboxStderr = "gatehouse.sandbox.stderr";
inline constexpr std::string_view PolicyDecision = "gatehouse.policy.decision";
inline constexpr std::string_view PolicyScope = "gatehouse.policy.scope";
inline constexpr std::string_view Redactions = "gatehouse.redactions";
inline constexpr std::string_view DrillId = "gatehouse.drill.id";
inline constexpr std::string_view DrillPhase = "gatehouse.drill.phase";

// Values of gen_ai.operation.name that select the record a span becomes.
inline constexpr std::string_view OpExecuteTool = "execute_tool";
inline constexpr std::string_view OpSandboxExec = "gatehouse.sandbox.exec";
inline constexpr std::string_view OpDrill = "gatehouse.drill";

} // namespace Gatehouse::Attr
