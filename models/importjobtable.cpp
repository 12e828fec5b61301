// Importing a table file: a CSV or TSV file, or a workbook each of whose worksheets with a
// header row becomes a source of its own (a return past Excel's row limit goes on in a second
// sheet; a return of several logs gives each its sheet). A part read into its source is in
// importjobpart.cpp; reading rows is readFile(), in importjob.cpp.
#include "importjobrunner.h"

#include "handlerulescheck.h"
#include "importfiles.h"
#include "placename.h"
#include "recordedtwice.h"
#include "sqlerrortext.h"
#include "zonerules.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace ImportJobPrivate;

FileImportResult JobRunner::importTable(int index, const QString &path, const QString &readPath,
                                        const FileDigest &digest, const TableImporter::Options &options)
{
    FileImportResult file;
    file.path = path;
    QString error;
    TableImporter::Missing missing;
    std::vector<TableImporter::Opened> parts =
        openParts(index, path, readPath, options, &error, &missing);
    file.needsMapping = missing.header;
    file.needsSubscriber = missing.subscriber;
    file.needsFormat = missing.format;
    file.needsPassword = missing.password;
    startStageAtFileStart(ImportProgress::Stage::Reading);
    if (parts.empty()) {
        refuseUnopened(readPath, error, missing, file);
        return file;
    }
    if (const QString rules = handleRulesWarning();
        !rules.isEmpty()) // its duplicate keys hold normalised handles
        file.warnings.append(rules);
    readParts(index, digest, parts, options, file);
    return file;
}

std::vector<TableImporter::Opened> JobRunner::openParts(int index, const QString &path,
                                                        const QString &readPath,
                                                        const TableImporter::Options &options,
                                                        QString *error,
                                                        TableImporter::Missing *missing)
{
    TableImporter::Options watched = options;
    watched.watch.progress = [this, index, &path](double fraction) {
        m_stage = ImportProgress::Stage::Preparing;
        reportProgress(index, path, fraction);
    };
    watched.passwords = m_params.passwords;
    return TableImporter::openAll(readPath, watched, error, missing);
}

void JobRunner::refuseUnopened(const QString &readPath, QString error,
                               const TableImporter::Missing &missing, FileImportResult &file)
{
    const QString &path = file.path;
    // An archive's JSON or XML that holds no table is left out, as a folder's is (a manifest, the
    // provider's metadata): told by its content, read only now.
    if (const QString why =
            m_params.foundFiles.contains(path) ? ImportFiles::whyNoTable(path, readPath) : QString();
        !why.isEmpty()) {
        file.ok = true;
        file.leftOut = tr("%1: left out: %2").arg(path, why);
        return;
    }
    // A PDF found in a folder that is no table is left out (a letter beside the records); one
    // protected by a password may be the records, and asks for it.
    if (m_params.foundFiles.contains(path) &&
        path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) && !missing.password) {
        file.ok = true; // a letter beside the records, most likely: not what the analyst asked to import
        file.leftOut = tr("%1: left out: %2").arg(path, error);
        return;
    }
    file.error = QStringLiteral("%1: %2").arg(path, error);
    if (!m_params.dryRun || !(file.needsMapping || file.needsSubscriber || file.needsFormat))
        return;
    // The analyst sees what the file shows.
    std::unique_ptr<TableReader> reader = TableReader::open(readPath, &error);
    if (reader &&
        missing.formatPart > 0) { // the worksheet whose header asks, not the cover before it
        reader = reader->openPart(missing.formatPart, &error);
        file.part = reader ? reader->partName() : QString();
        file.partIsArray = reader && reader->partsAreArrays();
    }
    if (reader)
        file.rowsAsWritten = TableReader::readRows(*reader, m_params.previewRows);
}

