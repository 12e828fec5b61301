#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

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
    };

    /// @brief The ZIP and entry a name PlaceName::within(zip, entry) gave stands for, if it is one.
    static std::optional<Place> placeOf(const QString &name);
    /// @brief The tables in @p zipPath, if it is a ZIP of tables (or its refusal, if ZipGuard
    /// refuses an entry of it); nullopt for any other file.
    static std::optional<Listing> list(const QString &zipPath);
    /// @brief Copies the entry @p entry of @p zipPath (a table, or a ZIP of tables within it)
    /// into the folder @p dir; the copy's path, or empty with @p error set (an entry damaged,
    /// or refused by ZipGuard, which sets @p refused).
    static QString copyOut(const QString &zipPath, const QString &entry, const QString &dir, QString *error,
                           bool *refused = nullptr);

private:
    /// @brief The listing of @p zipPath, named as @p shownAs, a ZIP @p depth levels down (1: the
    /// one named).
    static std::optional<Listing> listZip(const QString &zipPath, const QString &shownAs, int depth);
    /// @brief Puts the entry @p name of @p zipPath among the tables of @p listing, or its files
    /// left out; false if it is a WhatsApp delivery's ZIP, the ZIP around it a WhatsApp return.
    static bool sortOut(const QString &zipPath, const QString &shownAs, const QString &name, int depth, Listing &listing);
    /// @brief Puts the tables of the ZIP of tables @p name inside @p zipPath among those of
    /// @p listing; false if it is a WhatsApp delivery.
    static bool listInner(const QString &zipPath, const QString &shownAs, const QString &name, Listing &listing);
};
