#include "zipsalvage.h"

#include "zipguard.h"

#include <QFile>
#include <QIODevice>

#include <quazip.h>
#include <zlib.h>

#include <optional>

namespace {

constexpr quint32 LocalHeader = 0x04034b50;
constexpr quint32 CentralHeader = 0x02014b50;
constexpr quint32 EndOfDirectory = 0x06054b50;
constexpr quint32 Zip64EndOfDirectory = 0x06064b50;
constexpr quint32 DataDescriptor = 0x08074b50;
constexpr qint64 LocalHeaderBytes = 30;
constexpr quint16 Encrypted = 0x01;
constexpr quint16 SizesFollowData = 0x08; ///< crc and sizes are in a descriptor after the data
constexpr quint16 Stored = 0;
constexpr quint16 Deflated = 8;

quint16 le16(const uchar *p)
{
    return quint16(p[0] | p[1] << 8);
}

quint32 le32(const uchar *p)
{
    return quint32(le16(p)) | quint32(le16(p + 2)) << 16;
}

quint64 le64(const uchar *p)
{
    return quint64(le32(p)) | quint64(le32(p + 4)) << 32;
}

/// What a local header says of its entry.
struct Header
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressed = 0;
    quint64 uncompressed = 0;
    bool zip64 = false;
    qint64 dataStart = 0;
    bool sizesFollow() const { return flags & SizesFollowData; }
};

/// An entry's data as read: where it ends, or why it cannot be read.
struct Data
{
    enum class Kind { Whole, Cut, Refused } kind = Kind::Whole;
    QByteArray bytes;
    quint32 crc = 0;
    qint64 consumed = 0; ///< compressed bytes
    qint64 size = 0;     ///< uncompressed bytes
    QString refusal;
};

class Salvager
{
    Q_DECLARE_TR_FUNCTIONS(ZipSalvage)
public:
    Salvager(const uchar *data, qint64 size, const std::function<bool(const QString &)> &keep, qint64 maxKept,
             QIODevice *out = nullptr)
        : m_data(data), m_size(size), m_keep(keep), m_maxKept(maxKept), m_out(out)
    {
    }
    SalvagedZip run();

private:
    /// The next entry, from @p at; nullopt where reading stops (m_result.end or refusal says why).
    std::optional<qint64> readEntry(qint64 at);
    std::optional<Header> readHeader(qint64 at) const;
    /// @param room how many bytes the entry may hold, kept; -1: not kept
    /// @param out where the entry is written as it is read (in place of keeping it), or null
    Data readData(const Header &header, qint64 room, QIODevice *out) const;
    Data readStored(const Header &header, qint64 room, QIODevice *out) const;
    Data readDeflated(const Header &header, qint64 room, QIODevice *out) const;
    /// Writes @p size bytes at @p bytes to @p out (if any); false, with @p data refused, where it cannot.
    static bool write(QIODevice *out, const char *bytes, qint64 size, const Header &header, Data &data);
    QString tooMuch() const { return tr("the ZIP's entries expand to more than %1 bytes; refused").arg(m_maxKept); }
    /// Past the data: the descriptor holding the crc and sizes, where the header had none.
    std::optional<qint64> checkDescriptor(const Header &header, const Data &data, qint64 at);
    QString lastName() const { return m_result.entries.isEmpty() ? QString() : m_result.entries.constLast().name; }
    /// Why an entry is refused before its data is read (its name, encryption, sizes), or empty.
    static QString refusalOf(const Header &header);
    void endCutAfterLast();
    void endCutInside(const QString &name); ///< the file ends inside this entry

    const uchar *m_data;
    qint64 m_size;
    const std::function<bool(const QString &)> &m_keep;
    qint64 m_maxKept;
    QIODevice *m_out;
    qint64 m_kept = 0;
    SalvagedZip m_result;
};

SalvagedZip Salvager::run()
{
    for (std::optional<qint64> at = 0; at;)
        at = readEntry(*at);
    return m_result;
}

void Salvager::endCutAfterLast()
{
    m_result.end = m_result.entries.isEmpty() ? ContainerDamage::of(ContainerDamage::End::CutInFirstHeader)
                                              : ContainerDamage::of(ContainerDamage::End::CutAfterEntry, lastName());
}

