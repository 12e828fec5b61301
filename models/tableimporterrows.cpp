// The order a table import's rows come out in: the rows above a header found further down,
// rejected rows held while they may be a later return's metadata block, blank lines counted
// and passed over, and records of the hour daylight saving repeats held until the file's order
// places them. What makes each row an event or a rejected row is in tableimporter.cpp.
#include "tableimporter.h"

TableImporter::Outcome TableImporter::next(EventRecord *event, RejectedRow *rejected)
{
    // Records in the hour daylight saving repeats wait until the file's order can place them.
    for (;;) {
        if (m_hourOrder.hasReady()) {
            RepeatedHourOrder::Row row = m_hourOrder.takeReady();
            if (auto *ready = std::get_if<EventRecord>(&row)) {
                *event = std::move(*ready);
                return Outcome::Event;
            }
            *rejected = std::move(std::get<RejectedRow>(row));
            return Outcome::Rejected;
        }
        if (m_endAfterHour)
            return *m_endAfterHour;
        const Outcome outcome = nextUnblank(event, rejected);
        if (outcome == Outcome::End) {
            m_hourOrder.finish();
            m_endAfterHour = outcome;
            continue;
        }
        if (outcome == Outcome::Fatal) // the file is not imported: nothing held matters
            return outcome;
        const bool isEvent = outcome == Outcome::Event;
        if (!m_hourOrder.mustWait(isEvent ? event : nullptr)) {
            if (isEvent)
                m_hourOrder.passed(*event);
            return outcome;
        }
        if (isEvent)
            m_hourOrder.hold(std::move(*event));
        else
            m_hourOrder.hold(std::move(*rejected));
    }
}

TableImporter::Outcome TableImporter::nextUnblank(EventRecord *event, RejectedRow *rejected)
{
    // A line with no value (",,,," too) holds no record, as a workbook's empty row is none: it is
    // counted and named in the import's notes, not rejected. It is held as other rows are, as
    // part of the block above a later return's header may be.
    for (;;) {
        const Outcome outcome = nextRow(event, rejected);
        if (outcome != Outcome::Rejected || !rejected->blank)
            return outcome;
        ++m_blankLineCount;
        if (m_blankLines.size() < MaxBlankLinesKept)
            m_blankLines.append(rejected->line);
    }
}

TableImporter::Outcome TableImporter::nextRow(EventRecord *event, RejectedRow *rejected)
{
    if (m_rowsAbove && rejectRowAbove(rejected))
        return Outcome::Rejected;
    if (!m_released.isEmpty()) {
        *rejected = m_released.takeFirst();
        return Outcome::Rejected;
    }
    if (m_afterReleased) {
        const Outcome outcome = m_afterReleased->outcome;
        *event = std::move(m_afterReleased->event);
        *rejected = std::move(m_afterReleased->rejected);
        m_afterReleased.reset();
        return outcome;
    }
    for (;;) {
        const auto outcome = readRow(event, rejected);
        if (!outcome) {
            // Another return's header row: the rows held were its metadata block, but for
            // records among them.
            if (m_released.isEmpty())
                continue;
            *rejected = m_released.takeFirst();
            return Outcome::Rejected;
        }
        // Rejected rows in a run may be the metadata block of another return joined to this
        // file: they wait until a header row or a readable row says which they are.
        if (*outcome == Outcome::Rejected && m_held.size() < MaxHeaderSearchRows) {
            m_held.append(std::move(*rejected));
            if (m_lastRejectedIsRecord)
                m_heldRecords = m_held.size();
            continue;
        }
        if (m_held.isEmpty())
            return *outcome;
        m_afterReleased = Pending{*outcome, std::move(*event), std::move(*rejected)};
        m_released = std::exchange(m_held, {});
        m_heldRecords = 0;
        *rejected = m_released.takeFirst();
        return Outcome::Rejected;
    }
}

std::optional<TableImporter::Outcome> TableImporter::readRow(EventRecord *event, RejectedRow *rejected)
{
    if (m_options.readToTheEnd)
        m_reader.readAhead(); // the header is read: a workbook's rows can be parsed ahead of these checks
    TableRow row;
    if (!m_reader.next(row)) {
        if (!m_reader.fatalError().isEmpty()) {
            m_fatalError = m_reader.fatalError();
            return Outcome::Fatal;
        }
        return Outcome::End;
    }
    m_lastLine = qMax(m_lastLine, row.line);
    std::optional<QString> problem;
    if (m_options.inputCutShort && row.line == m_reader.unterminatedLastLine())
        problem = tr("the file was cut short inside this line: what is left of the record is incomplete");
    if (!problem)
        problem = otherTableProblem(row);
    if (!problem)
        problem = rowProblem(row);
    const Outcome outcome = problem ? reject(row, *problem, rejected) : buildEvent(row, event, rejected);
    if (outcome == Outcome::Rejected && opensAnotherReturn(row, rejected))
        return std::nullopt;
    if (outcome == Outcome::Rejected) // such a table's rows stay rejected, never metadata
        m_lastRejectedIsRecord = m_otherTableLine > 0 || looksLikeRecord(row);
    return outcome;
}

bool TableImporter::rejectRowAbove(RejectedRow *rejected)
{
    TableRow row;
    if (m_rowsAbove->next(row) && row.line < m_headerLine) {
        const QString reason = row.error.isEmpty()
                                   ? tr("in a table above line %1, where the first table of %2 begins; its columns are "
                                        "not that format's; to read its rows, map a copy of that table alone")
                                         .arg(m_headerLine)
                                         .arg(m_format->shownTitle())
                                   : row.error;
        *rejected = RejectedRow{row.line, reason, row.raw, row.error.isEmpty() && row.isBlank()};
        return true;
    }
    m_rowsAbove.reset();
    return false;
}
