#include "xlsformulas.h"

#include "biffrecords.h"
#include "xlsnumberformats.h"

#include <QHash>

namespace {

using BiffRecords::le;
using BiffRecords::part;

constexpr quint16 String = 0x0207;
constexpr quint16 Continue = 0x003C;
constexpr quint16 SharedFormula = 0x04BC;
constexpr quint16 ArrayFormula = 0x0221;
constexpr quint16 DataTable = 0x0236;

QString errorText(int code)
{
    static const QHash<int, QString> errors{
        {0x00, QStringLiteral("#NULL!")},  {0x07, QStringLiteral("#DIV/0!")},
        {0x0F, QStringLiteral("#VALUE!")}, {0x17, QStringLiteral("#REF!")},
        {0x1D, QStringLiteral("#NAME?")},  {0x24, QStringLiteral("#NUM!")},
        {0x2A, QStringLiteral("#N/A")}};
    return errors.value(code, QStringLiteral("#N/A"));
}

/// A worksheet's formula cells, each with the result its record saved.
class SheetFormulas
{
public:
    SheetFormulas(const QList<XlsNumberFormats::Shows> &formats, bool biff8, bool date1904)
        : m_formats(formats), m_biff8(biff8), m_date1904(date1904)
    {
    }
    void read(const BiffRecords::Record &record)
    {
        switch (record.type) {
        case BiffRecords::Formula:
            if (record.data.size() >= 14)
                readFormula(record.data);
            break;
        case String:
            if (m_pendingString >= 0)
                startString(record.data);
            break;
        case Continue:
            if (m_pendingString >= 0 && m_charsLeft > 0)
                goOnString(record.data);
            break;
        case SharedFormula:
        case ArrayFormula:
        case DataTable:
            break; // these may stand between a FORMULA and its STRING
        default:
            m_pendingString = -1; // a STRING follows its FORMULA, or none does
            m_charsLeft = 0;
        }
    }
    QList<XlsFormulas::Cell> cells;

private:
    void readFormula(QByteArrayView data)
    {
        m_pendingString = -1;
        XlsFormulas::Cell cell{int(le(data, 0, 2)), int(le(data, 2, 2)), std::nullopt};
        if (le(data, 12, 2) != 0xFFFF) { // a number: eight bytes of IEEE 754
            const double number = BiffRecords::number(data, 6);
            const auto shows = m_formats.value(int(le(data, 4, 2)), XlsNumberFormats::Shows::Number);
            cell.result = XlsNumberFormats::text(number, shows, m_date1904);
        } else if (const int kind = int(le(data, 6, 1)); kind == 0) {
            m_pendingString = cells.size(); // its text is in the STRING record after it
        } else if (kind == 1) {
            cell.result = le(data, 8, 1) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (kind == 2) {
            cell.result = errorText(int(le(data, 8, 1)));
        } // 3: an empty text
        cells.append(cell);
    }
    void startString(QByteArrayView data)
    {
        m_charsLeft = le(data, 0, 2);
        m_text.clear();
        if (m_biff8)
            addCharacters(part(data, 3), le(data, 2, 1) & 1);
        else
            addCharacters(part(data, 2), false);
    }
    void goOnString(QByteArrayView data) { addCharacters(part(data, 1), le(data, 0, 1) & 1); }
    void addCharacters(QByteArrayView bytes, bool wide)
    {
        const qsizetype chars = qMin(m_charsLeft, wide ? bytes.size() / 2 : bytes.size());
        m_text += BiffRecords::characters(bytes, chars, wide);
        m_charsLeft -= chars;
        if (!m_text.isEmpty())
            cells[m_pendingString].result = m_text;
    }

    const QList<XlsNumberFormats::Shows> &m_formats; ///< by cell style
    bool m_biff8;
    bool m_date1904;
    qsizetype m_pendingString = -1; ///< the cell whose text a STRING record holds
    qsizetype m_charsLeft = 0;      ///< of that text, still to come in CONTINUE records
    QString m_text;
};

} // namespace

QList<XlsFormulas::Sheet> XlsFormulas::read(const QByteArray &stream, bool date1904)
{
    const QList<XlsNumberFormats::Shows> formats = XlsNumberFormats::ofStyles(stream);
    const bool biff8 = BiffRecords::isBiff8(stream);
    QList<Sheet> sheets;
    for (const BiffRecords::Worksheet &sheet : BiffRecords::worksheets(stream)) {
        SheetFormulas formulas(formats, biff8, date1904);
        BiffRecords::forEachInSheet(
            stream, sheet.at,
            [&formulas](const BiffRecords::Record &record) { formulas.read(record); });
        sheets.append({sheet.name, formulas.cells});
    }
    return sheets;
}
