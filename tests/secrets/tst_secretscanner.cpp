// The scanner's rules, one row a case: each rule finds its secret in realistic surroundings,
// and placeholders, prose and low-entropy values are left alone. Tokens are built at run time
// from a fixed pseudo-random sequence, so no secret-shaped literal sits in the source.
#include "models/secrets/redactionmarker.h"
#include "models/secrets/secretscanner.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

// Deterministic characters from an alphabet: the same test data on every run.
QString
gen(int length,
    const QString& alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s,
    quint32 seed = 7)
{
    QString out;
    quint32 state = seed * 2654435761u + quint32(length);
    for (int i = 0; i < length; ++i) {
        state = state * 1664525u + 1013904223u;
        out += alphabet.at(int((state >> 8) % quint32(alphabet.size())));
    }
    return out;
}

const QString Upper32 = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
const QString Digits = u"0123456789"_s;
const QString Url64 = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-"_s;

struct Case
{
    const char* name;
    QString text;
    QString rule;   // empty: no finding expected
    QString secret; // the part that must be replaced
};

QList<Case> truePositives()
{
    const QString aws = u"AKIA"_s + gen(16, Upper32);
    const QString ghp = u"ghp_"_s + gen(36);
    const QString pat = u"github_pat_"_s + gen(22) + u'_' + gen(59);
    const QString glpat = u"glpat-"_s + gen(20);
    const QString xoxb = u"xoxb-"_s + gen(11, Digits) + u'-' + gen(12, Digits, 3) + u'-' + gen(24);
    const QString hook = u"T"_s + gen(8, Upper32) + u"/B"_s + gen(8, Upper32, 5) + u'/' + gen(24);
    const QString stripe = u"sk_live_"_s + gen(24);
    const QString google = u"AIza"_s + gen(35, Url64);
    const QString pem = u"-----BEGIN RSA PRIVATE KEY-----\nMIIEow"_s + gen(64) + u"\n"_s + gen(64)
                        + u"\n-----END RSA PRIVATE KEY-----"_s;
    const QString jwt =
        u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZ2VudC1yZXBvcnRpbmcifQ."_s
        + gen(43, Url64);
    const QString ant = u"sk-ant-api03-"_s + gen(93, Url64) + u"AA"_s;
    const QString proj = u"sk-proj-"_s + gen(120, Url64);
    const QString legacy = u"sk-"_s + gen(48);
    const QString npm = u"npm_"_s + gen(36);
    const QString pass = gen(18, Url64, 11);
    const QString bearer = gen(40, Url64, 13);
    const QString urlPass = gen(14, Url64, 17);
    return {
        {"aws key id", u"export AWS_ACCESS_KEY_ID="_s + aws + u'\n', u"aws-access-token"_s, aws},
        {"github classic ghp", u"cloning with "_s + ghp + u" done"_s, u"github-token"_s, ghp},
        {"github gho", u"token=gho_"_s + gen(36, Url64.left(57)), u"github-token"_s,
         u"gho_"_s + gen(36, Url64.left(57))},
        {"github ghu", u"\"ghu_"_s + gen(36) + u'"', u"github-token"_s, u"ghu_"_s + gen(36)},
        {"github ghs", u"ghs_"_s + gen(36), u"github-token"_s, u"ghs_"_s + gen(36)},
        {"github ghr", u"refresh ghr_"_s + gen(36), u"github-token"_s, u"ghr_"_s + gen(36)},
        {"github fine-grained", u"GH="_s + pat, u"github-fine-grained-pat"_s, pat},
        {"gitlab", u"git push https://oauth2@gitlab.example.com "_s + glpat, u"gitlab-pat"_s,
         glpat},
        {"slack bot", u"SLACK_BOT="_s + xoxb, u"slack-token"_s, xoxb},
        {"slack webhook", u"POST https://hooks.slack.com/services/"_s + hook + u" 200"_s,
         u"slack-webhook-url"_s, hook},
        {"stripe", u"stripe.api_key = '"_s + stripe + u"'"_s, u"stripe-access-token"_s, stripe},
        {"google", u"maps?key="_s + google + u"&q=x"_s, u"gcp-api-key"_s, google},
        {"pem", u"key file:\n"_s + pem + u"\n"_s, u"private-key"_s, pem},
        {"jwt", u"cookie: session="_s + jwt + u";"_s, u"jwt"_s, jwt},
        {"anthropic", u"ANTHROPIC_API_KEY="_s + ant, u"anthropic-api-key"_s, ant},
        {"openai project", u"{\"key\": \""_s + proj + u"\"}"_s, u"openai-api-key"_s, proj},
        {"openai legacy", u"OPENAI_API_KEY="_s + legacy, u"openai-api-key"_s, legacy},
        {"npm", u"//registry.npmjs.org/:_authToken="_s + npm, u"npm-access-token"_s, npm},
        {"generic password", u"db.password = "_s + pass + u'\n', u"generic-api-key"_s, pass},
        {"generic json", u"{\"client_secret\": \""_s + pass + u"\"}"_s, u"generic-api-key"_s, pass},
        {"generic escaped", u"\"API_TOKEN="_s + pass + u"\\n\""_s, u"generic-api-key"_s, pass},
        {"bearer", u"Authorization: Bearer "_s + bearer, u"bearer-token"_s, bearer},
        {"url basic auth", u"postgres://app:"_s + urlPass + u"@db.internal:5432/app"_s,
         u"url-basic-auth"_s, urlPass},
    };
}

