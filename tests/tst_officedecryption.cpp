#include "officedecryption.h"

#include <QCryptographicHash>
#include <QTest>

/// The agile decryption's steps against vectors taken from a file Excel wrote (msoffcrypto-tool's
/// doctests): the fixtures are encrypted by our own generator, so they alone could not tell a
/// misreading of the specification shared by both from Excel's own scheme.
class tst_OfficeDecryption : public QObject
{
    Q_OBJECT
private slots:
    void thePackageKeyIsUnwrappedAsExcelWrapsIt();
    void thePasswordIsVerifiedAsExcelVerifiesIt();
};

void tst_OfficeDecryption::thePackageKeyIsUnwrappedAsExcelWrapsIt()
{
    const QByteArray salt = QByteArray::fromHex("4c725d45dc610f939412a04da7910466");
    const QByteArray hashed = OfficeDecryption::passwordHash(u"SHA512"_qs, salt, u"Password1234_"_qs, 100000);
    const QByteArray key = OfficeDecryption::derivedKey(u"SHA512"_qs, hashed, QByteArray::fromHex("146e0be7abacd0d6"), 32);
    const QByteArray unwrapped = OfficeDecryption::cbcDecrypt(
        key, salt, QByteArray::fromHex("a16cd5165a7ab9d271113ed386a78cf49692e8e527b0c5fc0055ed080b7cb94b"));
    QCOMPARE(unwrapped.toHex(), QByteArray("40206609d9faadf24b076aebf2c435b74292c8b8a7aa81bc679be89711b02ac2"));
}

void tst_OfficeDecryption::thePasswordIsVerifiedAsExcelVerifiesIt()
{
    const QByteArray salt = QByteArray::fromHex("cbca1c999343fbad92075634150034b0");
    const QByteArray input = QByteArray::fromHex("39eea54e26e514798c284bc7714d38ac");
    const QByteArray value = QByteArray::fromHex("14376d6d817334e6b0ff4fd8221a7c678e5d8a784e8f999f4c188930c36a4b29"
                                                 "c5b333605b5cd403b05003adcf18cca8cbab8debe373c65604a0becfae5c0ad0");
    const auto verifies = [&](const QString &password) {
        const QByteArray hashed = OfficeDecryption::passwordHash(u"SHA512"_qs, salt, password, 100000);
        const auto decrypted = [&](const char *blockKey, const QByteArray &data) {
            return OfficeDecryption::cbcDecrypt(
                OfficeDecryption::derivedKey(u"SHA512"_qs, hashed, QByteArray::fromHex(blockKey), 32), salt, data);
        };
        const QByteArray verifier = decrypted("fea7d2763b4b9e79", input);
        return QCryptographicHash::hash(verifier, QCryptographicHash::Sha512) == decrypted("d7aa0f6d3061344e", value).left(64);
    };
    QVERIFY(verifies(u"Password1234_"_qs));
    QVERIFY(!verifies(u"Password1234"_qs));
}

QTEST_APPLESS_MAIN(tst_OfficeDecryption)
#include "tst_officedecryption.moc"
