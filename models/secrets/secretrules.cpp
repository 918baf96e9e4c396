// The shapes of the secrets follow the providers' documented token formats; the keyword of each
// rule is the literal every token of that kind starts with, so the pattern is tried anchored
// there and fails or succeeds within a few dozen characters.
#include "secretrules.h"

#include <QHash>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The shortest run of token characters each token rule's match starts with.
const QHash<QString, int>& tokenRuns()
{
    static const QHash<QString, int> runs = {{u"aws-access-token"_s, 20},
                                             {u"github-token"_s, 40},
                                             {u"github-fine-grained-pat"_s, 93},
                                             {u"gitlab-pat"_s, 26},
                                             {u"slack-token"_s, 15},
                                             {u"stripe-access-token"_s, 18},
                                             {u"gcp-api-key"_s, 39},
                                             {u"anthropic-api-key"_s, 100},
                                             {u"openai-api-key"_s, 48},
                                             {u"npm-access-token"_s, 40},
                                             {u"jwt"_s, 13}};
    return runs;
}

SecretRule rule(const QString& id, const QStringList& keywords, const QString& pattern,
                double minEntropy, bool wordStart = true,
                QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    SecretRule r;
    r.minTokenRun = tokenRuns().value(id);
    r.id = id;
    r.keywords = keywords;
    r.pattern = QRegularExpression(pattern, options);
    r.minEntropy = minEntropy;
    r.wordStart = wordStart;
    return r;
}

QList<SecretRule> tokenRules()
{
    return {
        rule(u"aws-access-token"_s, {u"akia"_s, u"asia"_s, u"abia"_s, u"acca"_s, u"a3t"_s},
             u"((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])"_s, 3.0),
        rule(u"github-token"_s, {u"ghp_"_s, u"gho_"_s, u"ghu_"_s, u"ghs_"_s, u"ghr_"_s},
             u"((?:ghp|gho|ghu|ghs|ghr)_[0-9a-zA-Z]{36,251})(?![0-9a-zA-Z])"_s, 3.0),
        rule(u"github-fine-grained-pat"_s, {u"github_pat_"_s},
             u"(github_pat_[0-9a-zA-Z_]{82})(?![0-9a-zA-Z_])"_s, 3.0),
        rule(u"gitlab-pat"_s, {u"glpat-"_s}, u"(glpat-[0-9a-zA-Z_-]{20,80})(?![0-9a-zA-Z_-])"_s,
             3.0),
        rule(u"slack-webhook-url"_s, {u"hooks.slack.com"_s},
             u"hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/]{43,56})"_s, 3.0,
             false),
        rule(u"slack-token"_s,
             {u"xoxb-"_s, u"xoxp-"_s, u"xoxa-"_s, u"xoxo-"_s, u"xoxs-"_s, u"xoxr-"_s, u"xoxe-"_s,
              u"xapp-"_s},
             u"(xox[abposre]-[0-9]{6,}-[0-9A-Za-z-]{8,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+)"_s, 2.0),
        rule(u"stripe-access-token"_s,
             {u"sk_live_"_s, u"sk_test_"_s, u"sk_prod_"_s, u"rk_live_"_s, u"rk_test_"_s,
              u"rk_prod_"_s},
             u"((?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})(?![a-zA-Z0-9])"_s, 2.0),
        rule(u"gcp-api-key"_s, {u"aiza"_s}, u"(AIza[\\w-]{35})(?![\\w-])"_s, 4.0),
        rule(u"anthropic-api-key"_s, {u"sk-ant-"_s},
             u"(sk-ant-(?:api|admin|oat|sid)\\d\\d-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])"_s, 3.5),
        rule(u"openai-api-key"_s, {u"sk-"_s},
             u"(sk-(?!ant-)(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}"
             "|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48}))(?![A-Za-z0-9_-])"_s,
             3.5),
        rule(u"npm-access-token"_s, {u"npm_"_s}, u"(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])"_s, 2.5),
        rule(u"jwt"_s, {u"eyj"_s},
             u"(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.(?:[A-Za-z0-9_-]{10,}={0,2})?)"
             "(?![A-Za-z0-9_.=-])"_s,
             3.0),
    };
}

QList<SecretRule> shapeRules()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    // A header alone is a finding: a cut snippet may hold the start of a key without its end.
    return {
        rule(u"private-key"_s, {u"-----begin"_s},
             u"-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----"
             "(?:[\\s\\S]{0,16384}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----"
             "|[A-Za-z0-9+/=\\s]*)"_s,
             0, false, ci),
        rule(u"bearer-token"_s, {u"bearer"_s}, u"bearer[ \\t]+([A-Za-z0-9._~+/-]{20,}=*)"_s, 3.5,
             true, ci),
        rule(u"url-basic-auth"_s, {u"://"_s}, u"://[^\\s:/@{}'\"]+:([^\\s:/@{}'\"]{6,})@"_s, 0,
             false),
        rule(u"generic-api-key"_s,
             {u"access"_s, u"auth"_s, u"api"_s, u"credential"_s, u"creds"_s, u"key"_s, u"passw"_s,
              u"pwd"_s, u"secret"_s, u"token"_s},
             u"(?:access|auth|api|credential|creds|key|passw(?:or)?d|pwd|secret|token)"
             "[\\w.-]{0,20}[ \\t]*['\"]?[ \\t]*(?:=|:=|::=|:|=>|\\?=)[ \\t]*['\"`]?"
             "([\\w.=+/-]{10,150})(?=['\"`\\s;,}\\]]|\\\\[nrt]|$)"_s,
             3.5, false, ci),
    };
}

} // namespace

QList<SecretRule> defaultSecretRules()
{
    QList<SecretRule> rules = shapeRules().mid(0, 1);
    rules.append(tokenRules());
    rules.append(shapeRules().mid(1));
    for (SecretRule& r : rules) {
        r.needsAssignment = r.id == "generic-api-key"_L1;
        r.pattern.optimize();
    }
    return rules;
}

} // namespace Gatehouse
