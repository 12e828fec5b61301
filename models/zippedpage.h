#pragma once

#include "whatsappcontainer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

class EncryptedZipEntryReader;
class QBuffer;
class QuaZip;
class QuaZipFile;
class ReturnZip;

/// @brief A records page inside a return's ZIP (or a ZIP in it), opened again to be read a piece
/// at a time as it is parsed.
class ZippedPage final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    /// @brief Opens the page of @p document, in the return @p zip, where its entries say (the
    /// entry's number in the return's ZIP, then, for a page in a delivery's ZIP, its number in
    /// that one; or its number in the delivery's ZIP the document holds); nullptr with @p error
    /// set. @p zip stays on the page's entry (or its delivery's) while the page is read.
    static std::unique_ptr<ZippedPage> open(ReturnZip &zip, const ContainerDocument &document, QString *error);
    ~ZippedPage();
    QIODevice &device();
    /// @brief Why what was read is not what was checked before (its CRC-32), or empty: called
    /// once the page is read to its end.
    QString close();

private:
    ZippedPage();
    /// @brief Reads the delivery's ZIP numbered @p entry in the return's ZIP @p zip, to hold it.
    bool readDelivery(ReturnZip &zip, int entry, QString *error);
    /// @brief Opens the current entry of @p zip, the page, decrypting it with @p passphrase if it
    /// is given; @p zipAsFile: where @p zip is, for libarchive (the file, or, empty, the delivery's
    /// bytes held).
    bool openPage(QuaZip &zip, const QString &zipAsFile, const QByteArray &passphrase, QString *error);
    /// @brief Opens the current entry of @p zip, a plain page.
    bool openCurrent(QuaZip &zip, QString *error);
    QByteArray m_deliveryBytes; ///< the delivery's ZIP, where the page is in one
    std::unique_ptr<QBuffer> m_delivery;
    std::unique_ptr<QuaZip> m_inner;
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<EncryptedZipEntryReader> m_decrypted; ///< the page, where it is itself encrypted
};
