#include "zippedtables.h"

#include "encryptedzipentry.h"
#include "importfiles.h"
#include "keptbyfile.h"
#include "placename.h"
#include "whatsappcontainer.h"
#include "xlsxreader.h"
#include "zipdirectory.h"
#include "zipguard.h"
#include "zipsalvage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

namespace {

bool isZipName(const QString &name)
{
    return name.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
}

bool isRecordsPage(const QString &name)
{
    return name.endsWith(QStringLiteral("records.html"), Qt::CaseInsensitive);
}

/// Whether the ZIP at @p path holds a WhatsApp records page: a delivery of a WhatsApp return.
bool holdsRecordsPage(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    const QStringList names = zip.getFileNameList();
    return std::any_of(names.cbegin(), names.cend(), isRecordsPage);
}

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
        if (!QFileInfo(zipPath).isFile())
            continue;
        Place place{zipPath, name.mid(at + PlaceName::Separator.size()), {}};
        const qsizetype inner = place.entry.indexOf(PlaceName::Separator);
        if (inner > 0 && isZipName(place.entry.left(inner))) {
            place.innerEntry = place.entry.mid(inner + PlaceName::Separator.size());
            place.entry.truncate(inner);
        }
        return place;
    }
    return std::nullopt;
}

std::optional<ZippedTables::Listing> ZippedTables::list(const QString &zipPath, const QStringList &passwords)
{
    // Listed when the files are expanded and again for the damage each table's source names: a
    // ZIP of ZIPs copies each inner one out to list it. What the listing gave depends on the
    // passwords too (an entry encrypted, or opened); they are in the key as a digest only.
    if (!isZip(zipPath))
        return std::nullopt;
    static KeptByFile<std::optional<Listing>> listed;
    const QString key = fileStateKey(zipPath, QString::fromLatin1(QCryptographicHash::hash(passwords.join(QChar(0)).toUtf8(),
                                                                                            QCryptographicHash::Sha256)
                                                                      .toHex()));
    if (auto known = listed.find(key))
        return *known;
    const std::optional<Listing> listing = listZip(zipPath, zipPath, 1, passwords);
    listed.insert(key, listing);
    return listing;
}

std::optional<ZippedTables::Listing> ZippedTables::listZip(const QString &zipPath, const QString &shownAs, int depth,
                                                           const QStringList &passwords)
{
    if (!isZip(zipPath))
        return std::nullopt;
    QuaZip zip(zipPath);
    if (!ZipSalvage::openWhole(zip, zipPath)) // a workbook damaged is named by its reader
        return isZipName(zipPath) ? listSalvaged(zipPath, shownAs, depth, passwords) : std::nullopt;
    QStringList names = zip.getFileNameList();
    if (std::any_of(names.cbegin(), names.cend(), isRecordsPage))
        return std::nullopt; // a WhatsApp delivery
    if (XlsxReader::isOfficePackage(names) || names.contains(QStringLiteral("mimetype")))
        return std::nullopt; // a workbook or an OpenDocument file, whatever its name
    Listing listing;
    for (bool more = zip.goToFirstFile(); more && listing.refusal.isEmpty(); more = zip.goToNextFile()) {
        listing.refusal = ZipGuard::checkReturnEntry(zip, !passwords.isEmpty(), &listing.needsPassword);
    }
    if (!listing.refusal.isEmpty())
        return listing;
    std::sort(names.begin(), names.end(), ImportFiles::naturalLess); // "part 2" before "part 10"
    for (const QString &name : std::as_const(names)) {
        if (!sortOut(zipPath, shownAs, name, depth, passwords, listing))
            return std::nullopt; // a WhatsApp return: its deliveries' ZIPs inside
        if (!listing.refusal.isEmpty())
            return listing;
    }
    if (listing.tables.isEmpty())
        return std::nullopt;
    return listing;
}

std::optional<ZippedTables::Listing> ZippedTables::listSalvaged(const QString &zipPath, const QString &shownAs, int depth,
                                                                const QStringList &passwords)
{
    if (WhatsAppContainer::probe(zipPath))
        return std::nullopt; // a WhatsApp return cut short: read as one, from its own headers too
    const SalvagedZip salvaged = ZipSalvage::read(zipPath, {}, 0);
    QStringList names;
    for (const SalvagedEntry &entry : salvaged.entries)
        names.append(entry.name);
    if (std::any_of(names.cbegin(), names.cend(), isRecordsPage) || XlsxReader::isOfficePackage(names)
        || names.contains(QStringLiteral("mimetype")))
        return std::nullopt;
    Listing listing;
    listing.refusal = salvaged.refusal;
    listing.damage = salvaged.end;
    std::sort(names.begin(), names.end(), ImportFiles::naturalLess); // "part 2" before "part 10"
    for (const QString &name : std::as_const(names)) {
        if (!listing.refusal.isEmpty())
            return listing;
        if (!sortOut(zipPath, shownAs, name, depth, passwords, listing))
            return std::nullopt; // a WhatsApp return: its deliveries' ZIPs inside
    }
    if (listing.tables.isEmpty() && listing.refusal.isEmpty())
        listing.refusal = tr("not a readable ZIP: %1").arg(salvaged.end.endText());
    return listing;
}