std::optional<qint64> Salvager::readEntry(qint64 at)
{
    if (m_size - at < 4) {
        endCutAfterLast();
        return std::nullopt;
    }
    const quint32 signature = le32(m_data + at);
    if (signature == CentralHeader || signature == EndOfDirectory || signature == Zip64EndOfDirectory) {
        m_result.end.end = ContainerDamage::End::DirectoryUnreadable;
        return std::nullopt;
    }
    if (signature != LocalHeader) {
        m_result.end = ContainerDamage::of(ContainerDamage::End::NeitherEntryNorDirectory, {}, at);
        return std::nullopt;
    }
    const std::optional<Header> header = readHeader(at);
    if (!header) {
        endCutAfterLast();
        return std::nullopt;
    }
    m_result.refusal = refusalOf(*header);
    if (!m_result.refusal.isEmpty())
        return std::nullopt;
    const bool keep = m_keep && m_keep(header->name);
    QIODevice *out = keep ? m_out : nullptr;
    Data data = readData(*header, keep && !out ? m_maxKept - m_kept : -1, out);
    if (data.kind == Data::Kind::Refused) {
        m_result.refusal = data.refusal;
        return std::nullopt;
    }
    if (data.kind == Data::Kind::Cut) {
        endCutInside(header->name);
        return std::nullopt;
    }
    const std::optional<qint64> next = checkDescriptor(*header, data, header->dataStart + data.consumed);
    if (!next)
        return std::nullopt;
    m_kept += data.bytes.size();
    m_result.entries.append({header->name, std::move(data.bytes), false});
    return next;
}

QString Salvager::refusalOf(const Header &header)
{
    if (!ZipGuard::isSafeEntryName(header.name))
        return ZipGuard::tr("ZIP entry \"%1\" points outside its folder; refused").arg(header.name);
    if (header.flags & Encrypted)
        return ZipGuard::encrypted(header.name);
    if (header.sizesFollow()) // checked while it is decompressed
        return {};
    return ZipGuard::checkSizes(header.name, qint64(header.compressed), qint64(header.uncompressed));
}

void Salvager::endCutInside(const QString &name)
{
    m_result.entries.append({name, {}, true});
    m_result.end = ContainerDamage::of(ContainerDamage::End::CutInsideEntry, name);
}

std::optional<Header> Salvager::readHeader(qint64 at) const
{
    if (m_size - at < LocalHeaderBytes)
        return std::nullopt;
    const uchar *p = m_data + at;
    Header header;
    header.flags = le16(p + 6);
    header.method = le16(p + 8);
    header.crc = le32(p + 14);
    header.compressed = le32(p + 18);
    header.uncompressed = le32(p + 22);
    const quint16 nameBytes = le16(p + 26);
    const quint16 extraBytes = le16(p + 28);
    header.dataStart = at + LocalHeaderBytes + nameBytes + extraBytes;
    if (header.dataStart > m_size)
        return std::nullopt;
    const auto name = reinterpret_cast<const char *>(p + LocalHeaderBytes);
    // UTF-8 whether or not its flag says so, as minizip under QuaZip reads names on this system.
    header.name = QString::fromUtf8(name, nameBytes);
    // ZIP64: sizes too large for their field are in the extra field 0x0001, uncompressed first.
    const uchar *extra = p + LocalHeaderBytes + nameBytes;
    for (int field = 0; extraBytes - field >= 4;) {
        const quint16 id = le16(extra + field);
        const quint16 length = le16(extra + field + 2);
        if (id == 0x0001 && length >= 16 && extraBytes - field >= 4 + 16) {
            header.uncompressed = le64(extra + field + 4);
            header.compressed = le64(extra + field + 12);
            header.zip64 = true;
        }
        field += 4 + length;
    }
    return header;
}

Data Salvager::readData(const Header &header, qint64 room, QIODevice *out) const
{
    if (header.method == Stored)
        return readStored(header, room, out);
    if (header.method == Deflated)
        return readDeflated(header, room, out);
    Data data;
    data.kind = Data::Kind::Refused;
    data.refusal =
        tr("ZIP entry \"%1\" is compressed by method %2, which LookupLens does not read; refused")
            .arg(header.name, QString::number(header.method));
    return data;
}

bool Salvager::write(QIODevice *out, const char *bytes, qint64 size, const Header &header, Data &data)
{
    if (!out || out->write(bytes, size) == size)
        return true;
    data.kind = Data::Kind::Refused;
    data.refusal = tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(header.name, out->errorString());
    return false;
}

