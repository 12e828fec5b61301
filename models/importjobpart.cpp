// Reading one part of a table file (the whole table, or one worksheet) into a source of its
// own, in a savepoint of its own, or previewing it in a dry run. Which parts a file has, and how
// their results add up to the file's, is in importjobtable.cpp.
#include "importjobrunner.h"
#include "returnspans.h"
#include "statedperiod.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace ImportJobPrivate;

EventWriter::KnownHandles JobRunner::takeKnownHandles()
{
    EventWriter::KnownHandles known = std::exchange(m_knownHandles, {});
    // A spelling's handle as an earlier file read it is this file's only in the same region.
    if (known.region != m_numberRegion) {
        known.idBySpelling.clear();
        known.idBySpellingNumber.clear();
    }
    return known;
}

FileImportResult JobRunner::readPart(int index, const FileImportResult &file, const FileDigest &digest,
                                     TableImporter &importer, const TableImporter::Options &options)
{
    FileImportResult result = partResult(file, importer, options);
    m_partDamage.clear();
    m_sample = {};
    if (m_params.dryRun) {
        previewPart(index, importer, result);
        return result;
    }
    // Its own savepoint: a part whose day/month order is settled after a first reading is read
    // again.
    const QString savepoint =
        QStringLiteral("file_%1_part_%2").arg(index).arg(importer.reader().partIndex());
    execSql(m_case->db(), QStringLiteral("SAVEPOINT ") + savepoint);
    QString error;
    const auto sourceId = insertSource(sourceOf(file, digest, importer), &error);
    PartWritten written;
    if (sourceId) {
        result.sourceId = *sourceId;
        written = writePart(index, importer, *sourceId, result);
    } else {
        result.error = tr("%1: cannot record the source: %2").arg(file.path, error);
    }
    if (!written.ok || m_cancelled) {
        rollBackTo(savepoint);
        forgetKnownHandles();
        result.ok = false;
    } else {
        keepPartWritten(std::move(written), index + 1 >= m_params.files.size());
    }
    execSql(m_case->db(), QStringLiteral("RELEASE ") + savepoint);
    result.timeZone = importer.zoneDescription();
    return result;
}

FileImportResult JobRunner::partResult(const FileImportResult &file, const TableImporter &importer,
                                       const TableImporter::Options &options) const
{
    FileImportResult result;
    result.path = file.path;
    result.part = file.part;
    result.partIsArray = file.partIsArray;
    result.format = importer.format().id;
    result.continues = importer.continuedWorksheet();
    result.recognition = file.part.isEmpty() ? importer.recognition() : importer.recognitionInPart();
    result.warnings = importer.warnings();
    if (m_container) // what taking the table out of its container left out, first (the audit log has it)
        result.warnings = m_container->warnings + result.warnings;
    result.continuableWorksheets = importer.continuableWorksheets();
    result.timestampFormat = options.timestampFormat;
    if (const DateOrder order = options.dateOrder != DateOrder::Unknown ? options.dateOrder : importer.headerDateOrder();
        order != DateOrder::Unknown)
        result.dateOrder = order == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy");
    if (options.dateOrderLine > 0)
        result.orderSettled = {result.dateOrder, options.dateOrderLine, options.dateOrderText, file.part, file.partIsArray};
    return result;
}

void JobRunner::warnOutsideStatedPeriod(const QJsonObject &metadata,
                                        const std::optional<std::pair<qint64, qint64>> &records,
                                        FileImportResult &result)
{
    if (records)
        result.warnings += StatedPeriod::outsideWarnings(metadata, result.timeZone, *records);
    result.warnings += StatedPeriod::notReadWarnings(metadata);
}

void JobRunner::previewPart(int index, TableImporter &importer, FileImportResult &result)
{
    m_previewSpan.reset();
    m_earlierSource = keepsEarlierRecords() ? m_earlier->startSource() : -1;
    if (!readFile(importer, nullptr, result, index)) {
        m_preview->forgetPart(); // it may be read again, its order settled
        if (m_earlierSource != -1)
            m_earlier->forgetFrom(m_earlierSource);
    } else {
        noteRecordsElsewhere(importer, m_earlierSource, result);
        QJsonObject metadata = sourceMetadata(importer);
        m_outside.addTo(&metadata);
        warnOutsideStatedPeriod(metadata, m_previewSpan, result);
        if (m_earlierSource != -1)
            m_earlier->describe(m_earlierSource, describedSource(importer, result.path));
    }
    m_earlierSource = -1;
}

SourceInfo JobRunner::sourceOf(const FileImportResult &file, const FileDigest &digest,
                               const TableImporter &importer) const
{
    const QFileInfo info(file.path);
    return {m_container ? m_container->placeName : info.fileName(),
            m_container ? m_container->path : info.absoluteFilePath(),
            digest.size,
            digest.sha256,
            importer.format().id,
            importer.zoneDescription(),
            importer.zoneDeclared(),
            sourceMetadata(importer),
            m_container ? m_container->path : QString(),
            m_container ? m_container->sha256 : QString(),
            file.part};
}

