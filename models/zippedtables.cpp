#include "zippedtables.h"

#include "importfiles.h"
#include "placename.h"
#include "whatsappcontainer.h"
#include "zipguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>

namespace {

bool isZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace

std::optional<ZippedTables::Place> ZippedTables::placeOf(const QString &name)
{
    // The ZIP is the longest leading part that is a file: a folder's name may hold " › " too.
    for (qsizetype at = name.lastIndexOf(PlaceName::Separator); at > 0;
         at = name.lastIndexOf(PlaceName::Separator, at - 1)) {
        const QString zipPath = name.left(at);
        if (QFileInfo(zipPath).isFile())
            return Place{zipPath, name.mid(at + PlaceName::Separator.size())};
    }
    return std::nullopt;
}

std::optional<ZippedTables::Listing> ZippedTables::list(const QString &zipPath)
{
    if (!isZip(zipPath) || WhatsAppContainer::probe(zipPath))
        return std::nullopt;
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return std::nullopt; // damaged: the table readers name how
    QStringList names = zip.getFileNameList();
    if (names.contains(QStringLiteral("xl/workbook.xml")) || names.contains(QStringLiteral("mimetype"))
        || names.contains(QStringLiteral("xl/workbook.bin")))
        return std::nullopt; // a workbook or an OpenDocument file, whatever its name
    Listing listing;
    for (bool more = zip.goToFirstFile(); more && listing.refusal.isEmpty(); more = zip.goToNextFile())
        listing.refusal = ZipGuard::checkCurrentEntry(zip);
    if (!listing.refusal.isEmpty())
        return listing;
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        sortOut(zipPath, name, listing);
    if (listing.tables.isEmpty())
        return std::nullopt;
    return listing;
}

void ZippedTables::sortOut(const QString &zipPath, const QString &name, Listing &listing)
{
    const QString fileName = QFileInfo(name).fileName();
    if (name.endsWith(u'/'))
        return; // a folder
    if (fileName.startsWith(u'.') || name.startsWith(QStringLiteral("__MACOSX/")))
        listing.leftOut.append(tr("%1: left out: a hidden file").arg(PlaceName::within(zipPath, name)));
    else if (!ImportFiles::mayHoldRecords(fileName) || fileName.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        listing.leftOut.append(tr("%1: left out: not a table, workbook or HTML page by its name").arg(PlaceName::within(zipPath, name)));
    else
        listing.tables.append(name);
}

QString ZippedTables::copyOut(const Place &place, const QString &dir, QString *error)
{
    QuaZip zip(place.zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(place.entry)) {
        *error = tr("cannot open the ZIP entry \"%1\"").arg(place.entry);
        return {};
    }
    if (const QString refused = ZipGuard::checkCurrentEntry(zip); !refused.isEmpty()) {
        *error = refused;
        return {};
    }
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    QuaZipFile entry(&zip);
    const QString copyPath = QDir(dir).filePath(QFileInfo(place.entry).fileName());
    QFile copy(copyPath);
    if (!entry.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(place.entry, copy.errorString());
        return {};
    }
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 got; (got = entry.read(chunk.data(), chunk.size())) > 0;) {
        total += got;
        // The directory's sizes may lie: what comes out is weighed as it comes.
        if (const QString refused = ZipGuard::checkSizes(place.entry, qint64(info.compressedSize), total); !refused.isEmpty()) {
            *error = refused;
            return {};
        }
        if (copy.write(chunk.constData(), got) != got) {
            *error = tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(place.entry, copy.errorString());
            return {};
        }
    }
    if (const QString damaged = ZipGuard::closeWhole(entry); !damaged.isEmpty()) {
        *error = damaged;
        return {};
    }
    return copyPath;
}
