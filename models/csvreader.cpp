#include "csvreader.h"

#include "textdecoding.h"
#include "utf8lines.h"

#include <QFileInfo>

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

} // namespace

CsvReader::CsvReader(const QString &path, QChar delimiter, Lines lines, const ReadWatch &watch)
    : m_file(path), m_delimiter(delimiter), m_lines(lines)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_fatalError = tr("cannot open for reading: %1").arg(m_file.errorString());
        return;
    }
    if (!detectEncoding(watch))
        return;
    if (m_delimiter.isNull())
        detectDelimiter();
}

std::unique_ptr<TableReader> CsvReader::reopen(QString *error) const
{
    auto reader = std::make_unique<CsvReader>(m_file.fileName(), m_delimiter, m_lines);
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}

QString CsvReader::kind() const
{
    return m_delimiter == u'\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
}

double CsvReader::progress() const
{
    const qint64 size = m_file.size();
    return size > 0 ? double(m_file.pos()) / double(size) : 1.0;
}

bool CsvReader::detectEncoding(const ReadWatch &watch)
{
    const QByteArray head = m_file.peek(4);
    qint64 bomSize = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8;
        bomSize = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        bomSize = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        bomSize = 2;
    } else if (const auto utf16 = TextDecoding::utf16WithoutMark(m_file.peek(4096))) {
        m_encoding = *utf16 == QStringDecoder::Utf16LE ? Encoding::Utf16LE : Encoding::Utf16BE;
        m_withoutMark = true;
    }
    m_file.seek(bomSize);
    if (m_encoding == Encoding::Utf8 && !surveyUtf8(bomSize > 0, watch))
        return false;
    switch (m_encoding) {
    case Encoding::Utf8:
        m_encodingName = QStringLiteral("UTF-8");
        m_decoder.emplace(QStringDecoder::Utf8);
        break;
    case Encoding::Utf16LE:
        m_encodingName = QStringLiteral("UTF-16LE");
        m_decoder.emplace(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_encodingName = QStringLiteral("UTF-16BE");
        m_decoder.emplace(QStringDecoder::Utf16BE);
        break;
    case Encoding::Windows1252:
        m_encodingName = QStringLiteral("Windows-1252");
        break;
    }
    return true;
}

bool CsvReader::surveyUtf8(bool hasBom, const ReadWatch &watch)
{
    // UTF-8 if the file is, else Windows-1252 (every byte is a character there). A file that is
    // UTF-8 by its byte-order mark or by most of its lines reads its lines that are not UTF-8 as
    // Windows-1252, one by one, rather than the whole file so: a damaged byte or records pasted
    // from another export would otherwise change every accented letter of the rest.
    Utf8Lines lines;
    if (!lines.scan(m_file, watch)) {
        m_fatalError = lines.cancelled() ? ReadWatch::cancelledError()
                                         : tr("cannot read the file: %1").arg(m_file.errorString());
        return false;
    }
    const auto &invalid = lines.invalidLines();
    if (invalid.empty())
        return true;
    if (hasBom || lines.utf8Lines() >= qint64(invalid.size()))
        m_windows1252Lines = invalid;
    else
        m_encoding = Encoding::Windows1252;
    return true;
}

QList<int> CsvReader::linesReadAsWindows1252() const
{
    QList<int> numbers;
    numbers.reserve(qsizetype(m_windows1252Lines.size()));
    for (const Utf8Lines::Line &line : m_windows1252Lines)
        numbers.append(line.number);
    return numbers;
}

