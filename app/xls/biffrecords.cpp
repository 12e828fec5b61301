#include "biffrecords.h"

#include <QHash>

#include <bit>

quint32 BiffRecords::le(QByteArrayView bytes, qsizetype at, int size)
{
    if (at < 0 || at + size > bytes.size())
        return 0;
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

QByteArrayView BiffRecords::part(QByteArrayView bytes, qsizetype at, qsizetype size)
{
    if (at < 0 || at >= bytes.size())
        return {};
    // Qt 6.4's view has no mid(): sliced() within its bounds.
    return bytes.sliced(at, size < 0 ? bytes.size() - at : qMin(size, bytes.size() - at));
}

double BiffRecords::number(QByteArrayView bytes, qsizetype at)
{
    return std::bit_cast<double>(quint64(le(bytes, at, 4)) | quint64(le(bytes, at + 4, 4)) << 32);
}

double BiffRecords::rk(quint32 rk)
{
    const double value = rk & 0x2 ? double(qint32(rk) >> 2) // a 30-bit signed integer
                                  : std::bit_cast<double>(quint64(rk & 0xFFFFFFFC) << 32);
    return rk & 0x1 ? value / 100 : value;
}

QString BiffRecords::utf16le(QByteArrayView bytes, qsizetype chars)
{
    QString text;
    for (qsizetype i = 0; i < chars && 2 * i + 1 < bytes.size(); ++i)
        text += QChar(char16_t(le(bytes, 2 * i, 2)));
    return text;
}

QString BiffRecords::characters(QByteArrayView bytes, qsizetype chars, bool wide)
{
    return wide ? utf16le(bytes, chars) : QString::fromLatin1(part(bytes, 0, chars));
}

bool BiffRecords::Records::next(Record *record)
{
    if (m_at < 0 || m_at + 4 > m_stream.size())
        return false;
    const qsizetype size = le(m_stream, m_at + 2, 2);
    record->type = quint16(le(m_stream, m_at, 2));
    record->data = part(m_stream, m_at + 4, size);
    m_at += 4 + size;
    return true;
}

bool BiffRecords::isBiff8(const QByteArray &stream)
{
    Records records(stream, 0);
    Record record;
    return records.next(&record) && record.type == Bof && le(record.data, 0, 2) == 0x0600;
}

namespace {

/// A BOUNDSHEET record's sheet name: BIFF8's ShortXLUnicodeString, or BIFF5's bytes (Windows-1252
/// as FreeXL reads them, near enough for Latin names: they are only matched to FreeXL's).
QString sheetName(QByteArrayView data, bool biff8)
{
    using namespace BiffRecords;
    const qsizetype count = quint8(le(data, 6, 1));
    if (!biff8)
        return QString::fromLatin1(part(data, 7, count));
    return characters(part(data, 8), count, le(data, 7, 1) & 1);
}

} // namespace

QList<BiffRecords::Worksheet> BiffRecords::worksheets(const QByteArray &stream)
{
    QList<Worksheet> sheets;
    const bool biff8 = isBiff8(stream);
    Records records(stream, 0);
    Record record;
    while (records.next(&record) && record.type != Eof) {
        if (record.type != BoundSheet || record.data.size() < 8 || le(record.data, 5, 1) != 0)
            continue; // not a worksheet (a chart, a macro sheet)
        sheets.append({sheetName(record.data, biff8), quint8(le(record.data, 4, 1) & 3),
                       qsizetype(le(record.data, 0, 4))});
    }
    return sheets;
}

QList<QPair<int, QString>> BiffRecords::styleFormats(const QByteArray &stream)
{
    constexpr quint16 Format = 0x041E;
    constexpr quint16 Xf = 0x00E0;
    const bool biff8 = isBiff8(stream);
    QHash<int, QString> codes;
    QList<int> styleFormats;
    Records records(stream, 0);
    Record record;
    while (records.next(&record) && record.type != Eof) { // the workbook's globals, before its sheets
        if (record.type == Xf)
            styleFormats.append(int(le(record.data, 2, 2)));
        else if (record.type == Format)
            codes.insert(int(le(record.data, 0, 2)),
                         biff8 ? characters(part(record.data, 5), le(record.data, 2, 2), le(record.data, 4, 1) & 1)
                               : QString::fromLatin1(part(record.data, 3, le(record.data, 2, 1))));
    }
    QList<QPair<int, QString>> formats;
    for (const int id : styleFormats)
        formats.append({id, codes.value(id)});
    return formats;
}
