// Reads PDF object syntax out of a file held in memory: enough of the grammar to follow the
// cross-reference tables and to rewrite catalogs, pages and signature dictionaries.
#pragma once

#include "models/core/error.h"
#include "models/signing/pdfvalue.h"

#include <QByteArray>

namespace Gatehouse {

class PdfParser
{
public:
    // The bytes must outlive the parser.
    explicit PdfParser(const QByteArray& bytes);

    // Parses the value that starts at or after position and moves position past it.
    Result<PdfValue> parseValue(qsizetype& position) const;
    // Parses "N G obj <value>" at offset; the stream body of a stream object is not read.
    Result<PdfValue> parseIndirectObject(qsizetype offset, int expectedNumber) const;

    // Skips whitespace and comments from position; returns the first other position.
    qsizetype skipSpace(qsizetype position) const;
    // The unsigned decimal integer at position, or -1.
    qint64 readInteger(qsizetype& position) const;
    // True when the keyword is at position and is followed by a delimiter or whitespace.
    bool hasKeyword(qsizetype position, const char* keyword) const;

    static bool isWhitespace(char c);
    static bool isDelimiter(char c);

private:
    Result<PdfValue> parseDictionary(qsizetype& position) const;
    Result<PdfValue> parseArray(qsizetype& position) const;
    Result<PdfValue> parseLiteralString(qsizetype& position) const;
    Result<PdfValue> parseHexString(qsizetype& position) const;
    Result<PdfValue> parseName(qsizetype& position) const;
    Result<PdfValue> parseNumberOrReference(qsizetype& position) const;
    Result<PdfValue> parseKeyword(qsizetype& position) const;
    Error syntaxError(qsizetype position, const char* what) const;
    char at(qsizetype position) const;

    const QByteArray& m_bytes;
};

} // namespace Gatehouse
