#include "importpreviewrows.h"

#include "evidenceclass.h"
#include "handletablemodel.h"
#include "ipaddressflags.h"
#include "itemroles.h"
#include "optionwords.h"
#include "placename.h"
#include "plaintooltip.h"
#include "sourcereading.h"
#include "timeformat.h"
#include "timestampparser.h"

#include <QLocale>
#include <QStandardItem>
#include <QTimeZone>

QStringList ImportPreviewRows::headers()
{
    return {tr("Line"),      tr("Evidence class"), tr("Subtype"),     tr("Time (UTC)"),
            tr("Zone used"), tr("Initiator"),      tr("Counterpart"), tr("Client IP"),
            tr("Port"),      tr("Duration (s)"),   tr("Stored as"),   tr("As written")};
}

QString ImportPreviewRows::lineText(int line, const QString &sheet)
{
    return sheet.isEmpty() ? QString::number(line)
                           : QStringLiteral("%1 › %2").arg(sheet, QString::number(line));
}

QList<QStandardItem *> ImportPreviewRows::eventRow(const FileImportResult &file, qsizetype i)
{
    const EventRecord &e = file.preview.at(i);
    auto *cls = new QStandardItem(EvidenceClassText::label(e.evidenceClass));
    cls->setData(int(e.evidenceClass), ItemRoles::EvidenceClassRole);
    if (e.evidenceClass == EvidenceClass::Lookup)
        cls->setToolTip(EvidenceClassText::lookupCaveat());
    return {lineItem(e.line, file.previewParts.value(i), file.previewFates.value(i)),
            cls,
            new QStandardItem(EvidenceClassText::subtypeLabel(e.subtype)),
            timeItem(e),
            new QStandardItem(TimestampParser::zoneShown(e.timeZone)),
            partyItem(e.initiator),
            partyItem(e.counterpart),
            new QStandardItem(IpAddressFlags::shownWithWriting(e.clientIp)), // as it will be stored
            new QStandardItem(e.clientPort ? QString::number(*e.clientPort) : QString()),
            // As stored, in seconds: what the header's unit and the decimal mark made of it.
            new QStandardItem(e.durationSeconds ? QString::number(*e.durationSeconds, 'g', 15) : QString()),
            new QStandardItem(ImportJob::fateText(file.previewFates.value(i))),
            asWrittenItem(e.raw)};
}

QStandardItem *ImportPreviewRows::partyItem(const NormalizedHandle &handle)
{
    auto *item = new QStandardItem(HandleTableModel::nameWithKind(handle.normalized, handleKindKey(handle.kind)));
    if (handle.kind == HandleKind::Masked)
        item->setToolTip(tr("Characters hidden by a redaction: kept as its party as written, no one person's (several "
                            "may be written so), and never drawn in the contact graph."));
    if (handle.kind == HandleKind::Withheld)
        item->setToolTip(tr("The record's words for a number caller ID did not give: kept as its party, no one person's, "
                            "and never drawn in the contact graph."));
    return item;
}

QStandardItem *ImportPreviewRows::lineItem(int line, const QString &sheet, const PreviewFate &fate)
{
    // Excel does not show a hidden or filtered row: an analyst comparing the preview with the
    // worksheet is told why this one is missing there. A formula's result was not written as
    // it stands: someone, or the export, computed it from other cells.
    auto *item = new QStandardItem(lineText(line, sheet));
    QStringList tips;
    if (fate.hiddenInSheet) {
        item->setText(tr("%1 (hidden)").arg(item->text()));
        tips.append(tr("This row is hidden or filtered out in the worksheet: the spreadsheet program does not show "
                       "it. It is in the file and is read as every other row."));
    }
    if (fate.formula) {
        item->setText(tr("%1 (formula)").arg(item->text()));
        tips.append(tr("A cell of this row holds a formula: its value is the result the file saved."));
    }
    if (fate.formulaWithoutResult) {
        item->setText(tr("%1 (formula, no result)").arg(item->text()));
        tips.append(tr("A cell of this row holds a formula the file saved no result for: it was read as empty."));
    }
    item->setToolTip(PlainToolTip::of(tips.join(u'\n')));
    return item;
}

