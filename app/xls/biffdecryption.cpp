#include "biffdecryption.h"

#include "biffrecords.h"

#include <nettle/arcfour.h>
#include <nettle/memops.h>
#include <nettle/nettle-meta.h>

#include <optional>

namespace {

using BiffRecords::le;
using Status = OfficeDecryption::Result::Status;

constexpr quint16 FilePass = 0x002F;
constexpr quint16 BoundSheet = 0x0085;
constexpr int BlockBytes = 1024;

using OfficeDecryption::digest;
using OfficeDecryption::littleEndian32;
using OfficeDecryption::utf16le;

QByteArray md5(std::initializer_list<QByteArrayView> parts)
{
    return digest(&nettle_md5, parts);
}

QByteArray sha1(std::initializer_list<QByteArrayView> parts)
{
    return digest(&nettle_sha1, parts);
}

/// RC4 of @p data with @p key, from the start of its keystream.
QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    arcfour_ctx context;
    arcfour_set_key(&context, size_t(key.size()), reinterpret_cast<const uint8_t *>(key.constData()));
    QByteArray out(data.size(), Qt::Uninitialized);
    arcfour_crypt(&context, size_t(data.size()), reinterpret_cast<uint8_t *>(out.data()),
                  reinterpret_cast<const uint8_t *>(data.constData()));
    return out;
}

/// What FILEPASS says of the encryption: its salt, its verifier and the hash of it, and which RC4.
struct FilePassInfo
{
    bool cryptoApi = false;
    int keyBits = 128;
    QByteArray salt, verifier, verifierHash;
    QString scheme() const
    {
        return cryptoApi ? QStringLiteral("RC4 CryptoAPI, SHA1, a key of %1 bits").arg(keyBits)
                         : QStringLiteral("RC4, MD5, a key of 40 bits (Excel 97-2000)");
    }
    QByteArray key(const QString &password, quint32 block) const
    {
        return cryptoApi ? BiffDecryption::cryptoApiKey(password, salt, keyBits, block) : BiffDecryption::rc4Key(password, salt, block);
    }
};

/// The FILEPASS record after the first BOF: where it stands, and its data.
std::optional<std::pair<qsizetype, QByteArrayView>> filePass(const QByteArray &stream)
{
    BiffRecords::Records records(stream, 0);
    BiffRecords::Record record;
    qsizetype at = 0;
    for (int i = 0; i < 2 && records.next(&record); ++i) { // MS-XLS: FILEPASS follows the BOF at once
        if (i == 0 && record.type != BiffRecords::Bof)
            return std::nullopt;
        if (i == 1 && record.type == FilePass)
            return std::make_pair(at, record.data);
        at += 4 + record.data.size();
    }
    return std::nullopt;
}

std::optional<FilePassInfo> readFilePass(QByteArrayView data, QString *why)
{
    FilePassInfo info;
    const quint32 type = le(data, 0, 2);
    const quint32 major = le(data, 2, 2);
    const quint32 minor = le(data, 4, 2);
    if (type == 0) {
        *why = QStringLiteral("XOR obfuscation (Excel 95 and earlier)");
        return std::nullopt;
    }
    if (type == 1 && major == 1 && minor == 1 && data.size() >= 54) {
        info.salt = BiffRecords::part(data, 6, 16).toByteArray();
        info.verifier = BiffRecords::part(data, 22, 16).toByteArray();
        info.verifierHash = BiffRecords::part(data, 38, 16).toByteArray();
        return info;
    }
    const qsizetype verifierAt = 14 + qsizetype(le(data, 10, 4));
    if (type == 1 && major >= 2 && major <= 4 && minor == 2 && le(data, 14 + 8, 4) == 0x6801
        && verifierAt + 60 <= data.size() && le(data, verifierAt, 4) == 16) {
        info.cryptoApi = true;
        info.keyBits = le(data, 14 + 16, 4) == 0 ? 40 : int(le(data, 14 + 16, 4));
        info.salt = BiffRecords::part(data, verifierAt + 4, 16).toByteArray();
        info.verifier = BiffRecords::part(data, verifierAt + 20, 16).toByteArray();
        info.verifierHash = BiffRecords::part(data, verifierAt + 40, 20).toByteArray();
        if (info.keyBits >= 40 && info.keyBits <= 128 && info.keyBits % 8 == 0)
            return info;
    }
    *why = QStringLiteral("FILEPASS of type %1, version %2.%3").arg(type).arg(major).arg(minor);
    return std::nullopt;
}

