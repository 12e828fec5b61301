// How a table import settles the decimal mark of a record's duration ("1.234" is a second and a
// bit, or 1,234 seconds): declared by the analyst or the profile, stored so by a workbook, or
// asked, the import stopping until it is.
#include "tableimporter.h"

#include "durations.h"

DecimalMarkDeclared TableImporter::decimalMarkDeclared() const
{
    if (m_options.decimalMark.mark != DecimalMark::Unknown ||
        m_format->decimalMark == DecimalMark::Unknown)
        return m_options.decimalMark;
    return {m_format->decimalMark, QStringLiteral("declared by profile"), 0, {}};
}

DecimalMark TableImporter::decimalMarkFor(const QString &duration) const
{
    if (const DecimalMark declared = decimalMarkDeclared().mark; declared != DecimalMark::Unknown)
        return declared;
    // A workbook stores a number with a point ("1.234" is 1.234), as JSON writes one; a comma is
    // in a text cell, or a JSON string.
    static const QStringList workbooks{QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods"),
                                       QStringLiteral("xml-spreadsheet"), QStringLiteral("json")};
    return duration.contains(u'.') && workbooks.contains(m_reader.kind()) ? DecimalMark::Point
                                                                          : DecimalMark::Unknown;
}

std::optional<TableImporter::Outcome> TableImporter::stopForDecimalMark(const TableRow &row)
{
    const QString duration = cell(row, Field::Duration);
    if (!Durations::needsMark(duration) || decimalMarkFor(duration) != DecimalMark::Unknown)
        return std::nullopt;
    m_decimalMarkMissing = true;
    m_fatalLine = row.line;
    m_fatalError = Durations::markNeededReason(duration);
    return Outcome::Fatal;
}

void TableImporter::noteDecimalMark(const TableRow &row)
{
    const QString duration = cell(row, Field::Duration);
    if (Durations::needsMark(duration) && decimalMarkDeclared().mark != DecimalMark::Unknown)
        m_decimalMarkReading.note(duration, row.line);
}