QStandardItem *ImportPreviewRows::timeItem(const EventRecord &e)
{
    auto *item = new QStandardItem(TimeFormat::display(e.utcMs, QTimeZone::utc()));
    // A time of the hour daylight saving repeats: marked, the importer's words in its tooltip.
    if (const QString note = e.extra.value(QStringLiteral("time_ambiguity")).toString(); !note.isEmpty()) {
        using Pass = EventRecord::RepeatedHour::Pass;
        const Pass pass = e.repeatedHour ? e.repeatedHour->pass : Pass::Unknown;
        // Which of the two moments, where the file's order settled it.
        item->setText((pass == Pass::First    ? tr("%1 (first of two)")
                       : pass == Pass::Second ? tr("%1 (second of two)")
                                              : tr("%1 (one of two)"))
                          .arg(item->text()));
        item->setToolTip(PlainToolTip::of(note));
    }
    return item;
}

QList<QStandardItem *> ImportPreviewRows::writtenRow(const TableRow &written, const QString &sheet, int columns)
{
    QList<QStandardItem *> row{new QStandardItem(lineText(written.line, sheet))};
    for (int column = 1; column < columns - 1; ++column)
        row.append(new QStandardItem);
    row.append(asWrittenItem(written.raw));
    return row;
}

QStandardItem *ImportPreviewRows::asWrittenItem(const QString &raw)
{
    // A record spanning lines (quoted line breaks, an HTML record) stays on one row of the
    // table, its breaks marked; the tooltip has it as written.
    QString shown = raw.left(200);
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n').replace(u'\n', QStringLiteral(" ↵ "));
    auto *item = new QStandardItem(shown);
    item->setToolTip(PlainToolTip::of(raw.left(2000)));
    return item;
}

QString ImportPreviewRows::caption(bool asWritten)
{
    // Nothing can be shown as stored until the analyst chooses; the file's own lines (its
    // metadata block may name the zone) are shown instead, and say so.
    return asWritten ? tr("The file's first rows as written: what each becomes shows once the choice asked for is made.")
                     : tr("The first rows as they will be stored (nothing is written yet):");
}

QString ImportPreviewRows::caption(const FileImportResult &file)
{
    if (file.ok && file.preview.isEmpty() && file.rejected > 0) // an empty table would look like an empty file
        return tr("No row read so far becomes an event: each is rejected, its reason under “Problems found”.");
    if (!file.ok && file.preview.isEmpty() && file.rowsAsWritten.isEmpty()) // refused whole: no row to promise
        return tr("Nothing of this file can be shown: it cannot be read as set, for the reason under “Problems found”.");
    return caption(!file.rowsAsWritten.isEmpty());
}

QString ImportPreviewRows::summary(const FileImportResult &file)
{
    const QString declaredTimes = file.timestampFormat.isEmpty()
                                      ? QString()
                                      : u' ' + tr("Times read as %1 (declared).").arg(TimestampParser::formatWords(file.timestampFormat));
    // Chosen by the data, the order changes what every time below means: the line that chose it.
    const QString settledOrder = file.orderSettled.line > 0 ? u' ' + file.orderSettled.note() + u'.' : QString();
    const QString numbers = file.numberRegion.isEmpty() ? QString() : u' ' + SourceReading::numberRegionText(file.numberRegion) + u'.';
    return tr("%1. Zone: %2.").arg(file.recognition, TimestampParser::zoneShown(file.timeZone)) + declaredTimes + settledOrder + numbers + u' '
           + tr("First %Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected.", nullptr, file.rowsRead)
                 .arg(QLocale().toString(file.accepted), EvidenceClassText::countsText(file.acceptedByClass),
                      QLocale().toString(file.duplicate), QLocale().toString(file.rejected))
           + (file.laterReturnLines.isEmpty() ? QString() : u' ' + ImportJob::joinedReturnsNote(file.laterReturnLines))
           + partsText(file.parts) + notesText(file.notes);
}

QString ImportPreviewRows::filesBeforeText(const QList<FileImportResult> &before)
{
    // A file the case holds already is refused, its records looked for in the case; a letter
    // left out holds none.
    QStringList compared;
    QStringList failing;
    for (const FileImportResult &file : before) {
        if (file.ok && file.leftOut.isEmpty())
            compared.append(tr("“%1”").arg(PlaceName::shortName(file.path)));
        else if (!file.ok && !file.alreadyImported)
            failing.append(tr("“%1”").arg(PlaceName::shortName(file.path)));
    }
    QString text;
    if (!compared.isEmpty())
        text += u' ' + tr("Its rows are looked for in the %n file(s) dropped before it as well, which the import stores first: %1.",
                          nullptr, int(compared.size()))
                           .arg(compared.join(QStringLiteral(", ")));
    if (!failing.isEmpty())
        text += u' ' + tr("Not in the %n file(s) dropped before it that cannot be imported as set: %1.", nullptr, int(failing.size()))
                           .arg(failing.join(QStringLiteral(", ")));
    return text;
}