void JobRunner::readParts(int index, const FileDigest &digest,
                          std::vector<TableImporter::Opened> &parts,
                          const TableImporter::Options &options, FileImportResult &file)
{
    const QString savepoint = QStringLiteral("file_%1").arg(index);
    const qint64 firstKept = m_earlier ? m_earlier->nextSource() : -1; // forgotten with the file if it fails
    if (m_params.dryRun)
        m_preview->startFile(index, PlaceName::shortName(file.path),
                             parts.size() > 1 ? parts.front().reader->partName() : QString());
    else
        execSql(m_case->db(), QStringLiteral("SAVEPOINT ") + savepoint);
    bool ok = true;
    for (size_t i = 0; i < parts.size() && ok && !m_cancelled; ++i) {
        if (i > 0 && m_params.dryRun)
            m_preview->startPart(parts[i].reader->partName());
        file.part = parts.size() > 1 ? parts[i].reader->partName() : QString();
        file.partIsArray = parts[i].reader->partsAreArrays();
        ok = importPart(index, digest, parts[i], options, file);
    }
    ok = nameDamagedParts(file) && ok;
    file.ok = ok && !m_cancelled;
    if (file.ok)
        file.part.clear();
    if (!file.parts.isEmpty())
        file.recognition = recognitionOfParts(file.parts);
    if (m_params.dryRun) {
        if (!file.ok)
            m_preview->forgetFile(); // as an import rolls a failed file back
        if (!file.ok && m_earlier)
            m_earlier->forgetFrom(firstKept);
    } else {
        if (!file.ok) {
            rollBackTo(savepoint);
            forgetKnownHandles(); // its kept parts' handles among them
        }
        execSql(m_case->db(), QStringLiteral("RELEASE ") + savepoint);
    }
}

bool JobRunner::importPart(int index, const FileDigest &digest, TableImporter::Opened &part,
                           TableImporter::Options options, FileImportResult &file)
{
    std::optional<TableImporter::Opened> rereadRounded = readRoundedAsSuch(part, options);
    FileImportResult read = readPart(index, file, digest, rereadRounded ? *rereadRounded->importer : *part.importer, options);
    // A first reading stops where the data must settle how it is written (the day/month order,
    // the durations' decimal mark): each settled, the part is read again, at most once each.
    for (int round = 0; round < 2 && !m_cancelled && settleFromData(read, part, file, options);
         ++round) {
        QString error;
        const auto settled = part.importer->reopen(options, &error);
        if (!settled)
            break;
        read = readPart(index, file, digest, *settled->importer, options);
    }
    if (!read.ok && !m_partDamage.isEmpty() && !file.part.isEmpty() && !m_cancelled) {
        // Its records are rolled back with its savepoint; the other worksheets, stored apart, are
        // whole and read, as a WhatsApp return's whole deliveries are beside a damaged one.
        m_damagedParts.append({read, m_partDamage});
        return true;
    }
    addPart(read, file, m_params.previewRows, m_params.rejectedRowsKept());
    return read.ok;
}

bool JobRunner::nameDamagedParts(FileImportResult &file)
{
    const QList<std::pair<FileImportResult, QString>> damaged = std::exchange(m_damagedParts, {});
    if (damaged.isEmpty() || !file.error.isEmpty())
        return true; // a failure of its own ends the file, which says it
    if (file.parts.isEmpty()) { // nothing read: the file fails as it did before others were read
        file.part = damaged.first().first.part;
        addPart(damaged.first().first, file, m_params.previewRows, m_params.rejectedRowsKept());
        return false;
    }
    for (const auto &[read, why] : damaged) {
        const UnreadPart part{read.part, -1, false, {}, false, {}, why};
        file.warnings.append(TableImporter::unreadPartWarning(part));
        if (m_params.dryRun)
            continue;
        const QByteArray json = QJsonDocument(TableImporter::unreadPartJson(part)).toJson(QJsonDocument::Compact);
        QSqlQuery update(m_case->db());
        update.prepare(QStringLiteral(
            "UPDATE sources SET metadata = json_set(metadata, '$.unread_worksheets', json_insert(coalesce("
            "json_extract(metadata, '$.unread_worksheets'), json('[]')), '$[#]', json(?))) WHERE id = ?"));
        for (const PartImportResult &kept : std::as_const(file.parts)) {
            update.addBindValue(QString::fromUtf8(json));
            update.addBindValue(kept.sourceId);
            if (!update.exec()) {
                file.error = QStringLiteral("%1: %2").arg(file.path, sqlErrorText(update.lastError()));
                return false;
            }
        }
    }
    return true;
}

std::optional<TableImporter::Opened> JobRunner::readRoundedAsSuch(const TableImporter::Opened &part,
                                                                TableImporter::Options &options)
{
    // Times written as a spreadsheet's day counts: read them all first, as a rounded time looks
    // exact on its own line (SerialRounding). Where they show rounding, the part is read so.
    if (!part.importer->readsSpreadsheetDays() || options.serialRounding)
        return std::nullopt;
    QString error;
    const auto probe = part.importer->reopen(options, &error);
    if (!probe)
        return std::nullopt;
    options.serialRounding = SerialRounding::of(probe->importer->remainingTimeTexts());
    return options.serialRounding ? part.importer->reopen(options, &error) : std::nullopt;
}

