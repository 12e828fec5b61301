// What a table import records and says of how it read the file's times: the zone a header's
// label, a zone column or a line above the header speaks of, a count or day/month order a header
// names, two-digit years, clocks without seconds or past noon, the tz database's rules used. The
// reading is in tableimporter.cpp.
#include "repeatedhourorder.h"
#include "tableimporter.h"
#include "timeformat.h"
#include "zonerules.h"

#include <QRegularExpression>

void TableImporter::addTimeReading(QJsonObject *meta) const
{
    if (m_twoDigitYear)
        meta->insert(QStringLiteral("two_digit_year"), QJsonObject{{QStringLiteral("line"), m_twoDigitYear->first},
                                                                   {QStringLiteral("time"), m_twoDigitYear->second}});
    if (timesWithoutSeconds())
        meta->insert(QStringLiteral("times_without_seconds"),
                     QJsonObject{{QStringLiteral("records"), m_minuteTimes},
                                 {QStringLiteral("first_line"), m_firstMinuteTime->first},
                                 {QStringLiteral("first_time"), m_firstMinuteTime->second},
                                 {QStringLiteral("reader"), m_reader.kind()},
                                 {QStringLiteral("zone_in_text"), m_minuteTimesZoned}});
    if (clockNeverPastNoon())
        meta->insert(QStringLiteral("clock_never_past_noon"),
                     QJsonObject{{QStringLiteral("times"), m_clockHours.times},
                                 {QStringLiteral("first_line"), m_clockHours.first->first},
                                 {QStringLiteral("first_time"), m_clockHours.first->second}});
    m_hourOrder.addMetadata(meta);
    meta->insert(QStringLiteral("zone_rules"), m_zonesRead.metadata());
}

QStringList TableImporter::timeReadingNotes(const QJsonObject &metadata)
{
    QStringList notes;
    if (const QJsonObject year = metadata.value(QStringLiteral("two_digit_year")).toObject(); !year.isEmpty())
        notes.append(tr("years written with two digits, as on line %1 (\"%2\"), were read by POSIX's rule: 00–68 "
                        "as 2000–2068, 69–99 as 1969–1999")
                         .arg(year.value(QStringLiteral("line")).toInteger())
                         .arg(year.value(QStringLiteral("time")).toString()));
    if (const QJsonObject minutes = metadata.value(QStringLiteral("times_without_seconds")).toObject(); !minutes.isEmpty()) {
        // A CSV file most likely had its seconds dropped by Excel; a printout may never have had
        // them, nor a time writing its zone ("14:03 +02:00"): Excel writes a date cell without one.
        const QString reader = minutes.value(QStringLiteral("reader")).toString();
        const bool zoned = minutes.value(QStringLiteral("zone_in_text")).toInteger() > 0;
        const QString text =
            (reader == u"csv" || reader == u"tsv") && !zoned
                ? tr("the times of this file give hours and minutes but no seconds, as on line %1 (\"%2\"): each was "
                     "read as the start of its minute. Excel writes a workbook's times so when it saves it as CSV, "
                     "dropping their seconds: the same records read from the workbook itself would fall seconds "
                     "later, and would not be recognised as the same")
                : tr("the times of this file give hours and minutes but no seconds, as on line %1 (\"%2\"): each was "
                     "read as the start of its minute; the same records from a file giving their seconds would fall "
                     "seconds later, and would not be recognised as the same");
        notes.append(text.arg(minutes.value(QStringLiteral("first_line")).toInteger())
                         .arg(minutes.value(QStringLiteral("first_time")).toString()));
    }
    if (const QJsonObject clock = metadata.value(QStringLiteral("clock_never_past_noon")).toObject(); !clock.isEmpty())
        notes.append(tr("none of the %1 times read has an hour past 12, nor AM or PM (the first, on line %2: \"%3\"): if "
                        "the provider wrote a 12-hour clock without them, each afternoon time was read 12 hours early")
                         .arg(clock.value(QStringLiteral("times")).toInteger())
                         .arg(clock.value(QStringLiteral("first_line")).toInteger())
                         .arg(clock.value(QStringLiteral("first_time")).toString()));
    return notes + RepeatedHourOrder::notes(metadata);
}

