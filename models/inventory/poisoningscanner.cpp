// The static tool-poisoning checks: a character pass, a table of patterns and a table of
// secret formats.
#include "poisoningscanner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PoisoningScanner)
};

QRegularExpression caseless(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
           || c == 0x200F || c == 0x061C;
}

bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
           || c == 0x00AD || c == 0x180E || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
           || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F);
}

// What the characters of a string hide, gathered in one pass.
struct CharacterScan
{
    QString tagText;
    int tags = 0;
    int bidi = 0;
    int invisible = 0;
    int escapes = 0;
    int controls = 0;
};

CharacterScan scanCodePoints(const QString& text)
{
    CharacterScan scan;
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80 && c >= 0x20 && c != 0x7F)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]))
            c = QChar::surrogateToUcs4(char16_t(c), p[++i]);
        if (c >= 0xE0000 && c <= 0xE007F) {
            ++scan.tags;
            if (c >= 0xE0020 && c <= 0xE007E)
                scan.tagText += QChar(char16_t(c - 0xE0000));
        } else if (isBidiControl(c)) {
            ++scan.bidi;
        } else if (isInvisible(c)) {
            ++scan.invisible;
        } else if (c == 0x1B) {
            ++scan.escapes;
        } else if (isControl(c)) {
            ++scan.controls;
        }
    }
    return scan;
}

} // namespace

