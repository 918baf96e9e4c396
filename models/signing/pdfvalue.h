// One PDF object value (number, name, string, array, dictionary, reference...) as the signer
// reads and rewrites it, with the byte span it was parsed from.
#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

namespace Gatehouse {

struct PdfDictEntry;

struct PdfValue
{
    enum class Kind
    {
        Null,
        Boolean,
        Number,
        Name,
        String,
        HexString,
        Array,
        Dictionary,
        Reference
    };

    Kind kind = Kind::Null;
    // Numbers and booleans keep their source text; names without the slash; strings decoded.
    QByteArray text;
    int objectNumber = 0;
    int generation = 0;
    std::vector<PdfValue> items;
    std::vector<PdfDictEntry> entries;
    // Where the value was found in the file: [begin, end).
    qsizetype begin = -1;
    qsizetype end = -1;

    static PdfValue number(qint64 value);
    static PdfValue name(const QByteArray& value);
    static PdfValue string(const QByteArray& value);
    static PdfValue reference(int objectNumber, int generation = 0);
    static PdfValue array(std::vector<PdfValue> values = {});
    static PdfValue dictionary();

    bool isReference() const { return kind == Kind::Reference; }
    bool isDictionary() const { return kind == Kind::Dictionary; }
    std::optional<qint64> toInteger() const;

    // Dictionary access; find() returns nullptr when the key is absent.
    const PdfValue* find(const QByteArray& key) const;
    PdfValue* find(const QByteArray& key);
    void set(const QByteArray& key, PdfValue value);
    void remove(const QByteArray& key);

    // The PDF syntax of the value; dictionaries keep the order of their entries.
    QByteArray serialize() const;
};

struct PdfDictEntry
{
    QByteArray key;
    PdfValue value;
};

// A PDF text string: ASCII stays literal, anything else becomes UTF-16BE with a byte-order mark.
QByteArray pdfTextString(const QString& text);

} // namespace Gatehouse