QString TableImporter::declaredTimestampFormatNote(const QJsonObject &metadata)
{
    const QJsonObject named = metadata.value(QStringLiteral("timestamp_format_header")).toObject();
    if (const QString format = named.value(QStringLiteral("format")).toString(); !format.isEmpty())
        return tr("Times read as %1, as the header \"%2\" names them")
            .arg(TimestampParser::formatWords(format), named.value(QStringLiteral("header")).toString());
    const QString format = metadata.value(QStringLiteral("timestamp_format_declared")).toString();
    if (format.isEmpty())
        return {};
    return tr("Times read as %1 (the timestamp format \"%2\", declared by the analyst)")
        .arg(TimestampParser::formatWords(format), format);
}

std::optional<std::pair<int, QString>> TableImporter::zoneWordsAbove() const
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:UTC|GMT|time ?zones?|zeitzone|fuseau horaire|zona horaria|fuso orario|local time|ortszeit|"
                       "heure locale|hora local)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression abbreviations(QStringLiteral("\\b(?:[ECMPA][SD]T|CES?T|EES?T|MES?Z|BST)\\b"));
    for (qsizetype i = 0; i < m_metadataLines.size(); ++i) {
        const QString &line = m_metadataLines.at(i);
        if (words.match(line).hasMatch() || abbreviations.match(line).hasMatch())
            return std::pair{m_metadataLineNumbers.value(i), line.simplified()};
    }
    return std::nullopt;
}

void TableImporter::addZoneColumn(QJsonObject *meta) const
{
    if (!m_match.columns.contains(Field::TimeZone))
        return;
    const QString header = m_header.value(m_match.columns.value(Field::TimeZone));
    if (readsZoneColumn())
        meta->insert(QStringLiteral("time_zone_column"), header);
    else
        meta->insert(QStringLiteral("time_zone_column_not_read"),
                     QJsonObject{{QStringLiteral("header"), header},
                                 {QStringLiteral("because"), m_match.timestampZone ? QStringLiteral("header_zone")
                                                                                   : QStringLiteral("counts_since_1970")}});
}