JobRunner::PartWritten JobRunner::writePart(int index, TableImporter &importer, qint64 sourceId,
                                            FileImportResult &result)
{
    StoredDedupeKeys *storedMeanwhile = m_bulkIndexes ? m_bulkIndexes->storedMeanwhile() : nullptr;
    EventWriter writer(m_case->db(), sourceId,
                       m_bulkIndexes ? m_bulkIndexes->earlierSourcesUpTo() : std::nullopt,
                       storedMeanwhile);
    writer.startFrom(takeKnownHandles(), m_spellings.get());
    // The job's last file keeps no keys: only a further part of its own could look them up.
    if (index + 1 >= m_params.files.size())
        writer.keepNoNewKeys();
    QString error;
    bool ok = (!storedMeanwhile || storedMeanwhile->readLeftInCase(m_case->db(), &error)) &&
              writer.prepare() && readFile(importer, &writer, result, index) && writer.finish();
    PartWritten written;
    written.handles = writer.takeKnownHandles();
    written.handles.region = m_numberRegion;
    written.newKeys = writer.takeNewKeys();
    written.firstId = writer.firstId();
    QJsonObject elsewhere = ok ? noteRecordsElsewhere(importer, sourceId, result) : QJsonObject();
    m_outside.addTo(&elsewhere);
    ok = ok && addReturnsRecords(importer, sourceId, &elsewhere, &error);
    written.ok = ok && updateGrownMetadata(importer, sourceId, elsewhere, &error) &&
                 finishSource(sourceId, result, writer.recordsSpan(), &error);
    if (written.ok) { // each return joined in the file against its own period, where measured
        QJsonObject metadata = sourceMetadata(importer);
        for (const QString &key :
             {QStringLiteral("returns_records"), QStringLiteral("outside_stated_period")})
            metadata.insert(key, elsewhere.value(key));
        warnOutsideStatedPeriod(metadata, writer.recordsSpan(), result);
    }
    if (!written.ok && result.error.isEmpty())
        result.error =
            QStringLiteral("%1: %2").arg(result.path, error.isEmpty() ? writer.lastError() : error);
    return written;
}

bool JobRunner::addReturnsRecords(const TableImporter &importer, qint64 sourceId,
                                  QJsonObject *metadata, QString *error)
{
    if (!importer.hasLaterParts())
        return true;
    // Each return's records: the time between two returns joined in the file is covered by
    // neither (SourcePeriods).
    const auto spans =
        ReturnSpans::measure(m_case->db(), sourceId, sourceMetadata(importer), error);
    if (spans && !spans->isEmpty())
        metadata->insert(QStringLiteral("returns_records"), *spans);
    return spans.has_value();
}

bool JobRunner::updateGrownMetadata(const TableImporter &importer, qint64 sourceId,
                                    const QJsonObject &elsewhere, QString *error)
{
    // Returns joined later into the file, or its end without a line end, are known once it is
    // read: they go with the source, as its records found in other sources do.
    if (!importer.metadataGrewWhileReading() && elsewhere.isEmpty())
        return true;
    QJsonObject metadata = sourceMetadata(importer);
    for (auto it = elsewhere.begin(); it != elsewhere.end(); ++it)
        metadata.insert(it.key(), it.value());
    return updateMetadata(sourceId, metadata, error);
}

void JobRunner::keepPartWritten(PartWritten written, bool lastFile)
{
    // The file's next part goes on from its handles, and the next file (forgotten if a later
    // part fails the file).
    m_knownHandles = std::move(written.handles);
    StoredDedupeKeys *storedMeanwhile = m_bulkIndexes ? m_bulkIndexes->storedMeanwhile() : nullptr;
    if (storedMeanwhile && lastFile)
        storedMeanwhile->leftInCase(written.firstId);
    else if (storedMeanwhile) // forgotten again if a later part fails the file
        storedMeanwhile->add(std::move(written.newKeys));
}

void JobRunner::rollBackTo(const QString &savepoint)
{
    execSql(m_case->db(), QStringLiteral("ROLLBACK TO ") + savepoint);
    // What a bulk import keeps in memory of the rows stored goes back with them: their ids are
    // given again, to other rows.
    StoredDedupeKeys *keys = m_bulkIndexes ? m_bulkIndexes->storedMeanwhile() : nullptr;
    if (!keys && !m_jobRecords)
        return;
    QSqlQuery last(m_case->db());
    const bool known = last.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM events),"
                                                " (SELECT coalesce(max(id), 0) FROM sources)"))
                       && last.next();
    if (keys && known) // else left: a key is checked against the event that has its id now
        keys->forgetAbove(last.value(0).toLongLong());
    if (m_jobRecords && known)
        m_jobRecords->forgetAbove(last.value(0).toLongLong(), last.value(1).toLongLong());
    else
        m_jobRecords.reset(); // what it holds is no longer known: the case is read instead
}
