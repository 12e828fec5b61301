#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>


/// @brief Reading a legacy Excel workbook's stream of BIFF records (Excel 5 to 2003), for what
/// FreeXL does not say of it (XlsVisibility, XlsFormulas). Every read is bounded: the stream is
/// untrusted evidence, and a record that is too short reads as zeros, never past its end.
namespace BiffRecords {

constexpr quint16 Bof = 0x0809;
constexpr quint16 Eof = 0x000A;
constexpr quint16 BoundSheet = 0x0085;
constexpr quint16 Formula = 0x0006;
// Number cell records: each begins with its row, its column and its cell style (XF), from 0.
constexpr quint16 Number = 0x0203;
constexpr quint16 Rk = 0x027E;
constexpr quint16 MulRk = 0x00BD;

/// @brief The @p size bytes (1 to 4) at @p at, little-endian; 0 where they are not all there.
quint32 le(QByteArrayView bytes, qsizetype at, int size);
/// @brief The eight bytes at @p at as an IEEE 754 number, little-endian (a NUMBER's value, a
/// FORMULA's result); 0 where they are not all there.
double number(QByteArrayView bytes, qsizetype at);
/// @brief An RK number (MS-XLS 2.5.217): a 30-bit integer or a double's upper 30 bits, either
/// possibly a hundredth of what it says.
double rk(quint32 rk);
/// @brief The bytes from @p at, @p size of them or as many as there are.
QByteArrayView part(QByteArrayView bytes, qsizetype at, qsizetype size = -1);
/// @brief Up to @p chars UTF-16LE characters, from bytes that need not be aligned as char16_t is.
QString utf16le(QByteArrayView bytes, qsizetype chars);
/// @brief @p chars characters of text as BIFF8 stores it (one byte each, or UTF-16LE where
/// @p wide), from the start of @p bytes.
QString characters(QByteArrayView bytes, qsizetype chars, bool wide);

struct Record
{
    quint16 type = 0;
    QByteArrayView data;
};

/// @brief The records of a stream from an offset, one at a time.
class Records
{
public:
    Records(const QByteArray &stream, qsizetype at) : m_stream(stream), m_at(at) {}
    bool next(Record *record);

private:
    const QByteArray &m_stream;
    qsizetype m_at;
};

/// @brief A worksheet the workbook's BOUNDSHEET records name (charts and macro sheets left out).
struct Worksheet
{
    QString name;
    quint8 state = 0; ///< 0 visible, 1 hidden, 2 "very hidden"
    qsizetype at = 0; ///< where its substream begins in the stream
};

/// @brief Whether the workbook's records are BIFF8's (Excel 97 and later) rather than BIFF5's.
bool isBiff8(const QByteArray &stream);
/// @brief The worksheets of @p stream in workbook order.
QList<Worksheet> worksheets(const QByteArray &stream);
/// @brief For each cell style (XF record) of the workbook, in order, the number format it uses:
/// its number, and its code where the workbook's FORMAT records give one (Excel's built-in
/// formats have none there).
QList<QPair<int, QString>> styleFormats(const QByteArray &stream);
/// @brief Calls @p onNumber(row, column, style, value) for each number cell of @p record, a
/// NUMBER, RK or MULRK (several RK numbers in a row); none for any other record. Rows and
/// columns from 0.
template <typename OnNumber>
void forEachNumber(const Record &record, OnNumber onNumber);
/// @brief Calls @p onRecord with each record of the worksheet whose substream begins at @p at,
/// the records of a chart's substream inside it left out.
template <typename OnRecord>
void forEachInSheet(const QByteArray &stream, qsizetype at, OnRecord onRecord)
{
    Records records(stream, at);
    Record record;
    int depth = 0;
    while (records.next(&record)) {
        if (record.type == Bof)
            ++depth;
        else if (record.type == Eof && --depth <= 0)
            break;
        else if (depth == 1)
            onRecord(record);
    }
}

template <typename OnNumber>
void forEachNumber(const Record &record, OnNumber onNumber)
{
    const QByteArrayView data = record.data;
    const int row = int(le(data, 0, 2));
    const int column = int(le(data, 2, 2));
    if (record.type == Number && data.size() >= 14)
        onNumber(row, column, int(le(data, 4, 2)), number(data, 6));
    else if (record.type == Rk && data.size() >= 10)
        onNumber(row, column, int(le(data, 4, 2)), rk(le(data, 6, 4)));
    else if (record.type == MulRk) // row, first column, then XF and RK six bytes each, last column
        for (qsizetype at = 4, c = column; at + 6 <= data.size() - 2; at += 6, ++c)
            onNumber(row, int(c), int(le(data, at, 2)), rk(le(data, at + 2, 4)));
}

} // namespace BiffRecords