QList<Case> falsePositives()
{
    return {
        {"env placeholder", u"password = ${DB_PASSWORD}"_s, {}, {}},
        {"template placeholder", u"api_key: \"{{ vault_api_key }}\""_s, {}, {}},
        {"xxxx", u"api_key: xxxxxxxxxxxxxxxxxxxx"_s, {}, {}},
        {"changeme", u"password=changeme12345"_s, {}, {}},
        {"redacted word", u"token: <redacted>"_s, {}, {}},
        {"aws documented example", u"AKIAIOSFODNN7EXAMPLE"_s, {}, {}},
        {"low-entropy github", u"ghp_"_s + QString(36, u'a'), {}, {}},
        {"short github", u"ghp_abc123"_s, {}, {}},
        {"prose about keys", u"the key is in the drawer and the token was revoked"_s, {}, {}},
        {"disk words", u"disk-usage task-runner risk-score"_s, {}, {}},
        {"low-entropy secret", u"secret_value = aaaaaaaaaabbbbbbbbbb"_s, {}, {}},
        {"public key", u"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n"_s, {}, {}},
        {"short webhook", u"https://hooks.slack.com/services/T000"_s, {}, {}},
        {"bearer placeholder", u"Authorization: Bearer ${TOKEN}"_s, {}, {}},
        {"weak password word", u"password: correct-horse"_s, {}, {}},
        {"log line",
         u"2026-12-01T09:00:01Z processed 1234 items in 3.4 s, wrote result.json"_s,
         {},
         {}},
        {"marker", u"debug: cloning with [REDACTED:github-token:0a1b2c3d]"_s, {}, {}},
        {"npm config", u"npm_config_cache=/tmp/npm-cache"_s, {}, {}},
        {"stripe prose", u"sk_live_ keys start with that prefix"_s, {}, {}},
        {"jwt prefix only", u"eyJhbGciOi is a header"_s, {}, {}},
        {"path value", u"key_file=/etc/gatehouse/keys/agent.pem"_s, {}, {}},
    };
}

} // namespace

