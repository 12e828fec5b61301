#include "alignedtextreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

/// Where each run of dashes in @p line begins, if the line holds nothing but two or more such
/// runs parted by spaces, or by "+" as psql's rule and MySQL's borders ("+-----+----+"); empty
/// otherwise.
QList<qsizetype> dashRuns(QStringView line)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'-' && (i == 0 || line[i - 1] != u'-'))
            starts.append(i);
        else if (c != u'-' && c != u' ' && c != u'+')
            return {};
    }
    return starts.size() >= 2 ? starts : QList<qsizetype>{};
}

/// Whether @p c may stand where a rule parts two columns: a space, or the bar of a table drawn
/// with "|" (psql, MySQL).
bool partsColumns(QChar c)
{
    return c == u' ' || c == u'|';
}

/// The first 64 KiB of @p path as text, split into lines: enough to find a header and its rule.
QStringList headLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(64 * 1024);
    const auto encoding = QStringConverter::encodingForData(head).value_or(QStringConverter::Utf8);
    QString text = QStringDecoder(encoding, QStringConverter::Flag::Default)(head);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return text.split(u'\n');
}

/// Whether the lines under a rule stand in its columns, up to a blank line or another rule (a
/// table's bottom border): parted where a column ends. A CSV whose title was underlined word
/// by word has a rule, but its records do not keep to it.
bool alignedBelow(const QStringList &lines, const QList<qsizetype> &starts)
{
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || !dashRuns(line).isEmpty())
            return true;
        const bool parted = std::all_of(starts.cbegin() + 1, starts.cend(), [&line](qsizetype start) {
            return start > line.size() || partsColumns(line.at(start - 1));
        });
        if (!parted)
            return false;
    }
    return true;
}

} // namespace

QList<qsizetype> AlignedTextReader::ruleColumns(QStringView header, QStringView rule)
{
    const QList<qsizetype> starts = dashRuns(rule);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : rule.size();
        const QStringView over = header.mid(starts.at(i), end - starts.at(i));
        // Under each column's text (a number's heading may stand at the right of its column),
        // and the header parted where the rule is: a space or a bar before each run.
        if (over.trimmed().isEmpty() || (starts.at(i) > 0 && !partsColumns(header.at(starts.at(i) - 1))))
            return {};
    }
    return starts;
}

std::unique_ptr<AlignedTextReader> AlignedTextReader::ifAligned(const QString &path)
{
    const QStringList lines = headLines(path);
    for (qsizetype i = 1; i < std::min<qsizetype>(lines.size(), 61); ++i) {
        const QList<qsizetype> starts = ruleColumns(lines.at(i - 1), lines.at(i));
        if (starts.isEmpty() || !alignedBelow(lines.mid(i + 1, 5), starts))
            continue;
        auto rows = std::make_unique<CsvReader>(path, QChar(0x1F), CsvReader::Lines::Whole);
        QString header = lines.at(i - 1);
        while (header.endsWith(u' '))
            header.chop(1);
        return std::unique_ptr<AlignedTextReader>(new AlignedTextReader(std::move(rows), header, starts));
    }
    return nullptr;
}

AlignedTextReader::AlignedTextReader(std::unique_ptr<CsvReader> lines, QString header, QList<qsizetype> starts)
    : m_lines(std::move(lines)), m_header(std::move(header)), m_starts(std::move(starts))
{
}

std::unique_ptr<TableReader> AlignedTextReader::reopen(QString *error) const
{
    auto lines = m_lines->reopen(error);
    if (!lines)
        return nullptr;
    return std::unique_ptr<TableReader>(new AlignedTextReader(
        std::unique_ptr<CsvReader>(static_cast<CsvReader *>(lines.release())), m_header, m_starts));
}

bool AlignedTextReader::nextLine(TableRow &row)
{
    if (m_held) {
        row = std::move(*m_held);
        m_held.reset();
        return true;
    }
    return m_lines->next(row);
}

