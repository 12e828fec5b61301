// Where an event comes from, all of it, for the provenance panel: its source's file and how
// the event's line was read, the container the file came out of, the other places the same
// record appears. The other queries of the case are in casequeries.cpp.
#include "casequeries.h"

#include "caseschema.h"
#include "encryptedworkbook.h"
#include "encryptedzipentry.h"
#include "htmltablereader.h"
#include "pdfpages.h"
#include "sourcenotetext.h"
#include "sourcereading.h"
#include "tableformat.h"
#include "tableimporter.h"
#include "zonerules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

/// Of the columns a source's metadata lists with their rows (@p json: [{column, header, fields,
/// rows}]), those holding @p line.
QJsonArray columnsOfLine(const QVariant &json, int line)
{
    QJsonArray columns;
    for (const QJsonValue &column : QJsonDocument::fromJson(json.toByteArray()).array()) {
        if (SourceNoteText::linesInRuns(column[QStringLiteral("rows")].toArray(), line, line))
            columns.append(column);
    }
    return columns;
}

/// @p object without its null members: json_object() names every key asked for, as a
/// source's metadata does only those it has.
QJsonObject withoutNulls(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();)
        it = it->isNull() ? object.erase(it) : std::next(it);
    return object;
}

} // namespace

void CaseQueries::setPdfPage(EventProvenance &p, const QJsonArray &pageFirstLines)
{
    QList<int> firstLines;
    for (const QJsonValue &line : pageFirstLines)
        firstLines.append(line.toInt());
    std::tie(p.pdfPage, p.pdfPageLine) = PdfPages::pageOf(firstLines, p.event.line);
}

