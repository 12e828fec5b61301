#include "whatsappcontainer.h"

#include "encryptedzipentry.h"
#include "importfiles.h"
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

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    Walker(const QStringList &passwords, const std::function<bool(double)> &progress)
        : m_passwords(passwords), m_progress(progress)
    {
    }
    bool stopped = false; ///< the progress function said to stop
    /// @p source: where @p zip is (a file, or bytes), to decrypt its entries from; @p encryption:
    /// how the ZIP itself was encrypted in the one around it, if it was.
    bool walk(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int depth,
              const QString &encryption = {});
    /// The current entry of @p zip, numbered @p number in its directory: checked, and walked
    /// into (a delivery's ZIP) or taken (a records page); anything else passed over.
    bool walkEntry(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int depth,
                   const QString &encryption, int number);
    bool walkNested(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &name, const QString &prefix,
                    int depth, const QString &encryption, int number);
    bool takePage(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &name, const QString &prefix,
                  const QString &encryption, int number);
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
    /// @brief The same for a page itself encrypted in @p source, decrypted with the password
    /// that opens it, kept for the page to be decrypted again as it is parsed.
    bool checkEncryptedPage(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int number,
                            const QByteArray &delivery);
    /// @brief Adds @p size bytes to what the return expands to: false where it is too much.
    bool count(qint64 size);
    /// @brief Tells the progress function how far the walk is, @p within (0..1) of the current
    /// entry: false, with @p stopped set, where it says to stop.
    bool tell(double within);
    /// Where an entry, or a ZIP walked, lies in the return, as shares of its entries' compressed
    /// sizes: the walk's progress, in the directories' order.
    struct Span
    {
        double start = 0;
        double width = 1;
    };
    QStringList m_passwords;
    const std::function<bool(double)> &m_progress;
    Span m_span;  ///< of the ZIP being walked
    Span m_entry; ///< of its current entry
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
        if (!count(piece.size()) || !tell(double(size) / double(qMax<qint64>(1, file.usize()))))
            return false;
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

bool Walker::checkEncryptedPage(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int number,
                                const QByteArray &delivery)
{
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    Sha::Sha256 hash;
    qint64 size = 0;
    const qint64 before = m_total;
    const auto restart = [&]() { // a password tried before failed part of the way
        hash.result();
        size = 0;
        m_total = before;
    };
    bool walkError = false; // the return too large, or the walk stopped: said as checkPage says it
    const auto sink = [&](const char *data, qint64 length) {
        hash.addData(QByteArrayView(data, length));
        size += length;
        walkError = !count(length) || !tell(double(size) / double(qMax<qint64>(1, qint64(info.uncompressedSize))));
        return walkError ? EncryptedZipEntry::Copy::failed(error, false, true) : EncryptedZipEntry::Copy();
    };
    const auto read = EncryptedZipEntry::decrypt(source, info.name, m_passwords, qint64(info.compressedSize), restart, sink);
    if (!read.error.isEmpty()) {
        error = walkError ? read.error : prefix + read.error;
        needsPassword = read.wrongPassword;
        damaged = !read.wrongPassword && !read.refused;
        return false;
    }
    documents.append({prefix + info.name, {}, {}, EncryptedZipEntry::encryptionOf(info.method), {},
                      delivery.isEmpty() ? m_entries + QList<int>{number} : QList<int>{number},
                      QString::fromLatin1(hash.result().toHex()), size, delivery, read.passphrase});
    return true;
}

bool Walker::tell(double within)
{
    if (!m_progress)
        return true;
    stopped = !m_progress(qBound(0.0, m_entry.start + m_entry.width * qBound(0.0, within, 1.0), 1.0));
    if (stopped)
        error = tr("the reading was stopped");
    return !stopped;
}

bool Walker::count(qint64 size)
{
    m_total += size;
    if (m_total <= WhatsAppContainer::MaxTotalBytes)
        return true;
    error = tr("the return expands to more than %1 bytes; refused").arg(WhatsAppContainer::MaxTotalBytes);
    return false;
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
    // Each entry's share of the walk: its compressed size's share of the ZIP's.
    QList<qint64> shares;
    qint64 total = 0;
    for (const QuaZipFileInfo64 &info : zip.getFileInfoList64())
        total += shares.emplace_back(qMax<qint64>(1, qint64(info.compressedSize)));
    const Span span = m_span;
    qint64 before = 0;
    int number = -1; // of the entry, in the ZIP's directory order
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        ++number;
        const qint64 share = shares.value(number, 1);
        m_entry = {span.start + span.width * double(before) / double(qMax<qint64>(1, total)),
                   span.width * double(share) / double(qMax<qint64>(1, total))};
        before += share;
        if (!tell(0) || !walkEntry(zip, source, prefix, depth, encryption, number))
            return false;
    }
    return true;
}

bool Walker::walkEntry(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &prefix, int depth,
                       const QString &encryption, int number)
{
    const QString name = zip.getCurrentFileName();
    if (const QString unsafe = ZipGuard::checkReturnEntry(zip, !m_passwords.isEmpty(), &needsPassword); !unsafe.isEmpty()) {
        error = prefix + unsafe;
        return false;
    }
    if (isZip(name))
        return walkNested(zip, source, name, prefix, depth, encryption, number);
    if (isReturnPart(name))
        return takePage(zip, source, name, prefix, encryption, number);
    return true;
}

