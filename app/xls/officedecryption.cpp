#include "officedecryption.h"

#include <QHash>
#include <QXmlStreamReader>

#include <nettle/cbc.h>
#include <nettle/hmac.h>
#include <nettle/memops.h>
#include <nettle/nettle-meta.h>

#include <optional>
#include <vector>

namespace {

using Status = OfficeDecryption::Result::Status;

// MS-OFFCRYPTO 2.3.4.11-14: the block keys each key is derived with.
const QByteArray VerifierInput = QByteArray::fromHex("fea7d2763b4b9e79");
const QByteArray VerifierValue = QByteArray::fromHex("d7aa0f6d3061344e");
const QByteArray KeyValue = QByteArray::fromHex("146e0be7abacd0d6");
const QByteArray HmacKeyBlock = QByteArray::fromHex("5fb2ad010cb9e1f6");
const QByteArray HmacValueBlock = QByteArray::fromHex("a0677f02b22c8433");
constexpr int SegmentBytes = 4096;
constexpr int MaxSpinCount = 10000000; // the specification's own limit

const nettle_hash *hashNamed(const QString &name)
{
    static const QHash<QString, const nettle_hash *> hashes{{QStringLiteral("SHA1"), &nettle_sha1},
                                                            {QStringLiteral("SHA256"), &nettle_sha256},
                                                            {QStringLiteral("SHA384"), &nettle_sha384},
                                                            {QStringLiteral("SHA512"), &nettle_sha512}};
    return hashes.value(name.toUpper().remove(u'-'));
}

using OfficeDecryption::digest;
using OfficeDecryption::littleEndian32;

/// One parameter set of the XML: keyData's (the package) or the password key encryptor's.
struct Parameters
{
    QByteArray salt;
    int blockSize = 0;
    int keyBits = 0;
    int hashSize = 0;
    QString hash;
    QString cipher;
    QString chaining;
    int spinCount = 0;
    QByteArray verifierInput, verifierValue, keyValue; ///< the key encryptor's
    QByteArray hmacKey, hmacValue;                     ///< dataIntegrity's

    void read(const QXmlStreamAttributes &a)
    {
        salt = QByteArray::fromBase64(a.value(QLatin1StringView("saltValue")).toLatin1());
        blockSize = a.value(QLatin1StringView("blockSize")).toInt();
        keyBits = a.value(QLatin1StringView("keyBits")).toInt();
        hashSize = a.value(QLatin1StringView("hashSize")).toInt();
        hash = a.value(QLatin1StringView("hashAlgorithm")).toString();
        cipher = a.value(QLatin1StringView("cipherAlgorithm")).toString();
        chaining = a.value(QLatin1StringView("cipherChaining")).toString();
        spinCount = a.value(QLatin1StringView("spinCount")).toInt();
        verifierInput = QByteArray::fromBase64(a.value(QLatin1StringView("encryptedVerifierHashInput")).toLatin1());
        verifierValue = QByteArray::fromBase64(a.value(QLatin1StringView("encryptedVerifierHashValue")).toLatin1());
        keyValue = QByteArray::fromBase64(a.value(QLatin1StringView("encryptedKeyValue")).toLatin1());
    }
    /// @brief Why these are not the AES-CBC parameters this reader decrypts; empty if they are.
    QString unsupported() const
    {
        if (cipher != u"AES" || chaining != u"ChainingModeCBC")
            return QStringLiteral("cipher %1 %2").arg(cipher, chaining);
        if (!hashNamed(hash))
            return QStringLiteral("hash %1").arg(hash);
        if ((keyBits != 128 && keyBits != 192 && keyBits != 256) || blockSize != 16)
            return QStringLiteral("key of %1 bits, blocks of %2 bytes").arg(keyBits).arg(blockSize);
        if (salt.size() < blockSize)
            return QStringLiteral("a salt of %1 bytes").arg(salt.size());
        return {};
    }
};

struct Descriptor
{
    Parameters keyData;
    Parameters password;
    bool passwordFound = false;
    bool integrity = false;
};

std::optional<Descriptor> readDescriptor(const QByteArray &info, QString *why)
{
    if (info.size() < 8 || info.at(0) != 4 || info.at(2) != 4) {
        *why = QStringLiteral("EncryptionInfo version %1.%2, neither agile (4.4) nor standard (2.2, 3.2, 4.2)")
                   .arg(info.size() > 0 ? int(quint8(info.at(0))) : 0)
                   .arg(info.size() > 2 ? int(quint8(info.at(2))) : 0);
        return std::nullopt;
    }
    Descriptor d;
    QXmlStreamReader xml(info.mid(8));
    const QString passwordNamespace = QStringLiteral("http://schemas.microsoft.com/office/2006/keyEncryptor/password");
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"keyData") {
            d.keyData.read(xml.attributes());
        } else if (xml.name() == u"dataIntegrity") {
            d.integrity = true;
            d.keyData.hmacKey = QByteArray::fromBase64(xml.attributes().value(QLatin1StringView("encryptedHmacKey")).toLatin1());
            d.keyData.hmacValue = QByteArray::fromBase64(xml.attributes().value(QLatin1StringView("encryptedHmacValue")).toLatin1());
        } else if (xml.name() == u"encryptedKey" && xml.namespaceUri() == passwordNamespace) {
            d.password.read(xml.attributes());
            d.passwordFound = true;
        }
    }
    if (xml.hasError()) {
        *why = QStringLiteral("EncryptionInfo's XML: %1").arg(xml.errorString());
        return std::nullopt;
    }
    if (!d.passwordFound) {
        *why = QStringLiteral("no password key encryptor (a certificate's only?)");
        return std::nullopt;
    }
    return d;
}