bool AlignedTextReader::isLayout(const TableRow &line)
{
    if (!line.error.isEmpty())
        return false;
    const QStringView text = QStringView(line.raw);
    if (text.trimmed().isEmpty()) {
        ++m_blankLines;
        return true;
    }
    if (dashRuns(text) == m_starts) // the rule, a border
        return true;
    if (isTally(line))
        return true;
    if (!text.startsWith(m_header) || !text.mid(m_header.size()).trimmed().isEmpty())
        return false;
    if (!m_headerSeen) {
        m_headerSeen = true;
        m_givingHeader = true;
        return false; // the header itself, which the importer finds
    }
    // The header again: a printout's next page if its rule follows, else a header of its own.
    TableRow after;
    if (!m_lines->next(after))
        return false;
    const bool page = after.error.isEmpty() && dashRuns(after.raw) == m_starts;
    if (!page) {
        m_held = std::move(after);
        return false;
    }
    ++m_repeatedHeaders;
    return true;
}

bool AlignedTextReader::isTally(const TableRow &line)
{
    static const QRegularExpression tally(
        QStringLiteral("^\\s*\\(?(\\d[\\d,]*|no) rows?(?: (?:selected|affected|in set))?\\.?\\)?"
                       "(?: \\(\\d+(?:\\.\\d+)? sec\\))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!m_headerSeen)
        return false;
    const auto m = tally.match(line.raw);
    if (!m.hasMatch())
        return false;
    m_tally = {line.line, line.raw.trimmed()};
    const QString count = m.captured(1).remove(u',');
    m_tallied = count.compare(u"no", Qt::CaseInsensitive) == 0 ? 0 : count.toLongLong();
    return true;
}

bool AlignedTextReader::next(TableRow &row)
{
    do {
        if (!nextLine(row))
            return false;
    } while (isLayout(row));
    if (row.error.isEmpty())
        row.cells = cellsOf(row.raw);
    if (m_givingHeader)
        m_givingHeader = false;
    else if (m_headerSeen)
        ++m_rowsAfterHeader;
    return true;
}

QStringList AlignedTextReader::cellsOf(QStringView line) const
{
    // From each run's start to the character parting it from the next (a bar of a table drawn
    // with bars is no part of a cell, nor are the bars at its two edges).
    QStringList cells;
    cells.reserve(m_starts.size());
    for (qsizetype i = 0; i < m_starts.size(); ++i) {
        const qsizetype start = i == 0 ? 0 : m_starts.at(i);
        const qsizetype end = i + 1 < m_starts.size() ? m_starts.at(i + 1) - 1 : line.size();
        QStringView cell = line.mid(start, std::max<qsizetype>(0, end - start)).trimmed();
        if (i == 0 && cell.startsWith(u'|'))
            cell = cell.mid(1).trimmed();
        if (i + 1 == m_starts.size() && cell.endsWith(u'|'))
            cell = cell.chopped(1).trimmed();
        cells.append(cell.toString());
    }
    return cells;
}

QStringList AlignedTextReader::readingNotes() const
{
    QStringList notes;
    QStringList layout;
    if (m_repeatedHeaders > 0)
        layout.append(tr("%n page heading(s) repeating the header and its rule", nullptr, m_repeatedHeaders));
    if (m_blankLines > 0)
        layout.append(tr("%n blank line(s)", nullptr, m_blankLines));
    if (m_tally)
        layout.append(tr("the count the query tool printed after the table (line %1)").arg(m_tally->first));
    if (!layout.isEmpty())
        notes.append(tr("the file is a table printed as aligned text, its columns where the dashes under its header "
                        "stand; its layout is no record and was not counted as rows: %1")
                         .arg(layout.join(QStringLiteral(", "))));
    // A spool cut short, or lines lost in copying, leave fewer rows than the tool counted.
    if (m_tally && m_tallied != m_rowsAfterHeader)
        notes.append(tr("the query tool counted the table's rows as \"%1\" (line %2), but %n row(s) were read below "
                        "its header: rows may be missing, or other lines stand among them",
                        nullptr, int(m_rowsAfterHeader))
                         .arg(m_tally->second)
                         .arg(m_tally->first));
    return notes;
}
