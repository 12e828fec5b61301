// How a table import reads a record's time from its cells: a timestamp, or a date and a time;
// a spreadsheet's serial numbers; the zone the times are read in, and what their reading leaves
// to say (the zones whose rules read them, the header label's zone checked against them). The
// row itself is built in tableimporter.cpp.
#include "tableimporter.h"

#include "spreadsheettime.h"
#include "zonerules.h"

ParsedTime TableImporter::parseTime(const QString &text) const
{
    // Only a spreadsheet cell holds a date as a serial number (and toDouble on every text
    // timestamp cost an eighth of reading a file). No number holds a colon: a workbook's text
    // timestamps ("2016-09-12 14:03:07") cost a twentieth of its import in toDouble failing.
    if (m_reader.isSpreadsheet() && !m_timeParser->countsSince1970()) {
        bool isNumber = false;
        const double serial = text.contains(u':') ? 0 : text.toDouble(&isNumber);
        if (isNumber) {
            const ParsedTime parsed = m_timeParser->parseExcelSerial(serial, m_reader.date1904());
            // No date: a number a database export wrote, as seconds since 1970 may be.
            if (!parsed.ok && !TimestampParser::formatItMayBe(text).isEmpty())
                return TimestampParser::unreadableTime(text);
            return parsed;
        }
        if (const auto elapsed = SpreadsheetTime::serialOfElapsed(text)) // a moment shown as hours since day 0
            return m_timeParser->parseExcelSerial(*elapsed, m_reader.date1904());
    }
    return m_timeParser->parse(text);
}

bool TableImporter::readsZoneColumn() const
{
    // "Start Time (UTC)" beside "Time Zone": the header names the times' zone, and the column
    // says something else of the record (the zone of the cell site or the subscriber's own).
    // A count since 1970 is UTC whatever zone a row gives.
    return m_match.columns.contains(Field::TimeZone) && !m_match.timestampZone && !m_timeParser->countsSince1970();
}

ParsedTime TableImporter::readTimeCells(const TableRow &row) const
{
    if (m_match.columns.contains(Field::Timestamp))
        return parseTime(cell(row, Field::Timestamp));
    // As Excel's round trips leave a date cell and a time cell: "2016-09-12 00:00:00" beside
    // "1899-12-30 14:03:07". The midnight and Excel's day 0 are no part of the record's time.
    const QString date = TimestampParser::dateWithoutMidnight(cell(row, Field::Date));
    const QString time = TimestampParser::timeWithoutExcelsDayZero(cell(row, Field::Time));
    if (m_reader.isSpreadsheet()) {
        const auto elapsed = SpreadsheetTime::serialOfElapsed(time); // a moment shown as hours since day 0
        return m_timeParser->parseExcelDateAndTime(date, elapsed ? QString::number(*elapsed, 'g', 17) : time,
                                                   m_reader.date1904());
    }
    const QString read = joinedDateAndTime(date, time);
    ParsedTime parsed = m_timeParser->parse(read);
    if (const QString written = timeText(row).trimmed(); !parsed.ok && read != written) // its reason quotes the cells as written
        parsed.error.replace(u'"' + read + u'"', u'"' + written + u'"');
    return parsed;
}

QString TableImporter::timeText(const TableRow &row) const
{
    if (m_match.columns.contains(Field::Timestamp))
        return cell(row, Field::Timestamp);
    return joinedDateAndTime(cell(row, Field::Date), cell(row, Field::Time));
}

QString TableImporter::joinedDateAndTime(const QString &date, const QString &time)
{
    // A time cell that begins with the date beside it holds the whole moment ("2016-09-02" and
    // "2016-09-02 18:22:05"), as an export that kept both columns writes it: not the date twice.
    const QString day = date.trimmed();
    const QString moment = time.trimmed();
    if (!day.isEmpty() && moment.startsWith(day) && moment.size() > day.size() && !moment.at(day.size()).isDigit())
        return moment;
    return QString(day + u' ' + moment).trimmed();
}