QByteArray decryptWith(const Parameters &p, const QByteArray &passwordHash, const QByteArray &blockKey,
                       const QByteArray &iv, const QByteArray &data)
{
    return OfficeDecryption::cbcDecrypt(OfficeDecryption::derivedKey(p.hash, passwordHash, blockKey, p.keyBits / 8), iv,
                                        data);
}

/// The IV the key encryptor's fields are decrypted with: its salt, as Excel writes them; some
/// other programs derive it as the package's IVs are (tried where the first fails).
std::optional<QByteArray> verifiedIv(const Parameters &p, const QByteArray &passwordHash)
{
    const nettle_hash *hash = hashNamed(p.hash);
    for (const bool derived : {false, true}) {
        const auto iv = [&](const QByteArray &blockKey) {
            return derived ? digest(hash, {p.salt, blockKey}).left(p.blockSize) : p.salt.left(p.blockSize);
        };
        const QByteArray input = decryptWith(p, passwordHash, VerifierInput, iv(VerifierInput), p.verifierInput);
        const QByteArray value = decryptWith(p, passwordHash, VerifierValue, iv(VerifierValue), p.verifierValue);
        const QByteArray expected = digest(hash, {input.left(p.salt.size())});
        if (value.size() >= expected.size() && value.left(expected.size()) == expected)
            return iv(KeyValue);
    }
    return std::nullopt;
}

QString integrityOf(const Descriptor &d, const QByteArray &key, const QByteArray &stream)
{
    if (!d.integrity)
        return QStringLiteral("absent");
    const nettle_hash *hash = hashNamed(d.keyData.hash);
    const QByteArray hmacKey = OfficeDecryption::cbcDecrypt(key, digest(hash, {d.keyData.salt, HmacKeyBlock}).left(16),
                                                            d.keyData.hmacKey)
                                   .left(int(hash->digest_size));
    const QByteArray expected = OfficeDecryption::cbcDecrypt(key, digest(hash, {d.keyData.salt, HmacValueBlock}).left(16),
                                                             d.keyData.hmacValue)
                                    .left(int(hash->digest_size));
    std::vector<char> outer(hash->context_size), inner(hash->context_size), state(hash->context_size);
    hmac_set_key(outer.data(), inner.data(), state.data(), hash, size_t(hmacKey.size()),
                 reinterpret_cast<const uint8_t *>(hmacKey.constData()));
    hmac_update(state.data(), hash, size_t(stream.size()), reinterpret_cast<const uint8_t *>(stream.constData()));
    QByteArray actual(int(hash->digest_size), Qt::Uninitialized);
    hmac_digest(outer.data(), inner.data(), state.data(), hash, hash->digest_size, reinterpret_cast<uint8_t *>(actual.data()));
    return expected.size() == actual.size() && memeql_sec(expected.constData(), actual.constData(), size_t(actual.size()))
               ? QStringLiteral("verified")
               : QStringLiteral("mismatch");
}