void CsvReader::appendDecoded(QByteArrayView bytes, qint64 offset)
{
    if (!m_decoder) {
        m_buffer += TextDecoding::windows1252(bytes);
        return;
    }
    const qint64 end = offset + bytes.size();
    for (qint64 at = offset; at < end;) {
        while (m_nextWindows1252 < m_windows1252Lines.size() && m_windows1252Lines[m_nextWindows1252].end <= at)
            ++m_nextWindows1252;
        const Utf8Lines::Line *line =
            m_nextWindows1252 < m_windows1252Lines.size() ? &m_windows1252Lines[m_nextWindows1252] : nullptr;
        const qint64 utf8End = line ? qBound(at, line->begin, end) : end;
        if (utf8End > at) {
            const QByteArrayView part = bytes.sliced(at - offset, utf8End - at);
            const qsizetype kept = m_buffer.size();
            m_buffer.resize(kept + m_decoder->requiredSpace(part.size()));
            const QChar *last = m_decoder->appendToBuffer(m_buffer.data() + kept, part);
            m_buffer.resize(last - m_buffer.constData());
            at = utf8End;
        }
        if (line && at < end && at >= line->begin) {
            const qint64 lineEnd = qMin(end, line->end);
            m_buffer += TextDecoding::windows1252(bytes.sliced(at - offset, lineEnd - at));
            at = lineEnd;
        }
    }
}

void CsvReader::detectDelimiter()
{
    // Count candidate delimiters in the first lines (the metadata block has few of any).
    fill();
    const QString sample = m_buffer.left(64 * 1024);
    const qsizetype tabs = sample.count(u'\t');
    const qsizetype commas = sample.count(u',');
    const qsizetype semicolons = sample.count(u';');
    const qsizetype pipes = sample.count(u'|'); // some carrier systems write pipe-separated files
    if (tabs > 0 && tabs >= commas / 4)
        m_delimiter = u'\t';
    else if (pipes > commas && pipes > semicolons)
        m_delimiter = u'|';
    else if (semicolons > commas)
        m_delimiter = u';';
    else
        m_delimiter = u',';
    if (QFileInfo(m_file.fileName()).suffix().compare(QStringLiteral("tsv"), Qt::CaseInsensitive) == 0)
        m_delimiter = u'\t';
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // The chunk and the text keep their room from one fill to the next: a new 256 KiB chunk
    // and a new text of twice that on every fill made glibc consolidate its free lists each
    // time, a twentieth of reading a large file.
    m_chunk.resize(ChunkBytes);
    const qint64 offset = m_file.pos();
    const qint64 got = m_file.read(m_chunk.data(), ChunkBytes);
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    appendDecoded(QByteArrayView(m_chunk.constData(), got), offset);
    return true;
}

bool CsvReader::atEnd()
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return true;
    }
    return false;
}

QChar CsvReader::take()
{
    return m_buffer.at(m_pos++);
}

QChar CsvReader::peek()
{
    return atEnd() ? QChar() : m_buffer.at(m_pos);
}

bool CsvReader::takeSimpleRecord(TableRow &row)
{
    // Most records have no quotes and end inside the buffer: cut them out whole rather than
    // character by character. Anything else (quotes, a record running past the buffer or over
    // the size limit, a CR that may be followed by an LF not yet read) takes the general path.
    const QStringView rest = QStringView(m_buffer).mid(m_pos);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != u'\n' && rest[end] != u'\r') {
        if (rest[end] == u'"' && m_lines == Lines::Rfc4180)
            return false;
        ++end;
    }
    if (end == rest.size() || end >= MaxRecordChars || (rest[end] == u'\r' && end + 1 == rest.size()))
        return false;
    const QStringView record = rest.left(end);
    row.raw = record.toString();
    row.cells.reserve(m_lastFieldCount); // rows of a table have the same width: no regrowth
    qsizetype start = 0;
    for (qsizetype i = 0; i <= end; ++i) {
        if (i == end || record[i] == m_delimiter) {
            row.cells.append(record.mid(start, i - start).toString());
            start = i + 1;
        }
    }
    m_lastFieldCount = row.cells.size();
    m_pos += end + (rest[end] == u'\r' && rest[end + 1] == u'\n' ? 2 : 1);
    ++m_line;
    return true;
}

void CsvReader::finishField(TableRow &row, QString &field)
{
    row.cells.append(field);
    field.clear();
}

void CsvReader::skipRestOfLine()
{
    while (!atEnd()) {
        const QChar c = take();
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && peek() == u'\n')
                take();
            ++m_line;
            return;
        }
    }
}