std::optional<EventProvenance> CaseQueries::provenance(qint64 eventId) const
{
    QSqlQuery query(m_db);
    query.prepare(eventSelect() + QStringLiteral(" WHERE e.id = ?"));
    query.addBindValue(eventId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    EventProvenance p;
    p.event = eventFromQuery(query);
    addSourceReading(p);
    p.lineHoldsOtherRecords = lineHoldsOtherRecords(p.event);
    p.occurrences = occurrences(eventId);
    return p;
}

void CaseQueries::addSourceReading(EventProvenance &p) const
{
    QSqlQuery source(m_db);
    source.prepare(QStringLiteral(
        "SELECT file_path, sha256, json_extract(metadata, '$.worksheet'), file_name,"
        " json_extract(metadata, '$.header_worksheet'), json_extract(metadata, '$.header_line'),"
        " json_extract(metadata, '$.profile'), json_extract(metadata, '$.encoding'),"
        " json_extract(metadata, '$.lines_read_as_windows_1252'), json_extract(metadata, '$.last_line_unterminated'),"
        " container_sha256, json_extract(metadata, '$.inner_zip.entry'), json_extract(metadata, '$.inner_zip.sha256'),"
        " json_extract(metadata, '$.pdf.page_first_lines'), json_extract(metadata, '$.lines_with_unpaired_surrogates'),"
        " json_extract(metadata, '$.character_references_replaced'), json_extract(metadata, '$.reader'),"
        " json_extract(metadata, '$.hidden_rows'), json_extract(metadata, '$.worksheet_hidden'),"
        " json_extract(metadata, '$.date_system'),"
        " coalesce(json_extract(metadata, '$.zip_entry_encryption'), json_extract(metadata, '$.inner_zip.encryption')),"
        " json_extract(metadata, '$.office_encryption'), json_extract(metadata, '$.formula_cells'),"
        " json_extract(metadata, '$.formulas_without_result'), json_extract(metadata, '$.pdf'),"
        " json_extract(metadata, '$.hidden_columns'), json_extract(metadata, '$.page_row_lines'),"
        " json_extract(metadata, '$.values_shown_blank'), json_extract(metadata, '$.formula_columns'),"
        " json_extract(metadata, '$.formula_columns_without_result'),"
        " json_object('date_order', json_extract(metadata, '$.date_order'),"
        "  'date_order_from', json_extract(metadata, '$.date_order_from'),"
        "  'date_order_line', json_extract(metadata, '$.date_order_line'),"
        "  'date_order_text', json_extract(metadata, '$.date_order_text'),"
        "  'date_order_header', json_extract(metadata, '$.date_order_header')),"
        " json_extract(metadata, '$.number_region'), json_extract(metadata, '$.zone_rules.tz_database')"
        " FROM sources WHERE id = ?"));
    source.addBindValue(p.event.sourceId);
    if (!source.exec() || !source.next())
        return;
    p.sourcePath = source.value(0).toString();
    p.sourceSha256 = source.value(1).toString();
    p.sourceWorksheet = source.value(2).toString();
    p.sourceFileName = source.value(3).toString();
    p.headerWorksheet = source.value(4).toString();
    p.headerLine = source.value(5).toInt();
    QString unused;
    const auto profile = TableFormat::fromJson(
        QJsonDocument::fromJson(source.value(6).toByteArray()).object(), false, &unused);
    if (profile && profile->byPosition)
        p.numberedColumns = profile->numberedColumnsText();
    addLineReading(p, source);
    p.dateSystem1904 = source.value(19).toString() == u"1904";
    if (SourceReading::readEitherWay(p.event.timeRaw))
        p.dateOrderRead = SourceReading::dateOrderRead(
            withoutNulls(QJsonDocument::fromJson(source.value(30).toByteArray()).object()));
    if (const QString region = source.value(31).toString(); !region.isEmpty())
        p.numberRegionRead = SourceReading::numberRegionText(region);
    if (!ZoneRules::ruledZone(p.event.timeZone).isEmpty())
        p.zoneRules = source.value(32).toString();
    addContainer(p, source);
    if (!source.value(13).isNull())
        setPdfPage(p, QJsonDocument::fromJson(source.value(13).toByteArray()).array());
}

void CaseQueries::addLineReading(EventProvenance &p, const QSqlQuery &source)
{
    p.textEncoding = source.value(7).toString();
    // A record of several lines (a quoted line break; a WhatsApp record) is read otherwise
    // if any of its lines is.
    const auto inRecord = [&p, &source](int column) {
        const int last = p.event.line + int(p.event.raw.count(u'\n'));
        return SourceNoteText::linesInRuns(
            QJsonDocument::fromJson(source.value(column).toByteArray()).array(), p.event.line,
            last);
    };
    if (inRecord(8)) {
        p.textEncoding = QStringLiteral("Windows-1252");
        p.lineNotInFileEncoding = true;
    }
    p.lineUnterminated = !source.value(9).isNull() && source.value(9).toInt() == p.event.line;
    p.lineHasUnpairedSurrogates = inRecord(14);
    p.lineHasReplacedReferences = inRecord(15);
    static const QStringList sheets{u"xlsx"_qs, u"xls"_qs, u"ods"_qs, u"xml-spreadsheet"_qs};
    p.lineIsSheetRow = sheets.contains(source.value(16).toString());
    p.lineIsPageRow = source.value(16).toString() == u"html";
    p.sourceIsJson = source.value(16).toString() == u"json";
    if (p.lineIsPageRow)
        p.pageTextLine = HtmlTableReader::lineOfRow(
            QJsonDocument::fromJson(source.value(26).toByteArray()).array(), p.event.line);
    p.lineHiddenInSheet = p.lineIsSheetRow && inRecord(17);
    p.lineHasFormula = p.lineIsSheetRow && inRecord(22);
    p.lineFormulaWithoutResult = p.lineIsSheetRow && inRecord(23);
    p.worksheetHidden = source.value(18).toBool();
    if (p.lineIsSheetRow)
        p.hiddenColumns = QJsonDocument::fromJson(source.value(25).toByteArray()).array();
    p.valuesShownBlank = columnsOfLine(source.value(27), p.event.line);
    p.formulaColumns = columnsOfLine(source.value(28), p.event.line);
    p.formulaColumnsWithoutResult = columnsOfLine(source.value(29), p.event.line);
}

void CaseQueries::addContainer(EventProvenance &p, const QSqlQuery &source)
{
    p.containerSha256 = source.value(10).toString();
    p.innerZip = source.value(11).toString();
    p.innerZipSha256 = source.value(12).toString();
    p.zipEncryption = source.value(20).toString();
    // How the file was decrypted: its ZIP entry, its Office encryption or its PDF's password.
    const QJsonObject read{
        {QStringLiteral("office_encryption"),
         QJsonDocument::fromJson(source.value(21).toByteArray()).object()},
        {QStringLiteral("pdf"), QJsonDocument::fromJson(source.value(24).toByteArray()).object()}};
    if (!p.zipEncryption.isEmpty())
        p.decryption = EncryptedZipEntry::decryptedNote(p.zipEncryption);
    else if (const QString pdf = PdfPages::openedNote(read); !pdf.isEmpty())
        p.decryption = pdf;
    else
        p.decryption = EncryptedWorkbook::decryptedNote(read);
}

bool CaseQueries::lineHoldsOtherRecords(const EventRow &event) const
{
    // Several events of one record (a message to several recipients) share its words: another
    // record on the line has other words.
    QSqlQuery sharing(m_db);
    sharing.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events WHERE source_id = ? AND line = ? AND raw <> ?)"));
    sharing.addBindValue(event.sourceId);
    sharing.addBindValue(event.line);
    sharing.addBindValue(event.raw);
    return sharing.exec() && sharing.next() && sharing.value(0).toBool();
}

