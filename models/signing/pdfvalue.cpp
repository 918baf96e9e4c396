// Construction, dictionary access and serialisation of PDF values.
#include "pdfvalue.h"

#include <QString>

#include <algorithm>

namespace Gatehouse {

namespace {

QByteArray escapeLiteral(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out.append('(');
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        if (c == '\r') {
            out.append("\\r");
            continue;
        }
        out.append(c);
    }
    out.append(')');
    return out;
}

QByteArray serializeDictionary(const std::vector<PdfDictEntry>& entries)
{
    QByteArray out = "<<";
    for (const PdfDictEntry& entry : entries)
        out += " /" + entry.key + ' ' + entry.value.serialize();
    return out + " >>";
}

QByteArray serializeArray(const std::vector<PdfValue>& items)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? " " : "") + items[i].serialize();
    return out + ']';
}

} // namespace

PdfValue PdfValue::number(qint64 value)
{
    PdfValue result;
    result.kind = Kind::Number;
    result.text = QByteArray::number(value);
    return result;
}

PdfValue PdfValue::name(const QByteArray& value)
{
    PdfValue result;
    result.kind = Kind::Name;
    result.text = value;
    return result;
}

PdfValue PdfValue::string(const QByteArray& value)
{
    PdfValue result;
    result.kind = Kind::String;
    result.text = value;
    return result;
}

PdfValue PdfValue::reference(int objectNumber, int generation)
{
    PdfValue result;
    result.kind = Kind::Reference;
    result.objectNumber = objectNumber;
    result.generation = generation;
    return result;
}

PdfValue PdfValue::array(std::vector<PdfValue> values)
{
    PdfValue result;
    result.kind = Kind::Array;
    result.items = std::move(values);
    return result;
}

PdfValue PdfValue::dictionary()
{
    PdfValue result;
    result.kind = Kind::Dictionary;
    return result;
}

std::optional<qint64> PdfValue::toInteger() const
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (kind != Kind::Number || !ok)
        return std::nullopt;
    return value;
}

const PdfValue* PdfValue::find(const QByteArray& key) const
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const PdfDictEntry& entry) { return entry.key == key; });
    return it == entries.end() ? nullptr : &it->value;
}

PdfValue* PdfValue::find(const QByteArray& key)
{
    return const_cast<PdfValue*>(std::as_const(*this).find(key));
}

void PdfValue::set(const QByteArray& key, PdfValue value)
{
    if (PdfValue* existing = find(key)) {
        *existing = std::move(value);
        return;
    }
    entries.push_back(PdfDictEntry{key, std::move(value)});
}

void PdfValue::remove(const QByteArray& key)
{
    std::erase_if(entries, [&](const PdfDictEntry& entry) { return entry.key == key; });
}

QByteArray PdfValue::serialize() const
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Boolean:
    case Kind::Number:
        return text;
    case Kind::Name:
        return '/' + text;
    case Kind::String:
        return escapeLiteral(text);
    case Kind::HexString:
        return '<' + text.toHex() + '>';
    case Kind::Array:
        return serializeArray(items);
    case Kind::Dictionary:
        return serializeDictionary(entries);
    case Kind::Reference:
        return QByteArray::number(objectNumber) + ' ' + QByteArray::number(generation) + " R";
    }
    return "null";
}

QByteArray pdfTextString(const QString& text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (ascii)
        return text.toLatin1();
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return utf16;
}

} // namespace Gatehouse
