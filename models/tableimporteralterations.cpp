// What a spreadsheet program may have done to a file before it was delivered, and the import
// says: handles whose "+" Excel dropped, ids it rounded into scientific notation, a last row on
// a worksheet's limit, times whose seconds it dropped. None is undone by a guess; each is named so the analyst can go back to
// the file as delivered. The reading itself is in tableimporter.cpp.
#include "tableimporter.h"

#include <functional>

namespace {

/// The spellings @p said names first ("first"), joined, "…" after them where @p count is more.
QString firstShown(const QJsonObject &said, qint64 count)
{
    QStringList shown;
    for (const QJsonValue &raw : said.value(QStringLiteral("first")).toArray())
        shown.append(raw.toString());
    if (count > shown.size())
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

} // namespace

QString TableImporter::idToJoin(const QString &id, Field field, int line)
{
    // Excel saves a long number in a General cell as "1.23457E+17". Rounded, an id could be
    // another call's: it joins nothing (and is counted, to be said). Written with all its digits
    // ("1.2345678901234E+13", or "4711000.0" as a column read as decimals is written back), it
    // is the number the file as delivered writes.
    if (const QString whole = HandleNormalizer::wholeNumberWrittenAsDecimal(id); !whole.isEmpty())
        return whole;
    bool lost = false;
    const auto digits = HandleNormalizer::expandScientific(id, &lost);
    if (!digits)
        return id;
    if (!lost)
        return *digits;
    RoundedIds &rounded = m_roundedIds[field == Field::CallId ? 1 : 0];
    if (rounded.count++ == 0)
        rounded.first = {line, id};
    return {};
}

void TableImporter::noteLostPlus(const QString &raw)
{
    if (m_lostPlus.contains(raw))
        return; // a spelling past the cache's limit, met again
    if (const QString international = m_normalizer.withLostPlus(raw); !international.isEmpty()) {
        m_lostPlus.insert(raw, international);
        if (m_lostPlusFirst.size() < MaxLostPlusNamed)
            m_lostPlusFirst.append(raw);
    }
}

void TableImporter::noteDialled(const QString &raw)
{
    if (m_dialled.contains(raw) || !HandleNormalizer::writtenAsDialled(raw))
        return; // a spelling past the cache's limit, met again
    m_dialled.insert(raw);
    if (m_dialledFirst.size() < MaxLostPlusNamed)
        m_dialledFirst.append(raw);
}

void TableImporter::addDialled(QJsonObject *meta) const
{
    if (m_dialled.isEmpty())
        return;
    QJsonArray first;
    for (const QString &raw : m_dialledFirst)
        first.append(raw);
    meta->insert(QStringLiteral("dialled_numbers_not_of_region"),
                 QJsonObject{{QStringLiteral("region"), m_normalizer.region()},
                             {QStringLiteral("count"), m_dialled.size()},
                             {QStringLiteral("first"), first}});
}

QString TableImporter::dialledNote(const QJsonObject &metadata)
{
    // Read in the case's region, a German carrier's "0171 2345678" stands apart from the same
    // person's "+49 171 2345678" in every other return. Which country is the analyst's to say.
    const QJsonObject dialled = metadata.value(QStringLiteral("dialled_numbers_not_of_region")).toObject();
    const qint64 count = dialled.value(QStringLiteral("count")).toInteger();
    if (count <= 0)
        return {};
    return tr("%n handle(s) begin with a \"0\", as numbers are dialled within a country (a trunk \"0\", or \"00\" before "
              "a country code), and are no number of the region %1: %2. They were kept as written, apart from the same "
              "numbers written with their country code; if the file writes another country's numbers, declare its "
              "region (--region)",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
        .arg(dialled.value(QStringLiteral("region")).toString(), firstShown(dialled, count));
}

void TableImporter::noteOfFormatRegion(const QString &raw)
{
    // India's carriers write national numbers ("9876543210"): read in a case of US returns, one
    // of them is a valid US number of another person ("812 877 8750" is Indiana's). Which
    // country's they are stays the analyst's to say; the format's carriers' is said.
    if (m_format->analystProfile || m_format->numberRegion.isEmpty() || m_format->numberRegion == m_normalizer.region()
        || m_ofFormatRegion.contains(raw))
        return;
    static const QRegularExpression national(QStringLiteral("^['\"\\s]*[1-9][\\d\\s().-]{5,}['\"\\s]*$"));
    if (!national.match(raw).hasMatch())
        return;
    m_ofFormatRegion.insert(raw);
    if (m_ofFormatRegionFirst.size() < MaxLostPlusNamed)
        m_ofFormatRegionFirst.append(raw);
}

void TableImporter::addOfFormatRegion(QJsonObject *meta) const
{
    if (m_ofFormatRegion.isEmpty())
        return;
    meta->insert(QStringLiteral("numbers_of_format_region"),
                 QJsonObject{{QStringLiteral("format"), m_format->id},
                             {QStringLiteral("format_region"), m_format->numberRegion},
                             {QStringLiteral("region"), m_normalizer.region()},
                             {QStringLiteral("count"), m_ofFormatRegion.size()},
                             {QStringLiteral("first"), QJsonArray::fromStringList(m_ofFormatRegionFirst)}});
}

QString TableImporter::formatRegionNote(const QJsonObject &metadata)
{
    const QJsonObject numbers = metadata.value(QStringLiteral("numbers_of_format_region")).toObject();
    const qint64 count = numbers.value(QStringLiteral("count")).toInteger();
    if (count <= 0)
        return {};
    const QString formatRegion = numbers.value(QStringLiteral("format_region")).toString();
    return tr("%n number(s) written without a country code (%1) were read as numbers of the region %2, where the "
              "carriers whose records the format %3 reads write numbers of the region %4: if the file is theirs, "
              "declare its region (--region %4)",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
        .arg(firstShown(numbers, count), numbers.value(QStringLiteral("region")).toString(),
             numbers.value(QStringLiteral("format")).toString(), formatRegion);
}

void TableImporter::addRoundedIds(QJsonObject *meta) const
{
    QJsonObject rounded;
    for (size_t kind = 0; kind < m_roundedIds.size(); ++kind) {
        const RoundedIds &ids = m_roundedIds[kind];
        if (ids.count > 0)
            rounded.insert(kind == 0 ? QStringLiteral("record_id") : QStringLiteral("call_id"),
                           QJsonObject{{QStringLiteral("count"), ids.count},
                                       {QStringLiteral("first_line"), ids.first.first},
                                       {QStringLiteral("first_text"), ids.first.second}});
    }
    if (!rounded.isEmpty())
        meta->insert(QStringLiteral("ids_rounded"), rounded);
}

QStringList TableImporter::roundedIdNotes(const QJsonObject &metadata)
{
    const QJsonObject rounded = metadata.value(QStringLiteral("ids_rounded")).toObject();
    const auto note = [&rounded](const QString &key, const std::function<QString(int)> &words) {
        const QJsonObject ids = rounded.value(key).toObject();
        if (ids.isEmpty())
            return QString();
        return words(int(qMin<qint64>(ids.value(QStringLiteral("count")).toInteger(), INT_MAX)))
            .arg(ids.value(QStringLiteral("first_text")).toString(),
                 QString::number(ids.value(QStringLiteral("first_line")).toInteger()));
    };
    QStringList notes{note(QStringLiteral("record_id"), [](int ids) {
                          return tr("%n record id(s) were saved in scientific notation, their last digits rounded away "
                                    "(as \"%1\" on line %2, as Excel writes long numbers): the same records from the "
                                    "file as delivered carry their whole ids, and would not be recognised as the same",
                                    nullptr, ids);
                      }),
                      note(QStringLiteral("call_id"), [](int ids) {
                          return tr("%n call id(s) were saved in scientific notation, their last digits rounded away (as "
                                    "\"%1\" on line %2, as Excel writes long numbers): rounded, an id could be another "
                                    "call's, so no rows were joined as legs of one call by them",
                                    nullptr, ids);
                      })};
    notes.removeAll(QString());
    return notes;
}

void TableImporter::addLostPlus(QJsonObject *meta) const
{
    if (m_lostPlus.isEmpty())
        return;
    QJsonArray first;
    for (const QString &raw : m_lostPlusFirst)
        first.append(QJsonObject{{QStringLiteral("written"), raw}, {QStringLiteral("with_plus"), m_lostPlus.value(raw)}});
    meta->insert(QStringLiteral("handles_without_plus"), QJsonObject{{QStringLiteral("region"), m_normalizer.region()},
                                                                     {QStringLiteral("count"), m_lostPlus.size()},
                                                                     {QStringLiteral("first"), first}});
}

QString TableImporter::strayCharactersNote(const QJsonObject &metadata)
{
    // Read without them, the spelling meets the same handle written plainly in other records
    // and returns; the records keep them as written, so the note says what was left out.
    const QJsonObject stray = metadata.value(QStringLiteral("handles_with_stray_characters")).toObject();
    const qint64 count = stray.value(QStringLiteral("count")).toInteger();
    if (count <= 0)
        return {};
    const QStringList shown = firstSpellingsShown(stray, QStringLiteral("read_as"), tr("%1 as %2"));
    return tr("%n handle spelling(s) were read without characters that are no part of a handle (the "
              "records keep them as written): marks no one sees, as a zero-width space or a direction mark (shown "
              "here as their code points), the apostrophe Excel puts before a cell's text, or quotes around the whole of it: %1",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
        .arg(shown.join(QStringLiteral("; ")));
}

QStringList TableImporter::firstSpellingsShown(const QJsonObject &spellings, const QString &readKey,
                                               const QString &pattern)
{
    QStringList shown;
    for (const QJsonValue &handle : spellings.value(QStringLiteral("first")).toArray())
        shown.append(pattern.arg(handle[QStringLiteral("written")].toString(), handle[readKey].toString()));
    if (spellings.value(QStringLiteral("count")).toInteger() > shown.size())
        shown.append(QStringLiteral("…"));
    return shown;
}

QString TableImporter::lostPlusNote(const QJsonObject &metadata)
{
    // Not joined to the number with its "+": a country code added is a guess that could join two
    // people. Said, so the analyst can go back to the file as delivered.
    const QJsonObject lost = metadata.value(QStringLiteral("handles_without_plus")).toObject();
    const qint64 count = lost.value(QStringLiteral("count")).toInteger();
    if (count <= 0)
        return {};
    const QStringList shown = firstSpellingsShown(lost, QStringLiteral("with_plus"), tr("%1 (%2)"));
    return tr("%n handle(s) are written as digits only and are no number of the region %1, but valid international "
              "numbers with a \"+\" before them, as Excel drops it when it opens a CSV file: %2. They were kept as "
              "written, apart from the same numbers written with their \"+\"",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
        .arg(lost.value(QStringLiteral("region")).toString(), shown.join(QStringLiteral(", ")));
}

QString TableImporter::rowLimitNote(const QJsonObject &metadata)
{
    // Excel opening a larger file keeps as many rows as its worksheet holds and drops the rest;
    // saved again, the file ends exactly there. Nothing in it says rows are missing but this.
    const qint64 line = metadata.value(QStringLiteral("ends_at_row_limit")).toInteger();
    if (line <= 0)
        return {};
    const QString program = line == 65536 ? tr("Excel 97-2003") : tr("Excel 2007 or later and LibreOffice");
    const QString reader = metadata.value(QStringLiteral("reader")).toString();
    if (reader == u"csv" || reader == u"tsv")
        return tr("the file ends at line %1, the last row a worksheet of %2 can hold: if it was saved from a "
                  "spreadsheet program that had opened a larger file, the records past that row were cut off, and are "
                  "not in it")
            .arg(line)
            .arg(program);
    return tr("the worksheet ends at row %1, the last row a worksheet of %2 can hold: if it was made by opening a "
              "larger file, the records past that row were cut off before it was saved, and are not in it")
        .arg(line)
        .arg(program);
}

void TableImporter::noteClockHour(int line, const QString &text, qsizetype colon)
{
    qsizetype start = colon;
    while (start > 0 && colon - start < 2 && text.at(start - 1).isDigit())
        --start;
    if (start == colon)
        return;
    const int hour = QStringView(text).mid(start, colon - start).toInt();
    if (m_clockHours.times++ == 0)
        m_clockHours.first = {line, text};
    m_clockHours.latest = std::max(m_clockHours.latest, hour);
    // "2:03 PM", "2:03 p.m.": asked until one says it, or an hour past 12 says the clock is 24 hours
    // (a 24-hour file's every other row would be searched for nothing).
    if (!m_clockHours.meridiem && m_clockHours.latest <= 12) {
        static const QRegularExpression meridiem(
            QStringLiteral("\\b[AaPp]\\.?[ \\x{00A0}\\x{202F}]?[Mm]\\b"));
        m_clockHours.meridiem = meridiem.match(text, colon).hasMatch();
    }
}

bool TableImporter::clockNeverPastNoon() const
{
    return m_clockHours.times >= ClockHoursToTell && m_clockHours.latest <= 12 && !m_clockHours.meridiem;
}

void TableImporter::noteClockPrecision(int line, const QString &text, bool zoneInText)
{
    // "9/12/16 14:03" gives hours and minutes, "14:03:07" seconds too: what follows the minutes
    // says which, so an offset after them ("14:03 +02:00") is not read as the seconds. A date
    // serial gives no colon: it holds the time to the millisecond.
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return;
    noteClockHour(line, text, colon);
    qsizetype afterMinutes = colon + 1;
    while (afterMinutes < text.size() && text.at(afterMinutes).isDigit())
        ++afterMinutes;
    const bool seconds = afterMinutes + 1 < text.size() && text.at(afterMinutes) == u':'
                         && text.at(afterMinutes + 1).isDigit();
    if (seconds) {
        ++m_secondTimes;
        return;
    }
    if (m_minuteTimes++ == 0)
        m_firstMinuteTime = {line, text};
    m_minuteTimesZoned += zoneInText ? 1 : 0;
}
