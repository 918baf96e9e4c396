// The rules follow the well-known shapes of these secrets; each runs only when one of its
// keywords occurs, which keeps the common case (no secret) to a few substring searches.
#include "basicsecretredactor.h"

#include <QMessageAuthenticationCode>

#include <array>
#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

double shannonEntropy(QStringView text)
{
    if (text.isEmpty())
        return 0;
    std::array<int, 128> counts{};
    int other = 0;
    for (const QChar c : text) {
        if (c.unicode() < 128)
            ++counts[c.unicode()];
        else
            ++other;
    }
    double entropy = 0;
    const double total = double(text.size());
    auto addSymbol = [&](int count) {
        if (count == 0)
            return;
        const double p = count / total;
        entropy -= p * std::log2(p);
    };
    for (const int count : counts)
        addSymbol(count);
    addSymbol(other);
    return entropy;
}

struct Span
{
    qsizetype start;
    qsizetype length;
};

} // namespace

BasicSecretRedactor::BasicSecretRedactor(QByteArray key)
    : m_key(std::move(key))
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    addRule({u"aws-access-token"_s,
             {u"akia"_s, u"asia"_s, u"abia"_s, u"acca"_s, u"a3t"_s},
             QRegularExpression(u"\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b"_s),
             3.0});
    addRule({u"github-token"_s,
             {u"ghp_"_s, u"gho_"_s, u"ghu_"_s, u"ghs_"_s, u"ghr_"_s, u"github_pat_"_s},
             QRegularExpression(u"((?:ghp|gho|ghu|ghs|ghr)_[0-9a-zA-Z]{36}|github_pat_\\w{82})"_s),
             3.0});
    // A header alone is enough: a cut snippet may hold the start of a key without its end.
    addRule({u"private-key"_s,
             {u"-----begin"_s},
             QRegularExpression(u"-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----"
                                "(?:[\\s\\S]*?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----"
                                "|[A-Za-z0-9+/=\\s]*)"_s,
                                ci),
             0});
    addRule({u"generic-api-key"_s,
             {u"access"_s, u"auth"_s, u"api"_s, u"credential"_s, u"creds"_s, u"key"_s, u"passw"_s,
              u"secret"_s, u"token"_s},
             QRegularExpression(
                 u"[\\w.-]{0,50}?(?:access|auth|api|credential|creds|key|passw(?:or)?d|secret|"
                 "token)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)"
                 "[`'\"\\s=]{0,5}([\\w.=+/-]{10,150})(?=[`'\"\\s;,}\\]]|\\\\[nr]|$)"_s,
                 ci),
             3.5});
}

void BasicSecretRedactor::addRule(Rule rule)
{
    rule.pattern.optimize();
    m_rules.append(std::move(rule));
}

int BasicSecretRedactor::redact(QString& text) const
{
    if (text.size() < 16)
        return 0;
    // Keywords are found in one lower-cased copy with plain searches, which costs far less than
    // a case-insensitive search per keyword. A replacement leaves the copy stale, which can
    // only make a later rule's regex run for nothing.
    const QString folded = text.toLower();
    int count = 0;
    for (const Rule& rule : m_rules)
        count += applyRule(rule, folded, text);
    return count;
}

int BasicSecretRedactor::applyRule(const Rule& rule, const QString& folded, QString& text) const
{
    const bool hit = std::any_of(rule.keywords.begin(), rule.keywords.end(),
                                 [&](const QString& k) { return folded.contains(k); });
    if (!hit)
        return 0;

    QList<Span> secrets;
    auto matches = rule.pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const int group = match.lastCapturedIndex() >= 1 ? 1 : 0;
        const QStringView secret = match.capturedView(group);
        if (secret.isEmpty() || secret.startsWith(u"[REDACTED:"))
            continue;
        if (rule.minEntropy > 0 && shannonEntropy(secret) < rule.minEntropy)
            continue;
        secrets.append({match.capturedStart(group), match.capturedLength(group)});
    }
    for (auto it = secrets.crbegin(); it != secrets.crend(); ++it) {
        const QString replacement = marker(rule.id, QStringView(text).mid(it->start, it->length));
        text.replace(it->start, it->length, replacement);
    }
    return int(secrets.size());
}

QString BasicSecretRedactor::marker(const QString& ruleId, QStringView secret) const
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(secret.toUtf8(), m_key, QCryptographicHash::Sha256);
    return u"[REDACTED:%1:%2]"_s.arg(ruleId, QString::fromLatin1(mac.toHex().left(8)));
}

} // namespace Gatehouse
