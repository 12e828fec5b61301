#include "encryptedworkbook.h"

#include "xlsreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

// Deriving the key takes 100,000 hashes; decrypting, a pass over the file.
constexpr int DecryptTimeoutMs = 5 * 60 * 1000;

} // namespace

bool EncryptedWorkbook::isEncrypted(const QString &path)
{
    return XlsReader::encryptionOf(path) != XlsReader::Encryption::None;
}

QString EncryptedWorkbook::encryptedPart(const QString &path)
{
    return XlsReader::isEncryptedPackage(path) ? QStringLiteral("EncryptedPackage") : QStringLiteral("Workbook");
}

QString EncryptedWorkbook::passwordNeeded()
{
    return tr("a workbook encrypted with a password (as Excel encrypts one): give the password it was sent with");
}

EncryptedWorkbook::Decrypted EncryptedWorkbook::decrypt(const QString &path, const QStringList &passwords,
                                                        const QString &dir, const ReadWatch &watch)
{
    QDir().mkpath(dir);
    // An .xlsx encrypted whole decrypts to the .xlsx; an .xls, to the .xls without its password.
    const QString suffix = XlsReader::isEncryptedPackage(path) ? QStringLiteral(".xlsx") : QStringLiteral(".xls");
    const QString copy = QDir(dir).filePath(QFileInfo(path).completeBaseName() + suffix);
    for (const QString &password : passwords) {
        if (Decrypted decrypted = decryptWith(path, password, copy, watch); !decrypted.wrongPassword)
            return decrypted;
    }
    // Excel opens a workbook it encrypted with its own password without asking for one: an
    // analyst who was sent none must not be asked for one, nor one who gave another file's.
    Decrypted decrypted = decryptWith(path, ExcelDefaultPassword, copy, watch);
    decrypted.excelDefaultPassword = decrypted.error.isEmpty();
    if (decrypted.wrongPassword && passwords.isEmpty())
        decrypted.error = passwordNeeded();
    else if (decrypted.wrongPassword && passwords.size() > 1)
        decrypted.error = tr("none of the %n passwords given opens the encrypted workbook", nullptr, int(passwords.size()));
    return decrypted;
}

EncryptedWorkbook::Decrypted EncryptedWorkbook::decryptWith(const QString &path, const QString &password,
                                                            const QString &copy, const ReadWatch &watch)
{
    Decrypted decrypted;
    const HelperProgram::Run run = XlsReader::helper().run({QStringLiteral("--decrypt"), copy, path}, password.toUtf8() + '\n',
                                                           DecryptTimeoutMs, tr("the encrypted workbook"), watch);
    const QJsonObject said = QJsonDocument::fromJson(run.output).object();
    const QString status = said.value(QStringLiteral("status")).toString();
    const QString detail = said.value(QStringLiteral("detail")).toString();
    decrypted.scheme = said.value(QStringLiteral("scheme")).toString();
    decrypted.integrity = said.value(QStringLiteral("integrity")).toString();
    decrypted.wrongPassword = run.error.isEmpty() && status == u"wrong password";
    if (!run.error.isEmpty())
        decrypted.error = run.error;
    else if (decrypted.wrongPassword) // in one password's words: decrypt() words none, or several
        decrypted.error = tr("the password given does not open the encrypted workbook");
    else if (status == u"decrypted" && run.ended)
        decrypted.path = copy;
    else if (status == u"unsupported")
        decrypted.error = tr("a workbook encrypted in a way this reader does not decrypt (%1): open it in Excel with its "
                             "password, save a copy without one, and import the copy")
                              .arg(detail);
    else
        decrypted.error = tr("the encrypted workbook is damaged: %1")
                              .arg(detail.isEmpty() ? tr("its reader stopped on it") : detail);
    return decrypted;
}

QJsonObject EncryptedWorkbook::Decrypted::toMetadata() const
{
    QJsonObject encryption{{QStringLiteral("scheme"), scheme}, {QStringLiteral("integrity"), integrity}};
    if (excelDefaultPassword)
        encryption.insert(QStringLiteral("password"), QStringLiteral("excel-default"));
    return {{QStringLiteral("office_encryption"), encryption}};
}

QString EncryptedWorkbook::Decrypted::warning() const
{
    if (integrity != u"mismatch")
        return {};
    return tr("the encrypted workbook's integrity check (its HMAC) does not match what it holds: it may have been "
              "altered after it was encrypted. Its parts that were read matched their own checksums (CRC-32)");
}

QString EncryptedWorkbook::decryptedNote(const QJsonObject &metadata)
{
    const QJsonObject encryption = metadata.value(QStringLiteral("office_encryption")).toObject();
    if (encryption.isEmpty())
        return {};
    const QString integrity = encryption.value(QStringLiteral("integrity")).toString();
    const QString checked = integrity == u"verified" ? tr("its integrity check (HMAC) matched")
                            : integrity == u"mismatch"
                                ? tr("its integrity check (HMAC) did not match: altered after it was encrypted?")
                                : tr("it has no integrity check");
    if (encryption.value(QStringLiteral("password")).toString() == u"excel-default")
        return tr("encrypted by Excel with its own password, \"%1\", as it encrypts a workbook it was asked only to "
                  "protect (a password to modify it), and opens without asking for one (%2); decrypted with it; %3")
            .arg(ExcelDefaultPassword, encryption.value(QStringLiteral("scheme")).toString(), checked);
    return tr("encrypted by Excel with a password (%1); decrypted with the password given at import, which is not "
              "kept; %2")
        .arg(encryption.value(QStringLiteral("scheme")).toString(), checked);
}
