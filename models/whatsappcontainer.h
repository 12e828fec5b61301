#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class EncryptedZipEntryReader;
class QuaZip;
class QuaZipFile;
class QBuffer;

/// @brief One records.html found in a WhatsApp return, with where it was found.
struct ContainerDocument
{
    QString name;   ///< "outer.zip › delivery-1.zip › records.html", or the file name
    QByteArray bytes;
    /// Why a delivery inside the return cannot be read (its ZIP damaged as it was packed into
    /// the return, which is whole): named, while the others are read. Empty for a page read.
    QString unreadable;
    /// How it, or the delivery's ZIP it is in, was encrypted in the return ("AES", "ZipCrypto"),
    /// decrypted with the password given; empty if it was not.
    QString encryption;
    /// The file the page is, read from there when it is read (@p bytes left empty): a bare
    /// records.html, never held whole. Empty for a page taken out of a ZIP.
    QString file = {};
    /// Where a page not held (@p bytes left empty) is inside the return's ZIP: the entries'
    /// numbers, for ZippedPage::open. A page of a return cut short that is not in a delivery's
    /// ZIP is held.
    QList<int> entries = {};
    QString sha256 = {}; ///< of a page not held, found as it was checked
    qint64 size = 0;     ///< of a page not held
    /// The delivery's ZIP the page is in, where it cannot be opened again from the return (it was
    /// decrypted, or the return is cut short): held, compressed, the page read out of it as it is
    /// parsed (@p entries its number there). Empty where the page is held or read from the return.
    QByteArray delivery = {};
    /// The passphrase that opened the page, itself encrypted in its ZIP: it is decrypted again
    /// as it is parsed. Kept in memory for the import alone, never written.
    QByteArray passphrase = {};
};

/// @brief A return's ZIP opened once for all its pages, which are read in the order they were
/// found: reopened, and walked to from its first entry, for each page, a return of 960
/// deliveries read its directory 960 times and walked it half through each time.
class ReturnZip final
{
public:
    explicit ReturnZip(const QString &path);
    ~ReturnZip();
    const QString &path() const { return m_path; }
    /// @brief Makes the entry numbered @p number (from 0, in the directory's order) the current
    /// one, walking on from the current one where it is further on; false where there is none.
    bool goTo(int number);
    QuaZip &zip() { return *m_zip; }

private:
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    int m_current = -1; ///< the current entry's number; -1 before the ZIP is opened
};

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
    /// @brief Opens the page numbered @p entry in the ZIP @p zip, decrypting it with @p passphrase
    /// if it is given; @p zipAsFile: where @p zip is, for libarchive (the file, or the delivery's
    /// bytes held).
    bool openPage(QuaZip &zip, int entry, const QString &zipAsFile, const QByteArray &passphrase, QString *error);
    /// @brief Opens the current entry of @p zip, a plain page.
    bool openCurrent(QuaZip &zip, QString *error);
    QByteArray m_deliveryBytes; ///< the delivery's ZIP, where the page is in one
    std::unique_ptr<QBuffer> m_delivery;
    std::unique_ptr<QuaZip> m_inner;
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<EncryptedZipEntryReader> m_decrypted; ///< the page, where it is itself encrypted
};

/// @brief What a return holds, or why it cannot be read.
struct WhatsAppReturnContents
{
    QList<ContainerDocument> documents; ///< sorted by name; empty where the return cannot be read
    QString error;
    /// Where the return's own ZIP is cut short or damaged at its end, how, in words: its
    /// documents were read from the entries' own headers, and what was lost is named.
    QString damage;
    bool needsPassword = false; ///< refused: encrypted, and no password, or not its own, was given
    bool stopped = false;       ///< the progress function said to stop: nothing is returned
};

/// @brief Opens a WhatsApp pen-register return: an outer ZIP of inner ZIPs (one per delivery),
/// a single inner ZIP, or a bare records.html. Refuses path traversal, absurd expansion and
/// nesting deeper than two ZIPs, and a return whose own ZIP is damaged, with a message and no
/// partial result; a damaged delivery inside a whole return is one document, unreadable. A
/// return cut short (its directory lost) gives its whole deliveries, the one it ends in unreadable.
class WhatsAppContainer final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    static constexpr int MaxZipDepth = 2;
    static constexpr qint64 MaxTotalBytes = qint64(8) * 1024 * 1024 * 1024;

    /// @brief True if @p path is a WhatsApp return (a records page, or a ZIP that is not a workbook).
    static bool probe(const QString &path);
    /// @brief The return's records pages; @p passwords open a return whose ZIPs are encrypted,
    /// each tried in turn. Its pages are checked whole as they are found (seconds for a return of
    /// a million messages): @p progress is told how far into the return's file they are (0..1),
    /// and stops them where it says to (WhatsAppReturnContents::stopped).
    static WhatsAppReturnContents documents(const QString &path, const QStringList &passwords = {},
                                            const std::function<bool(double)> &progress = {});
};
