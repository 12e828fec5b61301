#include "whatsappcontainer.h"

#include "placename.h"
#include "whatsappparser.h"
#include "xlsxreader.h"
#include "zipguard.h"
#include "zipsalvage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>

namespace {

bool isZip(const QString &name)
{
    return name.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
}

/// A delivery's ZIP, or a records page: what a return is read from.
bool isReturnPart(const QString &name)
{
    return isZip(name) || name.endsWith(QStringLiteral("records.html"), Qt::CaseInsensitive);
}

/// Opens @p zip, where its directory is the file's own. A file cut short whose directory is lost
/// can still end with the directory of a ZIP stored inside it (a delivery packed uncompressed):
/// minizip finds that one, and would read the file as that delivery.
bool openWhole(QuaZip &zip, const QByteArray &head)
{
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    if (zip.getFileNameList().contains(ZipSalvage::firstEntryName(head)))
        return true;
    zip.close();
    return false;
}

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    bool walk(QuaZip &zip, const QString &prefix, int depth);
    /// The return's entries as read from their own headers (its directory cannot be read).
    bool walkSalvaged(const SalvagedZip &zip, const QString &prefix);
    QList<ContainerDocument> documents;
    QString error;
    bool damaged = false; ///< the error is damage to a ZIP's content, not a refusal

private:
    bool readCurrent(QuaZip &zip, const QString &prefix, QByteArray *bytes);
    /// A delivery's ZIP: false where it refuses the whole return.
    bool walkInner(const QString &name, QByteArray bytes, const QString &prefix, int depth);
    qint64 m_total = 0;
};

bool Walker::readCurrent(QuaZip &zip, const QString &prefix, QByteArray *bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("cannot read \"%1\" from the ZIP").arg(zip.getCurrentFileName());
        return false;
    }
    *bytes = file.readAll();
    if (const QString damage = ZipGuard::closeWhole(file); !damage.isEmpty()) {
        error = prefix + damage;
        damaged = true;
        return false;
    }
    m_total += bytes->size();
    if (m_total > WhatsAppContainer::MaxTotalBytes) {
        error = tr("the return expands to more than %1 bytes; refused").arg(WhatsAppContainer::MaxTotalBytes);
        return false;
    }
    return true;
}

bool Walker::walk(QuaZip &zip, const QString &prefix, int depth)
{
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (const QString unsafe = ZipGuard::checkCurrentEntry(zip); !unsafe.isEmpty()) {
            error = prefix + unsafe;
            return false;
        }
        if (isZip(name)) {
            if (depth >= WhatsAppContainer::MaxZipDepth) {
                error = tr("\"%1\" is a ZIP nested deeper than %2 levels; refused").arg(prefix + name).arg(depth);
                return false;
            }
            QByteArray bytes;
            if (!readCurrent(zip, prefix, &bytes) || !walkInner(name, std::move(bytes), prefix, depth))
                return false;
        } else if (isReturnPart(name)) {
            QByteArray bytes;
            if (!readCurrent(zip, prefix, &bytes))
                return false;
            documents.append({prefix + name, bytes, {}});
        }
    }
    return true;
}

bool Walker::walkInner(const QString &name, QByteArray bytes, const QString &prefix, int depth)
{
    QBuffer buffer(&bytes);
    QuaZip inner(&buffer);
    const qsizetype found = documents.size();
    const bool ok = inner.open(QuaZip::mdUnzip) && walk(inner, prefix + name + PlaceName::Separator, depth + 1);
    if (inner.isOpen())
        inner.close();
    if (!ok && !error.isEmpty() && !damaged)
        return false; // a refusal (traversal, a bomb, nesting) refuses the whole return
    if (!ok) { // damaged as it was packed into this ZIP, which is whole: the others are read
        const QString within = prefix + name + PlaceName::Separator;
        documents.resize(found);
        const QString why = error.isEmpty() ? ZipSalvage::whyNotWhole(QByteArrayView(bytes)) : QString();
        documents.append({prefix + name, {},
                          !why.isEmpty()               ? tr("not a readable ZIP: %1").arg(why)
                          : error.isEmpty()            ? tr("not a readable ZIP")
                          : error.startsWith(within) ? error.mid(within.size())
                                                     : error});
        error.clear();
        damaged = false;
    }
    return true;
}

bool Walker::walkSalvaged(const SalvagedZip &zip, const QString &prefix)
{
    if (!zip.refusal.isEmpty()) {
        error = prefix + zip.refusal;
        return false;
    }
    for (const SalvagedEntry &entry : zip.entries) {
        if (!isReturnPart(entry.name))
            continue;
        if (entry.cut) {
            documents.append({prefix + entry.name, {}, tr("the return's file ends inside it: it was cut short")});
            continue;
        }
        m_total += entry.bytes.size();
        if (!isZip(entry.name))
            documents.append({prefix + entry.name, entry.bytes, {}});
        else if (!walkInner(entry.name, entry.bytes, prefix, 1))
            return false;
    }
    return true;
}

} // namespace

bool WhatsAppContainer::probe(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.peek(64 * 1024);
    file.close();
    if (!head.startsWith("PK\x03\x04"))
        return WhatsAppParser::looksLikeRecords(head);
    QuaZip zip(path);
    if (!openWhole(zip, head)) // its directory lost: its first entry says what it is
        return isReturnPart(ZipSalvage::firstEntryName(head));
    const QStringList names = zip.getFileNameList();
    zip.close();
    if (XlsxReader::isOfficePackage(names))
        return false;
    return std::any_of(names.cbegin(), names.cend(), isReturnPart);
}

WhatsAppReturnContents WhatsAppContainer::documents(const QString &path)
{
    WhatsAppReturnContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = tr("cannot open for reading: %1").arg(file.errorString());
        return contents;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QByteArray head = file.peek(64 * 1024);
    if (!head.startsWith("PK\x03\x04")) {
        contents.documents = {{fileName, file.readAll(), {}}};
        return contents;
    }
    file.close();
    Walker walker;
    bool ok = true;
    QuaZip zip(path);
    if (openWhole(zip, head)) {
        ok = walker.walk(zip, fileName + PlaceName::Separator, 1);
        zip.close();
    } else {
        // Cut short, or damaged at its end: each entry read from its own header, checked as a
        // whole ZIP's would be; what was lost is named.
        const SalvagedZip salvaged = ZipSalvage::read(path, isReturnPart, MaxTotalBytes);
        ok = walker.walkSalvaged(salvaged, fileName + PlaceName::Separator);
        if (!salvaged.end.isEmpty())
            contents.damage = tr("the return's ZIP has no directory that can be read, so its entries were read from "
                                 "their own headers: %1")
                                  .arg(salvaged.end);
    }
    if (!ok) {
        contents.error = walker.error;
        return contents;
    }
    if (walker.documents.isEmpty()) {
        contents.error = contents.damage.isEmpty() ? tr("the ZIP holds no records.html")
                                                   : tr("not a readable ZIP: %1").arg(contents.damage);
        return contents;
    }
    std::sort(walker.documents.begin(), walker.documents.end(),
              [](const ContainerDocument &a, const ContainerDocument &b) { return a.name < b.name; });
    contents.documents = walker.documents;
    return contents;
}