namespace {

void addDistinct(QString &list, const QString &item, const QString &separator)
{
    if (item.isEmpty() || list.split(separator).contains(item))
        return;
    list += (list.isEmpty() ? QString() : separator) + item;
}

} // namespace

namespace {

void addPartCounts(const FileImportResult &part, FileImportResult &file)
{
    file.rowsRead += part.rowsRead;
    file.accepted += part.accepted;
    addCounts(file.acceptedByClass, part.acceptedByClass);
    file.rejected += part.rejected;
    file.duplicate += part.duplicate;
    file.callLegs += part.callLegs;
    if (file.sourceId < 0)
        file.sourceId = part.sourceId;
}

/// How the part was read: its format, zone, day/month order and time format, and what the
/// analyst may choose for them.
void addPartReading(const FileImportResult &part, FileImportResult &file)
{
    addDistinct(file.format, part.format, QStringLiteral(", "));
    if (part.part.isEmpty())
        file.recognition = part.recognition;
    addDistinct(file.timeZone, part.timeZone, QStringLiteral("; "));
    addDistinct(file.dateOrder, part.dateOrder, QStringLiteral(", "));
    if (file.orderSettled.line == 0) // the first part the data settled, named with its worksheet
        file.orderSettled = part.orderSettled;
    if (file.timestampFormat.isEmpty())
        file.timestampFormat = part.timestampFormat;
    if (file.decimalMark.isEmpty())
        file.decimalMark = part.decimalMark;
    if (file.timestampFormatItMayBe.isEmpty())
        file.timestampFormatItMayBe = part.timestampFormatItMayBe;
    for (const QString &sheet : part.continuableWorksheets) { // as the worksheets not read
        if (!file.continuableWorksheets.contains(sheet))
            file.continuableWorksheets.append(sheet);
    }
    if (file.shiftedSource.isEmpty()) {
        file.shiftedSource = part.shiftedSource;
        file.shiftedSourceZone = part.shiftedSourceZone;
    }
    if (file.swappedSource.isEmpty()) {
        file.swappedSource = part.swappedSource;
        file.swappedToOrder = part.swappedToOrder;
    }
}

void addPartWords(const FileImportResult &part, FileImportResult &file)
{
    for (const QString &warning : part.warnings) { // the worksheets not read: the same for every part
        if (!file.warnings.contains(warning))
            file.warnings.append(warning);
    }
    file.notes += part.notes; // each names its worksheet
    if (part.part.isEmpty())
        file.laterReturnLines += part.laterReturnLines;
    else if (!part.laterReturnLines.isEmpty()) // its lines are its worksheet's
        file.warnings.append(part.inPart(ImportJob::joinedReturnsNote(part.laterReturnLines)));
}

void addPartRows(const FileImportResult &part, FileImportResult &file, int previewRows, int rejectedRows)
{
    for (qsizetype i = 0; i < part.preview.size() && file.preview.size() < previewRows; ++i) {
        file.preview.append(part.preview.at(i));
        file.previewFates.append(part.previewFates.at(i));
        file.previewParts.append(part.part);
    }
    for (qsizetype i = 0; i < part.rejectedRows.size() && file.rejectedRows.size() < rejectedRows; ++i)
        file.rejectedRows.append(part.rejectedRows.at(i));
}

void addPartFailure(const FileImportResult &part, FileImportResult &file)
{
    file.error = part.error;
    file.needsTimeZone = part.needsTimeZone;
    file.zoneWordsLine = part.zoneWordsLine;
    file.zoneWordsAbove = part.zoneWordsAbove;
    file.needsDateOrder = part.needsDateOrder;
    file.needsDecimalMark = part.needsDecimalMark;
    file.rowsAsWritten = part.rowsAsWritten;
}

} // namespace

void JobRunner::addPart(const FileImportResult &part, FileImportResult &file, int previewRows, int rejectedRows)
{
    addPartCounts(part, file);
    addPartReading(part, file);
    addPartWords(part, file);
    addPartRows(part, file, previewRows, rejectedRows);
    if (!part.ok)
        addPartFailure(part, file);
    if (!part.part.isEmpty())
        file.parts.append({part.part, part.sourceId, part.format, part.recognition, part.rowsRead, part.accepted,
                           part.acceptedByClass, part.rejected, part.duplicate, part.dateOrder, part.continues,
                           part.partIsArray});
}

