#include "tablereader.h"

#include "alignedtextreader.h"
#include "csvreader.h"
#include "htmltablereader.h"
#include "odsreader.h"
#include "jsonrecordsreader.h"
#include "otherfilekind.h"
#include "recordblocksreader.h"
#include "pdfreader.h"
#include "readaheadreader.h"
#include "xlsreader.h"
#include "xmlspreadsheetreader.h"
#include "xlsxreader.h"

#include <QFile>

std::optional<TableRow> TableRow::ofSheet(QStringList cells, int line, const QString &error)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    if (cells.isEmpty() && error.isEmpty())
        return std::nullopt;
    TableRow row;
    row.line = line;
    row.error = error;
    if (error.isEmpty()) {
        row.raw = cells.join(u'\t');
        row.cells = std::move(cells);
    }
    return row;
}

std::unique_ptr<TableReader> TableReader::openPart(int part, QString *error) const
{
    *error = tr("the file has no part %1").arg(part + 1);
    return nullptr;
}

QList<TableRow> TableReader::firstRows(int count) const
{
    QString error;
    const auto reader = reopen(&error);
    return reader ? readRows(*reader, count) : QList<TableRow>();
}

QList<TableRow> TableReader::readRows(TableReader &reader, int count)
{
    QList<TableRow> rows;
    TableRow row;
    while (rows.size() < count && reader.next(row))
        rows.append(row);
    return rows;
}

TextReading TableReader::textReading() const
{
    return {textEncoding(),         textWithoutByteOrderMark(),   linesReadAsWindows1252(), linesWithUnpairedSurrogates(),
            linesWithReplacedReferences(), linesWithControlCharacters(), linesWithTextFormulas()};
}

QString TableReader::notAZip(const QString &path, const QByteArray &head)
{
    // A ZIP begins with an entry's header, or (holding nothing) with its directory's end.
    static const QByteArray entry = QByteArrayLiteral("PK\x03\x04");
    if (!path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive) || head.startsWith(entry)
        || head.startsWith(QByteArrayLiteral("PK\x05\x06")))
        return {};
    if (head.isEmpty())
        return tr("the file is empty");
    if (entry.startsWith(head))
        return tr("named .zip, and it begins as a ZIP, but it ends before its first entry's header does: it was cut "
                  "short");
    // Read as text it would be taken for a table without a header: say what it is.
    return tr("named .zip, but not a ZIP: it does not begin as one (\"PK\")");
}

std::unique_ptr<TableReader> TableReader::open(const QString &path, QString *error, const ReadWatch &watch,
                                               const QStringList &passwords, bool *needsPassword)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open for reading: %1").arg(probe.errorString());
        return nullptr;
    }
    const QByteArray head = probe.peek(4096);
    probe.close();
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) && !PdfPages::isPdf(head)) {
        // Read as text it would be taken for a table without a header: say what it is.
        *error = head.isEmpty() ? tr("the file is empty") : tr("named .pdf, but not a PDF: it does not begin as one (\"%PDF-\")");
        return nullptr;
    }
    if (const QString other = OtherFileKind::whyUnreadable(head); !other.isEmpty()) {
        *error = other;
        return nullptr;
    }
    if (const QString notZip = notAZip(path, head); !notZip.isEmpty()) {
        *error = notZip;
        return nullptr;
    }
    std::unique_ptr<TableReader> reader;
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04")) && OdsReader::isOds(path))
        reader = std::make_unique<OdsReader>(path);
    else if (head.startsWith(QByteArrayLiteral("PK\x03\x04")))
        reader = std::make_unique<XlsxReader>(path);
    else if (XlsReader::isCompoundFile(head))
        reader = std::make_unique<XlsReader>(path, 0, watch);
    else if (PdfPages::isPdf(head)) { // a carrier's or portal's report
        auto pdf = std::make_unique<PdfReader>(path, watch, passwords);
        if (needsPassword)
            *needsPassword = pdf->needsPassword();
        reader = std::move(pdf);
    }
    else if (XmlSpreadsheetReader::looksLikeXmlSpreadsheet(head)) // a report server's "Excel" export
        reader = std::make_unique<XmlSpreadsheetReader>(path);
    else if (HtmlTableReader::looksLikeHtmlTable(head)) // a portal's "Excel" export, often named .xls
        reader = std::make_unique<HtmlTableReader>(path);
    else if (auto json = JsonRecordsReader::ifJson(path, head, watch)) // a dump, a portal's or a program's export
        reader = std::move(json);
    else if (auto blocks = RecordBlocksReader::ifBlocks(path)) // MySQL's \G, psql's \x
        reader = std::move(blocks);
    else if (auto aligned = AlignedTextReader::ifAligned(path)) // a spool, "results to text"
        reader = std::move(aligned);
    else
        reader = std::make_unique<CsvReader>(path, QChar(), CsvReader::Lines::Rfc4180, watch);
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return ReadAheadReader::ifReadsAlone(std::move(reader));
}

void TableReader::setDamage(const QString &damage, int line, const QStringList &cells)
{
    m_damage = damage;
    TableRow row;
    row.line = line;
    row.cells = cells;
    row.raw = cells.join(u'\t');
    row.error = tr("nothing from here on can be read; %1").arg(damage);
    m_damageRow = std::move(row);
}

bool TableReader::takeDamageRow(TableRow &row)
{
    if (!m_damageRow)
        return false;
    row = std::move(*m_damageRow);
    m_damageRow.reset();
    return true;
}

void TableReader::addCell(QMap<int, QList<int>> &cells, int column, int line)
{
    if (QList<int> &lines = cells[column]; lines.isEmpty() || lines.constLast() < line)
        lines.append(line);
}

void TableReader::addColumns(QList<int> &columns, qint64 first, qint64 count)
{
    constexpr qint64 LastColumn = 16383; // XFD
    const qint64 last = std::min(first + count - 1, LastColumn);
    for (qint64 column = std::max<qint64>(first, 0); column <= last; ++column) {
        const auto at = std::lower_bound(columns.begin(), columns.end(), int(column));
        if (at == columns.end() || *at != column)
            columns.insert(at, int(column));
    }
}

QString TableReader::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}
