// A credential's age is judged at its last use in the period, against the issue time the
// gateway's inventory reports; a credential the inventory does not know has no known age.
#include "credentialrotationevaluator.h"

#include "evaluationsupport.h"

#include <QHash>

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

constexpr qint64 MaxAgeMs = 24LL * 3600 * 1000;

struct Issued
{
    QString agent;
    QString endpoint;
    QString issuedText;
    QDateTime issued;
    QDateTime expires;
};

QHash<QString, Issued> inventory(const EvaluationInput& input)
{
    QHash<QString, Issued> all;
    for (const PostureView& p : input.posturesOf(u"tunnel-gateway"_s)) {
        for (const QJsonValue& v : p.document.value("credentials"_L1).toArray()) {
            const QJsonObject c = v.toObject();
            const QString issued = c.value("issuedAt"_L1).toString();
            all.insert(c.value("id"_L1).toString(),
                       {c.value("agent"_L1).toString(), p.source, issued, parseIsoUtc(issued),
                        parseIsoUtc(c.value("expiresAt"_L1).toString())});
        }
    }
    return all;
}

} // namespace

Result<ControlMeasurement> CredentialRotationEvaluator::evaluate(const EvaluationInput& input) const
{
    auto q = input.select(u"telemetry_call"_s,
                          u"credential_id, agent_id, source, MAX(start_ns),"
                          " COUNT(*)"_s,
                          u"credential_id <> ''"_s, u"GROUP BY credential_id, agent_id, source"_s);
    if (!q)
        return std::unexpected(q.error());
    const QHash<QString, Issued> issued = inventory(input);
    QJsonArray offending, unknown;
    qint64 used = 0;
    while (q->next()) {
        ++used;
        const QString credential = q->value(0).toString();
        const QDateTime lastUse = fromNs(q->value(3).toLongLong());
        const auto it = issued.constFind(credential);
        QJsonObject item{{u"credential"_s, credential},
                         {u"agent"_s, q->value(1).toString()},
                         {u"endpoint"_s, q->value(2).toString()},
                         {u"lastUsedAt"_s, toIsoUtc(lastUse)},
                         {u"calls"_s, q->value(4).toLongLong()}};
        if (it == issued.cend() || !it->issued.isValid()) {
            appendBounded(unknown, item);
            continue;
        }
        const qint64 ageMs = it->issued.msecsTo(lastUse);
        const bool expired = it->expires.isValid() && lastUse > it->expires;
        if (ageMs <= MaxAgeMs && !expired)
            continue;
        item.insert(u"issuedAt"_s, it->issuedText);
        item.insert(u"ageHours"_s, double(ageMs) / 3'600'000.0);
        item.insert(u"problem"_s, expired && ageMs <= MaxAgeMs ? u"used after its expiry"_s
                                                               : u"older than 24 hours in use"_s);
        appendBounded(offending, item);
    }
    const QJsonObject counts{{u"credentialsInUse"_s, used},
                             {u"tooOld"_s, qint64(offending.size())},
                             {u"notInInventory"_s, qint64(unknown.size())},
                             {u"inventoried"_s, qint64(issued.size())}};
    if (used == 0)
        return ControlMeasurement::notAssessed(
            control(),
            Text::tr("No calls with a credential id from the linked sources in the period."));
    if (!offending.isEmpty()) {
        auto m = ControlMeasurement::failed(
            control(),
            Text::tr("%n credential(s) were used more than 24 hours after issue or expired.",
                     nullptr, int(offending.size())),
            counts, offending);
        m.details.insert(u"notInInventory"_s, unknown);
        return m;
    }
    if (!unknown.isEmpty()) {
        auto m = ControlMeasurement::notAssessed(
            control(),
            Text::tr("%n credential(s) in use are missing from the gateways' inventories, so "
                     "their age is unknown.",
                     nullptr, int(unknown.size())));
        m.counts = counts;
        m.details.insert(u"notInInventory"_s, unknown);
        return m;
    }
    return ControlMeasurement::passed(
        control(),
        Text::tr("%n credential(s) in use, all younger than 24 hours when used.", nullptr,
                 int(used)),
        counts);
}

} // namespace Gatehouse
