#pragma once

#include "containerdamage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

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
    /// The delivery's ZIP inside the return the page was found in: its entry, size and SHA-256,
    /// as a ZIP of tables names the ZIP inside it (metadata.inner_zip). Empty for a page of no
    /// delivery's ZIP.
    QJsonObject innerZip = {};
};

/// @brief What a return holds, or why it cannot be read.
struct WhatsAppReturnContents
{
    QList<ContainerDocument> documents; ///< sorted by name; empty where the return cannot be read
    QString error;
    /// Where the return's own ZIP is cut short or damaged at its end, how: its documents were
    /// read from the entries' own headers, and what was lost is named. Whole if it is not.
    ContainerDamage damage;
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
