// An import's results in words: where a previewed row stands, a day/month order the data
// settled, a worksheet's reason, a delivery that could not be read, a header row that comes again,
// and what became of a previewed row.
#include "importjob.h"

#include "placename.h"
#include "sourcereading.h"

#include <algorithm>

QString FileImportResult::previewPlace(qsizetype i) const
{
    return QStringLiteral("%1:%2").arg(
        PlaceName::within(PlaceName::shortName(path), previewParts.value(i)),
        QString::number(preview.at(i).line));
}

QString OrderSettled::note() const
{
    if (line <= 0)
        return {};
    const QString said = SourceReading::settledOrderText(order, line, text);
    if (part.isEmpty())
        return said;
    return (partIsArray ? ImportJob::tr("the array \"%1\": %2") : ImportJob::tr("the worksheet \"%1\": %2")).arg(part, said);
}

QString FileImportResult::inPart(const QString &reason) const
{
    if (part.isEmpty())
        return reason;
    return (partIsArray ? ImportJob::tr("the array \"%1\": %2") : ImportJob::tr("the worksheet \"%1\": %2")).arg(part, reason);
}

bool ImportResult::allOk() const
{
    return error.isEmpty() && !cancelled
           && std::all_of(files.cbegin(), files.cend(), [](const FileImportResult &f) { return f.ok; });
}

QString ImportJob::unreadDeliveryNote(const QString &name, const QString &reason, const QString &sha256)
{
    if (!sha256.isEmpty())
        return tr("the delivery \"%1\" (its ZIP's SHA-256: %3) cannot be read and was not imported: %2")
            .arg(name, reason, sha256);
    return tr("the delivery \"%1\" cannot be read and was not imported: %2").arg(name, reason);
}

QString ImportJob::joinedReturnsNote(const QList<int> &headerLines)
{
    // A paginated export repeats its header on every page: the first few lines are enough.
    constexpr qsizetype Shown = 5;
    QStringList lines;
    for (qsizetype i = 0; i < qMin(Shown, headerLines.size()); ++i)
        lines.append(QString::number(headerLines.at(i)));
    if (headerLines.size() > Shown)
        lines.append(tr("… %n time(s) in all", nullptr, int(headerLines.size())));
    return tr("The header row comes again further down (line %1), as where returns are joined in one file: a "
              "record repeated from a part before it is one event, linked as a duplicate.")
        .arg(lines.join(QStringLiteral(", ")));
}

QString ImportJob::fateText(const PreviewFate &fate)
{
    switch (fate.kind) {
    case PreviewFate::NewEvent:
        return tr("new event");
    case PreviewFate::Duplicate:
        if (fate.eventId > 0)
            return tr("duplicate of event %1 of the case, line %2 of “%3”")
                .arg(QString::number(fate.eventId), QString::number(fate.eventLine),
                     fate.eventSource);
        if (fate.line > 0 && !fate.file.isEmpty() && !fate.part.isEmpty())
            return tr("duplicate of line %1 of “%2” › %3").arg(fate.line).arg(fate.file, fate.part);
        if (fate.line > 0 && !fate.file.isEmpty())
            return tr("duplicate of line %1 of “%2”").arg(fate.line).arg(fate.file);
        if (fate.line > 0 && !fate.part.isEmpty())
            return tr("duplicate of line %1 of %2").arg(fate.line).arg(fate.part);
        return fate.line > 0 ? tr("duplicate of line %1").arg(fate.line) : tr("duplicate of an earlier record");
    case PreviewFate::CallLeg:
        return fate.line > 0 ? tr("further leg of the call at line %1").arg(fate.line) : tr("further leg of an earlier call");
    }
    return {};
}
