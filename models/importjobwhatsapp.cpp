#include "importjobrunner.h"
#include "placename.h"
#include "returnpagenotes.h"
#include "returnzip.h"
#include "sha.h"
#include "sourcenotetext.h"
#include "sqlerrortext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace ImportJobPrivate;

FileImportResult JobRunner::importWhatsApp(int index, const QString &path, const FileDigest &digest)
{
    FileImportResult result;
    result.path = path;
    result.format = QStringLiteral("whatsapp");
    QString error;
    // Its pages are checked whole before the first is read: how far, told, and a cancel heard.
    const WhatsAppReturnContents contents =
        WhatsAppContainer::documents(path, m_params.passwords, [this, index, &path](double fraction) {
            m_stage = ImportProgress::Stage::Checking;
            return reportProgress(index, path, fraction);
        });
    m_stage = ImportProgress::Stage::Reading;
    const QList<ContainerDocument> &documents = contents.documents;
    if (documents.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(path, contents.error);
        result.needsPassword = contents.needsPassword;
        return result;
    }
    if (!contents.damage.isWhole())
        result.warnings.append(contents.damage.text());
    // A delivery damaged as it was packed into the return (which is whole), or whose page cannot
    // be read to its end, is named, on every source of the return too; the others are read.
    QJsonArray unread;
    for (const ContainerDocument &document : documents) {
        if (!document.unreadable.isEmpty())
            noteUnreadDelivery(document, document.unreadable, unread, result);
    }
    const qsizetype pages = documents.size() - unread.size();
    result.recognition = tr("WhatsApp pen-register return: %n records page(s) (%1)", nullptr, int(pages))
                             .arg(documents.constFirst().name);
    if (m_params.dryRun)
        m_preview->startFile(index, PlaceName::shortName(path));
    const QString savepoint = QStringLiteral("file_%1").arg(index);
    if (!m_params.dryRun)
        execSql(m_case->db(), QStringLiteral("SAVEPOINT ") + savepoint);
    QList<qint64> sources;
    ReturnZip zip(path);
    ReturnPageNotes said;
    bool ok = readDeliveries(
        index, documents, {path, digest, &sources, contents.damage, &zip, &said}, unread, result);
    result.notes.append(said.notes());
    result.warnings.append(said.warnings());
    if (ok && !unread.isEmpty() && !m_params.dryRun && !nameUnreadDeliveries(sources, unread, &error)) {
        result.error = QStringLiteral("%1: %2").arg(path, error);
        ok = false;
    }
    result.ok = ok && !m_cancelled;
    result.timeZone = QStringLiteral("stated in records");
    if (m_params.dryRun && !result.ok)
        m_preview->forgetFile();
    if (!m_params.dryRun) {
        if (!result.ok)
            execSql(m_case->db(), QStringLiteral("ROLLBACK TO ") + savepoint);
        execSql(m_case->db(), QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

bool JobRunner::readDeliveries(int index, const QList<ContainerDocument> &documents, const WhatsAppReturn &from,
                               QJsonArray &unread, FileImportResult &result)
{
    const WhatsAppParser parser(m_numberRegion);
    const qsizetype pages = documents.size() - unread.size();
    int written = 0;
    for (int i = 0; i < documents.size() && !m_cancelled; ++i) {
        const ContainerDocument &document = documents.at(i);
        if (!document.unreadable.isEmpty())
            continue;
        // A page of 200,000 messages takes seconds to read: how far it has got is told.
        const auto share = [&, i](double done) {
            return reportProgress(index, from.path, (double(i) + done) / double(documents.size()));
        };
        QString error;
        const PageEnd end = readWhatsAppPage(parser, document, from, result, share, &error);
        if (end == PageEnd::Failed)
            return false;
        if (end == PageEnd::Unread && pages == 1) { // the return's one page: the return cannot be read
            result.error = QStringLiteral("%1: %2: %3").arg(from.path, document.name, error);
            return false;
        }
        if (end == PageEnd::Unread) {
            noteUnreadDelivery(document, error, unread, result);
            continue;
        }
        if (!share(1.0))
            return false;
        ++written;
        if (previewRowsRead(result.rowsRead))
            break; // a preview's rows all read: the pages after them are not
    }
    if (written == 0 && !m_cancelled) { // the warnings say why
        result.error = QStringLiteral("%1: %2").arg(from.path, tr("no delivery of the return can be read"));
        return false;
    }
    return true;
}

void JobRunner::noteUnreadDelivery(const ContainerDocument &document, const QString &reason, QJsonArray &unread,
                                   FileImportResult &result)
{
    QJsonObject delivery{{QStringLiteral("name"), document.name}, {QStringLiteral("reason"), reason}};
    if (!document.innerZip.isEmpty()) // its ZIP whole in the return: its hash, to match the provider's list
        delivery.insert(QStringLiteral("inner_zip"), document.innerZip);
    unread.append(delivery);
    result.warnings.append(ImportJob::unreadDeliveryNote(document.name, reason, document.innerZip.value(u"sha256").toString()));
}

bool JobRunner::nameUnreadDeliveries(const QList<qint64> &sources, const QJsonArray &unread, QString *error)
{
    // Known only once every page was parsed: the sources written before are told too.
    QSqlQuery query(m_case->db());
    query.prepare(QStringLiteral("UPDATE sources SET metadata = json_set(metadata, '$.unread_deliveries', json(?))"
                                 " WHERE id = ?"));
    for (const qint64 id : sources) {
        query.addBindValue(QString::fromUtf8(QJsonDocument(unread).toJson(QJsonDocument::Compact)));
        query.addBindValue(id);
        if (!query.exec()) {
            *error = sqlErrorText(query.lastError());
            return false;
        }
    }
    return true;
}

JobRunner::PageEnd JobRunner::readWhatsAppPage(const WhatsAppParser &parser, const ContainerDocument &document,
                                              const WhatsAppReturn &from, FileImportResult &total,
                                              const std::function<bool(double)> &progress, QString *unreadable)
{
    // Each record is stored as it is read: a delivery of a million messages is never held
    // whole. A page then found not to be read to its end is let go, as if never read.
    WhatsAppDocument read;
    WhatsAppPage page{document, from, total, read};
    const qsizetype previews = total.preview.size();
    const qsizetype rejectedShown = total.rejectedRows.size();
    const qsizetype sources = from.sources->size();
    if (!m_params.dryRun)
        execSql(m_case->db(), QStringLiteral("SAVEPOINT whatsapp_page"));
    else
        m_preview->startPart(page.inner());
    const WhatsAppParser::Sink sink{[this, &page](const EventRecord &e) { return storePageEvent(page, e); },
                                    [this, &page](const RejectedRow &row) { return storePageRejected(page, row); }};
    readPage(parser, page, sink, progress);
    // A preview stops at its first rows: the page stands as read so far, as a table's does.
    const bool previewEnd = read.stopped && previewRowsRead(page);
    if (!page.error.isEmpty() || (read.stopped && read.error.isEmpty() && !previewEnd)) {
        if (!page.error.isEmpty())
            total.error = QStringLiteral("%1: %2").arg(from.path, page.error);
        return PageEnd::Failed; // the file's savepoint is rolled back
    }
    if (read.error.isEmpty())
        return finishPage(page) ? PageEnd::Stored : PageEnd::Failed;
    *unreadable = read.error;
    m_rows -= page.counts.accepted + page.counts.duplicate + page.counts.rejected;
    total.preview.resize(previews);
    total.previewFates.resize(previews);
    total.previewParts.resize(previews);
    total.rejectedRows.resize(rejectedShown);
    from.sources->resize(sources);
    if (m_params.dryRun) {
        m_preview->forgetPart();
    } else {
        execSql(m_case->db(), QStringLiteral("ROLLBACK TO whatsapp_page"));
        execSql(m_case->db(), QStringLiteral("RELEASE whatsapp_page"));
    }
    return PageEnd::Unread;
}

void JobRunner::readPage(const WhatsAppParser &parser, WhatsAppPage &page, const WhatsAppParser::Sink &sink,
                         const std::function<bool(double)> &progress)
{
    // Where the page is: held, the file itself, or inside the return's ZIP, read as it is parsed.
    const ContainerDocument &document = page.document;
    WhatsAppDocument &read = page.read;
    if (!document.entries.isEmpty()) {
        const auto zipped = ZippedPage::open(*page.from.zip, document, &page.error);
        if (!zipped)
            return;
        parser.read(zipped->device(), document.size, &read, sink, progress);
        if (page.error.isEmpty() && !read.stopped && read.error.isEmpty())
            page.error = zipped->close(); // changed since it was checked: not the page checked
        return;
    }
    if (document.file.isEmpty()) {
        parser.read(document.bytes, &read, sink, progress);
        return;
    }
    QFile file(document.file);
    if (!file.open(QIODevice::ReadOnly)) {
        page.error = tr("cannot open for reading: %1").arg(file.errorString());
        return;
    }
    parser.read(file, file.size(), &read, sink, progress);
}

QString JobRunner::WhatsAppPage::inner() const
{
    // The page within the container ("delivery-2.zip › records.html"), naming where a
    // preview row or a line is: every delivery's page has its own line 12.
    const QString outer = QFileInfo(from.path).fileName() + PlaceName::Separator;
    return document.name.startsWith(outer) ? document.name.mid(outer.size()) : QString();
}

QJsonObject JobRunner::pageMetadata(const WhatsAppPage &page) const
{
    QJsonObject metadata;
    TableImporter::addTextReading(page.read.reading, &metadata);
    metadata.insert(QStringLiteral("request_parameters"), page.read.requestParameters);
    if (!page.read.requestParametersRepeated.isEmpty())
        metadata.insert(QStringLiteral("request_parameters_repeated"),
                        page.read.requestParametersRepeated);
    metadata.insert(QStringLiteral("account_identifier"), page.read.account);
    page.read.straySpellings.addTo(&metadata);
    page.read.withheld.addTo(&metadata);
    page.read.masked.addTo(&metadata);
    page.read.dateRange.addTo(&metadata);
    page.read.calls.addTo(&metadata);
    metadata.insert(QStringLiteral("zone_rules"), page.read.zonesRead.metadata());
    if (!page.inner().isEmpty())
        metadata.insert(QStringLiteral("container"), QFileInfo(page.from.path).absoluteFilePath());
    if (!page.from.damage.isWhole())
        metadata.insert(QStringLiteral("container_damage"), page.from.damage.toJson());
    if (!page.document.innerZip.isEmpty())
        metadata.insert(QStringLiteral("inner_zip"), page.document.innerZip);
    if (!page.document.encryption.isEmpty()) // decrypted with the password given, which is kept nowhere
        metadata.insert(QStringLiteral("zip_entry_encryption"), page.document.encryption);
    return metadata;
}

bool JobRunner::startPageSource(WhatsAppPage &page)
{
    if (m_params.dryRun || page.sourceId)
        return true;
    // A bare records.html is the file itself, inside nothing: no container to name or hash.
    const QString path = page.from.path;
    const QString container = page.inner().isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    page.metadata = pageMetadata(page);
    // A page not held was hashed as it was checked in its ZIP; a bare records.html is the file
    // hashed before its import began.
    const ContainerDocument &document = page.document;
    const bool bare = !document.file.isEmpty();
    const bool held = !bare && document.entries.isEmpty();
    const SourceInfo source{document.name, QFileInfo(path).absoluteFilePath(),
                            held ? document.bytes.size() : bare ? page.from.digest.size : document.size,
                            held   ? QString::fromLatin1(Sha::sha256(document.bytes).toHex())
                            : bare ? page.from.digest.sha256
                                   : document.sha256,
                            QStringLiteral("whatsapp"), QStringLiteral("stated in records"), false, page.metadata,
                            container, container.isEmpty() ? QString() : page.from.digest.sha256, {}};
    QString error;
    page.sourceId = insertSource(source, &error);
    if (!page.sourceId) {
        page.error = tr("cannot record the source: %1").arg(error);
        return false;
    }
    page.from.sources->append(*page.sourceId);
    page.writer.emplace(m_case->db(), *page.sourceId);
    if (!page.writer->prepare()) {
        page.error = page.writer->lastError();
        return false;
    }
    return true;
}

bool JobRunner::storePageRejected(WhatsAppPage &page, const RejectedRow &row)
{
    if (!startPageSource(page))
        return false;
    ++page.counts.rejected;
    ++m_rows;
    // Named by its page within the return, as the page's notes are: a bare page is the file named.
    const QString inner = page.inner();
    if (page.total.rejectedRows.size() < m_params.rejectedRowsKept())
        page.total.rejectedRows.append(
            {row.line, inner.isEmpty() ? row.reason : QStringLiteral("%1: %2").arg(inner, row.reason), row.raw});
    if (page.writer && !page.writer->writeRejected(row)) {
        page.error = page.writer->lastError();
        return false;
    }
    return !previewRowsRead(page);
}

bool JobRunner::previewRowsRead(qint64 rowsRead) const
{
    return previewLimit() > 0 && rowsRead >= previewLimit();
}

bool JobRunner::previewRowsRead(const WhatsAppPage &page) const
{
    const FileImportResult &own = page.counts;
    return previewRowsRead(page.total.rowsRead + own.accepted + own.duplicate + own.rejected);
}

bool JobRunner::storePageEvent(WhatsAppPage &page, const EventRecord &event)
{
    if (!startPageSource(page))
        return false;
    ++m_rows;
    const PreviewFate fate = page.writer ? PreviewFate{} : m_preview->fate(event);
    const auto written = page.writer ? page.writer->write(event) : outcomeOf(fate);
    if (written == EventWriter::Outcome::Failed) {
        page.error = page.writer->lastError();
        return false;
    }
    if (written == EventWriter::Outcome::Inserted && m_bulkIndexes)
        m_bulkIndexes->noteTime(event.utcMs);
    if (written == EventWriter::Outcome::Inserted)
        page.counts.countAccepted(event.evidenceClass);
    else
        ++page.counts.duplicate;
    if (event.subtype == u"call")
        compareCallReadings(page, event, written, fate);
    if (page.total.preview.size() < m_params.previewRows) {
        page.total.addPreview(event, page.writer ? fateOf(written) : shownFate(fate, event));
        page.total.previewParts.last() = page.inner(); // a delivery's lines are its own page's
    }
    if (m_bulkIndexes && (page.counts.accepted + page.counts.duplicate) % 4096 == 0)
        m_bulkIndexes->keepUpWithOrder();
    return !previewRowsRead(page);
}

void JobRunner::compareCallReadings(WhatsAppPage &page, const EventRecord &call,
                                    EventWriter::Outcome written, const PreviewFate &fate)
{
    // A delivery made while a call went on holds its offer alone; a later one, its accept and end.
    const auto reading = WhatsAppCallNotes::Reading::of(call);
    std::optional<std::pair<qint64, WhatsAppCallNotes::Reading>> earlier;
    if (page.writer && written == EventWriter::Outcome::Duplicate) {
        earlier = storedCall(QStringLiteral("id"), page.writer->lastLinkedEvent());
    } else if (!page.writer && fate.kind == PreviewFate::NewEvent) {
        // A dry run stores nothing: its reading is what a later page's is compared with.
        m_previewCalls.insert(call.dedupeKey, reading);
    } else if (!page.writer && fate.kind == PreviewFate::Duplicate) {
        if (const auto read = m_previewCalls.constFind(call.dedupeKey);
            read != m_previewCalls.cend())
            earlier = std::pair{qint64(0), *read};
        else if (m_case)
            earlier = storedCall(QStringLiteral("dedupe_key"), call.dedupeKey);
    }
    if (earlier && reading.saysMoreThan(earlier->second))
        page.read.calls.noteReadMoreFully(call.line, earlier->first);
}

std::optional<std::pair<qint64, WhatsAppCallNotes::Reading>>
JobRunner::storedCall(const QString &column, const QVariant &value) const
{
    QSqlQuery query(m_case->db());
    query.prepare(
        QStringLiteral(
            "SELECT id, json_array_length(extra, '$.Events'), json_extract(extra, '$.accepted'),"
            " duration_s IS NOT NULL FROM events WHERE %1 = ? LIMIT 1")
            .arg(column));
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt; // nothing said of it; the link stands all the same
    return std::pair{query.value(0).toLongLong(),
                     WhatsAppCallNotes::Reading{query.value(1).toInt(), query.value(2).toInt() != 0,
                                                query.value(3).toInt() != 0}};
}

bool JobRunner::finishPage(WhatsAppPage &page)
{
    FileImportResult &total = page.total;
    const QString inner = page.inner();
    const QJsonObject metadata = pageMetadata(page); // as the page was read to its end
    QStringList notes = SourceNoteText::textReadingNotes(metadata);
    if (const QString stray = TableImporter::strayCharactersNote(metadata); !stray.isEmpty())
        notes.append(stray);
    if (const QString range = DateRangeCheck::warning(metadata); !range.isEmpty())
        notes.append(range);
    for (const QString &note : std::as_const(notes))
        total.warnings.append(inner.isEmpty() ? note : QStringLiteral("%1: %2").arg(inner, note));
    page.from.said->add(inner, metadata); // the counts of records many pages may share
    if (!startPageSource(page)) { // a page without a record is a source all the same
        total.error = QStringLiteral("%1: %2").arg(page.from.path, page.error);
        return false;
    }
    QString error;
    if (page.writer && !page.writer->finish())
        error = page.writer->lastError();
    if (m_bulkIndexes)
        m_bulkIndexes->keepUpWithOrder();
    FileImportResult &counts = page.counts;
    counts.path = page.document.name;
    counts.format = QStringLiteral("whatsapp");
    counts.timeZone = QStringLiteral("stated in records");
    counts.rowsRead = counts.accepted + counts.duplicate + counts.rejected;
    total.rowsRead += counts.rowsRead;
    total.accepted += counts.accepted;
    addCounts(total.acceptedByClass, counts.acceptedByClass);
    total.duplicate += counts.duplicate;
    total.rejected += counts.rejected;
    // The request parameters read after the first record (a page ordered otherwise) are kept too.
    if (error.isEmpty() && page.sourceId && metadata != page.metadata)
        updateMetadata(*page.sourceId, metadata, &error);
    if (error.isEmpty() && page.sourceId)
        finishSource(*page.sourceId, counts,
                     page.writer ? page.writer->recordsSpan() : std::nullopt, &error);
    if (!error.isEmpty())
        total.error = QStringLiteral("%1: %2").arg(page.from.path, error);
    if (error.isEmpty() && !m_params.dryRun)
        execSql(m_case->db(), QStringLiteral("RELEASE whatsapp_page"));
    return error.isEmpty();
}
