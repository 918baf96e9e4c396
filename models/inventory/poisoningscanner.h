// Looks for tool poisoning in what an MCP server says about itself: hidden characters, markup
// and instructions aimed at the model rather than the user, references to credentials, encoded
// blobs and secrets. It reads every string in a definition, keys included.
#pragma once

#include "models/inventory/finding.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace Gatehouse {

class PoisoningScanner
{
public:
    PoisoningScanner();

    // Every string of the definition, with its path as the finding's field.
    QList<Finding> scanDefinition(const QJsonObject& definition) const;
    // One string.
    QList<Finding> scanText(const QString& field, const QString& text) const;

    // Descriptions longer than this are reported: they cost context and hide things well.
    static constexpr qsizetype LongDescription = 2000;

private:
    struct Rule
    {
        QString code;
        FindingSeverity severity;
        QRegularExpression pattern;
        const char* message; // translated with the field and the match
        bool quoteMatch;
    };
    struct SecretRule
    {
        QString id;
        QRegularExpression pattern;
    };

    void scanValue(const QString& field, const QJsonValue& value, QList<Finding>& out) const;
    void scanObject(const QString& field, const QJsonObject& object, QList<Finding>& out) const;
    void scanCharacters(const QString& field, const QString& text, QList<Finding>& out) const;
    void scanPatterns(const QString& field, const QString& text, QList<Finding>& out) const;
    void scanSecrets(const QString& field, const QString& text, QList<Finding>& out) const;
    QStringList secretRulesMatching(const QString& text) const;

    std::vector<Rule> m_rules;
    std::vector<SecretRule> m_secrets;
    // Every rule and secret pattern in one alternation, to clear innocent text in one match.
    QRegularExpression m_anyPattern;
};

} // namespace Gatehouse