bool verifies(const FilePassInfo &info, const QString &password)
{
    // The verifier and its hash are one RC4 stream, keyed for block 0.
    const QByteArray plain = rc4(info.key(password, 0), info.verifier + info.verifierHash);
    const QByteArray expected = info.cryptoApi ? sha1({plain.first(16)}) : md5({plain.first(16)});
    const QByteArray given = plain.sliced(16);
    return given.size() == expected.size() && memeql_sec(given.constData(), expected.constData(), size_t(given.size()));
}

/// The keystream for the whole stream: each 1,024-byte block keyed with its number.
QByteArray keystream(const FilePassInfo &info, const QString &password, qsizetype size)
{
    QByteArray stream;
    stream.reserve(size + BlockBytes);
    const QByteArray zeros(BlockBytes, '\0');
    for (quint32 block = 0; stream.size() < size; ++block)
        stream += rc4(info.key(password, block), zeros);
    return stream;
}

/// Whether MS-XLS 2.2.10 leaves the record's data as it is (BOF, FILEPASS, USREXCL, FILELOCK,
/// INTERFACEHDR, RRDINFO, RRDHEAD).
bool leftPlain(quint16 type)
{
    return type == BiffRecords::Bof || type == FilePass || type == 0x0194 || type == 0x0195 || type == 0x00E1
           || type == 0x0196 || type == 0x0138;
}

QByteArray decryptRecords(const QByteArray &stream, const QByteArray &keys)
{
    QByteArray plain = stream;
    qsizetype at = 0;
    while (at + 4 <= plain.size()) {
        const quint16 type = quint16(le(plain, at, 2));
        const qsizetype size = qMin(qsizetype(le(plain, at + 2, 2)), plain.size() - at - 4);
        const qsizetype from = at + 4 + (type == BoundSheet ? 4 : 0); // its stream position stays plain
        if (!leftPlain(type)) {
            for (qsizetype i = from; i < at + 4 + size; ++i)
                plain[i] = char(plain.at(i) ^ keys.at(i));
        }
        at += 4 + size;
    }
    return plain;
}

} // namespace

QByteArray BiffDecryption::rc4Key(const QString &password, const QByteArray &salt, quint32 block)
{
    // MS-OFFCRYPTO 2.3.6.2: MD5 of the password, its first 5 bytes and the salt 16 times, again
    // its first 5 bytes with the block's number.
    const QByteArray truncated = md5({utf16le(password)}).first(5);
    const QByteArray intermediate = md5({QByteArray(truncated + salt).repeated(16)}).first(5);
    return md5({intermediate, littleEndian32(block)});
}

QByteArray BiffDecryption::cryptoApiKey(const QString &password, const QByteArray &salt, int keyBits, quint32 block)
{
    // MS-OFFCRYPTO 2.3.5.2: SHA-1 of the salt and password, then with the block's number; a
    // 40-bit key is padded with zeros to 128 bits.
    const QByteArray hashed = sha1({sha1({salt, utf16le(password)}), littleEndian32(block)});
    return keyBits == 40 ? hashed.first(5) + QByteArray(11, '\0') : hashed.first(keyBits / 8);
}

bool BiffDecryption::isEncrypted(const QByteArray &stream)
{
    return filePass(stream).has_value();
}

OfficeDecryption::Result BiffDecryption::decrypt(const QByteArray &stream, const QString &password)
{
    OfficeDecryption::Result result;
    result.status = Status::Unsupported;
    result.integrity = QStringLiteral("absent"); // RC4 has no integrity check
    const auto pass = filePass(stream);
    const auto info = pass ? readFilePass(pass->second, &result.detail) : std::nullopt;
    if (!info)
        return result;
    result.scheme = info->scheme();
    if (!verifies(*info, password)) {
        result.status = Status::WrongPassword;
        return result;
    }
    result.package = decryptRecords(stream, keystream(*info, password, stream.size()));
    // FILEPASS blanked, its size kept: a record of no known type, which readers pass over.
    const qsizetype at = pass->first;
    result.package[at] = result.package[at + 1] = '\0';
    for (qsizetype i = at + 4; i < at + 4 + pass->second.size(); ++i)
        result.package[i] = '\0';
    result.status = Status::Decrypted;
    return result;
}