const QString &CaseQueries::eventSelectWithOccurrences()
{
    // Read by SQLite beside each event (a look-up of the table's key, about a microsecond an
    // event), so that an export in time order needs no second query per event. As JSON: a
    // source's name may hold any character.
    static const QString sql =
        QString(eventSelect())
            .replace(
                QStringLiteral(" FROM events e JOIN"),
                QStringLiteral(
                    ", CASE WHEN EXISTS (SELECT 1 FROM event_occurrences WHERE event_id = e.id)"
                    " THEN (SELECT json_group_array(json_array(o.source_id, %1, o.line, o.kind))"
                    " FROM event_occurrences o JOIN sources so ON so.id = o.source_id"
                    " WHERE o.event_id = e.id) END FROM events e JOIN")
                    .arg(CaseSchema::sourceNameSql(QStringLiteral("so"))));
    return sql;
}

QList<EventOccurrence> CaseQueries::alsoInFromColumn(const QVariant &value)
{
    QList<EventOccurrence> places;
    const QString text = value.toString();
    if (text.isEmpty()) // null: nearly every event
        return places;
    for (const QJsonValue &place : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray fields = place.toArray();
        places.append({fields.at(0).toInteger(), fields.at(1).toString(), fields.at(2).toInt(),
                       fields.at(3).toString()});
    }
    std::sort(places.begin(), places.end(), [](const EventOccurrence &a, const EventOccurrence &b) {
        return std::pair{a.sourceId, a.line} < std::pair{b.sourceId, b.line};
    });
    return places;
}

QList<EventProvenance::Occurrence> CaseQueries::occurrences(qint64 eventId) const
{
    QList<EventProvenance::Occurrence> found;
    QSqlQuery others(m_db);
    others.prepare(
        QStringLiteral("SELECT %1, s.sha256, o.line, o.raw, o.kind, s.id FROM event_occurrences o"
                       " JOIN sources s ON s.id = o.source_id WHERE o.event_id = ? ORDER BY "
                       "o.source_id, o.line")
            .arg(CaseSchema::sourceNameSql(QStringLiteral("s"))));
    others.addBindValue(eventId);
    if (others.exec()) {
        while (others.next())
            found.append({others.value(0).toString(), others.value(1).toString(),
                          others.value(2).toInt(), others.value(3).toString(),
                          others.value(4).toString(), others.value(5).toLongLong()});
    }
    return found;
}
