// Read from the gateways' posture: a listener on any address but loopback accepts inbound
// connections, and the tunnel must be established from the inside out.
#include "outboundonlyevaluator.h"

#include "evaluationsupport.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

bool isLoopback(const QString& address)
{
    return address.startsWith("127."_L1) || address == "::1"_L1 || address == "localhost"_L1
           || address == "[::1]"_L1;
}

void checkGateway(const PostureView& p, QJsonArray& offending, qint64& listeners)
{
    for (const QJsonValue& v : p.document.value("listeners"_L1).toArray()) {
        const QJsonObject l = v.toObject();
        ++listeners;
        const QString address = l.value("address"_L1).toString();
        if (!isLoopback(address))
            appendBounded(offending, {{u"problem"_s, u"listener on a non-loopback address"_s},
                                      {u"endpoint"_s, p.source},
                                      {u"address"_s, address},
                                      {u"port"_s, l.value("port"_L1)},
                                      {u"purpose"_s, l.value("purpose"_L1)}});
    }
    const QJsonObject tunnel = p.document.value("tunnel"_L1).toObject();
    const QString state = tunnel.value("state"_L1).toString();
    const QString direction = tunnel.value("direction"_L1).toString();
    if (state != "established"_L1 || direction != "outbound"_L1)
        appendBounded(offending, {{u"problem"_s, u"tunnel not established outbound"_s},
                                  {u"endpoint"_s, p.source},
                                  {u"state"_s, state},
                                  {u"direction"_s, direction}});
}

} // namespace

Result<ControlMeasurement> OutboundOnlyEvaluator::evaluate(const EvaluationInput& input) const
{
    const QList<PostureView> gateways = input.posturesOf(u"tunnel-gateway"_s);
    if (gateways.isEmpty())
        return ControlMeasurement::notAssessed(
            control(),
            Text::tr("No gateway posture of the linked sources, so no listeners to read."));
    QJsonArray offending;
    qint64 listeners = 0;
    for (const PostureView& p : gateways)
        checkGateway(p, offending, listeners);
    const QJsonObject counts{{u"gateways"_s, qint64(gateways.size())},
                             {u"listeners"_s, listeners},
                             {u"problems"_s, qint64(offending.size())}};
    if (!offending.isEmpty())
        return ControlMeasurement::failed(
            control(),
            Text::tr("%n problem(s) on %1, first: %2 on %3.", nullptr, int(offending.size()))
                .arg(Text::tr("%n gateway(s)", nullptr, int(gateways.size())))
                .arg(offending.first()[u"problem"_s].toString(),
                     offending.first()[u"endpoint"_s].toString()),
            counts, offending);
    return ControlMeasurement::passed(
        control(),
        Text::tr("%n gateway(s) listen on loopback only, tunnels outbound.", nullptr,
                 int(gateways.size())),
        counts);
}

} // namespace Gatehouse
