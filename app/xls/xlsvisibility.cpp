#include "xlsvisibility.h"

#include "compoundstream.h"

#include <algorithm>

namespace {

quint32 le(QByteArrayView bytes, qsizetype at, int size)
{
    if (at < 0 || at + size > bytes.size())
        return 0;
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

/// The bytes of @p bytes from @p at, @p size of them or as many as there are (Qt 6.4's view has no mid()).
QByteArrayView part(QByteArrayView bytes, qsizetype at, qsizetype size = -1)
{
    if (at < 0 || at >= bytes.size())
        return {};
    return bytes.sliced(at, size < 0 ? bytes.size() - at : qMin(size, bytes.size() - at));
}

quint8 byteAt(QByteArrayView bytes, qsizetype at)
{
    return quint8(le(bytes, at, 1));
}

/// UTF-16LE text from bytes that need not be aligned as char16_t is.
QString utf16le(QByteArrayView bytes, qsizetype chars)
{
    QString text;
    for (qsizetype i = 0; i < chars && 2 * i + 1 < bytes.size(); ++i)
        text += QChar(char16_t(le(bytes, 2 * i, 2)));
    return text;
}

constexpr quint16 Bof = 0x0809;
constexpr quint16 Eof = 0x000A;
constexpr quint16 BoundSheet = 0x0085;
constexpr quint16 Row = 0x0208;
constexpr quint16 RowHidden = 0x0020; ///< ROW's fDyZero: the row has no height (hidden or filtered out)

struct Record
{
    quint16 type = 0;
    QByteArrayView data;
};

/// The BIFF records of @p stream from @p at, one at a time.
class Records
{
public:
    Records(const QByteArray &stream, qsizetype at) : m_stream(stream), m_at(at) {}
    bool next(Record *record)
    {
        if (m_at < 0 || m_at + 4 > m_stream.size())
            return false;
        const qsizetype size = le(m_stream, m_at + 2, 2);
        record->type = quint16(le(m_stream, m_at, 2));
        record->data = part(m_stream, m_at + 4, size);
        m_at += 4 + size;
        return true;
    }

private:
    const QByteArray &m_stream;
    qsizetype m_at;
};

/// A BOUNDSHEET record's sheet name: BIFF8's ShortXLUnicodeString, or BIFF5's bytes (Windows-1252 as
/// FreeXL reads them, near enough for Latin names: they are only matched to FreeXL's).
QString sheetName(QByteArrayView data, bool biff8)
{
    const qsizetype count = byteAt(data, 6);
    if (!biff8)
        return QString::fromLatin1(part(data, 7, count));
    const bool wide = byteAt(data, 7) & 1;
    const QByteArrayView chars = part(data, 8);
    if (!wide)
        return QString::fromLatin1(part(chars, 0, count));
    return utf16le(chars, count);
}

QList<int> hiddenRowsOf(const QByteArray &stream, qsizetype at)
{
    QList<int> rows;
    Records records(stream, at);
    Record record;
    int depth = 0; // a chart's substream may sit inside a sheet's
    while (records.next(&record)) {
        if (record.type == Bof)
            ++depth;
        else if (record.type == Eof && --depth <= 0)
            break;
        else if (record.type == Row && depth == 1 && record.data.size() >= 14 && (le(record.data, 12, 2) & RowHidden))
            rows.append(int(le(record.data, 0, 2)) + 1);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

QList<XlsVisibility::Sheet> XlsVisibility::read(const QString &path)
{
    auto stream = CompoundStream::read(path, "Workbook");
    if (!stream)
        stream = CompoundStream::read(path, "Book"); // Excel 5 and 95
    if (!stream)
        return {};
    QList<Sheet> sheets;
    Records records(*stream, 0);
    Record record;
    bool biff8 = false;
    while (records.next(&record) && record.type != Eof) {
        if (record.type == Bof)
            biff8 = le(record.data, 0, 2) == 0x0600;
        if (record.type != BoundSheet || record.data.size() < 8 || byteAt(record.data, 5) != 0)
            continue; // not a worksheet (a chart, a macro sheet)
        Sheet sheet{sheetName(record.data, biff8), (byteAt(record.data, 4) & 3) != 0, {}};
        sheet.hiddenRows = hiddenRowsOf(*stream, qsizetype(le(record.data, 0, 4)));
        sheets.append(std::move(sheet));
    }
    return sheets;
}