QString ImportPreviewRows::notesText(const QStringList &notes)
{
    // Nothing lost, no problem: why the lines of the file are more than the rows counted.
    QString text;
    for (const QString &note : notes) // a sentence of its own, begun as one ("the worksheet …" → "The worksheet …")
        text += tr(" %1.", "a sentence after the figures").arg(note.left(1).toUpper() + note.mid(1));
    return text;
}

QString ImportPreviewRows::partsText(const QList<PartImportResult> &parts)
{
    if (parts.isEmpty())
        return {};
    QStringList each;
    for (const PartImportResult &part : parts)
        each.append(tr("“%1”: %2").arg(part.name, EvidenceClassText::countsText(part.acceptedByClass)));
    if (parts.first().array)
        return u' ' + tr("Each of its %n array(s) of records becomes a source of its own (%1).", nullptr, int(parts.size()))
                          .arg(each.join(QStringLiteral("; ")));
    return u' ' + tr("Each of its %n worksheet(s) with records becomes a source of its own (%1).", nullptr, int(parts.size()))
                      .arg(each.join(QStringLiteral("; ")));
}

QStringList ImportPreviewRows::hintsFor(const FileImportResult &file)
{
    QStringList hints;
    if (file.needsFormat)
        hints.append(tr("→ If the file is the return named first, choose its format above."));
    if (file.error.contains(QStringLiteral("--profile")))
        hints.append(tr("→ Choose “Column mapping (profile)…” as the format and map the columns (by number, if the file "
                        "has no header row)."));
    if (file.needsTimeZone)
        hints.append(file.zoneWordsAbove.isEmpty()
                         ? tr("→ Choose the zone of unmarked times above.")
                         : tr("→ Choose the zone of unmarked times above. Line %1, above the header, reads “%2”: if it "
                              "names the records' zone, choose that one.")
                               .arg(file.zoneWordsLine)
                               .arg(file.zoneWordsAbove));
    if (file.needsDateOrder)
        hints.append(tr("→ Choose day first or month first above."));
    if (file.needsDecimalMark)
        hints.append(tr("→ Choose how the file writes durations like 1.234 above."));
    if (file.needsSubscriber)
        hints.append(tr("→ Declare the subscriber of the records above."));
    if (file.needsPassword)
        hints.append(tr("→ Type the password above, and press Open."));
    if (file.alreadyImported)
        hints.append(tr("→ The case holds this file already, its records and their lines: it need not "
                        "be imported again."));
    return hints;
}

QStringList ImportPreviewRows::problems(const ImportResult &result)
{
    const FileImportResult file = result.files.value(0);
    QStringList problems;
    if (!file.error.isEmpty()) {
        const QStringList hints = hintsFor(file);
        // The core's messages name command-line options: here the hints say where the same
        // choice is made (or, with none, the control is named in their place).
        problems.append(hints.isEmpty() ? OptionWords::withControlNames(file.error) : OptionWords::withoutOptions(file.error));
        problems += hints;
    }
    if (!result.error.isEmpty())
        problems.append(OptionWords::withControlNames(result.error));
    const QString name = PlaceName::shortName(file.path);
    for (const QString &warning : file.warnings)
        problems.append(QStringLiteral("%1: %2").arg(name, OptionWords::withControlNames(warning)));
    if (!file.shiftedSource.isEmpty()) // a zone chosen here may be the slip: say which one the other was read in
        problems.append(tr("→ If this file was written in the zone “%1” was read in, choose %2 above: the records both "
                           "hold are then known as the same.")
                            .arg(file.shiftedSource, file.shiftedSourceZone));
    if (!file.swappedSource.isEmpty()) // so may the day/month order chosen here
        problems.append(file.swappedToOrder == u"dmy"
                            ? tr("→ If this file's dates are written day first, choose day first above: the records it "
                                 "shares with “%1” are then known as the same.").arg(file.swappedSource)
                            : tr("→ If this file's dates are written month first, choose month first above: the records "
                                 "it shares with “%1” are then known as the same.").arg(file.swappedSource));
    for (const RejectedRow &row : file.rejectedRows)
        problems.append(
            QStringLiteral("%1:%2: %3")
                .arg(name, QString::number(row.line), OptionWords::withControlNames(row.reason)));
    if (!file.timestampFormatItMayBe.isEmpty()) // the reasons name the format; say where it is chosen here
        problems.append(tr("→ If the times are %1, choose so under “Times written as” above.")
                            .arg(TimestampParser::formatWords(file.timestampFormatItMayBe)));
    return problems;
}