void TableImporter::addDateOrder(QJsonObject *meta) const
{
    const DateOrder declared = m_options.dateOrder != DateOrder::Unknown ? m_options.dateOrder
                               : m_firstFormat                            ? m_firstFormat->dateOrder
                                                                          : DateOrder::Unknown;
    const DateOrder order = declared != DateOrder::Unknown ? declared : headerDateOrder();
    if (order == DateOrder::Unknown)
        return;
    meta->insert(QStringLiteral("date_order"), order == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy"));
    if (declared != DateOrder::Unknown) {
        meta->insert(QStringLiteral("date_order_from"), m_options.dateOrderSource);
        if (m_options.dateOrderLine > 0) { // settled by the data: the line an expert can check it by
            meta->insert(QStringLiteral("date_order_line"), m_options.dateOrderLine);
            meta->insert(QStringLiteral("date_order_text"), m_options.dateOrderText);
        }
        return;
    }
    // "settled": the file's own word, as its data's (ShiftedRecords looks for swaps of declared orders only)
    meta->insert(QStringLiteral("date_order_from"), QStringLiteral("settled by the header \"%1\"").arg(m_dateOrderHeader));
    meta->insert(QStringLiteral("date_order_header"), m_dateOrderHeader);
}

QString TableImporter::dateOrderHeaderNote(const QJsonObject &metadata)
{
    const QString header = metadata.value(QStringLiteral("date_order_header")).toString();
    if (header.isEmpty())
        return {};
    return metadata.value(QStringLiteral("date_order")).toString() == u"dmy"
               ? tr("Dates read day first (03/04/2016 is 3 April), as the header \"%1\" writes them").arg(header)
               : tr("Dates read month first (03/04/2016 is 4 March), as the header \"%1\" writes them").arg(header);
}

DateOrder TableImporter::headerDateOrder() const
{
    return m_dateOrderHeader.isEmpty() ? DateOrder::Unknown : m_match.dateOrder;
}

QString TableImporter::zoneColumnNote(const QJsonObject &metadata)
{
    if (const QJsonObject unread = metadata.value(QStringLiteral("time_zone_column_not_read")).toObject(); !unread.isEmpty()) {
        const QString header = unread.value(QStringLiteral("header")).toString();
        return unread.value(QStringLiteral("because")).toString() == u"header_zone"
                   ? tr("The column \"%1\" was not read as the times' zone: the timestamp's header names theirs").arg(header)
                   : tr("The column \"%1\" was not read as the times' zone: they are counted from 1970-01-01 00:00 UTC")
                         .arg(header);
    }
    const QString header = metadata.value(QStringLiteral("time_zone_column")).toString();
    if (header.isEmpty())
        return {};
    return tr("Each time read in the zone its row gives in the column \"%1\", where the time states none of its own")
        .arg(header);
}

void TableImporter::addTimestampFormatNamed(QJsonObject *meta) const
{
    if (m_timestampFormatNamed.isEmpty())
        return;
    meta->insert(QStringLiteral("timestamp_format_header"),
                 QJsonObject{{QStringLiteral("format"), m_timestampFormatNamed},
                             {QStringLiteral("header"), m_header.value(m_match.columns.value(Field::Timestamp))}});
}

void TableImporter::addHeaderLabel(QJsonObject *meta) const
{
    // "Start Time (EST)", "Time (local)": a label the header gives its times that names no zone
    // was, before, read as UTC (and "EST" as -05:00 all year); now the declared zone reads them,
    // which the analyst is told, with the times the zone is called otherwise.
    const auto declared = effectiveDeclaredZone();
    if (m_headerLabel.label.isEmpty() || !declared)
        return;
    QJsonObject label{{QStringLiteral("label"), m_headerLabel.label},
                      {QStringLiteral("header"), m_header.value(m_match.columns.value(Field::Timestamp, m_match.columns.value(Field::Time)))},
                      {QStringLiteral("read_in"), TimestampParser::zoneName(*declared)}};
    if (m_headerLabel.otherwise > 0) {
        label.insert(QStringLiteral("called_otherwise"), m_headerLabel.otherwise);
        label.insert(QStringLiteral("called"), m_headerLabel.called);
        label.insert(QStringLiteral("first_line"), m_headerLabel.firstLine);
        if (m_headerLabel.labelOffset) // the offset the label stands for in the zone
            label.insert(QStringLiteral("label_offset"), TimeFormat::offsetText(*m_headerLabel.labelOffset));
    }
    meta->insert(QStringLiteral("header_time_label"), label);
}

QString TableImporter::headerLabelNote(const QJsonObject &metadata)
{
    const QJsonObject label = metadata.value(QStringLiteral("header_time_label")).toObject();
    if (label.isEmpty())
        return {};
    const QString word = label.value(QStringLiteral("label")).toString();
    const QString zone = label.value(QStringLiteral("read_in")).toString();
    QString note = tr("the header gives its times the label \"%1\", which names no zone by itself: they were read in "
                      "the zone declared, %2")
                       .arg(word, zone);
    const int otherwise = label.value(QStringLiteral("called_otherwise")).toInt();
    if (otherwise == 0)
        return note;
    note += tr("; %1 is called %2, not %3, at %n of the times read (the first at line %4)", nullptr,
               otherwise)
                .arg(zone, label.value(QStringLiteral("called")).toString(), word,
                     QString::number(label.value(QStringLiteral("first_line")).toInt()));
    const QString offset = label.value(QStringLiteral("label_offset")).toString();
    return note + (offset.isEmpty() ? tr(": if the provider kept %1 all year, declare its offset").arg(word)
                                    : tr(": if the provider kept %1 all year, declare its offset, UTC%2").arg(word, offset));
}
