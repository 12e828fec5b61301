#pragma once

#include <QCoreApplication>
#include <QString>

class QuaZip;
class QuaZipFile;

/// @brief Refuses ZIP entries that would expand absurdly or escape their folder.
class ZipGuard final
{
    Q_DECLARE_TR_FUNCTIONS(ZipGuard)
public:
    static constexpr qint64 MaxEntryBytes = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 250;
    static constexpr qint64 RatioFloorBytes = 64 * 1024 * 1024;

    /// @brief An error message for the current entry of @p zip, or an empty string if safe. An
    /// entry encrypted with a password is refused unless @p passwordGiven (decrypted elsewhere).
    static QString checkCurrentEntry(QuaZip &zip, bool passwordGiven = false);
    /// @brief An error message for an entry of these sizes (too large, or a bomb), or an empty string.
    static QString checkSizes(const QString &name, qint64 compressed, qint64 uncompressed);
    static bool isSafeEntryName(const QString &name);
    /// @brief Closes @p file, an entry read to its end, and says why what was read is not what
    /// was written into the ZIP (a read error, or its CRC-32 not matching), or an empty string.
    /// A stored entry whose bytes were changed reads without any other error.
    static QString closeWhole(QuaZipFile &file);
    /// @brief The words for an entry encrypted with a password (returns are sent so, the password
    /// given apart): read as it stands, it would be "damaged".
    static QString encrypted(const QString &name);
    /// @brief As checkCurrentEntry(), for a return's ZIP, whose encrypted entries the password the
    /// analyst gives opens: such an entry read without one is refused in words asking for it,
    /// @p needsPassword set.
    static QString checkReturnEntry(QuaZip &zip, bool passwordGiven, bool *needsPassword);
    /// @brief The words for an entry that does not match its CRC-32.
    static QString crcMismatch(const QString &name);
    /// @brief The words for an entry whose compressed data breaks off (@p error: zlib's, or minizip's).
    static QString unreadableData(const QString &name, int error);
};
