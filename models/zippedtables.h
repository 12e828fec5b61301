#pragma once

#include "containerdamage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct QuaZipFileInfo64;

/// @brief A ZIP of a return's tables, as a portal's download or a return zipped with its LOG/
/// folder comes: each table in it is imported as a source of its own, named by its place in
/// the ZIP ("return.zip › LOG/calls.csv"), with the ZIP's SHA-256 beside the table's own (the
/// hash the provider gave is the ZIP's). Tables are read from a working copy of the entry,
/// taken through ZipGuard's checks; the ZIP is only read. A workbook, an OpenDocument file and a
/// WhatsApp return are ZIPs of their own kinds, read as such.
class ZippedTables final
{
    Q_DECLARE_TR_FUNCTIONS(ZippedTables)
public:
    struct Place
    {
        QString zipPath; ///< the ZIP as named
        QString entry;   ///< the table's path inside it, or the path of the ZIP holding it
        QString innerEntry; ///< the table's path inside the ZIP at @c entry; empty if none
    };
    struct Listing
    {
        QStringList tables;   ///< the entries that may hold records, in name order
        QStringList leftOut;  ///< "ENTRY: why", for each other file in it
        /// Why the ZIP is refused whole (an entry escaping its folder, a bomb): nothing in it is
        /// read, as for a WhatsApp return. Empty if it is not.
        QString refusal;
        bool needsPassword = false; ///< refused because an entry is encrypted and no password was given
        /// Why the ZIP is not whole, where it was cut short (its directory lost): its entries are
        /// then read from their own headers, the one it ends inside up to there (ZipSalvage).
        /// Whole if it is.
        ContainerDamage damage;
    };
    /// A working copy of an entry.
    struct Copy
    {
        QString path;  ///< empty if it could not be made
        QString error; ///< why not
        bool refused = false;       ///< ZipGuard refuses the entry (and so the ZIP)
        bool needsPassword = false; ///< the entry is encrypted: no password, or not its own, was given
        QString encryption;         ///< how it was encrypted, if it was decrypted (EncryptedZipEntry)
        bool cutShort = false;      ///< the ZIP ends inside the entry: the copy holds what there is of it
        static Copy made(const QString &path, const QString &encryption = {})
        {
            Copy copy;
            copy.path = path;
            copy.encryption = encryption;
            return copy;
        }
        static Copy failed(const QString &error, bool refused = false, bool needsPassword = false)
        {
            Copy copy;
            copy.error = error;
            copy.refused = refused;
            copy.needsPassword = needsPassword;
            return copy;
        }
    };

    /// @brief The ZIP and entry a name PlaceName::within(zip, entry) gave stands for, if it is one.
    static std::optional<Place> placeOf(const QString &name);
    /// @brief The tables in @p zipPath, if it is a ZIP of tables (or its refusal, if ZipGuard
    /// refuses an entry of it); nullopt for any other file. @p passwords: the ZIP's, if its
    /// entries are encrypted, each tried in turn (on the ZIP and the ZIPs in it).
    static std::optional<Listing> list(const QString &zipPath, const QStringList &passwords = {});
    /// @brief Copies the entry @p entry of @p zipPath (a table, or a ZIP of tables within it)
    /// into the folder @p dir, decrypted with the one of @p passwords that opens it if it is encrypted.
    static Copy copyOut(const QString &zipPath, const QString &entry, const QString &dir, const QStringList &passwords = {});

private:
    /// @brief The listing of @p zipPath, named as @p shownAs, a ZIP @p depth levels down (1: the
    /// one named).
    static std::optional<Listing> listZip(const QString &zipPath, const QString &shownAs, int depth,
                                          const QStringList &passwords);
    /// @brief Puts the entry @p name of @p zipPath among the tables of @p listing, or its files
    /// left out; false if it is a WhatsApp delivery's ZIP, the ZIP around it a WhatsApp return.
    static bool sortOut(const QString &zipPath, const QString &shownAs, const QString &name, int depth,
                        const QStringList &passwords, Listing &listing);
    /// @brief Puts the tables of the ZIP of tables @p name inside @p zipPath among those of
    /// @p listing; false if it is a WhatsApp delivery.
    static bool listInner(const QString &zipPath, const QString &shownAs, const QString &name, const QStringList &passwords,
                          Listing &listing);
    /// @brief Decrypts the current entry of @p zip, of @p info, into @p copyPath.
    /// @brief The listing of a ZIP whose directory cannot be read, from its entries' own headers;
    /// nullopt if it holds no table, a workbook's parts or a WhatsApp return's.
    static std::optional<Listing> listSalvaged(const QString &zipPath, const QString &shownAs, int depth,
                                               const QStringList &passwords);
    static Copy salvageOut(const QString &zipPath, const QString &entryName, const QString &copyPath);
    static Copy decryptOut(const QString &zipPath, const QuaZipFileInfo64 &info, const QStringList &passwords,
                           const QString &copyPath);
};
