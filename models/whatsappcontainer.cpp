#include "whatsappcontainer.h"

#include "encryptedzipentry.h"
#include "placename.h"
#include "sha.h"
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

/// Makes the entry numbered @p number (from 0, in the ZIP's directory order) the current one.
bool goToEntry(QuaZip &zip, int number)
{
    bool more = zip.goToFirstFile();
    for (int i = 0; i < number && more; ++i)
        more = zip.goToNextFile();
    return more;
}

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    explicit Walker(const QStringList &passwords) : m_passwords(passwords) {}
    /// @p source: where @p zip is (a file, or bytes), to decrypt its entries from; @p encryption:
    /// how the ZIP itself was encrypted in the one around it, if it was.
    bool walk(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int depth,
              const QString &encryption = {});
    /// The return's entries as read from their own headers (its directory cannot be read).
    bool walkSalvaged(const SalvagedZip &zip, const QString &prefix);
    QList<ContainerDocument> documents;
    QString error;
    bool damaged = false; ///< the error is damage to a ZIP's content, not a refusal
    bool needsPassword = false; ///< the error is an encrypted entry no password given opens

private:
    /// @p encryption: set to how the entry was encrypted, if it was.
    bool readCurrent(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, QByteArray *bytes,
                     QString *encryption);
    bool readDecrypted(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, QByteArray *bytes,
                       QString *encryption);
    /// A delivery's ZIP: false where it refuses the whole return.
    bool walkInner(const QString &name, QByteArray bytes, const QString &prefix, int depth,
                   const QString &encryption = {});
    /// @brief Checks the current entry, a records page, a piece at a time (its CRC-32, the
    /// return's limit), and names where it is, for ZippedPage::open, rather than holding it:
    /// numbered in the return's ZIPs, or in @p delivery, the delivery's ZIP, held, where it is
    /// given. @p encryption: how its delivery's ZIP was encrypted, if it was.
    bool checkPage(QuaZip &zip, const QString &prefix, int number, const QByteArray &delivery,
                   const QString &encryption);
    QStringList m_passwords;
    qint64 m_total = 0;
    QList<int> m_entries; ///< the numbers of the entries (ZIPs) being walked inside, from the return's
    bool m_reopenable = true; ///< the return's ZIP can be opened again by its directory: pages need not be held
};

bool Walker::checkPage(QuaZip &zip, const QString &prefix, int number, const QByteArray &delivery,
                       const QString &encryption)
{
    const QString name = zip.getCurrentFileName();
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("cannot read \"%1\" from the ZIP").arg(name);
        return false;
    }
    Sha::Sha256 hash;
    qint64 size = 0;
    for (QByteArray piece = file.read(1024 * 1024); !piece.isEmpty(); piece = file.read(1024 * 1024)) {
        hash.addData(piece);
        size += piece.size();
        m_total += piece.size();
        if (m_total > WhatsAppContainer::MaxTotalBytes) {
            error = tr("the return expands to more than %1 bytes; refused").arg(WhatsAppContainer::MaxTotalBytes);
            return false;
        }
    }
    if (const QString damage = ZipGuard::closeWhole(file); !damage.isEmpty()) {
        error = prefix + damage;
        damaged = true;
        return false;
    }
    documents.append({prefix + name, {}, {}, encryption, {},
                      delivery.isEmpty() ? m_entries + QList<int>{number} : QList<int>{number},
                      QString::fromLatin1(hash.result().toHex()), size, delivery});
    return true;
}

bool Walker::readDecrypted(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, QByteArray *bytes,
                           QString *encryption)
{
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    const auto read = EncryptedZipEntry::read(source, info.name, m_passwords, qint64(info.compressedSize),
                                              WhatsAppContainer::MaxTotalBytes - m_total, bytes);
    if (!read.error.isEmpty()) {
        error = prefix + read.error;
        needsPassword = read.wrongPassword;
        damaged = !read.wrongPassword && !read.refused; // a delivery that cannot be decrypted, named
        return false;
    }
    *encryption = EncryptedZipEntry::encryptionOf(info.method);
    m_total += bytes->size();
    return true;
}

bool Walker::readCurrent(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, QByteArray *bytes,
                         QString *encryption)
{
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && (info.flags & 0x1))
        return readDecrypted(zip, source, prefix, bytes, encryption);
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

bool Walker::walk(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int depth,
                  const QString &encryption)
{
    int number = -1; // of the entry, in the ZIP's directory order
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        ++number;
        const QString name = zip.getCurrentFileName();
        if (const QString unsafe = ZipGuard::checkReturnEntry(zip, !m_passwords.isEmpty(), &needsPassword); !unsafe.isEmpty()) {
            error = prefix + unsafe;
            return false;
        }
        QString own; // how this entry was encrypted, if it was: its page's, or its delivery's
        if (isZip(name)) {
            if (depth >= WhatsAppContainer::MaxZipDepth) {
                error = tr("\"%1\" is a ZIP nested deeper than %2 levels; refused").arg(prefix + name).arg(depth);
                return false;
            }
            QByteArray bytes;
            if (!readCurrent(zip, source, prefix, &bytes, &own))
                return false;
            m_entries.append(number);
            const bool walked = walkInner(name, std::move(bytes), prefix, depth, own.isEmpty() ? encryption : own);
            m_entries.removeLast();
            if (!walked)
                return false;
        } else if (isReturnPart(name)) {
            // A page read as it is parsed: where its ZIPs can be opened again as they stand, or
            // out of its delivery's ZIP, held (decrypted, or salvaged from a return cut short).
            // A page itself encrypted is held, decrypted.
            QuaZipFileInfo64 info;
            const bool plain = zip.getCurrentFileInfo(&info) && !(info.flags & 0x1);
            const bool reopenable = m_reopenable && encryption.isEmpty();
            if (plain && (reopenable || source.path.isEmpty())) {
                if (!checkPage(zip, prefix, number, reopenable ? QByteArray() : source.bytes, encryption))
                    return false;
                continue;
            }
            QByteArray bytes;
            if (!readCurrent(zip, source, prefix, &bytes, &own))
                return false;
            documents.append({prefix + name, bytes, {}, own.isEmpty() ? encryption : own});
        }
    }
    return true;
}

