// The secret scanner of the ingest path: finds provider tokens, private keys, JWTs and generic
// secret assignments in sandbox output and tool payloads, and replaces each with its rule id and
// a keyed hash, so two sightings of one secret can be matched without keeping it.
#pragma once

#include "keywordfilter.h"
#include "secretrule.h"

#include "models/telemetry/secretredactor.h"

#include <QByteArray>
#include <QList>

namespace Gatehouse {

struct SecretFinding
{
    QString ruleId;
    qsizetype start = 0;  // of the secret itself, in the scanned text
    qsizetype length = 0; // of the secret
    QString fingerprint;  // 8 hex digits of the keyed hash
};

class SecretScanner : public SecretRedactor
{
public:
    // key is the HMAC-SHA256 key of the fingerprints (see RedactionKey::forWorkspace).
    explicit SecretScanner(QByteArray key);

    // The findings in text order, never overlapping.
    QList<SecretFinding> scan(QStringView text) const;
    int redact(QString& text) const override;

    // "[REDACTED:<rule>:<fingerprint>]".
    QString marker(const QString& ruleId, QStringView secret) const;
    QString fingerprint(QStringView secret) const;
    const QList<SecretRule>& rules() const { return m_rules; }

private:
    struct Candidate
    {
        int rule;
        qsizetype start;
        qsizetype length;
    };
    bool tryRule(QStringView text, qsizetype at, int ruleIndex, QList<Candidate>& found) const;
    static QList<Candidate> withoutOverlaps(QList<Candidate> candidates);

    QByteArray m_key;
    QList<SecretRule> m_rules;
    KeywordFilter m_filter;
};

} // namespace Gatehouse