DateOrder JobRunner::settledOrderOf(const FileImportResult &file, const QString &worksheet)
{
    for (const PartImportResult &part : file.parts) {
        if (part.name == worksheet && !part.dateOrder.isEmpty())
            return part.dateOrder == u"dmy" ? DateOrder::DayFirst : DateOrder::MonthFirst;
    }
    return DateOrder::Unknown;
}

void JobRunner::settleDateOrder(TableImporter &probe, TableImporter::Options &options)
{
    QList<int> lines;
    const QStringList texts = probe.remainingTimeTexts(&lines);
    qsizetype settledBy = -1;
    options.dateOrder = TimestampParser::settleDateOrder(texts, &settledBy);
    if (settledBy >= 0) {
        options.dateOrderLine = lines.at(settledBy);
        options.dateOrderText = texts.at(settledBy).trimmed();
    }
}

bool JobRunner::settleFromData(const FileImportResult &read, const TableImporter::Opened &part,
                               const FileImportResult &file, TableImporter::Options &options)
{
    const bool order = read.needsDateOrder && options.dateOrder == DateOrder::Unknown;
    const bool mark = read.needsDecimalMark && options.decimalMark.mark == DecimalMark::Unknown;
    if (!order && !mark)
        return false;
    QString error;
    const auto probe = part.importer->reopen(options, &error);
    if (order) {
        // Dates like 03/04/2016: read the whole part once to see whether it settles the order.
        if (probe)
            settleDateOrder(*probe->importer, options);
        options.dateOrderSource = QStringLiteral("settled from the data");
        if (options.dateOrder == DateOrder::Unknown &&
            !part.importer->continuedWorksheet().isEmpty()) {
            // The rows it goes on from are the same column of the same export: their order is its.
            options.dateOrder = settledOrderOf(file, part.importer->continuedWorksheet());
            options.dateOrderSource =
                QStringLiteral("settled from the data of the worksheet \"%1\"")
                    .arg(part.importer->continuedWorksheet());
        }
        return options.dateOrder != DateOrder::Unknown;
    }
    if (!probe)
        return false;
    // Durations like "1.234": the first written one way only ("12,5") settles the column's mark.
    QList<int> lines;
    const QStringList texts = probe->importer->remainingDurationTexts(&lines);
    qsizetype settledBy = -1;
    const DecimalMark settled = Durations::settleMark(texts, &settledBy);
    if (settled != DecimalMark::Unknown)
        options.decimalMark = {settled, QStringLiteral("settled from the data"),
                               lines.at(settledBy), texts.at(settledBy).trimmed()};
    return settled != DecimalMark::Unknown;
}

QString JobRunner::recognitionOfParts(const QList<PartImportResult> &parts)
{
    // Worksheets recognised alike (records going on in a second sheet) are named together.
    QStringList reasons;
    QList<QStringList> sheets;
    for (const PartImportResult &part : parts) {
        const qsizetype at = reasons.indexOf(part.recognition);
        if (at >= 0) {
            sheets[at].append(QStringLiteral("“%1”").arg(part.name));
        } else {
            reasons.append(part.recognition);
            sheets.append({QStringLiteral("“%1”").arg(part.name)});
        }
    }
    QStringList each;
    const bool arrays = !parts.isEmpty() && parts.first().array;
    for (qsizetype i = 0; i < reasons.size(); ++i)
        each.append((arrays ? tr("%1 (array(s) %2)", nullptr, int(sheets.at(i).size()))
                            : tr("%1 (worksheet(s) %2)", nullptr, int(sheets.at(i).size())))
                        .arg(reasons.at(i), sheets.at(i).join(QStringLiteral(", "))));
    return each.join(QStringLiteral("; "));
}

void JobRunner::markSheetPreviewRows(const TableReader &reader, qsizetype from, FileImportResult &result)
{
    // Asked once reading is over: the reader, a batch ahead on another thread, finds them as it goes.
    const QList<int> hidden = reader.hiddenRows();
    const QList<int> formulas = reader.formulaRows();
    const QList<int> unsaved = reader.formulaRowsWithoutResult();
    const auto among = [](const QList<int> &lines, int line) { return std::binary_search(lines.cbegin(), lines.cend(), line); };
    for (qsizetype i = from; i < result.preview.size(); ++i) {
        const int line = result.preview.at(i).line;
        result.previewFates[i].hiddenInSheet = among(hidden, line);
        result.previewFates[i].formula = among(formulas, line);
        result.previewFates[i].formulaWithoutResult = among(unsaved, line);
    }
}

