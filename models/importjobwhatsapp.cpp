#include "importjobrunner.h"
#include "placename.h"
#include "sha.h"

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
    const WhatsAppReturnContents contents = WhatsAppContainer::documents(path, m_params.passwords);
    const QList<ContainerDocument> &documents = contents.documents;
    if (documents.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(path, contents.error);
        result.needsPassword = contents.needsPassword;
        return result;
    }
    if (!contents.damage.isEmpty())
        result.warnings.append(contents.damage);
    // A delivery damaged as it was packed into the return (which is whole), or whose page cannot
    // be read to its end, is named, on every source of the return too; the others are read.
    QJsonArray unread;
    for (const ContainerDocument &document : documents) {
        if (!document.unreadable.isEmpty())
            noteUnreadDelivery(document.name, document.unreadable, unread, result);
    }
    const qsizetype pages = documents.size() - unread.size();
    result.recognition = tr("WhatsApp pen-register return: %n records page(s) (%1)", nullptr, int(pages))
                             .arg(documents.constFirst().name);
    if (m_params.dryRun)
        m_preview->startFile(index);
    const QString savepoint = QStringLiteral("file_%1").arg(index);
    if (!m_params.dryRun)
        execSql(m_case->db(), QStringLiteral("SAVEPOINT ") + savepoint);
    QList<qint64> sources;
    bool ok = readDeliveries(index, documents, {path, digest, &sources, contents.damage}, unread, result);
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
    const WhatsAppParser parser(m_case ? m_case->region() : m_params.region);
    const qsizetype pages = documents.size() - unread.size();
    int written = 0;
    for (int i = 0; i < documents.size() && !m_cancelled; ++i) {
        const ContainerDocument &document = documents.at(i);
        if (!document.unreadable.isEmpty())
            continue;
        // A page of 200,000 messages takes seconds to read and as long to store: how far each has
        // got is told, the reading as 0.7 of the delivery's share and the storing as the rest.
        const auto share = [&, i](double done) {
            return reportProgress(index, from.path, (double(i) + done) / double(documents.size()));
        };
        const WhatsAppDocument parsed = parser.parse(document.bytes, [&share](double done) { return share(0.7 * done); });
        if (m_cancelled || parsed.stopped)
            return false;
        if (!parsed.error.isEmpty() && pages == 1) { // the return's one page: the return cannot be read
            result.error = QStringLiteral("%1: %2: %3").arg(from.path, document.name, parsed.error);
            return false;
        }
        if (!parsed.error.isEmpty()) {
            noteUnreadDelivery(document.name, parsed.error, unread, result);
            continue;
        }
        if (!writeWhatsAppDocument(document, parsed, from, result, [&share](double done) { return share(0.7 + 0.3 * done); })
            || !share(1.0))
            return false;
        ++written;
    }
    if (written == 0 && !m_cancelled) { // the warnings say why
        result.error = QStringLiteral("%1: %2").arg(from.path, tr("no delivery of the return can be read"));
        return false;
    }
    return true;
}

