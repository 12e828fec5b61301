// Reading a file's rows: a helper thread reads and checks them a batch ahead while this thread,
// which owns the case's connection, writes (or, in a dry run, previews) the batch before; then
// what reading found further down the file, or the error that ended it. Which files and parts
// are read is in importjob.cpp and importjobtable.cpp.
#include "importjobrunner.h"

#include <future>
#include <memory>

using namespace ImportJobPrivate;

qint64 JobRunner::previewLimit() const
{
    return m_params.dryRun && m_fileIndex >= m_params.readWholeBefore ? qMax(m_params.stopAfterRows, 0) : 0;
}

namespace {

ReadBatch readBatch(TableImporter &importer, int size, std::vector<ReadBatch::Item> &&reuse)
{
    ReadBatch batch;
    batch.items = std::move(reuse);
    batch.items.clear(); // its rows freed here, on the thread that allocated them; its room kept
    batch.items.reserve(size_t(size));
    while (int(batch.items.size()) < size) {
        ReadBatch::Item item{TableImporter::Outcome::End, {}, {}};
        item.outcome = importer.next(&item.event, &item.rejected);
        const bool last = item.outcome == TableImporter::Outcome::End || item.outcome == TableImporter::Outcome::Fatal;
        batch.items.push_back(std::move(item));
        if (last) {
            batch.finished = true;
            break;
        }
    }
    batch.progress = importer.progress();
    return batch;
}

} // namespace

bool JobRunner::readFile(TableImporter &importer, EventWriter *writer, FileImportResult &result, int index)
{
    const qsizetype previewBefore = result.preview.size();
    const BatchEnd end = readAndWrite(importer, writer, result, index);
    markSheetPreviewRows(importer.reader(), previewBefore, result);
    takeLaterFindings(importer, result);
    if (end == BatchEnd::Failed)
        return false;
    if (end == BatchEnd::Fatal) {
        takeFatal(importer, writer, result);
        return false;
    }
    result.ok = true;
    result.timeZone = importer.zoneDescription();
    reportProgress(index, result.path, 1.0, true);
    return !m_cancelled;
}

JobRunner::BatchEnd JobRunner::readAndWrite(TableImporter &importer, EventWriter *writer,
                                            FileImportResult &result, int index)
{
    // Reading and checking (parsing, time zones, handle normalisation) run on a helper thread
    // one batch ahead of this thread, which owns the connection and writes: the two halves of
    // an import take about the same time, and a desktop has more than one core. The importer
    // is touched by one thread at a time: the helper while a batch is read, this thread only
    // once no read is pending.
    const qint64 limit = previewLimit();
    const int batchSize = limit > 0 ? int(qMin<qint64>(limit, 2048)) : 2048;
    // This thread waits while the first batch is read: batches start small and double, so
    // writing begins sooner.
    int nextSize = qMin(batchSize, 256);
    // The helper also frees the batch written before (its rows were allocated on that thread)
    // and reuses its room: a megabyte allocated per batch made glibc sort its free lists each time.
    auto readAhead = [this, &importer, &nextSize, batchSize](ReadBatch &&written) {
        const int size = std::exchange(nextSize, qMin(batchSize, nextSize * 2));
        auto read = std::make_shared<std::packaged_task<ReadBatch()>>(
            [&importer, size, spent = std::move(written)]() mutable {
                return readBatch(importer, size, std::move(spent.items));
            });
        std::future<ReadBatch> batch = read->get_future();
        m_reader.start([read]() { (*read)(); });
        return batch;
    };
    m_outside.reset();
    std::future<ReadBatch> pending = readAhead({});
    ReadBatch written;
    BatchEnd end = BatchEnd::More;
    while (end == BatchEnd::More) {
        ReadBatch batch = pending.get();
        m_outside.catchUp(importer); // no read pending: the returns this batch reached
        if (!batch.finished && (limit == 0 || result.rowsRead + qint64(batch.items.size()) < limit))
            pending = readAhead(std::move(written));
        end = writeBatch(batch, writer, result, index, limit);
        if (m_bulkIndexes)
            m_bulkIndexes->keepUpWithOrder();
        written = std::move(batch);
    }
    if (pending.valid())
        pending.wait(); // a read ahead of a failure or a preview's last row: let it end unused
    return end;
}

void JobRunner::takeLaterFindings(const TableImporter &importer, FileImportResult &result)
{
    // What reading found further down: returns joined into the file, parts of other formats.
    result.laterReturnLines = importer.laterReturnLines();
    result.timestampFormatItMayBe = importer.timestampFormatItMayBe();
    result.decimalMark = importer.decimalMarkRead();
    for (const QString &note : importer.formatChangeNotes())
        result.warnings.append(result.inPart(note));
    for (const QString &note : importer.readingNotes())
        result.warnings.append(result.inPart(note));
    for (const QString &note : importer.layoutNotes())
        result.notes.append(result.inPart(note));
}