PoisoningScanner::PoisoningScanner()
{
    m_rules = {
        {u"pseudo-tag"_s, FindingSeverity::High,
         caseless(u"<\\s*/?\\s*(important|system|critical|urgent|instructions?|secret|hidden|"
                  "admin|override|assistant|sudo|context|prompt)\\b[^>]{0,40}>"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner", "%1 contains the pseudo-tag \"%2\", markup aimed "
                                               "at the model rather than the user."),
         true},
        {u"model-instruction"_s, FindingSeverity::High,
         caseless(
             u"ignore\\s+(all\\s+|any\\s+)?(the\\s+)?(previous|prior|above|earlier|other)\\s+"
             "(instructions|rules|prompts?)|(do\\s+not|don't|never)\\s+(tell|mention|inform|"
             "reveal|show|disclose|notify)\\b[^.]{0,30}\\buser|without\\s+(telling|informing|"
             "notifying|asking)\\s+the\\s+user|before\\s+(using|calling|invoking|running)\\s+"
             "(any|other|another)\\s+(other\\s+)?tools?|always\\s+(call|use|invoke|run)\\s+this"
             "\\s+tool|tool\\s+will\\s+not\\s+work\\s+unless|\\b(you|the\\s+(assistant|model|"
             "ai))\\s+(must|should)\\s+(always|first|now|never|immediately)\\b|\\b(system\\s+"
             "prompt|chain[\\s_-]of[\\s_-]thought|conversation[\\s_-]history)\\b|\\b(secretly|"
             "covertly)\\b|\\bsilently\\s+(send|upload|forward|collect|copy|record|"
             "exfiltrate|include|attach)|\\byou\\s+are\\s+now\\b|\\bnew\\s+instructions\\b"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner",
                           "%1 gives the model instructions (\"%2\") that the user does not see."),
         true},
        {u"cross-tool-instruction"_s, FindingSeverity::High,
         caseless(
             u"\\b(when|whenever|if)\\s+(the\\s+user\\s+)?(calls?|uses?|invokes?|runs?)\\s+"
             "(the\\s+)?[\\w.-]+\\s+tool|\\b(instead\\s+of|rather\\s+than)\\s+(using|calling)"
             "\\s+(the\\s+)?[\\w.-]+|\\b(all|any|every)\\s+other\\s+tools?\\b|\\b(other|"
             "another)\\s+(mcp\\s+)?servers?\\b|\\b(override|replace|intercept|shadow|redirect)"
             "s?\\s+(the\\s+)?[\\w.-]+\\s+tool"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner",
                           "%1 tells the model how to use other tools or servers (\"%2\")."),
         true},
        {u"sensitive-path"_s, FindingSeverity::High,
         caseless(u"~/\\.ssh|\\bid_(rsa|dsa|ecdsa|ed25519)\\b|\\.aws/(credentials|config)|"
                  "(^|[\\s/'\"`])\\.env\\b|\\bmcp\\.json\\b|\\.npmrc|\\.netrc|\\.pgpass|"
                  "\\.git-credentials|/etc/(shadow|passwd|sudoers)|\\.kube/config|"
                  "\\.docker/config\\.json|\\.gnupg|claude_desktop_config\\.json|\\.pem\\b"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner", "%1 names the sensitive file \"%2\"."), true},
        {u"exfiltration-sink"_s, FindingSeverity::High,
         caseless(u"\\b(webhook\\.site|requestbin|pipedream\\.net|ngrok(-free)?\\.(io|app)|"
                  "burpcollaborator|interact\\.sh|oast\\.(fun|pro|live|site))\\b"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner", "%1 names the data-collection service \"%2\"."),
         true},
        {u"sensitive-reference"_s, FindingSeverity::Low,
         caseless(u"\\b(api[\\s_-]?keys?|passwords?|passwd|secret[\\s_-]?keys?|private[\\s_-]?keys?"
                  "|access[\\s_-]?tokens?|bearer\\s+tokens?|credentials?|environment\\s+variables|"
                  "ssh\\s+keys?)\\b"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner", "%1 refers to \"%2\"; check what the tool exposes."),
         true},
        {u"external-address"_s, FindingSeverity::Low,
         caseless(u"\\bhttps?://[^\\s\"'<>]+|\\b[\\w.+-]+@[\\w-]+\\.[\\w.-]+\\b"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner", "%1 contains the address \"%2\"."), true},
        {u"encoded-blob"_s, FindingSeverity::Medium,
         QRegularExpression(
             u"(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*[0-9])(?=[A-Za-z0-9+/_-]*[a-z])"
             "(?=[A-Za-z0-9+/_-]*[A-Z])[A-Za-z0-9+/_-]{48,}={0,2}|"
             "\\b[0-9a-fA-F]{64,}\\b"_s),
         QT_TRANSLATE_NOOP("PoisoningScanner",
                           "%1 contains a long encoded blob (%2 characters) that a reviewer "
                           "cannot read."),
         false},
    };
    m_secrets = {
        {u"aws-access-token"_s,
         QRegularExpression(u"\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b"_s)},
        {u"github-token"_s,
         QRegularExpression(u"\\b(gh[pousr]_[0-9a-zA-Z]{36}|github_pat_\\w{82})"_s)},
        {u"gitlab-pat"_s, QRegularExpression(u"glpat-[\\w-]{20}"_s)},
        {u"slack-token"_s, QRegularExpression(u"xox[abposr]-(?:\\d+-)+[A-Za-z0-9]+"_s)},
        {u"slack-webhook-url"_s,
         QRegularExpression(
             u"hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}"_s)},
        {u"stripe-access-token"_s,
         QRegularExpression(u"\\b(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}"_s)},
        {u"gcp-api-key"_s, QRegularExpression(u"\\bAIza[\\w-]{35}"_s)},
        {u"private-key"_s, caseless(u"-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----"_s)},
        {u"jwt"_s, QRegularExpression(u"\\bey[a-zA-Z0-9]{17,}\\.ey[a-zA-Z0-9/\\\\_-]{17,}\\."_s)},
        {u"anthropic-api-key"_s, QRegularExpression(u"\\bsk-ant-(?:api03|admin01)-[\\w-]{93}AA"_s)},
        {u"openai-api-key"_s,
         QRegularExpression(u"\\bsk-[\\w-]*[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"_s)},
        {u"huggingface-access-token"_s, QRegularExpression(u"\\bhf_[A-Za-z]{34}\\b"_s)},
        {u"npm-access-token"_s, caseless(u"\\bnpm_[a-z0-9]{36}\\b"_s)},
        {u"url-basic-auth"_s, QRegularExpression(u"://[^{}\\s/:@]+:([^{}\\s/@]+)@"_s)},
    };
    QStringList alternatives;
    const auto add = [&alternatives](QRegularExpression& pattern) {
        pattern.optimize();
        const bool caseless =
            pattern.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption);
        alternatives.append((caseless ? u"(?i:%1)"_s : u"(?:%1)"_s).arg(pattern.pattern()));
    };
    for (Rule& rule : m_rules)
        add(rule.pattern);
    for (SecretRule& rule : m_secrets)
        add(rule.pattern);
    m_anyPattern = QRegularExpression(alternatives.join(u'|'));
    m_anyPattern.optimize();
}

QList<Finding> PoisoningScanner::scanDefinition(const QJsonObject& definition) const
{
    QList<Finding> findings;
    scanValue({}, definition, findings);
    return findings;
}