/// The encrypted bytes of an EncryptedPackage stream (whole blocks), and in @p length the size
/// of the package they hold; empty, with @p why set, if it holds no size or is cut short.
QByteArray packageCipher(const QByteArray &stream, quint64 *length, QString *why)
{
    if (stream.size() < 8) {
        *why = QStringLiteral("EncryptedPackage holds no package size");
        return {};
    }
    *length = 0; // the package's size, little-endian
    for (int i = 7; i >= 0; --i)
        *length = (*length << 8) | quint8(stream.at(i));
    QByteArray cipher = stream.mid(8, (stream.size() - 8) / 16 * 16);
    if (*length > quint64(cipher.size())) {
        *why = QStringLiteral("EncryptedPackage holds %1 bytes for a package of %2: cut short")
                   .arg(qMax(0, int(stream.size()) - 8))
                   .arg(*length);
        return {};
    }
    return cipher;
}

QByteArray decryptPackage(const Parameters &keyData, const QByteArray &key, const QByteArray &stream, QString *why)
{
    quint64 length = 0;
    const QByteArray cipher = packageCipher(stream, &length, why);
    if (cipher.isEmpty())
        return {};
    const nettle_hash *hash = hashNamed(keyData.hash);
    QByteArray package;
    package.reserve(cipher.size());
    for (qsizetype at = 0, index = 0; at < cipher.size(); at += SegmentBytes, ++index) {
        const QByteArray iv = digest(hash, {keyData.salt, littleEndian32(quint32(index))}).left(keyData.blockSize);
        package += OfficeDecryption::cbcDecrypt(key, iv, cipher.mid(at, SegmentBytes));
    }
    package.truncate(qsizetype(length));
    return package;
}

/// Excel 2007's "standard" encryption (MS-OFFCRYPTO 2.3.4.5-2.3.4.9): a binary header, not
/// agile's XML; the key from SHA-1 and 50,000 spins; the package in AES-ECB.
struct StandardHeader
{
    int keyBits = 0;
    QByteArray salt;
    QByteArray verifier;     ///< EncryptedVerifier
    QByteArray verifierHash; ///< EncryptedVerifierHash
};

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    if (at < 0 || at + 4 > bytes.size())
        return 0;
    return quint32(quint8(bytes.at(at))) | quint32(quint8(bytes.at(at + 1))) << 8 | quint32(quint8(bytes.at(at + 2))) << 16
           | quint32(quint8(bytes.at(at + 3))) << 24;
}

bool isStandard(const QByteArray &info)
{
    // Versions 2.2, 3.2 and 4.2 (as Excel 2007 and its service packs write them).
    return info.size() >= 4 && info.at(2) == 2 && info.at(3) == 0 && info.at(0) >= 2 && info.at(0) <= 4 && info.at(1) == 0;
}

std::optional<StandardHeader> readStandardHeader(const QByteArray &info, QString *why)
{
    constexpr quint32 AesFlag = 0x20;
    const quint32 headerSize = le32(info, 8);
    const qsizetype verifierAt = 12 + qsizetype(headerSize);
    const quint32 algorithm = le32(info, 12 + 8);
    const quint32 hash = le32(info, 12 + 12);
    StandardHeader header;
    header.keyBits = int(le32(info, 12 + 16));
    if (headerSize < 32 || le32(info, verifierAt) != 16 || verifierAt + 40 + 32 > info.size()) {
        *why = QStringLiteral("EncryptionInfo's standard header is damaged");
        return std::nullopt;
    }
    const bool aes = (le32(info, 4) & AesFlag) && (algorithm == 0 || (algorithm >= 0x660E && algorithm <= 0x6610));
    if (!aes || (hash != 0 && hash != 0x8004) || (header.keyBits != 128 && header.keyBits != 192 && header.keyBits != 256)) {
        *why = QStringLiteral("standard encryption with algorithm 0x%1, hash 0x%2, a key of %3 bits")
                   .arg(algorithm, 0, 16)
                   .arg(hash, 0, 16)
                   .arg(header.keyBits);
        return std::nullopt;
    }
    header.salt = info.mid(verifierAt + 4, 16);
    header.verifier = info.mid(verifierAt + 20, 16);
    header.verifierHash = info.mid(verifierAt + 40, 32);
    return header;
}

