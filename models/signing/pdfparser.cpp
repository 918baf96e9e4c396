// A small recursive-descent reader of PDF object syntax (ISO 32000-1, section 7.3).
#include "pdfparser.h"

#include <QCoreApplication>

#include <cstring>

namespace Gatehouse {

namespace {

constexpr int MaximumDepth = 64;
thread_local int g_depth = 0;

// Limits nesting so that a hostile file cannot exhaust the stack.
struct DepthGuard
{
    DepthGuard() { ++g_depth; }
    ~DepthGuard() { --g_depth; }
    bool tooDeep() const { return g_depth > MaximumDepth; }
};

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

PdfParser::PdfParser(const QByteArray& bytes)
    : m_bytes(bytes)
{
}

bool PdfParser::isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool PdfParser::isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
           || c == '}' || c == '/' || c == '%';
}

char PdfParser::at(qsizetype position) const
{
    return position >= 0 && position < m_bytes.size() ? m_bytes.at(position) : '\0';
}

qsizetype PdfParser::skipSpace(qsizetype position) const
{
    while (position < m_bytes.size()) {
        const char c = m_bytes.at(position);
        if (c == '%') {
            while (position < m_bytes.size() && at(position) != '\n' && at(position) != '\r')
                ++position;
        } else if (!isWhitespace(c)) {
            break;
        } else {
            ++position;
        }
    }
    return position;
}

qint64 PdfParser::readInteger(qsizetype& position) const
{
    qsizetype cursor = position;
    qint64 value = 0;
    while (cursor < m_bytes.size() && at(cursor) >= '0' && at(cursor) <= '9'
           && cursor - position < 18)
        value = value * 10 + (at(cursor++) - '0');
    if (cursor == position)
        return -1;
    position = cursor;
    return value;
}

bool PdfParser::hasKeyword(qsizetype position, const char* keyword) const
{
    const QByteArrayView word(keyword);
    if (QByteArrayView(m_bytes).sliced(qMin(position, m_bytes.size())).startsWith(word) == false)
        return false;
    const qsizetype after = position + word.size();
    return after >= m_bytes.size() || isWhitespace(at(after)) || isDelimiter(at(after));
}

Error PdfParser::syntaxError(qsizetype position, const char* what) const
{
    return Error{ErrorCode::Corrupt,
                 QCoreApplication::translate("PdfParser", "The PDF is damaged at byte %1: %2.")
                     .arg(position)
                     .arg(QString::fromLatin1(what))};
}

Result<PdfValue> PdfParser::parseValue(qsizetype& position) const
{
    const DepthGuard guard;
    if (guard.tooDeep())
        return std::unexpected(syntaxError(position, "objects nested too deeply"));
    position = skipSpace(position);
    const qsizetype begin = position;
    Result<PdfValue> value = std::unexpected(syntaxError(position, "unexpected end of file"));
    const char c = at(position);
    if (position >= m_bytes.size())
        return value;
    if (c == '<' && at(position + 1) == '<')
        value = parseDictionary(position);
    else if (c == '<')
        value = parseHexString(position);
    else if (c == '[')
        value = parseArray(position);
    else if (c == '(')
        value = parseLiteralString(position);
    else if (c == '/')
        value = parseName(position);
    else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.')
        value = parseNumberOrReference(position);
    else
        value = parseKeyword(position);
    if (value) {
        value->begin = begin;
        value->end = position;
    }
    return value;
}

Result<PdfValue> PdfParser::parseDictionary(qsizetype& position) const
{
    PdfValue dictionary = PdfValue::dictionary();
    position += 2;
    for (;;) {
        position = skipSpace(position);
        if (at(position) == '>' && at(position + 1) == '>') {
            position += 2;
            return dictionary;
        }
        Result<PdfValue> key = parseValue(position);
        if (!key || key->kind != PdfValue::Kind::Name)
            return std::unexpected(syntaxError(position, "a dictionary key is not a name"));
        Result<PdfValue> value = parseValue(position);
        if (!value)
            return value;
        dictionary.entries.push_back(PdfDictEntry{key->text, std::move(*value)});
    }
}

Result<PdfValue> PdfParser::parseArray(qsizetype& position) const
{
    PdfValue array = PdfValue::array();
    ++position;
    for (;;) {
        position = skipSpace(position);
        if (position >= m_bytes.size())
            return std::unexpected(syntaxError(position, "an array is not closed"));
        if (at(position) == ']') {
            ++position;
            return array;
        }
        Result<PdfValue> item = parseValue(position);
        if (!item)
            return item;
        array.items.push_back(std::move(*item));
    }
}

Result<PdfValue> PdfParser::parseLiteralString(qsizetype& position) const
{
    QByteArray text;
    int open = 1;
    ++position;
    while (position < m_bytes.size()) {
        const char c = at(position++);
        if (c == '\\') {
            const char next = at(position++);
            const char* known = "nrtbf";
            const char* mapped = "\n\r\t\b\f";
            const char* hit = std::strchr(known, next);
            text.append(hit && next ? mapped[hit - known] : next);
            continue;
        }
        open += (c == '(') - (c == ')');
        if (open == 0)
            return PdfValue::string(text);
        text.append(c);
    }
    return std::unexpected(syntaxError(position, "a string is not closed"));
}

Result<PdfValue> PdfParser::parseHexString(qsizetype& position) const
{
    const qsizetype close = m_bytes.indexOf('>', position);
    if (close < 0)
        return std::unexpected(syntaxError(position, "a hex string is not closed"));
    QByteArray digits;
    for (qsizetype i = position + 1; i < close; ++i) {
        if (hexDigit(at(i)) >= 0)
            digits.append(at(i));
        else if (!isWhitespace(at(i)))
            return std::unexpected(syntaxError(i, "a hex string holds a non-hex character"));
    }
    PdfValue value;
    value.kind = PdfValue::Kind::HexString;
    value.text = QByteArray::fromHex(digits);
    position = close + 1;
    return value;
}

Result<PdfValue> PdfParser::parseName(qsizetype& position) const
{
    QByteArray name;
    ++position;
    while (position < m_bytes.size() && !isWhitespace(at(position)) && !isDelimiter(at(position))) {
        if (at(position) == '#' && hexDigit(at(position + 1)) >= 0
            && hexDigit(at(position + 2)) >= 0) {
            name.append(char(hexDigit(at(position + 1)) * 16 + hexDigit(at(position + 2))));
            position += 3;
            continue;
        }
        name.append(at(position++));
    }
    return PdfValue::name(name);
}

Result<PdfValue> PdfParser::parseNumberOrReference(qsizetype& position) const
{
    const qsizetype begin = position;
    while (position < m_bytes.size() && !isWhitespace(at(position)) && !isDelimiter(at(position)))
        ++position;
    PdfValue number;
    number.kind = PdfValue::Kind::Number;
    number.text = m_bytes.mid(begin, position - begin);

    qsizetype cursor = skipSpace(position);
    const qint64 generation = readInteger(cursor);
    cursor = skipSpace(cursor);
    if (generation >= 0 && hasKeyword(cursor, "R") && number.toInteger()) {
        position = cursor + 1;
        return PdfValue::reference(int(*number.toInteger()), int(generation));
    }
    return number;
}

Result<PdfValue> PdfParser::parseKeyword(qsizetype& position) const
{
    for (const char* word : {"true", "false", "null"}) {
        if (!hasKeyword(position, word))
            continue;
        position += qsizetype(std::strlen(word));
        PdfValue value;
        value.kind = word[0] == 'n' ? PdfValue::Kind::Null : PdfValue::Kind::Boolean;
        value.text = word;
        return value;
    }
    return std::unexpected(syntaxError(position, "an unknown keyword"));
}

Result<PdfValue> PdfParser::parseIndirectObject(qsizetype offset, int expectedNumber) const
{
    qsizetype position = skipSpace(offset);
    const qint64 number = readInteger(position);
    position = skipSpace(position);
    const qint64 generation = readInteger(position);
    position = skipSpace(position);
    if (number != expectedNumber || generation < 0 || !hasKeyword(position, "obj"))
        return std::unexpected(syntaxError(offset, "the cross-reference table points elsewhere"));
    position += 3;
    return parseValue(position);
}

} // namespace Gatehouse