void PoisoningScanner::scanValue(const QString& field, const QJsonValue& value,
                                 QList<Finding>& out) const
{
    if (value.isString()) {
        out += scanText(field, value.toString());
    } else if (value.isObject()) {
        scanObject(field, value.toObject(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            scanValue(u"%1[%2]"_s.arg(field).arg(i), array.at(i), out);
    }
}

void PoisoningScanner::scanObject(const QString& field, const QJsonObject& object,
                                  QList<Finding>& out) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = field.isEmpty() ? it.key() : field + u'.' + it.key();
        out += scanText(path + u"(key)"_s, it.key());
        if (it.key() == u"$ref"_s && !it.value().toString().startsWith(u'#')) {
            out.append(
                {u"external-ref"_s, FindingSeverity::Medium, path,
                 Text::tr("%1 points outside the definition (\"%2\"); a client that follows it "
                          "fetches whatever is there now, so the pin does not cover it.")
                     .arg(path, it.value().toString().left(80))});
        }
        // The schema dialect URL is expected in every schema and says nothing.
        if (it.key() != u"$schema"_s)
            scanValue(path, it.value(), out);
    }
}

QList<Finding> PoisoningScanner::scanText(const QString& field, const QString& text) const
{
    QList<Finding> findings;
    if (text.isEmpty())
        return findings;
    scanCharacters(field, text, findings);
    // Nearly every string is innocent: one pass over all patterns at once spares the other
    // twenty-odd (a quarter off the analysis of a 500-tool server).
    if (m_anyPattern.match(text).hasMatch()) {
        scanPatterns(field, text, findings);
        scanSecrets(field, text, findings);
    }
    if (text.size() > LongDescription) {
        findings.append(
            {u"long-description"_s, FindingSeverity::Low, field,
             Text::tr("%1 is %2 characters long; long definitions cost context and hide "
                      "instructions well.")
                 .arg(field)
                 .arg(text.size())});
    }
    return findings;
}

void PoisoningScanner::scanCharacters(const QString& field, const QString& text,
                                      QList<Finding>& out) const
{
    const CharacterScan scan = scanCodePoints(text);
    if (scan.tags > 0) {
        const QString shown = !secretRulesMatching(scan.tagText).isEmpty()
                                  ? Text::tr("(it contains a secret, not shown)")
                                  : u"\"%1\""_s.arg(scan.tagText.left(120));
        out.append(
            {u"hidden-tag-text"_s, FindingSeverity::High, field,
             Text::tr("%1 hides %2 Unicode tag characters, invisible to the user; they read %3.")
                 .arg(field)
                 .arg(scan.tags)
                 .arg(shown)});
        // The hidden text is read by the model, so it gets the same checks as visible text.
        out += scanText(field + u"(hidden)"_s, scan.tagText);
    }
    if (scan.bidi > 0) {
        out.append({u"bidi-control"_s, FindingSeverity::High, field,
                    Text::tr("%1 contains %2 bidirectional control characters, which make the text "
                             "read differently from how it is shown.")
                        .arg(field)
                        .arg(scan.bidi)});
    }
    if (scan.invisible > 0) {
        out.append(
            {u"invisible-unicode"_s, FindingSeverity::Medium, field,
             Text::tr("%1 contains %2 invisible characters (zero-width, joiners, selectors).")
                 .arg(field)
                 .arg(scan.invisible)});
    }
    if (scan.escapes > 0) {
        out.append(
            {u"ansi-escape"_s, FindingSeverity::High, field,
             Text::tr("%1 contains %2 terminal escape sequences, which can hide or rewrite text "
                      "in a terminal.")
                 .arg(field)
                 .arg(scan.escapes)});
    }
    if (scan.controls > 0) {
        out.append({u"control-character"_s, FindingSeverity::Medium, field,
                    Text::tr("%1 contains %2 control characters.").arg(field).arg(scan.controls)});
    }
}

void PoisoningScanner::scanPatterns(const QString& field, const QString& text,
                                    QList<Finding>& out) const
{
    for (const Rule& rule : m_rules) {
        const QRegularExpressionMatch match = rule.pattern.match(text);
        if (!match.hasMatch())
            continue;
        const QString message = QCoreApplication::translate("PoisoningScanner", rule.message);
        const QString detail = rule.quoteMatch ? match.captured(0).simplified().left(80)
                                               : QString::number(match.capturedLength(0));
        out.append({rule.code, rule.severity, field, message.arg(field, detail)});
    }
}

void PoisoningScanner::scanSecrets(const QString& field, const QString& text,
                                   QList<Finding>& out) const
{
    for (const QString& id : secretRulesMatching(text)) {
        out.append(
            {u"secret"_s, FindingSeverity::High, field,
             Text::tr("%1 contains what looks like a secret (rule %2); it is not shown. Rotate "
                      "it and remove it from the definition.")
                 .arg(field, id)});
    }
}

QStringList PoisoningScanner::secretRulesMatching(const QString& text) const
{
    QStringList ids;
    for (const SecretRule& rule : m_secrets) {
        if (rule.pattern.match(text).hasMatch())
            ids.append(rule.id);
    }
    return ids;
}

} // namespace Gatehouse
