#pragma once

#include "containerdamage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;
class QuaZip;

/// @brief One entry read from its own local header, whole and checked against its CRC-32.
struct SalvagedEntry
{
    QString name;
    QByteArray bytes; ///< empty where not kept (see ZipSalvage::read) or where the file ends inside it
    bool cut = false; ///< the file ends inside this entry: it is not whole, and holds nothing
};

/// @brief What could be read of a ZIP without its central directory.
struct SalvagedZip
{
    QList<SalvagedEntry> entries; ///< in the order of the file
    /// Why the whole file is refused (a name escaping its folder, a bomb, an entry failing its
    /// CRC-32 or compressed in a way not read), or empty.
    QString refusal;
    ContainerDamage end; ///< how the file ends (see ZipSalvage::read); whole where it has its directory
};

/// @brief Reads the entries of a ZIP whose central directory cannot be read, the file cut short
/// (a partial download, a leak sent in part) or damaged at its end, from the local header each
/// entry's data starts with. No Debian library does: minizip (under QuaZip) and libzip both
/// need the directory. Every entry read is checked against its CRC-32 and the same limits as a
/// whole ZIP's (ZipGuard); the one the file ends inside is named, as cut.
class ZipSalvage final
{
    Q_DECLARE_TR_FUNCTIONS(ZipSalvage)
public:
    /// @param keep which entries' bytes to keep (the others are read, to find where they end,
    /// and checked, but not kept)
    /// @param maxKeptBytes the most the kept entries may hold together; past it the file is refused
    static SalvagedZip read(const QString &path, const std::function<bool(const QString &)> &keep, qint64 maxKeptBytes);
    /// @brief Writes the entry @p entry of the ZIP at @p path to @p out as it is decompressed,
    /// never holding it whole (a table may be larger than memory allows). Where the file ends
    /// inside it, what it holds up to there is written and its SalvagedEntry says @c cut.
    /// @return the ZIP as read whole (its end, a refusal); its entries hold no bytes
    static SalvagedZip copyOut(const QString &path, const QString &entry, QIODevice &out);
    /// @brief Why the ZIP at @p path cannot be opened whole, where reading its entries one by one
    /// finds it ("the file ends inside the entry …"), or an empty string.
    static QString whyNotWhole(const QString &path);
    /// @brief The same for a ZIP held in memory (a delivery inside a return); an empty string
    /// where @p bytes do not even start as a ZIP.
    static QString whyNotWhole(QByteArrayView bytes);
    /// @brief The name of the first entry of a ZIP starting with @p head, read from its local
    /// header, or an empty string.
    static QString firstEntryName(const QByteArray &head);
    /// @brief Opens @p zip (for reading), where its directory is the file's own (@p head: the
    /// file's first bytes). A file cut short whose directory is lost can still end with the
    /// directory of a ZIP stored inside it (packed uncompressed): minizip finds that one, and
    /// would read the file as that ZIP.
    static bool openWhole(QuaZip &zip, const QByteArray &head);
    static bool openWhole(QuaZip &zip, const QString &path);

private:
    static SalvagedZip readMapped(const QString &path, const std::function<bool(const QString &)> &keep,
                                  qint64 maxKeptBytes, QIODevice *out);
};
