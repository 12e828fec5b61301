#include "provenancepanel.h"

#include "handlenormalizer.h"
#include "ipaddressflags.h"
#include "sourcenotetext.h"
#include "spreadsheettime.h"
#include "tableimporter.h"
#include "timeformat.h"
#include "timestampparser.h"
#include "zonerules.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

ProvenancePanel::ProvenancePanel(QWidget *parent) : QWidget(parent), m_text(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("provenanceText"));
    m_text->setAccessibleName(tr("Provenance of the selected event"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == u"source")
            emit sourceChosen(link.path().toLongLong());
    });
    layout->addWidget(m_text);
    auto *copy = new QPushButton(tr("Copy provenance"), this);
    layout->addWidget(copy);
    connect(copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(plainText()); });
    showEvent(std::nullopt, QTimeZone::utc());
}

QString ProvenancePanel::plainText() const
{
    return m_plain;
}

QString ProvenancePanel::repeatedHourText(const QString &note, qint64 utcMs, const QTimeZone &zone)
{
    // The note is stored in the language the import ran in (RepeatedHourOrder); it is worded here
    // in the reader's from what it names: the other moment in ISO 8601 UTC — at its end where the
    // file's order settled nothing — and else the line where the two passes through the hour meet.
    static const QRegularExpression moment(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z"));
    const auto match = moment.match(note);
    const auto otherMs = match.hasMatch() ? TimeFormat::parseIso(match.captured()) : std::nullopt;
    if (!otherMs)
        return note;
    const QString other = TimeFormat::display(*otherMs, zone);
    if (match.capturedEnd() == note.size())
        return tr("the earlier of two moments: this local time happened twice, in the hour repeated as daylight saving "
                  "ended; the later moment would be %1")
            .arg(other);
    const std::optional<int> meetLine = onlyNumberIn(QString(note).remove(match.capturedStart(), match.capturedLength()));
    if (!meetLine)
        return withMomentsShown(note, zone); // words this version did not write: as stored
    return (utcMs > *otherMs ? tr("the later of two moments: this local time happened twice, in the hour repeated as "
                                  "daylight saving ended; the earlier moment would be %1. The file's records run in time "
                                  "order, and its two passes through that hour meet at line %2, which puts this record "
                                  "in the second")
                             : tr("the earlier of two moments: this local time happened twice, in the hour repeated as "
                                  "daylight saving ended; the later moment would be %1. The file's records run in time "
                                  "order, and its two passes through that hour meet at line %2, which puts this record "
                                  "in the first"))
        .arg(other)
        .arg(*meetLine);
}

std::optional<int> ProvenancePanel::onlyNumberIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    std::optional<int> found;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        bool ok = false;
        const int value = match.captured().toInt(&ok);
        if (found || !ok)
            return std::nullopt;
        found = value;
    }
    return found;
}

