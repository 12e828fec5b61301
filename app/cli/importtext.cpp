// The import's words on the terminal: each file's figures, what it waits for, its first rows as
// written, its warnings and rejected rows. `--json` says the same in ImportJson.
#include "importtext.h"

#include "clisupport.h"
#include "ipaddressflags.h"
#include "placename.h"
#include "sourcereading.h"
#include "timeformat.h"

namespace {

using namespace CliSupport;

void printColumnNumbers(const QList<TableRow> &rows);

/// A dry run of a file waiting for the analyst's choice: its first rows as written.
void printRowsAsWritten(const FileImportResult &file)
{
    if (file.rowsAsWritten.isEmpty())
        return;
    out() << QStringLiteral("  ")
          << (file.needsTimeZone && file.needsDateOrder
                  ? Cli::tr("the first rows as written (no row can be shown as stored until --timezone and --date-order are given):")
              : file.needsTimeZone    ? Cli::tr("the first rows as written (no row can be shown as stored until --timezone is given):")
              : file.needsMapping ? Cli::tr("the first rows as written (no row can be shown as stored until --profile is given):")
              : file.needsFormat ? Cli::tr("the first rows as written (no row can be shown as stored until --format or --profile is given):")
              : file.needsSubscriber ? Cli::tr("the first rows as written (no row can be shown as stored until --subscriber is given):")
              : file.needsDecimalMark ? Cli::tr("the first rows as written (no row can be shown as stored until --decimal-mark is given):")
                                  : Cli::tr("the first rows as written (no row can be shown as stored until --date-order is given):"))
          << Qt::endl;
    const QString name = PlaceName::within(PlaceName::shortName(file.path), file.part);
    for (const TableRow &row : file.rowsAsWritten)
        out() << QStringLiteral("  %1:%2  %3").arg(name, QString::number(row.line), row.raw)
              << Qt::endl;
    if (file.needsMapping) // a leaked sample, or an export whose layout came on paper
        printColumnNumbers(file.rowsAsWritten);
}

/// For mapping a file without a header row: the columns of its fullest row, numbered.
void printColumnNumbers(const QList<TableRow> &rows)
{
    const auto fullest = std::max_element(rows.cbegin(), rows.cend(), [](const TableRow &a, const TableRow &b) {
        return a.filledCount() < b.filledCount();
    });
    out() << QStringLiteral("  ")
          << Cli::tr("a file without a header row is mapped by column number, from 1: \"columns\": "
                     "{\"timestamp\": 2, \"initiator\": 3, …}")
          << Qt::endl;
    if (fullest == rows.cend())
        return;
    QStringList numbered;
    for (qsizetype i = 0; i < fullest->cells.size(); ++i)
        numbered.append(QStringLiteral("%1 = \"%2\"").arg(i + 1).arg(fullest->cells.at(i)));
    out() << QStringLiteral("  ") << Cli::tr("the columns of line %1: %2").arg(fullest->line).arg(numbered.join(u", "_qs))
          << Qt::endl;
}

/// A workbook whose worksheets became sources of their own: each with its figures.
void printParts(const FileImportResult &file, bool dryRun)
{
    for (const PartImportResult &part : file.parts) {
        QString source = dryRun ? QString() : Cli::tr(", source #%1").arg(part.sourceId);
        if (!part.continues.isEmpty())
            source += Cli::tr(", no header row: going on from \"%1\"").arg(part.continues);
        out()
            << QStringLiteral("  ")
            << Cli::tr(
                   "worksheet \"%1\" (%2%3): %4 read, %5 accepted (%6), %7 rejected, %8 duplicate")
                   .arg(part.name, part.format, source, QString::number(part.rowsRead),
                        QString::number(part.accepted), classCountsText(part.acceptedByClass),
                        QString::number(part.rejected), QString::number(part.duplicate))
            << Qt::endl;
    }
}

/// Why the file was not imported, and what the analyst can give for it to be.
void printFailure(const FileImportResult &file)
{
    err() << file.error << Qt::endl;
    if (!file.zoneWordsAbove.isEmpty())
        err() << QStringLiteral("  ")
              << Cli::tr("line %1, above the header, reads \"%2\": if it names the records' zone, "
                         "declare that one "
                         "(--timezone)")
                     .arg(file.zoneWordsLine)
                     .arg(file.zoneWordsAbove)
              << Qt::endl;
    if (file.needsPassword)
        err() << QStringLiteral("  ")
              << Cli::tr("give the password with --password-file FILE (a password a line, each "
                         "tried in turn)")
              << Qt::endl;
}

/// The file's counts, how it was recognised and read, its notes and its parts.
void printImported(const FileImportResult &file, bool dryRun)
{
    QString notes = dryRun ? Cli::tr(" [dry run: nothing written]") : QString();
    if (file.callLegs > 0)
        notes.prepend(
            Cli::tr("; %1 of the duplicates are further legs of a call").arg(file.callLegs));
    if (!file.dateOrder.isEmpty())
        notes.prepend(
            Cli::tr("; dates read %1")
                .arg(file.dateOrder == u"dmy" ? Cli::tr("day first") : Cli::tr("month first")));
    out() << Cli::tr("%1: %2 accepted, %3 rejected, %4 duplicate (%5; zone %6)%7")
                 .arg(file.path, QString::number(file.accepted), QString::number(file.rejected),
                      QString::number(file.duplicate), file.format, file.timeZone, notes)
          << Qt::endl;
    out() << QStringLiteral("  ") << Cli::tr("recognised as %1").arg(file.recognition) << Qt::endl;
    if (const QString settled = file.orderSettled.note(); !settled.isEmpty())
        out() << QStringLiteral("  ") << settled << Qt::endl;
    if (!file.numberRegion.isEmpty())
        out() << QStringLiteral("  ") << SourceReading::numberRegionText(file.numberRegion)
              << Qt::endl;
    out() << QStringLiteral("  ")
          << Cli::tr("accepted by class: %1").arg(classCountsText(file.acceptedByClass))
          << Qt::endl;
    printLookupCaveat(file.acceptedByClass[size_t(EvidenceClass::Lookup)], QStringLiteral("  "));
    if (!file.laterReturnLines.isEmpty())
        out() << QStringLiteral("  ") << ImportJob::joinedReturnsNote(file.laterReturnLines)
              << Qt::endl;
    for (const QString &note : file.notes)
        out() << QStringLiteral("  ") << note << Qt::endl;
    printParts(file, dryRun);
}

/// On standard error: the warnings, the worksheets --continued-worksheets would read and the rows
/// rejected.
void printDoubts(const FileImportResult &file)
{
    for (const QString &warning : file.warnings)
        err() << QStringLiteral("%1: %2").arg(file.path, warning) << Qt::endl;
    if (!file.continuableWorksheets.isEmpty()) {
        QStringList sheets;
        for (const QString &sheet : file.continuableWorksheets)
            sheets.append(QStringLiteral("\"%1\"").arg(sheet));
        err() << QStringLiteral("%1: ").arg(file.path)
              << Cli::tr("--continued-worksheets reads %1 as going on from the records before it", nullptr, int(sheets.size()))
                     .arg(sheets.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    for (const RejectedRow &row : file.rejectedRows)
        err() << QStringLiteral("%1:%2: %3").arg(file.path, QString::number(row.line), row.reason)
              << Qt::endl;
    if (file.rejected > file.rejectedRows.size())
        err() << Cli::tr("%1: %n more rejected row(s) are listed by \"lookuplens-cli rejected\"", nullptr,
                         int(file.rejected - file.rejectedRows.size()))
                     .arg(file.path)
              << Qt::endl;
}

/// A dry run's first rows as they would be stored, each with its fate where it is no new event.
void printPreview(const FileImportResult &file)
{
    for (qsizetype i = 0; i < file.preview.size(); ++i) {
        const EventRecord &e = file.preview.at(i);
        const PreviewFate fate = file.previewFates.value(i);
        QString note = fate.kind == PreviewFate::NewEvent ? QString() : QStringLiteral("  (%1)").arg(ImportJob::fateText(fate));
        if (const QString twice = e.extra.value(QStringLiteral("time_ambiguity")).toString(); !twice.isEmpty())
            note += QStringLiteral("  (%1)").arg(twice); // a time of the hour daylight saving repeats
        out() << QStringLiteral("  %1  %2/%3  %4 (%5: \"%6\")  %7 -> %8  ip %9%10")
                     .arg(file.previewPlace(i), evidenceClassKey(e.evidenceClass), e.subtype,
                          TimeFormat::isoUtc(e.utcMs), e.timeZone, e.timeRaw,
                          e.initiator.normalized,
                          e.evidenceClass == EvidenceClass::Connection ? QString()
                                                                       : e.counterpart.normalized,
                          e.clientIp.isEmpty() ? QStringLiteral("-")
                                               : IpAddressFlags::shownWithWriting(e.clientIp),
                          note)
              << Qt::endl;
    }
}

} // namespace

void ImportText::printFileResult(const FileImportResult &file, bool dryRun)
{
    if (!file.ok)
        printFailure(file);
    else if (!file.leftOut.isEmpty())
        err() << file.leftOut << Qt::endl;
    else
        printImported(file, dryRun);
    printDoubts(file);
    if (dryRun) {
        printPreview(file);
        printRowsAsWritten(file);
    }
}