bool CsvReader::next(TableRow &row)
{
    row = TableRow{};
    if (!m_fatalError.isEmpty() || atEnd())
        return false;
    if (m_line == 1 && m_pos == 0 && m_buffer.startsWith(QChar(0xFEFF)))
        ++m_pos;
    row.line = m_line;
    if (!takeSimpleRecord(row))
        takeRecord(row);
    if (m_file.error() != QFileDevice::NoError)
        m_fatalError = tr("read error: %1").arg(m_file.errorString());
    // Qt's UTF-16 decoder passes a lone surrogate through, and SQLite, reading such text, joins
    // it to the character after it ("User\uD83D42" became "User🐴2"): it is no text, replaced.
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        bool replaced = TextDecoding::replaceUnpairedSurrogates(row.raw);
        for (QString &cell : row.cells)
            replaced = TextDecoding::replaceUnpairedSurrogates(cell) || replaced;
        if (replaced)
            m_unpairedSurrogateLines.append(row.line);
    }
    if (m_lines == Lines::Rfc4180 && readTextFormulas(row))
        m_textFormulaLines.append(row.line);
    return true;
}

bool CsvReader::readTextFormulas(TableRow &row)
{
    bool read = false;
    for (QString &cell : row.cells) {
        if (cell.size() < 3 || cell.front() != u'=') // the common case, at a glance
            continue;
        if (auto text = formulaText(cell)) {
            cell = std::move(*text);
            read = true;
        }
    }
    return read;
}

std::optional<QString> CsvReader::formulaText(const QString &cell)
{
    if (cell.size() < 3 || !cell.startsWith(u"=\"") || !cell.endsWith(u'"'))
        return std::nullopt;
    const QStringView inner = QStringView(cell).sliced(2, cell.size() - 3);
    QString text;
    text.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == u'"' && (i + 1 >= inner.size() || inner.at(i + 1) != u'"'))
            return std::nullopt; // a quote not doubled: more than one string, a formula of its own
        text += inner.at(i);
        i += inner.at(i) == u'"' ? 1 : 0;
    }
    return text;
}

void CsvReader::takeRecord(TableRow &row)
{
    RecordState s;
    while (!atEnd()) {
        const QChar c = take();
        if (row.raw.size() >= MaxRecordChars && s.inQuotes && s.firstLineEnd >= 0)
            return rejectOpenQuote(row, s.firstLineEnd, QString(c), tr("is not closed within 1 MiB"));
        if (row.raw.size() >= MaxRecordChars)
            return rejectOverlong(row, c);
        if (s.inQuotes) {
            if (!takeQuoted(row, s, c))
                return;
        } else if (c == u'\n' || c == u'\r') {
            return endRecord(row, s, c);
        } else {
            takeUnquoted(row, s, c);
        }
    }
    endAtFileEnd(row, s);
}

// Inlined, as takeUnquoted(): called for each character of such a record, as calls they took 2.5 %
// longer to read a file quoted throughout.
Q_ALWAYS_INLINE bool CsvReader::takeQuoted(TableRow &row, RecordState &s, QChar c)
{
    if (c == u'"' && peek() == u'"') {
        take();
        s.field.append(u'"');
        row.raw.append(QStringLiteral("\"\""));
        return true;
    }
    if ((c == u'\n' || c == u'\r') && s.firstLineEnd < 0)
        s.firstLineEnd = row.raw.size();
    // The quote closing a field ends it. One inside a field, on another line, opened a
    // field of its own there: the one it closes was never closed.
    if (c == u'"' && s.firstLineEnd >= 0 && !endsField(peek())) {
        rejectOpenQuote(row, s.firstLineEnd, QString(c),
                        tr("is not closed: the quote in line %1 that would close it opens a field").arg(m_line));
        return false;
    }
    const bool lineEnds = c == u'\n' || (c == u'\r' && peek() != u'\n');
    // A line inside the field holding a whole record of the table is one: a stray
    // quote took it in (a field written across lines has text there, not a record).
    if (lineEnds && holdsARecord(s.lineDelimiters)) {
        rejectOpenQuote(row, s.firstLineEnd, QString(c), tr("takes in line %1, which holds a record of its own").arg(m_line));
        return false;
    }
    if (c == m_delimiter && s.lineDelimiters >= 0)
        ++s.lineDelimiters;
    if (c == u'"')
        s.inQuotes = false;
    else
        s.field.append(c);
    if (lineEnds) {
        ++m_line;
        s.lineDelimiters = 0;
    }
    row.raw.append(c);
    return true;
}