namespace {

/// What @p text gives of each row @p reader has left to read (its errors skipped), each one's
/// line into @p lines if given.
template <typename Text>
QStringList remainingTexts(TableReader &reader, const Text &text, QList<int> *lines)
{
    QStringList texts;
    TableRow row;
    while (reader.next(row)) {
        if (!row.error.isEmpty())
            continue;
        texts.append(text(row));
        if (lines)
            lines->append(row.line);
    }
    return texts;
}

} // namespace

QStringList TableImporter::remainingTimeTexts(QList<int> *lines)
{
    return remainingTexts(m_reader, [this](const TableRow &row) { return timeText(row); }, lines);
}

QStringList TableImporter::remainingDurationTexts(QList<int> *lines)
{
    return remainingTexts(m_reader, [this](const TableRow &row) { return cell(row, Field::Duration); }, lines);
}

void TableImporter::noteHeaderLabelReading(int line, qint64 utcMs)
{
    const qint64 quarter = utcMs / 900000;
    if (quarter != m_headerLabel.lastQuarter) { // records come in order: one question a quarter hour
        m_headerLabel.lastQuarter = quarter;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
        m_headerLabel.lastCalled = m_headerLabel.zone->abbreviation(at);
        if (!m_headerLabel.labelOffset && TimestampParser::labelNames(m_headerLabel.label, m_headerLabel.lastCalled))
            m_headerLabel.labelOffset = m_headerLabel.zone->offsetFromUtc(at);
    }
    const QString &called = m_headerLabel.lastCalled;
    if (TimestampParser::labelNames(m_headerLabel.label, called))
        return;
    if (m_headerLabel.otherwise++ == 0) {
        m_headerLabel.firstLine = line;
        m_headerLabel.called = called;
    }
}

std::optional<QTimeZone> TableImporter::effectiveDeclaredZone() const
{
    // The analyst's declaration on the command line or in the dialog, else their profile's.
    return m_options.declaredZone ? m_options.declaredZone : m_format ? m_format->zone : std::nullopt;
}

bool TableImporter::zoneDeclared() const
{
    return !m_match.timestampZone && effectiveDeclaredZone().has_value();
}

QString TableImporter::zoneDescription() const
{
    if (m_match.timestampZone)
        return TimestampParser::zoneName(*m_match.timestampZone);
    if (const auto declared = effectiveDeclaredZone())
        return TimestampParser::zoneName(*declared);
    return m_anyZoneInRecords ? QStringLiteral("stated in records") : QStringLiteral("unstated");
}

std::optional<TableImporter::Outcome> TableImporter::stopForTime(const TableRow &row, const ParsedTime &time,
                                                                 RejectedRow *rejected)
{
    if (time.zoneMissing || time.needsDateOrder) {
        m_zoneMissing = time.zoneMissing;
        m_dateOrderMissing = time.needsDateOrder;
        m_fatalLine = row.line;
        m_fatalError = time.error;
        return Outcome::Fatal;
    }
    if (!time.ok) {
        if (m_timestampFormatItMayBe.isEmpty())
            m_timestampFormatItMayBe = time.formatItMayBe;
        return reject(row, time.error, rejected);
    }
    return std::nullopt;
}

void TableImporter::noteTimeRead(int line, const QString &text, const ParsedTime &time)
{
    m_anyZoneInRecords = m_anyZoneInRecords || time.zoneSource == ZoneSource::Text;
    m_anyReadInDeclaredZone = m_anyReadInDeclaredZone || time.zoneSource == ZoneSource::Declared;
    m_zonesRead.note(time.zoneUsed);
    if (time.twoDigitYear && !m_twoDigitYear)
        m_twoDigitYear = {line, text};
    noteClockPrecision(line, text, time.zoneSource == ZoneSource::Text);
    if (m_headerLabel.zone && time.zoneSource == ZoneSource::Declared)
        noteHeaderLabelReading(line, time.utcMs);
}
