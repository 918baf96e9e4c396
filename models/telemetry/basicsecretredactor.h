// A secret redactor with a small set of regular-expression rules (AWS key ids, GitHub tokens,
// PEM private keys, generic key=value assignments), each behind a cheap keyword pre-filter.
#pragma once

#include "secretredactor.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Gatehouse {

class BasicSecretRedactor : public SecretRedactor
{
public:
    struct Rule
    {
        QString id;                 // e.g. "aws-access-token"
        QStringList keywords;       // lower case; the regex only runs when one occurs in the text
        QRegularExpression pattern; // capture group 1, when present, is the secret itself
        double minEntropy = 0;      // Shannon entropy (bits a character) the secret must reach
    };

    // key is the HMAC-SHA256 key of the fingerprints; the same key gives the same markers, so
    // one secret can be followed across events without being kept.
    explicit BasicSecretRedactor(QByteArray key);

    int redact(QString& text) const override;

    // The marker that replaces secret under rule.
    QString marker(const QString& ruleId, QStringView secret) const;
    const QList<Rule>& rules() const { return m_rules; }

protected:
    void addRule(Rule rule);

private:
    int applyRule(const Rule& rule, const QString& folded, QString& text) const;

    QByteArray m_key;
    QList<Rule> m_rules;
};

} // namespace Gatehouse
