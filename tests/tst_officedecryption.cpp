#include "biffdecryption.h"
#include "officedecryption.h"

#include <QCryptographicHash>
#include <QTest>

/// The agile and the standard decryption's steps against vectors taken from a file Excel wrote (msoffcrypto-tool's
/// doctests): the fixtures are encrypted by our own generator, so they alone could not tell a
/// misreading of the specification shared by both from Excel's own scheme.
class tst_OfficeDecryption : public QObject
{
    Q_OBJECT
private slots:
    void thePackageKeyIsUnwrappedAsExcelWrapsIt();
    void thePasswordIsVerifiedAsExcelVerifiesIt();
    void theStandardKeyIsDerivedAndVerifiedAsExcel2007Does();
    void theRc4KeyOfAnXlsIsDerivedAsExcel97Does();
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

void tst_OfficeDecryption::theStandardKeyIsDerivedAndVerifiedAsExcel2007Does()
{
    // Excel 2007's standard encryption: SHA-1 of 50,000 spins spread over two digests, AES-128.
    const QByteArray salt = QByteArray::fromHex("e88266490c5bd1eebd2b4394e3f830ef");
    const QByteArray key = OfficeDecryption::standardKey(u"Password1234_"_qs, salt, 128);
    QCOMPARE(key.toHex(), QByteArray("40b13a71f90b966e375408f2d181a1aa"));
    const QByteArray verifier = QByteArray::fromHex("516f732e966fac17b1c5d7d8cc36c928");
    const QByteArray verifierHash = QByteArray::fromHex("2b6168dabe2911ad2bd37c1746745c14d3cf1bb140a48f4e6f3d23880872b16a");
    QVERIFY(OfficeDecryption::verifiesStandard(key, verifier, verifierHash));
    QVERIFY(!OfficeDecryption::verifiesStandard(OfficeDecryption::standardKey(u"Password1234"_qs, salt, 128), verifier,
                                                verifierHash));
}

void tst_OfficeDecryption::theRc4KeyOfAnXlsIsDerivedAsExcel97Does()
{
    // Excel 97-2000's RC4 of an .xls: MD5 of the password, then with the salt 16 times, then
    // with the block's number; the verifier and its hash one RC4 stream from block 0's key.
    const QByteArray salt = QByteArray::fromHex("e8772c1d91c56a37964761b280183217");
    const QByteArray key = BiffDecryption::rc4Key(u"password1"_qs, salt, 0);
    QCOMPARE(key.toHex(), QByteArray("20bf32ddf540858c513744af0f24e03c"));
    QVERIFY(BiffDecryption::rc4Key(u"password1"_qs, salt, 1) != key); // each block its own key
    // A workbook stream of a BOF and the FILEPASS of that file: its password verifies, another not.
    const QByteArray filePass = QByteArray::fromHex("010001000100") + salt
                                + QByteArray::fromHex("c9e997d454973d310bb1ba701426837e"
                                                      "b1de178f07e989c44dae5e4cf96ac407");
    const QByteArray stream = QByteArray::fromHex("0908100000060500000000000000000000000000") + QByteArray::fromHex("2f00")
                              + char(filePass.size()) + char(0) + filePass + QByteArray::fromHex("0a000000");
    using Status = OfficeDecryption::Result::Status;
    const OfficeDecryption::Result opened = BiffDecryption::decrypt(stream, u"password1"_qs);
    QCOMPARE(opened.status, Status::Decrypted);
    QCOMPARE(opened.package.size(), stream.size());
    QCOMPARE(opened.package.mid(20, 4).toHex(), QByteArray("00003600")); // FILEPASS blanked, its size kept
    QCOMPARE(BiffDecryption::decrypt(stream, u"password2"_qs).status, Status::WrongPassword);
}

QTEST_APPLESS_MAIN(tst_OfficeDecryption)
#include "tst_officedecryption.moc"