Q_ALWAYS_INLINE void CsvReader::takeUnquoted(TableRow &row, RecordState &s, QChar c)
{
    row.raw.append(c);
    if (c == m_delimiter) {
        finishField(row, s.field);
        s.quotedField = false;
    } else if (c == u'"' && s.field.isEmpty() && !s.quotedField && m_lines == Lines::Rfc4180) {
        s.inQuotes = true;
        s.quotedField = true;
    } else {
        s.field.append(c);
    }
}

void CsvReader::endRecord(TableRow &row, RecordState &s, QChar c)
{
    if (c == u'\r' && peek() == u'\n')
        take();
    ++m_line;
    finishField(row, s.field);
    // Lines taken in by a quote another line's quote closed leave the record as wide as
    // no record of the table is: read them as records of their own.
    if (s.firstLineEnd >= 0 && !fitsExpectedWidth(row))
        rejectOpenQuote(row, s.firstLineEnd, QStringLiteral("\n"),
                        tr("runs on to line %1, leaving the record %2 fields where the header has %3")
                            .arg(m_line - 1)
                            .arg(row.cells.size())
                            .arg(m_expectedWidth));
}

void CsvReader::endAtFileEnd(TableRow &row, RecordState &s)
{
    if (s.inQuotes && s.firstLineEnd >= 0)
        return rejectOpenQuote(row, s.firstLineEnd, QString(), tr("is not closed before the end of the file"));
    if (s.inQuotes)
        row.error = tr("quoted field is not closed before the end of the file");
    finishField(row, s.field);
    m_unterminatedLine = row.line; // the file ended before a line end did
}

bool CsvReader::endsField(QChar next) const
{
    return next.isNull() || next == m_delimiter || next == u'\n' || next == u'\r';
}

bool CsvReader::holdsARecord(qsizetype delimiters) const
{
    // Two fields could be a sentence with a comma in it; three or more, as many as a record has,
    // are not written in a line of prose.
    return m_expectedWidth >= 3 && delimiters >= m_expectedWidth - 1;
}

bool CsvReader::fitsExpectedWidth(const TableRow &row) const
{
    // As the importer reads a record: empty fields past the header's last are no fault.
    if (m_expectedWidth == 0)
        return true;
    return row.cells.size() >= m_expectedWidth
           && std::all_of(row.cells.cbegin() + m_expectedWidth, row.cells.cend(),
                          [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

void CsvReader::rejectOverlong(TableRow &row, QChar last)
{
    row.raw = row.raw.left(200) + QStringLiteral("…");
    row.cells.clear();
    row.error = tr("record longer than 1 MiB; skipped");
    if (last != u'\n' && last != u'\r')
        skipRestOfLine();
    else
        ++m_line;
}

void CsvReader::rejectOpenQuote(TableRow &row, qsizetype firstLineEnd, const QString &taken, const QString &where)
{
    // A quote opened and not closed in its line takes the lines after it into one field: the
    // good records there would be lost with the bad one. The bad one is its first line alone;
    // what followed it is read again, as it was written (row.raw is verbatim). Those lines hold
    // no quote but the one that closed the field, if any: the text is read at most twice.
    const bool crlf = QStringView(row.raw).mid(firstLineEnd, 2) == u"\r\n";
    m_buffer = row.raw.mid(firstLineEnd + (crlf ? 2 : 1)) + taken + QStringView(m_buffer).mid(m_pos);
    m_pos = 0;
    m_line = row.line + 1;
    row.raw.truncate(firstLineEnd);
    row.cells.clear();
    row.error = tr("a quoted field opened in this line %1; the lines after it are read as records of their own")
                    .arg(where);
}
