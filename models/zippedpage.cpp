#include "zippedpage.h"

#include "encryptedzipentry.h"
#include "encryptedzipentryreader.h"
#include "returnzip.h"
#include "zipguard.h"

#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>

namespace {

/// Makes the entry numbered @p number (from 0, in the ZIP's directory order) the current one.
bool goToEntry(QuaZip &zip, int number)
{
    bool more = zip.goToFirstFile();
    for (int i = 0; i < number && more; ++i)
        more = zip.goToNextFile();
    return more;
}

} // namespace

ZippedPage::ZippedPage() = default;
ZippedPage::~ZippedPage() = default;

std::unique_ptr<ZippedPage> ZippedPage::open(ReturnZip &zip, const ContainerDocument &document, QString *error)
{
    // The ZIP the page is in: its delivery's, held or read again out of the return's, or the
    // return's own.
    std::unique_ptr<ZippedPage> page(new ZippedPage);
    const QList<int> &entries = document.entries;
    if (entries.isEmpty()) {
        *error = tr("the ZIP cannot be opened again to read its page");
        return nullptr;
    }
    const bool inDelivery = !document.delivery.isEmpty() || entries.size() > 1;
    if (!document.delivery.isEmpty())
        page->m_deliveryBytes = document.delivery;
    else if (inDelivery && !page->readDelivery(zip, entries.first(), error))
        return nullptr;
    if (inDelivery) {
        page->m_delivery = std::make_unique<QBuffer>(&page->m_deliveryBytes);
        page->m_inner = std::make_unique<QuaZip>(page->m_delivery.get());
        if (!page->m_inner->open(QuaZip::mdUnzip) || !goToEntry(*page->m_inner, entries.last())) {
            *error = tr("the ZIP cannot be opened again to read its page");
            return nullptr;
        }
        return page->openPage(*page->m_inner, QString(), document.passphrase, error) ? std::move(page) : nullptr;
    }
    if (!zip.goTo(entries.first())) {
        *error = tr("the ZIP cannot be opened again to read its page");
        return nullptr;
    }
    return page->openPage(zip.zip(), zip.path(), document.passphrase, error) ? std::move(page) : nullptr;
}

bool ZippedPage::readDelivery(ReturnZip &zip, int entry, QString *error)
{
    if (!zip.goTo(entry)) {
        *error = tr("the ZIP cannot be opened again to read its page");
        return false;
    }
    QuaZipFile delivery(&zip.zip());
    if (!delivery.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read \"%1\" from the ZIP").arg(zip.zip().getCurrentFileName());
        return false;
    }
    m_deliveryBytes = delivery.readAll();
    *error = ZipGuard::closeWhole(delivery);
    return error->isEmpty();
}

bool ZippedPage::openPage(QuaZip &zip, const QString &zipAsFile, const QByteArray &passphrase, QString *error)
{
    if (passphrase.isEmpty())
        return openCurrent(zip, error);
    // Decrypted again with the passphrase that opened it when it was checked.
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    m_decrypted = std::make_unique<EncryptedZipEntryReader>(EncryptedZipEntry::Zip{zipAsFile, m_deliveryBytes}, info.name,
                                                            passphrase, qint64(info.compressedSize));
    *error = m_decrypted->failure();
    return error->isEmpty();
}

bool ZippedPage::openCurrent(QuaZip &zip, QString *error)
{
    m_file = std::make_unique<QuaZipFile>(&zip);
    if (!m_file->open(QIODevice::ReadOnly)) {
        *error = tr("cannot read \"%1\" from the ZIP").arg(zip.getCurrentFileName());
        return false;
    }
    return true;
}

QIODevice &ZippedPage::device()
{
    return m_decrypted ? static_cast<QIODevice &>(*m_decrypted) : *m_file;
}

QString ZippedPage::close()
{
    // Its CRC-32 (or AES's authentication code) is checked only once it is read to its end.
    while (!device().read(1024 * 1024).isEmpty()) {
    }
    return m_decrypted ? m_decrypted->failure() : ZipGuard::closeWhole(*m_file);
}
