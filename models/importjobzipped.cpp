// Importing the tables of a ZIP of tables (ZippedTables): each copied out of the ZIP and read
// as a table file (importjobtable.cpp), its source naming the ZIP as its container.
#include "archivefile.h"
#include "compressedfile.h"
#include "encryptedworkbook.h"
#include "importjobrunner.h"
#include "placename.h"

#include <QDir>
#include <QFileInfo>

using namespace ImportJobPrivate;

namespace {

/// What taking a table out of its container found, added to what the source's metadata says.
void addTo(QJsonObject &metadata, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        metadata.insert(it.key(), it.value());
}

} // namespace

FileImportResult JobRunner::importZippedTable(int index, const QString &name, const ZippedTables::Place &place)
{
    startCopy();
    Copy copy;
    const auto container = containerDigest(index, name, place.zipPath, &copy.error);
    if (container)
        copy.path = copyOut(index, place, &copy.error, &copy.needsPassword);
    return importCopy(index, name, copy, [&]() { return containerOf(place, container->sha256); });
}

FileImportResult JobRunner::importEncryptedWorkbook(int index, const QString &path)
{
    startCopy();
    Copy copy;
    const auto container = containerDigest(index, path, path, &copy.error);
    if (container) {
        if (!m_workDir)
            m_workDir.emplace();
        copy.path = decryptWorkbook(path, m_workDir->filePath(QStringLiteral("decrypted-%1").arg(index)), &copy.error,
                                    &copy.needsPassword);
    }
    // Its source: the decrypted package, inside the file as delivered (whose SHA-256 the provider gave).
    return importCopy(index, path, copy, [&]() {
        const QFileInfo file(path);
        return Container{file.absoluteFilePath(), container->sha256,
                         PlaceName::within(file.fileName(), EncryptedWorkbook::encryptedPart(path)), {}, m_copyWarnings,
                         m_copyMetadata};
    });
}

void JobRunner::startCopy()
{
    m_copyWarnings.clear();
    m_copyMetadata = {};
    m_copyCutShort = false;
}

FileImportResult JobRunner::importCopy(int index, const QString &name, const Copy &copy,
                                       const std::function<Container()> &container)
{
    FileImportResult result;
    result.path = name;
    QString error = copy.error;
    const auto digest = copy.path.isEmpty() ? std::nullopt : FileDigest::compute(copy.path, &error);
    m_stage = ImportProgress::Stage::Reading;
    if (!digest) {
        result.error = QStringLiteral("%1: %2").arg(name, error);
        result.needsPassword = copy.needsPassword;
        return result;
    }
    if (refuseIfImported(name, *digest, result))
        return result;
    auto options = importerOptions(name, &error);
    if (!options) {
        result.error = QStringLiteral("%1: %2").arg(name, error);
        return result;
    }
    options->inputCutShort = m_copyCutShort;
    m_container = container();
    result = importTable(index, name, copy.path, *digest, *options);
    // Said even where the table failed before its warnings were gathered: the cut may be why.
    for (auto warning = m_copyWarnings.crbegin(); warning != m_copyWarnings.crend(); ++warning) {
        if (!result.warnings.contains(*warning))
            result.warnings.prepend(*warning);
    }
    m_container.reset();
    QFile::remove(copy.path);
    return result;
}

JobRunner::Container JobRunner::containerOf(const ZippedTables::Place &place, const QString &sha256) const
{
    const QFileInfo zip(place.zipPath);
    Container container{zip.absoluteFilePath(), sha256,
                        PlaceName::within(PlaceName::within(zip.fileName(), place.entry), place.innerEntry), {},
                        m_copyWarnings, m_copyMetadata};
    if (!place.innerEntry.isEmpty()) { // copied out and hashed by innerZipCopy()
        const QString key = PlaceName::within(place.zipPath, place.entry);
        const FileDigest inner = m_innerZipCopies.value(key).second;
        container.innerZip = QJsonObject{{QStringLiteral("entry"), place.entry},
                                         {QStringLiteral("size"), inner.size},
                                         {QStringLiteral("sha256"), inner.sha256}};
        if (const QString encryption = m_innerZipEncryption.value(key); !encryption.isEmpty())
            container.innerZip.insert(QStringLiteral("encryption"), encryption);
    }
    return container;
}

std::optional<FileDigest> JobRunner::containerDigest(int index, const QString &name, const QString &zipPath, QString *error)
{
    if (const auto known = m_containerDigests.constFind(zipPath); known != m_containerDigests.cend())
        return *known;
    const auto digest = FileDigest::compute(zipPath, error, [&](double) { return reportProgress(index, name, 0); });
    if (digest)
        m_containerDigests.insert(zipPath, *digest);
    return digest;
}

