// One secret-detection rule: the literal keywords that must occur before its pattern is tried,
// the pattern itself, and the checks that keep placeholders and low-entropy words out.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Gatehouse {

struct SecretRule
{
    QString id;           // e.g. "aws-access-token"; shown in redaction markers
    QStringList keywords; // lower case; a case-insensitive hit is needed before the pattern runs
    // Tried anchored at the keyword hit; capture group 1, when present, is the secret itself.
    QRegularExpression pattern;
    double minEntropy = 0; // Shannon entropy (bits a character) the secret must reach
    int minLength = 0;     // shorter secrets are not findings
    bool wordStart = true; // the match must not continue a word on its left
    // Cheap checks before the pattern runs: the token characters ([A-Za-z0-9_-]) the match
    // needs from the keyword on, and whether an assignment (= or :) must follow the name.
    int minTokenRun = 0;
    bool needsAssignment = false;

    // Whether the text at `at` can still match, by the two cheap checks.
    bool mayMatchAt(QStringView text, qsizetype at) const;

    // Shannon entropy of text in bits a character.
    static double entropy(QStringView text);
    // True for the values people write where a secret belongs: ${VAR}, {{x}}, %VAR%, <x>,
    // xxxx, changeme, example values, repeated characters, true/false/null, file paths.
    static bool isPlaceholder(QStringView value);
};

} // namespace Gatehouse