bool ZippedTables::sortOut(const QString &zipPath, const QString &shownAs, const QString &name, int depth,
                           const QStringList &passwords, Listing &listing)
{
    const QString fileName = QFileInfo(name).fileName();
    const QString place = PlaceName::within(shownAs, name);
    if (name.endsWith(u'/'))
        return true; // a folder
    if (fileName.startsWith(u'.') || name.startsWith(QStringLiteral("__MACOSX/")))
        listing.leftOut.append(tr("%1: left out: a hidden file").arg(place));
    else if (isZipName(fileName) && depth == 1)
        return listInner(zipPath, shownAs, name, passwords, listing);
    else if (isZipName(fileName))
        listing.leftOut.append(tr("%1: left out: a ZIP inside a ZIP inside a ZIP (unpack the one around it to read it)").arg(place));
    else if (!ImportFiles::mayHoldRecords(fileName) && !ImportFiles::isToldByContent(fileName))
        listing.leftOut.append(tr("%1: left out: not a table, workbook, PDF or HTML page by its name").arg(place));
    else
        listing.tables.append(name);
    return true;
}

bool ZippedTables::listInner(const QString &zipPath, const QString &shownAs, const QString &name,
                             const QStringList &passwords, Listing &listing)
{
    // Its tables are listed from a working copy, which is gone once they are: the import copies
    // it again to read them.
    const QString place = PlaceName::within(shownAs, name);
    QTemporaryDir work;
    const Copy copied = work.isValid() ? copyOut(zipPath, name, work.path(), passwords) : Copy::failed(QString());
    const QString &copy = copied.path;
    const QString &error = copied.error;
    if (copied.refused || copied.needsPassword) {
        listing.refusal = error;
        listing.needsPassword = copied.needsPassword;
        return true;
    }
    if (!copy.isEmpty() && holdsRecordsPage(copy))
        return false;
    const auto inner = copy.isEmpty() ? std::nullopt : listZip(copy, place, 2, passwords);
    if (inner && !inner->refusal.isEmpty()) {
        listing.refusal = QStringLiteral("%1: %2").arg(name, inner->refusal);
        listing.needsPassword = inner->needsPassword;
    } else if (inner) {
        for (const QString &table : inner->tables)
            listing.tables.append(PlaceName::within(name, table));
        listing.leftOut += inner->leftOut;
        if (listing.damage.isWhole() && !inner->damage.isWhole()) { // the ZIP inside cut short before it was zipped
            listing.damage = inner->damage;
            listing.damage.within = name;
        }
    } else {
        listing.leftOut.append(copy.isEmpty() ? tr("%1: left out: %2").arg(place, error)
                                              : tr("%1: left out: a ZIP holding no table (a WhatsApp return, a "
                                                   "workbook or other files: import it on its own)").arg(place));
    }
    return true;
}

ZippedTables::Copy ZippedTables::copyOut(const QString &zipPath, const QString &entryName, const QString &dir,
                                         const QStringList &passwords)
{
    QuaZip zip(zipPath);
    const bool whole = ZipSalvage::openWhole(zip, zipPath);
    if (!whole && isZipName(zipPath))
        return salvageOut(zipPath, entryName, QDir(dir).filePath(QFileInfo(entryName).fileName()));
    if (!whole || !ZipDirectory::goTo(zip, zipPath, entryName))
        return Copy::failed(tr("cannot open the ZIP entry \"%1\"").arg(entryName));
    bool needsPassword = false;
    if (const QString refusal = ZipGuard::checkReturnEntry(zip, !passwords.isEmpty(), &needsPassword); !refusal.isEmpty())
        return Copy::failed(refusal, !needsPassword, needsPassword);
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    const QString copyPath = QDir(dir).filePath(QFileInfo(entryName).fileName());
    if (info.flags & 0x1)
        return decryptOut(zipPath, info, passwords, copyPath);
    QuaZipFile entry(&zip);
    QFile copy(copyPath);
    if (!entry.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Copy::failed(tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(entryName, copy.errorString()));
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 got; (got = entry.read(chunk.data(), chunk.size())) > 0;) {
        total += got;
        // The directory's sizes may lie: what comes out is weighed as it comes.
        if (const QString refusal = ZipGuard::checkSizes(entryName, qint64(info.compressedSize), total); !refusal.isEmpty())
            return Copy::failed(refusal, true);
        if (copy.write(chunk.constData(), got) != got)
            return Copy::failed(tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(entryName, copy.errorString()));
    }
    if (const QString damaged = ZipGuard::closeWhole(entry); !damaged.isEmpty())
        return Copy::failed(damaged);
    return Copy::made(copyPath);
}

ZippedTables::Copy ZippedTables::salvageOut(const QString &zipPath, const QString &entryName, const QString &copyPath)
{
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Copy::failed(tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(entryName, copy.errorString()));
    const SalvagedZip salvaged = ZipSalvage::copyOut(zipPath, entryName, copy);
    copy.close();
    if (!salvaged.refusal.isEmpty())
        return Copy::failed(salvaged.refusal, true);
    const auto entry = std::find_if(salvaged.entries.cbegin(), salvaged.entries.cend(),
                                    [&entryName](const SalvagedEntry &e) { return e.name == entryName; });
    if (entry == salvaged.entries.cend())
        return Copy::failed(tr("cannot open the ZIP entry \"%1\"").arg(entryName));
    Copy made = Copy::made(copyPath);
    made.cutShort = entry->cut;
    return made;
}

ZippedTables::Copy ZippedTables::decryptOut(const QString &zipPath, const QuaZipFileInfo64 &info,
                                            const QStringList &passwords, const QString &copyPath)
{
    const EncryptedZipEntry::Copy decrypted =
        EncryptedZipEntry::copyOut({zipPath, {}}, info.name, passwords, qint64(info.compressedSize), copyPath);
    if (!decrypted.error.isEmpty())
        return Copy::failed(decrypted.error, decrypted.refused, decrypted.wrongPassword);
    return Copy::made(copyPath, EncryptedZipEntry::encryptionOf(info.method));
}