QString ProvenancePanel::withMomentsShown(const QString &note, const QTimeZone &zone)
{
    // The note names the other moment in ISO 8601 UTC (RepeatedHourOrder::settledNote): shown
    // as every time on screen is, in the display zone.
    static const QRegularExpression moment(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z"));
    QString shown;
    qsizetype from = 0;
    for (auto it = moment.globalMatch(note); it.hasNext();) {
        const auto match = it.next();
        const auto ms = TimeFormat::parseIso(match.captured());
        shown += note.mid(from, match.capturedStart() - from) + (ms ? TimeFormat::display(*ms, zone) : match.captured());
        from = match.capturedEnd();
    }
    return shown + note.mid(from);
}

QString ProvenancePanel::asWritten(const QString &timeRaw, const EventProvenance &p)
{
    // A date cell stores a number of days, which the spreadsheet shows formatted as a date: an
    // expert opening the file sees the date, and is told why the record says "42615.7657…".
    static const QRegularExpression serials(QStringLiteral("^\\d+(?:\\.\\d+)?(?: \\d+(?:\\.\\d+)?)?$"));
    if (p.lineIsSheetRow && SpreadsheetTime::serialOfElapsed(timeRaw)) // an .ods clock over a moment, "[h]:mm:ss"
        return p.dateSystem1904 ? tr("%1 — the cell's value as stored: a count of hours since 1904-01-01 (this "
                                     "workbook's date system), which the spreadsheet shows as a time")
                                      .arg(timeRaw)
                                : tr("%1 — the cell's value as stored: a count of hours since 1899-12-30, which the "
                                     "spreadsheet shows as a time")
                                      .arg(timeRaw);
    if (!p.lineIsSheetRow || !serials.match(timeRaw).hasMatch())
        return timeRaw;
    return p.dateSystem1904 ? tr("%1 — the cell's value as stored: a date serial number (days since 1904-01-01, this "
                                 "workbook's date system), which the spreadsheet shows as a date")
                                  .arg(timeRaw)
                            : tr("%1 — the cell's value as stored: a date serial number (days since 1899-12-30), which "
                                 "the spreadsheet shows as a date")
                                  .arg(timeRaw);
}

EventProvenance ProvenancePanel::withSourceNames(EventProvenance p) const
{
    p.sourceFileName = m_sourceNames.value(p.event.sourceId, p.sourceFileName);
    for (auto &o : p.occurrences)
        o.sourceName = m_sourceNames.value(o.sourceId, o.sourceName);
    return p;
}

void ProvenancePanel::showEvent(const std::optional<EventProvenance> &given, const QTimeZone &zone)
{
    const auto p = given ? std::optional(withSourceNames(*given)) : std::nullopt;
    if (!p) {
        m_text->setHtml(tr("<p><i>Select an event to see the source line behind it.</i></p>"));
        m_plain.clear();
        return;
    }
    const EventRow &e = p->event;
    const auto cls = evidenceClassFromKey(e.evidenceClass).value_or(EvidenceClass::Lookup);
    ProvenanceText text;
    text.title(EvidenceClassText::label(cls) + QStringLiteral(" — ") + EvidenceClassText::subtypeLabel(e.subtype));
    if (cls == EvidenceClass::Lookup)
        text.caveat(EvidenceClassText::lookupCaveat());
    QJsonObject extra = QJsonDocument::fromJson(e.extra.toUtf8()).object();
    text.openTable();
    addMarkRows(text, e); // the analyst's own words first, set apart from the provider's below
    addTimeRows(text, *p, extra, zone);
    addPartyRows(text, *p);
    addSourceRows(text, *p);
    addLineRow(text, *p);
    addReadingRows(text, *p);
    text.closeTable();
    addRecord(text, *p, extra);
    m_text->setHtml(text.html);
    m_plain = text.plain;
}

void ProvenancePanel::addMarkRows(ProvenanceText &text, const EventRow &e)
{
    if (!e.mark)
        return;
    text.row(tr("Your mark"), e.mark->note.isEmpty() ? tr("(no note)") : e.mark->note);
    text.row(tr("Marked"),
             tr("by %1 at %2, as event #%3; yours, not the provider's")
                 .arg(e.mark->setBy, TimeFormat::storedUtc(e.mark->setAt), QString::number(e.id)));
}

void ProvenancePanel::addTimeRows(ProvenanceText &text, const EventProvenance &p, QJsonObject &extra, const QTimeZone &zone)
{
    const EventRow &e = p.event;
    text.row(tr("Time"), TimeFormat::display(e.utcMs, zone));
    text.row(tr("In UTC"), TimeFormat::isoUtc(e.utcMs)); // a line of its own: the dock is narrow
    text.row(tr("As written"), asWritten(e.timeRaw, p));
    // The importer's note on a time in the hour daylight saving repeats: no column of the row.
    if (const QString note = extra.take(QStringLiteral("time_ambiguity")).toString(); !note.isEmpty())
        text.row(tr("Read as"), repeatedHourText(note, e.utcMs, zone));
    const QString misread = TimestampParser::misreadZoneNote(e.timeZone);
    const QString zoneUsed = TimestampParser::zoneShown(e.timeZone);
    text.row(tr("Zone used to read it"), !misread.isEmpty()
                                             ? zoneUsed + QStringLiteral(" — ") + misread
                                             : zoneRulesText(zoneUsed, p.zoneRules));
    // "04/09/2016" is 4 September or 9 April: which, and on whose word.
    if (!p.dateOrderRead.isEmpty())
        text.row(tr("Day and month"), p.dateOrderRead);
}

QString ProvenancePanel::zoneRulesText(const QString &zoneUsed, const QString &release)
{
    // A region's local time is as its zone's rules make it, and they change with the database.
    if (release.isEmpty() || ZoneRules::ruledZone(zoneUsed).isEmpty())
        return zoneUsed;
    return ZoneRules::offsetWritten(zoneUsed)
               ? tr("%1, the offset written checked against the rules of the tz database %2")
                     .arg(zoneUsed, release)
               : tr("%1, by the rules of the tz database %2").arg(zoneUsed, release);
}

QString ProvenancePanel::writtenAs(const QString &handle, const QString &raw)
{
    // A mark no one sees (a zero-width space, a direction mark) by its code point: without it
    // the spelling looks exactly like the handle it was read as. The record's text below keeps it.
    return tr("%1 — written \"%2\"").arg(handle, HandleNormalizer::withUnseenShown(raw));
}

QString ProvenancePanel::partyText(const QString &shown, const QString &raw, const QString &kind)
{
    const QString text = writtenAs(shown, raw);
    if (kind == u"withheld")
        return tr("%1: a withheld number, no one party").arg(text);
    return kind == u"masked" ? tr("%1: masked, no one party").arg(text) : text;
}

void ProvenancePanel::addPartyRows(ProvenanceText &text, const EventProvenance &p)
{
    const EventRow &e = p.event;
    text.row(tr("Initiator"), partyText(CaseQueries::displayHandle(e.initiator, e.initiatorLabel), e.initiatorRaw, e.initiatorKind));
    if (!e.counterpart.isEmpty())
        text.row(tr("Counterpart"), partyText(CaseQueries::displayHandle(e.counterpart, e.counterpartLabel), e.counterpartRaw,
                                              e.counterpartKind));
    // "0171 2345678" is +49 171 2345678 only in a file declared German: said beside the parties.
    if (!p.numberRegionRead.isEmpty())
        text.row(tr("Numbers"), p.numberRegionRead);
    if (!e.clientIp.isEmpty())
        text.row(tr("Client IP"), e.clientPort
                                      ? tr("%1 port %2")
                                            .arg(IpAddressFlags::shownWithWriting(e.clientIpRaw),
                                                 QString::number(*e.clientPort))
                                      : IpAddressFlags::shownWithWriting(e.clientIpRaw));
}

QString ProvenancePanel::sourceLink(qint64 sourceId)
{
    return QStringLiteral("source:%1").arg(sourceId);
}

void ProvenancePanel::addSourceRows(ProvenanceText &text, const EventProvenance &p)
{
    // The source's description (its hashes, how it was read, its figures) a click away.
    text.linkRow(tr("Source file"), p.sourceFileName, sourceLink(p.event.sourceId));
    text.row(tr("Path"), p.sourcePath);
    if (p.containerSha256.isEmpty()) {
        text.row(tr("SHA-256"), p.sourceSha256);
    } else { // a document read from inside the file at Path: each has its own
        text.row(tr("SHA-256 of that file"), p.containerSha256);
        if (!p.innerZip.isEmpty())
            text.row(tr("Read from the ZIP inside it"), tr("%1, SHA-256 %2").arg(p.innerZip, p.innerZipSha256));
        text.row(tr("SHA-256 of the part read"), p.sourceSha256);
    }
    if (!p.decryption.isEmpty()) // a part's SHA-256 is of the decrypted bytes; a PDF's, of the file
        text.row(tr("Decrypted"), p.decryption);
    if (!p.sourceWorksheet.isEmpty() && p.sourceIsJson)
        text.row(tr("Array of records"), tr("\"%1\", of the object the file holds").arg(p.sourceWorksheet));
    else if (!p.sourceWorksheet.isEmpty())
        text.row(tr("Worksheet"), p.worksheetHidden
                                      ? tr("%1 — hidden in its workbook: no tab shows it").arg(p.sourceWorksheet)
                                      : p.sourceWorksheet);
    if (!p.headerWorksheet.isEmpty()) // the analyst read it as going on from the records before it
        text.row(tr("Columns named by"), tr("the header row at line %1 of the worksheet \"%2\" (this worksheet has "
                                            "none; read as going on from the records before it)")
                                             .arg(p.headerLine)
                                             .arg(p.headerWorksheet));
    if (!p.numberedColumns.isEmpty())
        text.row(tr("Columns named by"), tr("their numbers, as the analyst's mapping gives them (the file has no "
                                            "header row): %1")
                                             .arg(p.numberedColumns));
}

void ProvenancePanel::addLineRow(ProvenanceText &text, const EventProvenance &p)
{
    const int line = p.event.line;
    if (p.pdfPage > 0) // the PDF's text holds its pages one after another
        text.row(tr("Line"), tr("%1 of the text the PDF holds: page %2, line %3 on it").arg(line).arg(p.pdfPage).arg(p.pdfPageLine));
    else if (p.lineIsPageRow && p.pageTextLine > 0) // an expert reading the file's text finds it there
        text.row(tr("Row"), tr("%1 — of the page's table rows (<tr>), counted through all its tables as Excel numbers "
                               "the rows of a page it opens; its <tr> stands on line %2 of the file's text")
                                .arg(line)
                                .arg(p.pageTextLine));
    else if (p.lineIsPageRow) // an expert looking for it in the file's text would find another line
        text.row(tr("Row"), tr("%1 — of the page's table rows (<tr>), counted through all its tables as Excel numbers "
                               "the rows of a page it opens; not a line of the file's text")
                                .arg(line));
    else if (p.lineIsSheetRow) // an expert counting the rows Excel shows would not find it
        text.row(tr("Row"), p.lineHiddenInSheet ? tr("%1 — hidden in the worksheet, or filtered out: Excel does not "
                                                     "show it, though it is in the file")
                                                      .arg(line)
                                                : QString::number(line));
    else if (p.lineHoldsOtherRecords) // all of a page written on one line says line 1
        text.row(tr("Line"), tr("%1 — other records stand on this line too (the file is written with few line breaks): "
                                "this record is the part of it given verbatim below")
                                 .arg(line));
    else
        text.row(tr("Line"), p.lineUnterminated ? tr("%1 — the file ends inside it, with no line end after it: it may "
                                                     "have been cut short")
                                                      .arg(line)
                                                : QString::number(line));
}

void ProvenancePanel::addReadingRows(ProvenanceText &text, const EventProvenance &p)
{
    if (p.lineNotInFileEncoding && p.lineHoldsOtherRecords) // which record of it is not UTF-8 is not known
        text.row(tr("Text encoding"), tr("%1 in part — the line this record stands on, with other records, is not all "
                                         "UTF-8 as the rest of the file is: its parts that are not were read as %1")
                                          .arg(p.textEncoding));
    else if (p.lineNotInFileEncoding)
        text.row(tr("Text encoding"), tr("%1 — this record's text is not UTF-8, as the rest of the file is").arg(p.textEncoding));
    else if (p.lineHasUnpairedSurrogates)
        text.row(tr("Text encoding"), tr("%1 — this record holds code units that are no text (a surrogate without its "
                                         "other half), shown as \uFFFD")
                                          .arg(p.textEncoding));
    else if (!p.textEncoding.isEmpty())
        text.row(tr("Text encoding"), p.textEncoding);
    // A WhatsApp record's verbatim text is the page's; a table row's, its cells'. A record on a
    // line it shares, holding no reference at all, holds none of the line's.
    if (p.lineHasReplacedReferences && p.lineHoldsOtherRecords && !p.event.raw.contains(u"&#"))
        text.row(tr("Character references"), tr("none in this record; another record on its line holds a character "
                                                "reference that names no character, shown there as \uFFFD"));
    else if (p.lineHasReplacedReferences)
        text.row(tr("Character references"),
                 p.event.raw.contains(u"&#") ? tr("this record holds a character reference that names no character "
                                                  "(as \"&#xD83D;\", half of a pair), shown as \uFFFD; the record "
                                                  "verbatim below gives it as the page does")
                                             : tr("this record holds a character reference that names no character "
                                                  "(as \"&#xD83D;\", half of a pair), shown as \uFFFD"));
    if (!p.hiddenColumns.isEmpty()) // an expert reading the worksheet on screen does not see them
        text.row(tr("Hidden columns"), tr("%1 — hidden in the worksheet: Excel does not show them, though they are in "
                                          "the file")
                                           .arg(SourceNoteText::hiddenColumnsText(p.hiddenColumns)));
    if (!p.valuesShownBlank.isEmpty()) // the cell looks empty to an expert reading the worksheet on screen
        text.row(tr("Shown blank"), tr("%1 — %n cell(s) of this row whose number format shows nothing (as \";;;\" "
                                       "does): Excel shows them blank, though their values are in the file and were read",
                                       nullptr, int(p.valuesShownBlank.size()))
                                        .arg(SourceNoteText::hiddenColumnsText(p.valuesShownBlank)));
    addFormulaRows(text, p);
}

void ProvenancePanel::addFormulaRows(ProvenanceText &text, const EventProvenance &p)
{
    // Computed from other cells, by someone or by the export: not written as it stands. A case
    // stored before formulas were named by column says it of the row.
    if (!p.formulaColumnsWithoutResult.isEmpty())
        text.row(tr("Formula"), tr("%1 — %n cell(s) of this row holding a formula the file saved no result for (or an "
                                   "empty one), read as empty",
                                   nullptr, int(p.formulaColumnsWithoutResult.size()))
                                    .arg(SourceNoteText::hiddenColumnsText(p.formulaColumnsWithoutResult)));
    else if (p.lineFormulaWithoutResult)
        text.row(tr("Formula"), tr("a cell of this row holds a formula the file saved no result for (or an empty "
                                   "one); that cell was read as empty"));
    if (!p.formulaColumns.isEmpty())
        text.row(tr("Formula"), tr("%1 — %n cell(s) of this row holding a formula; the value read is the result the "
                                   "file saved",
                                   nullptr, int(p.formulaColumns.size()))
                                    .arg(SourceNoteText::hiddenColumnsText(p.formulaColumns)));
    else if (p.lineHasFormula && !p.lineFormulaWithoutResult)
        text.row(tr("Formula"), tr("a cell of this row holds a formula; its value here is the result the file saved"));
}

QString ProvenancePanel::extraLabel(const QString &key)
{
    static const QRegularExpression subscriberLine(QStringLiteral("^subscriber \\(line (\\d+)\\)$"));
    if (const auto line = subscriberLine.match(key); line.hasMatch())
        return tr("Subscriber (line %1, above the header)").arg(line.captured(1));
    if (key == u"subscriber (declared by the analyst)")
        return tr("Subscriber (declared by the analyst)");
    if (key == u"accepted") // a WhatsApp call's: an "accept" among its events
        return tr("Call accepted");
    return key;
}

QString ProvenancePanel::extraValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isObject()) { // a record of fields: "Type: offer · Timestamp: …", in the page's words
        QStringList keys = value.toObject().keys(); // kept in alphabetical order: what and when first
        for (const QString &first : {QStringLiteral("Timestamp"), QStringLiteral("Type")}) {
            if (keys.removeOne(first))
                keys.prepend(first);
        }
        QStringList fields;
        for (const QString &key : std::as_const(keys))
            fields.append(key + QStringLiteral(": ") + extraValue(value[key]));
        return fields.join(QStringLiteral(" · "));
    }
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &item : value.toArray()) // a bullet each: the lines of one wrap in a narrow dock
            lines.append(item.isObject() ? QStringLiteral("• ") + extraValue(item) : extraValue(item));
        return lines.join(u'\n');
    }
    return value.toString();
}

void ProvenancePanel::addRecord(ProvenanceText &text, const EventProvenance &p, const QJsonObject &extra)
{
    text.heading(tr("Record verbatim"));
    text.verbatim(p.event.raw);
    if (!extra.isEmpty()) {
        text.heading(tr("Other columns of the row"));
        text.openTable();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            text.row(extraLabel(it.key()), extraValue(it.value()));
        text.closeTable();
    }
    text.heading(tr("Also appears in"));
    if (p.occurrences.isEmpty())
        text.verbatim(tr("no other source"));
    for (const auto &o : p.occurrences) {
        const QString kind = o.kind == u"call-leg" ? tr("further leg of the call") : tr("the same record");
        text.link(QStringLiteral("%1:%2 (%3, SHA-256 %4)")
                      .arg(o.sourceName, QString::number(o.line), kind, o.sourceSha256),
                  sourceLink(o.sourceId));
        text.verbatim(o.raw);
    }
}