QString JobRunner::copyOut(int index, const ZippedTables::Place &place, QString *error, bool *needsPassword)
{
    if (!m_workDir)
        m_workDir.emplace();
    const QString dir = m_workDir->filePath(QString::number(index)); // tables of one name in two folders
    QDir().mkpath(dir);
    const bool archive = ArchiveFile::isArchiveName(place.zipPath); // a .tar.gz is an archive, not a table gzip'ed
    if (!archive && CompressedFile::isCompressed(place.zipPath))
        return decompress(place.zipPath, dir, error);
    const QString copy = archive
                             ? ArchiveFile::copyOut(place.zipPath, place.entry, dir, error, &m_copyCutShort)
                             : copyOutOfZip(place, dir, error, needsPassword);
    noteContainerDamage(place.zipPath);
    // What the entry itself holds: a workbook Excel encrypted, a table compressed ("LOG/calls.csv.gz").
    QString table = copy;
    if (!copy.isEmpty() && EncryptedWorkbook::isEncrypted(copy))
        table = decryptWorkbook(copy, QDir(dir).filePath(QStringLiteral("decrypted")), error, needsPassword);
    else if (!copy.isEmpty() && CompressedFile::isCompressed(copy))
        table = decompress(copy, QDir(dir).filePath(QStringLiteral("gz")), error);
    if (table != copy)
        QFile::remove(copy);
    return table;
}

QString JobRunner::copyOutOfZip(const ZippedTables::Place &place, const QString &dir, QString *error, bool *needsPassword)
{
    const auto inner = place.innerEntry.isEmpty() ? std::nullopt : innerZipCopy(place, error, needsPassword);
    if (!place.innerEntry.isEmpty() && !inner)
        return {};
    const ZippedTables::Copy copied = inner ? ZippedTables::copyOut(inner->first, place.innerEntry, dir, m_params.passwords)
                                            : ZippedTables::copyOut(place.zipPath, place.entry, dir, m_params.passwords);
    *error = copied.error;
    *needsPassword = copied.needsPassword;
    m_copyCutShort = copied.cutShort;
    if (!copied.encryption.isEmpty()) // said in the source: decrypted with the password given
        m_copyMetadata.insert(QStringLiteral("zip_entry_encryption"), copied.encryption);
    return copied.path;
}

void JobRunner::noteContainerDamage(const QString &zipPath)
{
    auto known = m_containerDamage.find(zipPath);
    if (known == m_containerDamage.end()) {
        const auto archive = ArchiveFile::list(zipPath);
        const auto zip = archive ? std::nullopt : ZippedTables::list(zipPath, m_params.passwords);
        known = m_containerDamage.insert(zipPath, archive ? archive->damage : zip ? zip->damage : ContainerDamage{});
    }
    if (known->isWhole())
        return;
    m_copyWarnings.append(known->text());
    m_copyMetadata.insert(QStringLiteral("container_damage"), known->toJson());
}

QString JobRunner::decryptWorkbook(const QString &path, const QString &dir, QString *error, bool *needsPassword)
{
    const EncryptedWorkbook::Decrypted decrypted =
        EncryptedWorkbook::decrypt(path, m_params.passwords, dir, {[this]() { return m_cancelled.load(); }, {}});
    *error = decrypted.error;
    *needsPassword = decrypted.wrongPassword;
    if (!decrypted.warning().isEmpty())
        m_copyWarnings.append(decrypted.warning());
    addTo(m_copyMetadata, decrypted.toMetadata());
    return decrypted.path;
}

QString JobRunner::decompress(const QString &path, const QString &dir, QString *error)
{
    CompressionEnding ending;
    const QString table = CompressedFile::copyOut(path, dir, error, &ending);
    if (table.isEmpty() || ending.warning().isEmpty())
        return table;
    m_copyWarnings.append(ending.warning());
    m_copyCutShort = ending.cutShort;
    addTo(m_copyMetadata, ending.toMetadata());
    return table;
}

std::optional<std::pair<QString, FileDigest>> JobRunner::innerZipCopy(const ZippedTables::Place &place, QString *error,
                                                                     bool *needsPassword)
{
    const QString inner = PlaceName::within(place.zipPath, place.entry);
    if (const auto known = m_innerZipCopies.constFind(inner); known != m_innerZipCopies.cend())
        return *known;
    const QString dir = m_workDir->filePath(QStringLiteral("zip-%1").arg(m_innerZipCopies.size()));
    QDir().mkpath(dir);
    const ZippedTables::Copy copied = ZippedTables::copyOut(place.zipPath, place.entry, dir, m_params.passwords);
    *error = copied.error;
    *needsPassword = copied.needsPassword;
    const QString &copy = copied.path;
    const auto digest = copy.isEmpty() ? std::nullopt : FileDigest::compute(copy, error);
    if (!digest)
        return std::nullopt;
    m_innerZipCopies.insert(inner, {copy, *digest});
    if (!copied.encryption.isEmpty())
        m_innerZipEncryption.insert(inner, copied.encryption);
    return std::pair{copy, *digest};
}

QJsonObject JobRunner::sourceMetadata(const TableImporter &importer) const
{
    QJsonObject metadata = importer.metadata();
    if (!m_container)
        return metadata;
    if (!m_container->innerZip.isEmpty())
        metadata.insert(QStringLiteral("inner_zip"), m_container->innerZip);
    addTo(metadata, m_container->metadata);
    return metadata;
}
