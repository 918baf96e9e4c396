// One pass of the keyword filter finds the places worth a look; each rule's expression then runs
// anchored at its keyword, so the cost grows with the text length plus the keyword hits, not
// with the text length times the rules.
#include "secretscanner.h"

#include "redactionmarker.h"
#include "secretrules.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Texts shorter than the shortest secret cannot hold one.
constexpr qsizetype ShortestSecret = 10;

} // namespace

SecretScanner::SecretScanner(QByteArray key)
    : m_key(std::move(key))
    , m_rules(defaultSecretRules())
{
    for (int i = 0; i < m_rules.size(); ++i) {
        for (const QString& keyword : m_rules[i].keywords)
            m_filter.add(keyword, i);
    }
}

bool SecretScanner::tryRule(QStringView text, qsizetype at, int ruleIndex,
                            QList<Candidate>& found) const
{
    const SecretRule& rule = m_rules[ruleIndex];
    if (rule.wordStart && at > 0 && isWordChar(text[at - 1]))
        return false;
    if (!rule.mayMatchAt(text, at))
        return false;
    // scan() has checked the text once; a check on every match would make the scan quadratic.
    const QRegularExpressionMatch match =
        rule.pattern.match(text, at, QRegularExpression::NormalMatch,
                           QRegularExpression::AnchorAtOffsetMatchOption
                               | QRegularExpression::DontCheckSubjectStringMatchOption);
    if (!match.hasMatch())
        return false;
    const int group = match.lastCapturedIndex() >= 1 ? 1 : 0;
    const QStringView secret = match.capturedView(group);
    if (secret.size() < rule.minLength || SecretRule::isPlaceholder(secret))
        return false;
    if (rule.minEntropy > 0 && SecretRule::entropy(secret) < rule.minEntropy)
        return false;
    found.append({ruleIndex, match.capturedStart(group), match.capturedLength(group)});
    return true;
}

QList<SecretScanner::Candidate> SecretScanner::withoutOverlaps(QList<Candidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.rule < b.rule; });
    QList<Candidate> kept;
    for (const Candidate& c : candidates) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
            return c.start < k.start + k.length && k.start < c.start + c.length;
        });
        if (!overlaps)
            kept.append(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
    return kept;
}

QList<SecretFinding> SecretScanner::scan(QStringView text) const
{
    if (text.size() < ShortestSecret)
        return {};
    if (!text.isValidUtf16()) {
        // Lone surrogates become U+FFFD one for one, so the offsets still fit the input.
        QString valid = text.toString();
        for (QChar& c : valid) {
            if (c.isSurrogate())
                c = QChar::ReplacementCharacter;
        }
        return scan(valid);
    }
    QList<Candidate> candidates;
    m_filter.scan(text, [&](qsizetype at, int rule) { tryRule(text, at, rule, candidates); });
    if (candidates.isEmpty())
        return {};
    const QList<RedactionMarker> markers = RedactionMarker::findAll(text);
    QList<SecretFinding> findings;
    for (const Candidate& c : withoutOverlaps(std::move(candidates))) {
        const bool insideMarker = std::any_of(markers.begin(), markers.end(), [&](const auto& m) {
            return c.start < m.start + m.length && m.start < c.start + c.length;
        });
        if (!insideMarker)
            findings.append(
                {m_rules[c.rule].id, c.start, c.length, fingerprint(text.mid(c.start, c.length))});
    }
    return findings;
}

int SecretScanner::redact(QString& text) const
{
    const QList<SecretFinding> findings = scan(text);
    if (findings.isEmpty())
        return 0;
    QString out;
    out.reserve(text.size() + findings.size() * 32);
    qsizetype from = 0;
    for (const SecretFinding& f : findings) {
        out.append(QStringView(text).mid(from, f.start - from));
        out.append(u"[REDACTED:"_s + f.ruleId + u':' + f.fingerprint + u']');
        from = f.start + f.length;
    }
    out.append(QStringView(text).mid(from));
    text = std::move(out);
    return int(findings.size());
}

QString SecretScanner::fingerprint(QStringView secret) const
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(secret.toUtf8(), m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex().left(8));
}

QString SecretScanner::marker(const QString& ruleId, QStringView secret) const
{
    return u"[REDACTED:%1:%2]"_s.arg(ruleId, fingerprint(secret));
}

} // namespace Gatehouse