Data Salvager::readStored(const Header &header, qint64 room, QIODevice *out) const
{
    Data data;
    const qint64 available = m_size - header.dataStart;
    const uchar *start = m_data + header.dataStart;
    if (header.sizesFollow()) {
        // The end of stored data is found only by its descriptor: the first one whose size and
        // CRC-32 are those of the bytes before it.
        data.kind = Data::Kind::Cut;
        for (qint64 at = 0; at + 16 <= available; ++at) {
            at = QByteArrayView(start, available).indexOf(QByteArrayView("PK\x07\x08", 4), at);
            if (at < 0 || at + 16 > available)
                break;
            if (le32(start + at + 8) == quint32(at)
                && le32(start + at + 4) == quint32(crc32_z(0L, start, size_t(at)))) {
                data.kind = Data::Kind::Whole;
                data.consumed = at;
                break;
            }
        }
    } else if (qint64(header.compressed) > available) {
        data.kind = Data::Kind::Cut;
    } else {
        data.consumed = qint64(header.compressed);
    }
    if (data.kind == Data::Kind::Cut)
        data.consumed = available; // what there is of it, written out where it is copied
    data.size = data.consumed;
    data.crc = quint32(crc32_z(0L, start, size_t(data.consumed)));
    if (!write(out, reinterpret_cast<const char *>(start), data.consumed, header, data))
        return data;
    if (room >= 0 && data.kind == Data::Kind::Whole) {
        if (data.consumed > room) {
            data.kind = Data::Kind::Refused;
            data.refusal = tooMuch();
            return data;
        }
        data.bytes = QByteArray(reinterpret_cast<const char *>(start), data.consumed);
    }
    return data;
}

Data Salvager::readDeflated(const Header &header, qint64 room, QIODevice *out) const
{
    Data data;
    const qint64 available = m_size - header.dataStart;
    // Cut inside its data: what there is of it is decompressed only where it is copied out.
    const bool cutBefore = !header.sizesFollow() && qint64(header.compressed) > available;
    if (cutBefore && !out) {
        data.kind = Data::Kind::Cut;
        return data;
    }
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        data.kind = Data::Kind::Refused;
        data.refusal = tr("cannot decompress ZIP entry \"%1\"").arg(header.name);
        return data;
    }
    const uchar *input = m_data + header.dataStart;
    qint64 unread = header.sizesFollow() || cutBefore ? available : qint64(header.compressed);
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    uLong crc = crc32(0L, Z_NULL, 0);
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.avail_in == 0) { // fed in pieces: avail_in holds at most 4 GiB
            stream.next_in = const_cast<Bytef *>(input);
            stream.avail_in = uInt(std::min<qint64>(unread, 1 << 30));
            input += stream.avail_in;
            unread -= stream.avail_in;
        }
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const auto produced = qsizetype(chunk.size() - stream.avail_out);
        crc = crc32_z(crc, reinterpret_cast<const Bytef *>(chunk.constData()), size_t(produced));
        if (room >= 0)
            data.bytes.append(chunk.constData(), produced);
        if (!write(out, chunk.constData(), produced, header, data))
            break;
        QString refusal = ZipGuard::checkSizes(header.name, qint64(stream.total_in), qint64(stream.total_out));
        if (refusal.isEmpty() && data.bytes.size() > room && room >= 0)
            refusal = tooMuch();
        if (!refusal.isEmpty()) {
            data.kind = Data::Kind::Refused;
            data.refusal = refusal;
            break;
        }
    }
    data.consumed = qint64(stream.total_in);
    data.size = qint64(stream.total_out);
    data.crc = quint32(crc);
    inflateEnd(&stream);
    if (data.kind == Data::Kind::Refused)
        return data;
    if (status == Z_BUF_ERROR && (header.sizesFollow() || cutBefore)) {
        data.kind = Data::Kind::Cut; // the file ends before the compressed stream does
    } else if (status != Z_STREAM_END) {
        data.kind = Data::Kind::Refused;
        data.refusal = ZipGuard::unreadableData(header.name, status);
    }
    if (data.kind != Data::Kind::Whole)
        data.bytes.clear();
    return data;
}

