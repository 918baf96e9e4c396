// Redaction happens before the archive, so what is stored tells two things: a redaction marker
// means a secret arrived unredacted from that source (and reached the orchestration side as
// delivered), and a secret the scanner still finds means one got through into the archive.
#include "secretsnotloggedevaluator.h"

#include "evaluationsupport.h"

#include "models/secrets/redactionmarker.h"
#include "models/secrets/secretscanner.h"

#include <QMap>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

struct Sighting
{
    QSet<QString> rules;
    QSet<QString> fingerprints;
    qint64 count = 0;
    qint64 firstSequence = -1;
};

struct Scan
{
    qint64 texts = 0;
    QMap<QString, Sighting> redacted; // by "endpoint\nkind"
    QMap<QString, Sighting> stored;
};

void note(Sighting& s, const QString& rule, const QString& fingerprint, qint64 sequence)
{
    s.rules.insert(rule);
    s.fingerprints.insert(fingerprint);
    ++s.count;
    if (s.firstSequence < 0 || sequence < s.firstSequence)
        s.firstSequence = sequence;
}

void scanText(const SecretScanner& scanner, const QString& key, qint64 sequence,
              const QString& text, Scan& scan)
{
    for (const RedactionMarker& m : RedactionMarker::findAll(text))
        note(scan.redacted[key], m.ruleId, m.fingerprint, sequence);
    for (const SecretFinding& f : scanner.scan(text))
        note(scan.stored[key], f.ruleId, f.fingerprint, sequence);
}

Result<void> scanTable(const EvaluationInput& input, const SecretScanner& scanner,
                       const QString& table, const QString& columns, const QString& kind,
                       Scan& scan)
{
    auto q = input.select(table, u"source, sequence, "_s + columns);
    if (!q)
        return std::unexpected(q.error());
    const int textColumns = int(columns.count(u',')) + 1;
    while (q->next()) {
        ++scan.texts;
        const QString key = q->value(0).toString() + u'\n' + kind;
        for (int c = 0; c < textColumns; ++c)
            scanText(scanner, key, q->value(1).toLongLong(), q->value(2 + c).toString(), scan);
    }
    return {};
}

QJsonArray sortedArray(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

void report(const QMap<QString, Sighting>& sightings, const QString& problem, QJsonArray& out)
{
    for (auto it = sightings.cbegin(); it != sightings.cend(); ++it)
        appendBounded(out, {{u"problem"_s, problem},
                            {u"endpoint"_s, it.key().section(u'\n', 0, 0)},
                            {u"kind"_s, it.key().section(u'\n', 1)},
                            {u"rules"_s, sortedArray(it->rules)},
                            {u"secrets"_s, it->count},
                            {u"distinctSecrets"_s, qint64(it->fingerprints.size())},
                            {u"fingerprints"_s, sortedArray(it->fingerprints)},
                            {u"firstSequence"_s, it->firstSequence}});
}

qint64 total(const QMap<QString, Sighting>& sightings)
{
    qint64 n = 0;
    for (const Sighting& s : sightings)
        n += s.count;
    return n;
}

} // namespace

// TODO: the rescan reads every stored text of the period on the calling thread - a month of a
// busy fleet takes seconds at ~300 MB/s - run evaluations on a worker with its own Workspace
// once the GUI triggers them.
Result<ControlMeasurement> SecretsNotLoggedEvaluator::evaluate(const EvaluationInput& input) const
{
    const SecretScanner scanner(input.redactionKey);
    Scan scan;
    if (auto done = scanTable(input, scanner, u"telemetry_execution"_s,
                              u"stdout, stderr, command"_s, u"sandbox-output"_s, scan);
        !done)
        return std::unexpected(done.error());
    if (auto done =
            scanTable(input, scanner, u"telemetry_call"_s, u"arguments"_s, u"tool-payload"_s, scan);
        !done)
        return std::unexpected(done.error());
    if (scan.texts == 0)
        return ControlMeasurement::notAssessed(
            control(), Text::tr("No sandbox output or tool payloads from the linked sources in the "
                                "period."));
    QJsonArray offending;
    report(scan.stored, u"secret stored unredacted"_s, offending);
    report(scan.redacted, u"secret arrived unredacted from the source"_s, offending);
    const int arrived = int(total(scan.redacted));
    const QJsonObject counts{{u"texts"_s, scan.texts},
                             {u"secretsArrivedUnredacted"_s, total(scan.redacted)},
                             {u"secretsStoredUnredacted"_s, total(scan.stored)}};
    if (!offending.isEmpty())
        return ControlMeasurement::failed(
            control(),
            Text::tr("%n secret(s) arrived unredacted from %1; %2 stored unredacted.", nullptr,
                     arrived)
                .arg(Text::tr("%n source stream(s)", nullptr, int(scan.redacted.size())))
                .arg(total(scan.stored)),
            counts, offending);
    return ControlMeasurement::passed(
        control(), Text::tr("No secret in %1 sandbox outputs and tool payloads.").arg(scan.texts),
        counts);
}

} // namespace Gatehouse