bool Walker::walkNested(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &name, const QString &prefix,
                        int depth, const QString &encryption, int number)
{
    if (depth >= WhatsAppContainer::MaxZipDepth) {
        error = tr("\"%1\" is a ZIP nested deeper than %2 levels; refused")
                    .arg(prefix + name, QString::number(depth));
        return false;
    }
    QByteArray bytes;
    QString own; // how this delivery's ZIP was encrypted, if it was
    if (!readCurrent(zip, source, prefix, &bytes, &own))
        return false;
    m_entries.append(number);
    const Span span = m_span;
    const Span entry = m_entry;
    m_span = entry; // its entries share its part of the walk
    const bool walked = walkInner(name, std::move(bytes), prefix, depth, own.isEmpty() ? encryption : own);
    m_span = span;
    m_entry = entry;
    m_entries.removeLast();
    return walked;
}

bool Walker::takePage(QuaZip &zip, const EncryptedZipEntry::Zip &source, const QString &name, const QString &prefix,
                      const QString &encryption, int number)
{
    // A page read as it is parsed: where its ZIPs can be opened again as they stand, or
    // out of its delivery's ZIP, held (decrypted, or salvaged from a return cut short).
    // A page itself encrypted is decrypted again as it is read.
    QuaZipFileInfo64 info;
    const bool known = zip.getCurrentFileInfo(&info);
    const bool reopenable = m_reopenable && encryption.isEmpty();
    if (known && (reopenable || source.path.isEmpty())) {
        const QByteArray delivery = reopenable ? QByteArray() : source.bytes;
        return (info.flags & 0x1) ? checkEncryptedPage(zip, source, prefix, number, delivery)
                                  : checkPage(zip, prefix, number, delivery, encryption);
    }
    QByteArray bytes;
    QString own; // how this page was encrypted, if it was
    if (!readCurrent(zip, source, prefix, &bytes, &own))
        return false;
    documents.append({prefix + name, bytes, {}, own.isEmpty() ? encryption : own});
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
    // Its own hash: the same delivery imported alone (its single inner ZIP) has it as its
    // container's, so an expert can show the two are one; one damaged, that it is the one the
    // provider listed.
    const QJsonObject delivery{{QStringLiteral("entry"), name},
                               {QStringLiteral("size"), bytes.size()},
                               {QStringLiteral("sha256"), QString::fromLatin1(Sha::sha256(bytes).toHex())}};
    if (ok) {
        for (qsizetype i = found; i < documents.size(); ++i) {
            if (documents[i].innerZip.isEmpty())
                documents[i].innerZip = delivery;
        }
    }
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
        documents.last().innerZip = delivery;
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
    qint64 total = 0; // each delivery's share of the walk: its share of the bytes salvaged
    for (const SalvagedEntry &entry : zip.entries)
        total += entry.bytes.size();
    qint64 before = 0;
    for (const SalvagedEntry &entry : zip.entries) {
        m_span = {double(before) / double(qMax<qint64>(1, total)), double(entry.bytes.size()) / double(qMax<qint64>(1, total))};
        before += entry.bytes.size();
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
    if (!ZipSalvage::openWhole(zip, head)) // its directory lost: its first entry says what it is
        return isReturnPart(ZipSalvage::firstEntryName(head));
    const QStringList names = zip.getFileNameList();
    zip.close();
    if (XlsxReader::isOfficePackage(names))
        return false;
    return std::any_of(names.cbegin(), names.cend(), isReturnPart);
}

WhatsAppReturnContents WhatsAppContainer::documents(const QString &path, const QStringList &passwords,
                                                   const std::function<bool(double)> &progress)
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
    Walker walker(passwords, progress);
    bool ok = true;
    QuaZip zip(path);
    if (ZipSalvage::openWhole(zip, head)) {
        ok = walker.walk(zip, {path, {}}, fileName + PlaceName::Separator, 1);
        zip.close();
    } else {
        // Cut short, or damaged at its end: each entry read from its own header, checked as a
        // whole ZIP's would be; what was lost is named.
        const SalvagedZip salvaged = ZipSalvage::read(path, isReturnPart, MaxTotalBytes);
        ok = walker.walkSalvaged(salvaged, fileName + PlaceName::Separator);
        contents.damage = salvaged.end;
        contents.damage.whatsAppReturn = true;
    }
    if (!ok) {
        contents.error = walker.error;
        contents.needsPassword = walker.needsPassword;
        contents.stopped = walker.stopped;
        return contents;
    }
    if (walker.documents.isEmpty()) {
        contents.error = contents.damage.isWhole() ? tr("the ZIP holds no records.html")
                                                   : tr("not a readable ZIP: %1").arg(contents.damage.text());
        return contents;
    }
    // As numbered: a return's tenth delivery after its ninth, not after its first.
    std::sort(walker.documents.begin(), walker.documents.end(),
              [](const ContainerDocument &a, const ContainerDocument &b) {
                  return ImportFiles::naturalLess(a.name, b.name);
              });
    contents.documents = walker.documents;
    return contents;
}