std::optional<qint64> Salvager::checkDescriptor(const Header &header, const Data &data, qint64 at)
{
    quint32 crc = header.crc;
    quint64 compressed = header.compressed;
    quint64 uncompressed = header.uncompressed;
    if (header.sizesFollow()) {
        if (m_size - at >= 4 && le32(m_data + at) == DataDescriptor)
            at += 4; // the signature is optional
        const qint64 sizeBytes = header.zip64 ? 8 : 4;
        if (m_size - at < 4 + 2 * sizeBytes) { // its data whole, but what it should be is lost
            endCutInside(header.name);
            return std::nullopt;
        }
        crc = le32(m_data + at);
        compressed = header.zip64 ? le64(m_data + at + 4) : le32(m_data + at + 4);
        uncompressed = header.zip64 ? le64(m_data + at + 4 + sizeBytes) : le32(m_data + at + 4 + sizeBytes);
        at += 4 + 2 * sizeBytes;
    }
    if (data.crc != crc || qint64(compressed) != data.consumed || qint64(uncompressed) != data.size) {
        m_result.refusal = ZipGuard::crcMismatch(header.name);
        return std::nullopt;
    }
    return at;
}

} // namespace

SalvagedZip ZipSalvage::read(const QString &path, const std::function<bool(const QString &)> &keep, qint64 maxKeptBytes)
{
    return readMapped(path, keep, maxKeptBytes, nullptr);
}

SalvagedZip ZipSalvage::copyOut(const QString &path, const QString &entry, QIODevice &out)
{
    return readMapped(path, [&entry](const QString &name) { return name == entry; }, 0, &out);
}

SalvagedZip ZipSalvage::readMapped(const QString &path, const std::function<bool(const QString &)> &keep,
                                   qint64 maxKeptBytes, QIODevice *out)
{
    QFile file(path);
    SalvagedZip empty;
    if (!file.open(QIODevice::ReadOnly)) {
        empty.refusal = tr("cannot open for reading: %1").arg(file.errorString());
        return empty;
    }
    if (file.size() == 0) {
        empty.end.end = ContainerDamage::End::EmptyFile;
        return empty;
    }
    // Mapped, not read: only the pages of the entries kept are ever copied.
    const uchar *data = file.map(0, file.size());
    if (!data) {
        empty.refusal = tr("cannot open for reading: %1").arg(file.errorString());
        return empty;
    }
    SalvagedZip result = Salvager(data, file.size(), keep, maxKeptBytes, out).run();
    file.unmap(const_cast<uchar *>(data));
    return result;
}

QString ZipSalvage::whyNotWhole(const QString &path)
{
    const SalvagedZip zip = read(path, {}, 0);
    return zip.refusal.isEmpty() ? zip.end.endText() : zip.refusal;
}

QString ZipSalvage::whyNotWhole(QByteArrayView bytes)
{
    if (!bytes.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return {}; // no ZIP at all: nothing to say where
    const SalvagedZip zip = Salvager(reinterpret_cast<const uchar *>(bytes.data()), bytes.size(), {}, 0).run();
    return zip.refusal.isEmpty() ? zip.end.endText() : zip.refusal;
}

QString ZipSalvage::firstEntryName(const QByteArray &head)
{
    if (head.size() < LocalHeaderBytes || le32(reinterpret_cast<const uchar *>(head.constData())) != LocalHeader)
        return {};
    const quint16 nameBytes = le16(reinterpret_cast<const uchar *>(head.constData()) + 26);
    if (head.size() < LocalHeaderBytes + nameBytes)
        return {};
    return QString::fromUtf8(head.constData() + LocalHeaderBytes, nameBytes);
}

bool ZipSalvage::openWhole(QuaZip &zip, const QByteArray &head)
{
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    // Its first entry found in the directory, where it is first unless the ZIP was written
    // oddly: the whole list of names was read for every table of a ZIP of many (quadratic).
    // QuaZip looks up no name past its length limit: those are looked for in the list.
    constexpr qsizetype QuaZipLongestName = 256;
    const QString first = firstEntryName(head);
    const bool found = first.size() > QuaZipLongestName ? zip.getFileNameList().contains(first)
                                                        : !first.isEmpty() && zip.setCurrentFile(first, QuaZip::csSensitive);
    if (found)
        return true;
    zip.close();
    return false;
}

bool ZipSalvage::openWhole(QuaZip &zip, const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && openWhole(zip, file.peek(64 * 1024));
}