OfficeDecryption::Result decryptStandard(const QByteArray &info, const QByteArray &stream, const QString &password)
{
    OfficeDecryption::Result result;
    result.status = Status::Unsupported;
    const auto header = readStandardHeader(info, &result.detail);
    if (!header) {
        result.status = result.detail.endsWith(u"damaged") ? Status::Damaged : Status::Unsupported;
        return result;
    }
    result.scheme = QStringLiteral("standard encryption: AES-%1, SHA1, 50000 spins").arg(header->keyBits);
    result.integrity = QStringLiteral("absent"); // the standard encryption has no integrity check
    const QByteArray key = OfficeDecryption::standardKey(password, header->salt, header->keyBits);
    if (!OfficeDecryption::verifiesStandard(key, header->verifier, header->verifierHash)) {
        result.status = Status::WrongPassword;
        return result;
    }
    quint64 length = 0;
    const QByteArray cipher = packageCipher(stream, &length, &result.detail);
    result.package = OfficeDecryption::ecbDecrypt(key, cipher).left(qsizetype(length));
    result.status = result.package.isEmpty() ? Status::Damaged : Status::Decrypted;
    return result;
}

} // namespace

QByteArray OfficeDecryption::digest(const nettle_hash *hash, std::initializer_list<QByteArrayView> parts)
{
    std::vector<char> context(hash->context_size);
    hash->init(context.data());
    for (const QByteArrayView part : parts)
        hash->update(context.data(), size_t(part.size()), reinterpret_cast<const uint8_t *>(part.data()));
    QByteArray out(int(hash->digest_size), Qt::Uninitialized);
    hash->digest(context.data(), hash->digest_size, reinterpret_cast<uint8_t *>(out.data()));
    return out;
}

QByteArray OfficeDecryption::utf16le(const QString &password)
{
    QByteArray bytes;
    for (const QChar c : password) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray OfficeDecryption::littleEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xFF);
    return bytes;
}

QByteArray OfficeDecryption::passwordHash(const QString &hashName, const QByteArray &salt, const QString &password,
                                          int spinCount)
{
    const nettle_hash *hash = hashNamed(hashName);
    QByteArray hashed = digest(hash, {salt, utf16le(password)});
    for (int i = 0; i < spinCount; ++i)
        hashed = digest(hash, {littleEndian32(quint32(i)), hashed});
    return hashed;
}

QByteArray OfficeDecryption::derivedKey(const QString &hashName, const QByteArray &passwordHash,
                                        const QByteArray &blockKey, int keyBytes)
{
    QByteArray key = digest(hashNamed(hashName), {passwordHash, blockKey});
    return key.size() >= keyBytes ? key.left(keyBytes) : key + QByteArray(keyBytes - key.size(), char(0x36));
}

QByteArray OfficeDecryption::cbcDecrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &data)
{
    const nettle_cipher *aes = key.size() == 16 ? &nettle_aes128 : key.size() == 24 ? &nettle_aes192 : &nettle_aes256;
    if ((key.size() != 16 && key.size() != 24 && key.size() != 32) || iv.size() != 16)
        return {};
    std::vector<char> context(aes->context_size);
    aes->set_decrypt_key(context.data(), reinterpret_cast<const uint8_t *>(key.constData()));
    QByteArray chain = iv;
    QByteArray out(data.size() / 16 * 16, Qt::Uninitialized);
    cbc_decrypt(context.data(), aes->decrypt, 16, reinterpret_cast<uint8_t *>(chain.data()), size_t(out.size()),
                reinterpret_cast<uint8_t *>(out.data()), reinterpret_cast<const uint8_t *>(data.constData()));
    return out;
}