void JobRunner::takeFatal(const TableImporter &importer, const EventWriter *writer,
                          FileImportResult &result)
{
    m_partDamage = importer.reader().storedPartDamaged() ? importer.fatalError() : QString();
    result.needsTimeZone = importer.zoneMissing();
    if (const auto words = result.needsTimeZone ? importer.zoneWordsAbove() : std::nullopt) {
        result.zoneWordsLine = words->first;
        result.zoneWordsAbove = words->second;
    }
    result.needsDateOrder = importer.dateOrderMissing();
    result.needsDecimalMark = importer.decimalMarkMissing();
    if (!writer && (result.needsTimeZone || result.needsDateOrder || result.needsDecimalMark)) {
        // The rows read before the one that stopped are among them: shown once, as written, not
        // some as they would be stored beside a choice that may change them.
        result.rowsAsWritten = importer.reader().firstRows(m_params.previewRows);
        result.preview.clear();
        result.previewFates.clear();
        result.previewParts.clear();
    }
    const QString why = result.inPart(importer.fatalError());
    result.error = importer.fatalLine() > 0
                       ? QStringLiteral("%1:%2: %3")
                             .arg(result.path, QString::number(importer.fatalLine()), why)
                       : QStringLiteral("%1: %2").arg(result.path, why);
}

JobRunner::BatchEnd JobRunner::writeBatch(ReadBatch &batch, EventWriter *writer, FileImportResult &result, int index,
                                          qint64 limit)
{
    for (ReadBatch::Item &item : batch.items) {
        if (item.outcome == TableImporter::Outcome::End)
            return BatchEnd::End;
        if (item.outcome == TableImporter::Outcome::Fatal)
            return BatchEnd::Fatal;
        ++result.rowsRead;
        ++m_rows;
        if (!writeOne(item, writer, result))
            return BatchEnd::Failed;
        if (limit > 0 && result.rowsRead >= limit)
            return BatchEnd::End;
        if ((m_rows & 0x3F) == 0 && !reportProgress(index, result.path, batch.progress))
            return BatchEnd::Failed;
    }
    return BatchEnd::More;
}

bool JobRunner::writeOne(ReadBatch::Item &item, EventWriter *writer, FileImportResult &result)
{
    if (item.outcome == TableImporter::Outcome::Rejected) {
        ++result.rejected;
        if (result.rejectedRows.size() < m_params.rejectedRowsKept())
            result.rejectedRows.append({item.rejected.line, result.inPart(item.rejected.reason), item.rejected.raw});
        return !writer || writer->writeRejected(item.rejected);
    }
    m_sample.offer(item.event);
    const PreviewFate fate = writer ? PreviewFate{} : m_preview->fate(item.event);
    if (m_earlierSource != -1 && fate.kind == PreviewFate::NewEvent) // as the import would store it
        m_earlier->add(item.event);
    const auto written = writer ? writer->write(item.event) : outcomeOf(fate);
    if (!writer) // as the writer keeps the span of what it writes
        m_previewSpan = m_previewSpan ? std::pair{std::min(m_previewSpan->first, item.event.utcMs),
                                                  std::max(m_previewSpan->second, item.event.utcMs)}
                                      : std::pair{item.event.utcMs, item.event.utcMs};
    if (written == EventWriter::Outcome::Failed)
        return false;
    m_outside.note(item.event);
    if (written == EventWriter::Outcome::Inserted && m_bulkIndexes)
        m_bulkIndexes->noteTime(item.event.utcMs);
    if (written == EventWriter::Outcome::Inserted)
        result.countAccepted(item.event.evidenceClass);
    else
        ++result.duplicate;
    result.callLegs += written == EventWriter::Outcome::CallLeg ? 1 : 0;
    if (result.preview.size() < m_params.previewRows)
        result.addPreview(std::move(item.event),
                          writer ? fateOf(written) : shownFate(fate, item.event));
    return true;
}

EventWriter::Outcome JobRunner::outcomeOf(const PreviewFate &fate)
{
    return fate.kind == PreviewFate::NewEvent    ? EventWriter::Outcome::Inserted
           : fate.kind == PreviewFate::Duplicate ? EventWriter::Outcome::Duplicate
                                                 : EventWriter::Outcome::CallLeg;
}

PreviewFate JobRunner::shownFate(PreviewFate fate, const EventRecord &event)
{
    m_preview->nameStored(&fate, event.dedupeKey);
    return fate;
}

PreviewFate JobRunner::fateOf(EventWriter::Outcome written)
{
    return {written == EventWriter::Outcome::Inserted    ? PreviewFate::NewEvent
            : written == EventWriter::Outcome::Duplicate ? PreviewFate::Duplicate
                                                         : PreviewFate::CallLeg,
            0,
            {},
            {}};
}
