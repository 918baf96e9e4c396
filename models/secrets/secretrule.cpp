// Entropy and placeholder checks shared by every rule.
#include "secretrule.h"

#include <array>
#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

double SecretRule::entropy(QStringView text)
{
    if (text.isEmpty())
        return 0;
    std::array<int, 129> counts{};
    for (const QChar c : text)
        ++counts[qMin<int>(c.unicode(), 128)];
    double bits = 0;
    const double total = double(text.size());
    for (const int count : counts) {
        if (count > 0)
            bits -= count / total * std::log2(count / total);
    }
    return bits;
}

namespace {

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'_' || u == u'-';
}

// A name like "api_key", "client.secret " or "TOKEN\"" followed by "=" or ":".
bool assignmentFollows(QStringView text, qsizetype at)
{
    const qsizetype end = qMin(text.size(), at + 48);
    qsizetype i = at;
    while (i < end && (isTokenChar(text[i]) || text[i] == u'.'))
        ++i;
    while (i < end && (text[i] == u' ' || text[i] == u'\t' || text[i] == u'"' || text[i] == u'\''))
        ++i;
    return i < end && (text[i] == u'=' || text[i] == u':' || text[i] == u'?');
}

} // namespace

bool SecretRule::mayMatchAt(QStringView text, qsizetype at) const
{
    if (needsAssignment && !assignmentFollows(text, at))
        return false;
    if (minTokenRun > 0) {
        const qsizetype end = qMin(text.size(), at + minTokenRun);
        if (end - at < minTokenRun)
            return false;
        for (qsizetype i = at; i < end; ++i) {
            if (!isTokenChar(text[i]))
                return false;
        }
    }
    return true;
}

namespace {

bool isWrapped(QStringView v)
{
    return (v.startsWith(u"${") && v.endsWith(u'}')) || (v.startsWith(u"{{") && v.endsWith(u"}}"))
           || (v.size() > 2 && v.startsWith(u'%') && v.endsWith(u'%'))
           || (v.startsWith(u'<') && v.endsWith(u'>')) || v.startsWith(u"$(")
           || (v.startsWith(u'$') && v.size() > 1 && v[1].isUpper());
}

bool isRepeated(QStringView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [&](QChar c) { return c == v[0]; });
}

} // namespace

bool SecretRule::isPlaceholder(QStringView value)
{
    if (isWrapped(value) || isRepeated(value) || value.startsWith(u"[REDACTED:"))
        return true;
    // A file path where a key file is named, not a key.
    if ((value.startsWith(u'/') || value.startsWith(u"./")) && value.count(u'/') >= 2)
        return true;
    static const QStringList words = {u"xxxx"_s,       u"changeme"_s,    u"change_me"_s,
                                      u"example"_s,    u"placeholder"_s, u"redacted"_s,
                                      u"your_"_s,      u"your-"_s,       u"dummy"_s,
                                      u"********"_s,   u"notasecret"_s,  u"abcdefghijklmnop"_s,
                                      u"1234567890"_s, u"<redacted>"_s,  u"replace_me"_s};
    for (const QString& word : words) {
        if (value.contains(word, Qt::CaseInsensitive))
            return true;
    }
    static const QStringList exact = {u"true"_s, u"false"_s, u"null"_s, u"none"_s, u"undefined"_s};
    return std::any_of(exact.begin(), exact.end(), [&](const QString& word) {
        return value.compare(word, Qt::CaseInsensitive) == 0;
    });
}

} // namespace Gatehouse