QByteArray OfficeDecryption::standardKey(const QString &password, const QByteArray &salt, int keyBits)
{
    // MS-OFFCRYPTO 2.3.4.7: the password hash of 50,000 spins, then H(hash + block 0) spread
    // over two SHA-1 digests, as CryptDeriveKey does, and cut to the key's size.
    const QByteArray hashed = digest(&nettle_sha1, {passwordHash(QStringLiteral("SHA1"), salt, password, 50000), littleEndian32(0)});
    QByteArray inner(64, char(0x36));
    QByteArray outer(64, char(0x5C));
    for (qsizetype i = 0; i < hashed.size(); ++i) {
        inner[i] = char(inner.at(i) ^ hashed.at(i));
        outer[i] = char(outer.at(i) ^ hashed.at(i));
    }
    return QByteArray(digest(&nettle_sha1, {inner}) + digest(&nettle_sha1, {outer})).left(keyBits / 8);
}

bool OfficeDecryption::verifiesStandard(const QByteArray &key, const QByteArray &encryptedVerifier,
                                        const QByteArray &encryptedVerifierHash)
{
    const QByteArray expected = digest(&nettle_sha1, {ecbDecrypt(key, encryptedVerifier)});
    const QByteArray given = ecbDecrypt(key, encryptedVerifierHash).left(expected.size());
    return given.size() == expected.size() && memeql_sec(given.constData(), expected.constData(), size_t(given.size()));
}

QByteArray OfficeDecryption::ecbDecrypt(const QByteArray &key, const QByteArray &data)
{
    const nettle_cipher *aes = key.size() == 16 ? &nettle_aes128 : key.size() == 24 ? &nettle_aes192 : &nettle_aes256;
    if (key.size() != 16 && key.size() != 24 && key.size() != 32)
        return {};
    std::vector<char> context(aes->context_size);
    aes->set_decrypt_key(context.data(), reinterpret_cast<const uint8_t *>(key.constData()));
    QByteArray out(data.size() / 16 * 16, Qt::Uninitialized);
    aes->decrypt(context.data(), size_t(out.size()), reinterpret_cast<uint8_t *>(out.data()),
                 reinterpret_cast<const uint8_t *>(data.constData()));
    return out;
}

OfficeDecryption::Result OfficeDecryption::decrypt(const QByteArray &encryptionInfo, const QByteArray &encryptedPackage,
                                                   const QString &password)
{
    if (isStandard(encryptionInfo))
        return decryptStandard(encryptionInfo, encryptedPackage, password);
    Result result;
    const auto descriptor = readDescriptor(encryptionInfo, &result.detail);
    if (!descriptor) {
        result.status = result.detail.startsWith(u"EncryptionInfo's XML") ? Status::Damaged : Status::Unsupported;
        return result;
    }
    const Parameters &p = descriptor->password;
    const QString unsupported = !p.unsupported().isEmpty() ? p.unsupported() : descriptor->keyData.unsupported();
    if (!unsupported.isEmpty() || p.spinCount < 0 || p.spinCount > MaxSpinCount) {
        result.status = Status::Unsupported;
        result.detail = unsupported.isEmpty() ? QStringLiteral("%1 spins").arg(p.spinCount) : unsupported;
        return result;
    }
    result.scheme = QStringLiteral("AES-%1, %2, %3 spins").arg(descriptor->keyData.keyBits).arg(p.hash).arg(p.spinCount);
    const QByteArray hashed = passwordHash(p.hash, p.salt, password, p.spinCount);
    const auto iv = verifiedIv(p, hashed);
    if (!iv) {
        result.status = Status::WrongPassword;
        return result;
    }
    const QByteArray key = decryptWith(p, hashed, KeyValue, *iv, p.keyValue).left(descriptor->keyData.keyBits / 8);
    result.package = decryptPackage(descriptor->keyData, key, encryptedPackage, &result.detail);
    result.status = result.package.isEmpty() ? Status::Damaged : Status::Decrypted;
    result.integrity = integrityOf(*descriptor, key, encryptedPackage);
    return result;
}
