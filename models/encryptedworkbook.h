#pragma once

#include "helperprogram.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// @brief A workbook Excel encrypted with a password ("Encrypt with Password": a compound file
/// holding the encrypted package; or an Excel 97-2003 workbook's "Password to open", its
/// workbook stream in RC4), as returns are sent with the password apart, decrypted with the
/// password the analyst gives by lookuplens-xls (the process that parses Office's compound
/// files), into a working copy read as any .xlsx or .xls; the file itself is only read.
class EncryptedWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedWorkbook)
public:
    struct Decrypted
    {
        QString path;               ///< the decrypted .xlsx or .xls; empty if there is none
        QString error;              ///< why not
        bool wrongPassword = false; ///< no password, or not its own, was given
        QString scheme;             ///< "AES-256, SHA512, 100000 spins", "RC4 CryptoAPI, …"
        QString integrity;          ///< "verified", "mismatch" or "absent"
        /// Decrypted with Excel's own password (ExcelDefaultPassword), not the analyst's.
        bool excelDefaultPassword = false;
        /// @brief As the source's metadata keeps it (office_encryption).
        QJsonObject toMetadata() const;
        /// @brief The warning an integrity check that fails gives; empty if it does not.
        QString warning() const;
    };

    /// @brief The password Excel encrypts a workbook with when it was asked only to protect it
    /// (a password to modify it, its structure locked), and opens it with without asking.
    static constexpr QLatin1StringView ExcelDefaultPassword{"VelvetSweatshop"};

    /// @brief Whether @p path is such a workbook (its compound file holds "EncryptedPackage", or
    /// a workbook stream encrypted with RC4).
    static bool isEncrypted(const QString &path);
    /// @brief The stream of such a workbook that is decrypted: "EncryptedPackage" or "Workbook".
    static QString encryptedPart(const QString &path);
    /// @brief The words for such a workbook read without a password.
    static QString passwordNeeded();
    /// @brief Decrypts the workbook at @p path into the folder @p dir with the one of
    /// @p passwords that opens it or, as Excel opens it, with ExcelDefaultPassword: the
    /// analyst's first, in turn. None opening it, Decrypted::wrongPassword is set.
    static Decrypted decrypt(const QString &path, const QStringList &passwords, const QString &dir,
                             const ReadWatch &watch = {});
    /// @brief What a source or event read from such a workbook says of it (@p metadata: its
    /// office_encryption); empty for any other.
    static QString decryptedNote(const QJsonObject &metadata);

private:
    /// @brief One try: the workbook at @p path decrypted with @p password to @p copy.
    static Decrypted decryptWith(const QString &path, const QString &password, const QString &copy, const ReadWatch &watch);
};