class TestSecretScanner : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("secret");
        for (const Case& c : truePositives())
            QTest::newRow(c.name) << c.text << c.rule << c.secret;
        for (const Case& c : falsePositives())
            QTest::newRow(c.name) << c.text << c.rule << c.secret;
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QString, secret);
        const SecretScanner scanner("test key");
        const QList<SecretFinding> findings = scanner.scan(text);
        if (rule.isEmpty()) {
            QVERIFY2(findings.isEmpty(),
                     qPrintable(findings.isEmpty() ? QString() : findings.first().ruleId));
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, rule);
        QCOMPARE(text.mid(findings.first().start, findings.first().length), secret);

        QString redacted = text;
        QCOMPARE(scanner.redact(redacted), 1);
        QVERIFY(!redacted.contains(secret));
        QVERIFY(redacted.contains(scanner.marker(rule, secret)));
        QCOMPARE(scanner.redact(redacted), 0);
    }

    void everyRuleIsCovered()
    {
        const SecretScanner scanner("k");
        QSet<QString> covered;
        for (const Case& c : truePositives())
            covered.insert(c.rule);
        for (const SecretRule& rule : scanner.rules())
            QVERIFY2(covered.contains(rule.id), qPrintable(rule.id));
    }

    void markersMatchAcrossSightingsNotKeys()
    {
        const QString secret = u"ghp_"_s + gen(36, Url64.left(57), 21);
        const SecretScanner one("key one");
        const SecretScanner two("key two");
        QString a = u"first "_s + secret, b = u"second "_s + secret, c = a;
        one.redact(a);
        one.redact(b);
        two.redact(c);
        const auto ma = RedactionMarker::findAll(a), mb = RedactionMarker::findAll(b),
                   mc = RedactionMarker::findAll(c);
        QCOMPARE(ma.size(), 1);
        QCOMPARE(ma.first().ruleId, u"github-token"_s);
        QCOMPARE(ma.first().fingerprint, mb.first().fingerprint);
        QVERIFY(ma.first().fingerprint != mc.first().fingerprint);
    }

    void specificRuleWinsOverGeneric()
    {
        const SecretScanner scanner("k");
        const QString text = u"debug: AWS_ACCESS_KEY_ID=AKIA"_s + gen(16, Upper32, 9)
                             + u"\ndebug: cloning with ghp_"_s + gen(36, Url64.left(57), 4) + u'\n';
        const auto findings = scanner.scan(text);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].ruleId, u"aws-access-token"_s);
        QCOMPARE(findings[1].ruleId, u"github-token"_s);
    }

    void manySecretsInOneText()
    {
        const SecretScanner scanner("k");
        QString text;
        for (int i = 0; i < 50; ++i)
            text += u"line %1 token ghp_%2 and more text\n"_s.arg(i).arg(
                gen(36, Url64.left(57), i + 1));
        QCOMPARE(scanner.redact(text), 50);
        QVERIFY(!text.contains(u"ghp_"_s));
    }

    void shortAndEmptyTexts()
    {
        const SecretScanner scanner("k");
        QString empty;
        QCOMPARE(scanner.redact(empty), 0);
        QString tiny = u"key=x"_s;
        QCOMPARE(scanner.redact(tiny), 0);
        QCOMPARE(tiny, u"key=x"_s);
    }

    void loneSurrogatesDoNotHideSecrets()
    {
        const SecretScanner scanner("k");
        const QString secret = u"ghp_"_s + gen(36, Url64.left(57), 8);
        QString text = u"bad "_s + QChar(0xD800) + u" then "_s + secret;
        const auto findings = scanner.scan(text);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(text.mid(findings.first().start, findings.first().length), secret);
        QCOMPARE(scanner.redact(text), 1);
        QVERIFY(!text.contains(secret));
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("env") << u"${VAR}"_s << true;
        QTest::newRow("percent") << u"%API_KEY%"_s << true;
        QTest::newRow("angle") << u"<your-token>"_s << true;
        QTest::newRow("stars") << u"**********"_s << true;
        QTest::newRow("example") << u"sk_test_example_value"_s << true;
        QTest::newRow("null") << u"null"_s << true;
        QTest::newRow("random") << gen(20) << false;
    }

    void placeholders()
    {
        QFETCH(QString, value);
        QFETCH(bool, placeholder);
        QCOMPARE(SecretRule::isPlaceholder(value), placeholder);
    }
};

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "tst_secretscanner.moc"