QJsonObject JobRunner::noteRecordsElsewhere(const TableImporter &importer, qint64 sourceId, FileImportResult &result)
{
    QJsonObject found;
    if (!m_case && !m_earlier) // a dry run into a case not made yet, of one file: nothing to compare with
        return found;
    // Its rows are all read: the bar stood at its end, "about 0 s left", while this took seconds.
    m_stage = ImportProgress::Stage::Comparing;
    reportNewStage();
    const auto readingAgain = qScopeGuard([this]() { m_stage = ImportProgress::Stage::Reading; });
    OtherRecords others(m_case ? m_case->db() : QSqlDatabase(), sourceId, m_earlier ? &*m_earlier : nullptr,
                        m_jobRecords ? &*m_jobRecords : nullptr);
    // As far from each record as either check looks (RecordedTwice the furthest).
    others.readAround(m_sample.probes(), ShiftedRecords::MostShiftMs + RecordedTwice::MostApartMs);
    if (const auto shifted = noteShiftedRecords(importer, others, result))
        found.insert(QStringLiteral("shifted_records"), shifted->toJson());
    if (const auto twice = RecordedTwice::find(others, importer.format().id, m_sample.probes())) {
        result.warnings.append(
            result.inPart(RecordedTwice::warning(*twice, importer.zoneDescription(), importer.zoneDeclared(), m_params.dryRun)));
        found.insert(QStringLiteral("recorded_twice"), twice->toJson());
    }
    return found;
}

namespace {

ShiftedRecords::DateOrderRead dateOrderRead(const TableImporter &importer)
{
    const QJsonObject metadata = importer.metadata();
    return {metadata.value(QStringLiteral("date_order")).toString(), metadata.value(QStringLiteral("date_order_from")).toString()};
}

} // namespace

bool JobRunner::keepsEarlierRecords() const
{
    return m_earlier && m_fileIndex < m_params.files.size() - 1 && previewLimit() == 0;
}

ShiftedRecords::OtherSource JobRunner::describedSource(const TableImporter &importer, const QString &path) const
{
    // As the import's source would have them: its file name, format, zone and dates' order.
    return {m_container ? m_container->placeName : QFileInfo(path).fileName(), importer.format().id, importer.zoneDescription(),
            importer.zoneDeclared(), dateOrderRead(importer), ZoneRules::versionFor(importer.ruledZones())};
}

std::optional<ShiftedRecords::Finding> JobRunner::noteShiftedRecords(const TableImporter &importer, OtherRecords &others,
                                                                     FileImportResult &result)
{
    ShiftedRecords::DateOrderRead dateOrder = dateOrderRead(importer);
    if (!m_sample.datesReadTwoWays()) // an order declared for dates such as 2016-03-04 cannot be a slip
        dateOrder = {};
    auto found = ShiftedRecords::find(others, importer.format().id, m_sample.probes(), dateOrder);
    if (!found)
        return found;
    found->zoneRules = ZoneRules::versionFor(importer.ruledZones());
    result.warnings.append(
        result.inPart(ShiftedRecords::warning(*found, importer.zoneDescription(), importer.zoneDeclared(), m_params.dryRun)));
    if (found->datesSwapped) { // the order declared here may be the slip: the dialog offers the other
        if (dateOrder.declared()) {
            result.swappedSource = found->sourceName;
            result.swappedToOrder = dateOrder.order == u"dmy" ? QStringLiteral("mdy") : QStringLiteral("dmy");
        }
        return found;
    }
    // The other's zone may be chosen for this file in its place (not "stated in records"), unless
    // it is this one's already: then the provider wrote one of the two in another zone than said.
    if (importer.zoneDeclared() && found->sourceZone != importer.zoneDescription()
        && TimestampParser::zoneFromDeclaration(found->sourceZone)) {
        result.shiftedSource = found->sourceName;
        result.shiftedSourceZone = found->sourceZone;
    }
    return found;
}

QString JobRunner::handleRulesWarning()
{
    if (!m_handleRulesWarning) // once a job: it reads every spelling of a case an earlier version imported into
        m_handleRulesWarning = m_case ? HandleRulesCheck::warning(HandleRulesCheck::changedSpellings(m_case->db(), m_case->region()))
                                      : QString();
    return *m_handleRulesWarning;
}
