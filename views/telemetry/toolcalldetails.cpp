// Rendering one tool call as a small table of fields and its chain from human to data.
#include "toolcalldetails.h"

#include "models/core/clock.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString row(const QString& label, const QString& value)
{
    const QString shown = value.isEmpty() ? u"&mdash;"_s : value.toHtmlEscaped();
    return u"<tr><td style='color:palette(mid);padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), shown);
}

QString tokens(qint64 value)
{
    return value < 0 ? QString() : QLocale().toString(value);
}

// human > agent (identity, credential) > conversation > tool > server / data region
QString chain(const ToolCall& call)
{
    const QString human = call.human.isEmpty() ? u"<b style='color:#c62828'>%1</b>"_s.arg(
                              ToolCallDetails::tr("no human").toHtmlEscaped())
                                               : call.human.toHtmlEscaped();
    const QStringList steps = {
        human,
        u"%1 <small>(%2, %3)</small>"_s.arg(call.agentId.toHtmlEscaped(),
                                            call.serviceIdentity.toHtmlEscaped(),
                                            call.credentialId.toHtmlEscaped()),
        call.conversationId.toHtmlEscaped(), call.toolName.toHtmlEscaped(),
        u"%1 / %2"_s.arg(call.mcpServer.toHtmlEscaped(), call.dataRegion.toHtmlEscaped())};
    return steps.join(u" &rarr; "_s);
}

} // namespace

ToolCallDetails::ToolCallDetails(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(u"toolCallDetails"_s);
    setOpenLinks(false);
    showNothing();
}

void ToolCallDetails::showNothing()
{
    setHtml(u"<p style='color:palette(mid)'>%1</p>"_s.arg(
        tr("Select a tool call to see its details and who caused it.").toHtmlEscaped()));
}

void ToolCallDetails::showCall(const ToolCall& call)
{
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(call.startNs / 1'000'000, QTimeZone::utc());
    QString html = u"<p>%1</p><table>"_s.arg(chain(call));
    html += row(tr("Time (UTC)"), toIsoUtc(start));
    html += row(tr("Duration"), tr("%1 ms").arg(QLocale().toString(call.durationNs / 1e6, 'f', 1)));
    html += row(tr("Outcome"), call.errorType.isEmpty()
                                   ? call.outcome
                                   : call.outcome + u" ("_s + call.errorType + u')');
    html += row(tr("Actor chain"), call.actorChain);
    html += row(tr("Agent"), call.agentName.isEmpty() ? call.agentId : call.agentName);
    html += row(tr("MCP method"), call.mcpMethod);
    html += row(tr("Write tool"), call.writeTool ? tr("yes") : tr("no"));
    html += row(tr("Scope"), call.scope);
    html += row(tr("Policy decision"), call.policyDecision);
    html += row(tr("Compute region"), call.computeRegion);
    html += row(tr("Sandbox"), call.sandboxId);
    html += row(tr("Tokens in / out"), tokens(call.tokensIn) + u" / "_s + tokens(call.tokensOut));
    html += row(tr("Redactions"), QString::number(call.redactions));
    html += row(tr("Trace / span"), call.traceId + u" / "_s + call.spanId);
    html += row(tr("Source / sequence"), call.source + u" #"_s + QString::number(call.sequence));
    html += row(tr("Arguments"), call.arguments);
    setHtml(html + u"</table>"_s);
}

} // namespace Gatehouse