bool Walker::walkInner(const QString &name, QByteArray bytes, const QString &prefix, int depth,
                       const QString &encryption)
{
    QBuffer buffer(&bytes);
    QuaZip inner(&buffer);
    const qsizetype found = documents.size();
    const bool ok = inner.open(QuaZip::mdUnzip)
                    && walk(inner, {QString(), bytes}, prefix + name + PlaceName::Separator, depth + 1, encryption);
    if (inner.isOpen())
        inner.close();
    if (!ok && !error.isEmpty() && !damaged)
        return false; // a refusal (traversal, a bomb, nesting, a password) refuses the whole return
    if (!ok) { // damaged as it was packed into this ZIP, which is whole: the others are read
        const QString within = prefix + name + PlaceName::Separator;
        documents.resize(found);
        const QString why = error.isEmpty() ? ZipSalvage::whyNotWhole(QByteArrayView(bytes)) : QString();
        documents.append({prefix + name, {},
                          !why.isEmpty()               ? tr("not a readable ZIP: %1").arg(why)
                          : error.isEmpty()            ? tr("not a readable ZIP")
                          : error.startsWith(within) ? error.mid(within.size())
                                                     : error,
                          encryption});
        error.clear();
        damaged = false;
    }
    return true;
}

bool Walker::walkSalvaged(const SalvagedZip &zip, const QString &prefix)
{
    m_reopenable = false; // its entries are found by their own headers, not by a directory
    if (!zip.refusal.isEmpty()) {
        error = prefix + zip.refusal;
        return false;
    }
    for (const SalvagedEntry &entry : zip.entries) {
        if (!isReturnPart(entry.name))
            continue;
        if (entry.cut) {
            documents.append({prefix + entry.name, {}, tr("the return's file ends inside it: it was cut short"), {}});
            continue;
        }
        m_total += entry.bytes.size();
        if (!isZip(entry.name))
            documents.append({prefix + entry.name, entry.bytes, {}, {}});
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

WhatsAppReturnContents WhatsAppContainer::documents(const QString &path, const QStringList &passwords)
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
        contents.documents = {{fileName, {}, {}, {}, path}};
        return contents;
    }
    file.close();
    Walker walker(passwords);
    bool ok = true;
    QuaZip zip(path);
    if (openWhole(zip, head)) {
        ok = walker.walk(zip, {path, {}}, fileName + PlaceName::Separator, 1);
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
        contents.needsPassword = walker.needsPassword;
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

ZippedPage::ZippedPage() = default;
ZippedPage::~ZippedPage() = default;

std::unique_ptr<ZippedPage> ZippedPage::open(const QString &path, const ContainerDocument &document, QString *error)
{
    std::unique_ptr<ZippedPage> page(new ZippedPage);
    const QList<int> &entries = document.entries;
    if (!document.delivery.isEmpty()) { // the delivery's ZIP, decrypted or salvaged, is held
        if (entries.isEmpty() || !page->openInDelivery(document.delivery, entries.last(), error))
            return nullptr;
        return page;
    }
    page->m_outer = std::make_unique<QuaZip>(path);
    QuaZip *zip = page->m_outer.get();
    if (entries.isEmpty() || !zip->open(QuaZip::mdUnzip) || !goToEntry(*zip, entries.first())) {
        *error = tr("the ZIP cannot be opened again to read its page");
        return nullptr;
    }
    if (entries.size() > 1) { // the page is in a delivery's ZIP: that ZIP is held, the page read from it
        QuaZipFile delivery(zip);
        if (!delivery.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read \"%1\" from the ZIP").arg(zip->getCurrentFileName());
            return nullptr;
        }
        const QByteArray bytes = delivery.readAll();
        if (const QString damage = ZipGuard::closeWhole(delivery); !damage.isEmpty()) {
            *error = damage;
            return nullptr;
        }
        if (!page->openInDelivery(bytes, entries.last(), error))
            return nullptr;
        return page;
    }
    page->m_file = std::make_unique<QuaZipFile>(zip);
    if (!page->m_file->open(QIODevice::ReadOnly)) {
        *error = tr("cannot read \"%1\" from the ZIP").arg(zip->getCurrentFileName());
        return nullptr;
    }
    return page;
}

bool ZippedPage::openInDelivery(const QByteArray &delivery, int entry, QString *error)
{
    m_deliveryBytes = delivery;
    m_delivery = std::make_unique<QBuffer>(&m_deliveryBytes);
    m_inner = std::make_unique<QuaZip>(m_delivery.get());
    if (!m_inner->open(QuaZip::mdUnzip) || !goToEntry(*m_inner, entry)) {
        *error = tr("the ZIP cannot be opened again to read its page");
        return false;
    }
    m_file = std::make_unique<QuaZipFile>(m_inner.get());
    if (!m_file->open(QIODevice::ReadOnly)) {
        *error = tr("cannot read \"%1\" from the ZIP").arg(m_inner->getCurrentFileName());
        return false;
    }
    return true;
}

QIODevice &ZippedPage::device()
{
    return *m_file;
}

QString ZippedPage::close()
{
    // Its CRC-32 is checked only once it is read to its end.
    while (!m_file->read(1024 * 1024).isEmpty()) {
    }
    return ZipGuard::closeWhole(*m_file);
}
