#include "importjobrunner.h"
#include "placename.h"
#include "sha.h"

#include <QFileInfo>

using namespace ImportJobPrivate;

FileImportResult JobRunner::importWhatsApp(int index, const QString &path, const FileDigest &digest)
{
    FileImportResult result;
    result.path = path;
    result.format = QStringLiteral("whatsapp");
    QString error;
    const QList<ContainerDocument> documents = WhatsAppContainer::documents(path, &error);
    if (documents.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(path, error);
        return result;
    }
    // A delivery damaged as it was packed into the return (which is whole) is named, on every
    // source of the return too, and the others are read.
    QJsonArray unread;
    for (const ContainerDocument &document : documents) {
        if (document.unreadable.isEmpty())
            continue;
        unread.append(QJsonObject{{QStringLiteral("name"), document.name}, {QStringLiteral("reason"), document.unreadable}});
        result.warnings.append(tr("the delivery \"%1\" cannot be read and was not imported: %2")
                                   .arg(document.name, document.unreadable));
    }
    if (unread.size() == documents.size()) { // the warnings say why
        result.error = QStringLiteral("%1: %2").arg(path, tr("no delivery of the return can be read"));
        return result;
    }
    const WhatsAppParser parser(m_case ? m_case->region() : m_params.region);
    result.recognition = tr("WhatsApp pen-register return: %n records page(s) (%1)", nullptr,
                            int(documents.size() - unread.size()))
                             .arg(documents.constFirst().name);
    if (m_params.dryRun)
        m_preview->startFile(index);
    const QString savepoint = QStringLiteral("file_%1").arg(index);
    if (!m_params.dryRun)
        execSql(m_case->db(), QStringLiteral("SAVEPOINT ") + savepoint);
    bool ok = true;
    for (int i = 0; i < documents.size() && ok && !m_cancelled; ++i) {
        if (!documents.at(i).unreadable.isEmpty())
            continue;
        const WhatsAppDocument parsed = parser.parse(documents.at(i).bytes);
        if (!parsed.error.isEmpty()) {
            result.error = QStringLiteral("%1: %2: %3").arg(path, documents.at(i).name, parsed.error);
            ok = false;
            break;
        }
        ok = writeWhatsAppDocument(documents.at(i), parsed, {path, digest, unread}, result);
        ok = ok && reportProgress(index, path, double(i + 1) / double(documents.size()));
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

bool JobRunner::writeWhatsAppDocument(const ContainerDocument &document, const WhatsAppDocument &parsed,
                                      const WhatsAppReturn &from, FileImportResult &total)
{
    const QString &path = from.path;
    FileImportResult counts;
    counts.path = document.name;
    counts.format = QStringLiteral("whatsapp");
    counts.timeZone = QStringLiteral("stated in records");
    std::optional<qint64> sourceId;
    std::optional<EventWriter> writer;
    QString error;
    if (!m_params.dryRun) {
        QJsonObject metadata{{QStringLiteral("request_parameters"), parsed.requestParameters},
                             {QStringLiteral("account_identifier"), parsed.account},
                             {QStringLiteral("container"), QFileInfo(path).absoluteFilePath()}};
        if (!from.unreadDeliveries.isEmpty())
            metadata.insert(QStringLiteral("unread_deliveries"), from.unreadDeliveries);
        const SourceInfo source{document.name, QFileInfo(path).absoluteFilePath(), document.bytes.size(),
                                QString::fromLatin1(Sha::sha256(document.bytes).toHex()),
                                QStringLiteral("whatsapp"), counts.timeZone, false, metadata,
                                QFileInfo(path).absoluteFilePath(), from.digest.sha256, {}};
        sourceId = insertSource(source, &error);
        if (!sourceId) {
            total.error = tr("%1: cannot record the source: %2").arg(path, error);
            return false;
        }
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
    // The page within the container ("delivery-2.zip › records.html"), naming where a
    // preview row is: every delivery's page has its own line 12.
    const QString outer = QFileInfo(path).fileName() + PlaceName::Separator;
    const QString inner = document.name.startsWith(outer) ? document.name.mid(outer.size()) : QString();
    if (!writer)
        m_preview->startPart(inner);
    for (const EventRecord &event : parsed.events) {
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
    m_rows += counts.rowsRead;
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