void JobRunner::noteUnreadDelivery(const QString &name, const QString &reason, QJsonArray &unread, FileImportResult &result)
{
    unread.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("reason"), reason}});
    result.warnings.append(ImportJob::unreadDeliveryNote(name, reason));
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
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool JobRunner::writeWhatsAppDocument(const ContainerDocument &document, const WhatsAppDocument &parsed,
                                      const WhatsAppReturn &from, FileImportResult &total,
                                      const std::function<bool(double)> &progress)
{
    const QString &path = from.path;
    FileImportResult counts;
    counts.path = document.name;
    counts.format = QStringLiteral("whatsapp");
    counts.timeZone = QStringLiteral("stated in records");
    std::optional<qint64> sourceId;
    std::optional<EventWriter> writer;
    QString error;
    // The page within the container ("delivery-2.zip › records.html"), naming where a
    // preview row or a line is: every delivery's page has its own line 12.
    const QString outer = QFileInfo(path).fileName() + PlaceName::Separator;
    const QString inner = document.name.startsWith(outer) ? document.name.mid(outer.size()) : QString();
    // The page's encoding, and its lines whose text was read otherwise.
    QJsonObject metadata;
    TableImporter::addTextReading(parsed.reading, &metadata);
    for (const QString &note : TableImporter::textReadingNotes(metadata))
        total.warnings.append(inner.isEmpty() ? note : QStringLiteral("%1: %2").arg(inner, note));
    if (!m_params.dryRun) {
        metadata.insert(QStringLiteral("request_parameters"), parsed.requestParameters);
        metadata.insert(QStringLiteral("account_identifier"), parsed.account);
        // A bare records.html is the file itself, inside nothing: no container to name or hash.
        const QString container = inner.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
        if (!container.isEmpty())
            metadata.insert(QStringLiteral("container"), container);
        if (!from.damage.isEmpty())
            metadata.insert(QStringLiteral("container_damage"), from.damage);
        if (!document.encryption.isEmpty()) // decrypted with the password given, which is kept nowhere
            metadata.insert(QStringLiteral("zip_entry_encryption"), document.encryption);
        const SourceInfo source{document.name, QFileInfo(path).absoluteFilePath(), document.bytes.size(),
                                QString::fromLatin1(Sha::sha256(document.bytes).toHex()),
                                QStringLiteral("whatsapp"), counts.timeZone, false, metadata,
                                container, container.isEmpty() ? QString() : from.digest.sha256, {}};
        sourceId = insertSource(source, &error);
        if (!sourceId) {
            total.error = tr("%1: cannot record the source: %2").arg(path, error);
            return false;
        }
        from.sources->append(*sourceId);
        writer.emplace(m_case->db(), *sourceId);
        if (!writer->prepare()) {
            total.error = QStringLiteral("%1: %2").arg(path, writer->lastError());
            return false;
        }
    }
    for (const RejectedRow &row : parsed.rejected) {
        ++counts.rejected;
        if (total.rejectedRows.size() < m_params.previewRows)
            total.rejectedRows.append({row.line, document.name + QStringLiteral(": ") + row.reason, row.raw});
        if (writer && !writer->writeRejected(row)) {
            total.error = QStringLiteral("%1: %2").arg(path, writer->lastError());
            return false;
        }
    }
    if (!writer)
        m_preview->startPart(inner);
    for (const EventRecord &event : parsed.events) {
        if (++m_rows % 1024 == 0 && !progress(double(counts.accepted + counts.duplicate) / double(parsed.events.size())))
            return false;
        const PreviewFate fate = writer ? PreviewFate{} : m_preview->fate(event);
        const auto written = writer ? writer->write(event) : outcomeOf(fate);
        if (written == EventWriter::Outcome::Failed) {
            total.error = QStringLiteral("%1: %2").arg(path, writer->lastError());
            return false;
        }
        if (written == EventWriter::Outcome::Inserted && m_bulkIndexes)
            m_bulkIndexes->noteTime(event.utcMs);
        if (written == EventWriter::Outcome::Inserted)
            counts.countAccepted(event.evidenceClass);
        else
            ++counts.duplicate;
        if (total.preview.size() < m_params.previewRows) {
            total.addPreview(event, writer ? fateOf(written) : fate);
            total.previewParts.last() = inner; // a delivery's lines are its own page's
        }
    }
    if (writer && !writer->finish()) {
        total.error = QStringLiteral("%1: %2").arg(path, writer->lastError());
        return false;
    }
    if (m_bulkIndexes)
        m_bulkIndexes->keepUpWithOrder();
    counts.rowsRead = counts.accepted + counts.duplicate + counts.rejected;
    m_rows += counts.rejected; // the events were counted as they were written
    total.rowsRead += counts.rowsRead;
    total.accepted += counts.accepted;
    addCounts(total.acceptedByClass, counts.acceptedByClass);
    total.duplicate += counts.duplicate;
    total.rejected += counts.rejected;
    if (sourceId && !finishSource(*sourceId, counts, &error)) {
        total.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    return true;
}

