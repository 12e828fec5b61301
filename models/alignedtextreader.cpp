#include "alignedtextreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

/// Where each run of dashes in @p line begins, if the line holds nothing but two or more such
/// runs parted by spaces; empty otherwise.
QList<qsizetype> dashRuns(QStringView line)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'-' && (i == 0 || line[i - 1] == u' '))
            starts.append(i);
        else if (line[i] != u'-' && line[i] != u' ')
            return {};
    }
    return starts.size() >= 2 ? starts : QList<qsizetype>{};
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

/// Whether the lines under a rule stand in its columns: blank where a column ends. A CSV whose
/// title was underlined word by word has a rule, but its records do not keep to it.
bool alignedBelow(const QStringList &lines, const QList<qsizetype> &starts)
{
    return std::all_of(lines.cbegin(), lines.cend(), [&starts](const QString &line) {
        return std::all_of(starts.cbegin() + 1, starts.cend(), [&line](qsizetype start) {
            return start > line.size() || line.at(start - 1) == u' ';
        });
    });
}

} // namespace

QList<qsizetype> AlignedTextReader::ruleColumns(QStringView header, QStringView rule)
{
    const QList<qsizetype> starts = dashRuns(rule);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : rule.size();
        const QStringView over = header.mid(starts.at(i), end - starts.at(i));
        // Under each column's text (a number's heading may stand at the right of its column),
        // and the header blank where the rule is: one space before each run.
        if (over.trimmed().isEmpty() || (starts.at(i) > 0 && header.mid(starts.at(i) - 1, 1) != u" "))
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
    if (dashRuns(text) == m_starts) {
        ++m_rules;
        return true;
    }
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
    QStringList cells;
    cells.reserve(m_starts.size());
    for (qsizetype i = 0; i < m_starts.size(); ++i) {
        const qsizetype start = i == 0 ? 0 : m_starts.at(i);
        const qsizetype end = i + 1 < m_starts.size() ? m_starts.at(i + 1) : line.size();
        cells.append(line.mid(start, std::max<qsizetype>(0, end - start)).trimmed().toString());
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
