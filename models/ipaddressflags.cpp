#include "ipaddressflags.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

struct V4Range
{
    quint32 base;
    int prefix;
    const char *flag;
};

constexpr quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

// RFC 6890 special-purpose ranges that matter for attribution.
constexpr V4Range V4Ranges[] = {
    {v4(10, 0, 0, 0), 8, "private"},        {v4(172, 16, 0, 0), 12, "private"},   {v4(192, 168, 0, 0), 16, "private"},
    {v4(100, 64, 0, 0), 10, "cgnat"},       {v4(127, 0, 0, 0), 8, "loopback"},    {v4(169, 254, 0, 0), 16, "link-local"},
    {v4(192, 0, 2, 0), 24, "documentation"}, {v4(198, 51, 100, 0), 24, "documentation"},
    {v4(203, 0, 113, 0), 24, "documentation"}, {v4(224, 0, 0, 0), 4, "multicast"},   {v4(0, 0, 0, 0), 8, "reserved"},
    {v4(240, 0, 0, 0), 4, "reserved"},      {v4(192, 0, 0, 0), 24, "reserved"},   {v4(198, 18, 0, 0), 15, "reserved"},
};

void flagV4(quint32 address, QStringList *flags)
{
    for (const V4Range &range : V4Ranges) {
        const quint32 mask = range.prefix == 0 ? 0 : ~quint32(0) << (32 - range.prefix);
        if ((address & mask) == range.base)
            flags->append(QString::fromLatin1(range.flag));
    }
}

bool prefixMatches(const unsigned char *address, const std::array<unsigned char, 16> &base, int prefix)
{
    for (int bit = 0; bit < prefix; ++bit) {
        const int byte = bit / 8;
        const int mask = 0x80 >> (bit % 8);
        if ((address[byte] & mask) != (base[byte] & mask))
            return false;
    }
    return true;
}

void flagV6(const unsigned char *a, QStringList *flags)
{
    static const std::array<unsigned char, 16> loopback{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static const std::array<unsigned char, 16> unspecified{};
    static const std::array<unsigned char, 16> ula{0xfc};
    static const std::array<unsigned char, 16> linkLocal{0xfe, 0x80};
    static const std::array<unsigned char, 16> documentation{0x20, 0x01, 0x0d, 0xb8};
    static const std::array<unsigned char, 16> multicast{0xff};
    static const std::array<unsigned char, 16> discard{0x01, 0x00};
    if (prefixMatches(a, loopback, 128))
        flags->append(QStringLiteral("loopback"));
    if (prefixMatches(a, unspecified, 128) || prefixMatches(a, discard, 64))
        flags->append(QStringLiteral("reserved"));
    if (prefixMatches(a, ula, 7))
        flags->append(QStringLiteral("private"));
    if (prefixMatches(a, linkLocal, 10))
        flags->append(QStringLiteral("link-local"));
    if (prefixMatches(a, documentation, 32))
        flags->append(QStringLiteral("documentation"));
    if (prefixMatches(a, multicast, 8))
        flags->append(QStringLiteral("multicast"));
}

/// "198.051.100.014" as "198.51.100.14": logs that pad each number to three digits mean them in
/// decimal (the octal reading of old inet_aton() is no log's); empty where @p text is no
/// dotted quad so written. The record keeps what was written, and shows it beside the address.
QByteArray unpaddedV4(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 4)
        return {};
    QList<QByteArray> numbers;
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part.size() > 3 || !std::all_of(part.cbegin(), part.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return {};
        numbers.append(QByteArray::number(part.toInt()));
    }
    return numbers.join('.');
}

/// The address alone; not valid, and unflagged, when @p text is no address.
IpAddressFlags ofAddress(const QByteArray &text)
{
    IpAddressFlags result;
    in_addr a4{};
    in6_addr a6{};
    QByteArray v4Text = text;
    if (inet_pton(AF_INET, v4Text.constData(), &a4) == 1
        || (!(v4Text = unpaddedV4(text)).isEmpty() && inet_pton(AF_INET, v4Text.constData(), &a4) == 1)) {
        result.valid = true;
        result.canonical = QString::fromLatin1(v4Text);
        flagV4(ntohl(a4.s_addr), &result.flags);
        return result;
    }
    if (inet_pton(AF_INET6, text.constData(), &a6) != 1)
        return result;
    result.valid = true;
    const unsigned char *b = a6.s6_addr;
    static const unsigned char mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(b, mappedPrefix, 12) == 0) {
        // ::ffff:a.b.c.d is the IPv4 address a.b.c.d.
        const quint32 address4 = (quint32(b[12]) << 24) | (quint32(b[13]) << 16) | (quint32(b[14]) << 8) | b[15];
        result.canonical = QStringLiteral("%1.%2.%3.%4").arg(b[12]).arg(b[13]).arg(b[14]).arg(b[15]);
        flagV4(address4, &result.flags);
        return result;
    }
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(AF_INET6, &a6, buffer, sizeof buffer);
    result.canonical = QString::fromLatin1(buffer);
    flagV6(b, &result.flags);
    return result;
}

/// "198.51.100.14:443" or "[2001:db8::1]:443": an address and its port in one cell. A bare
/// IPv6 address is never split: "2001:db8::1:443" is itself an address.
std::optional<std::pair<QString, int>> splitPort(const QString &text)
{
    qsizetype colon = -1;
    QString address;
    if (text.startsWith(u'[')) {
        colon = text.indexOf(QStringLiteral("]:"));
        address = text.mid(1, colon - 1);
        ++colon;
    } else if (text.count(u':') == 1) {
        colon = text.indexOf(u':');
        address = text.left(colon);
    }
    if (colon <= 0)
        return std::nullopt;
    const auto port = IpAddressFlags::portNumber(text.mid(colon + 1));
    return port ? std::optional(std::make_pair(address, *port)) : std::nullopt;
}

} // namespace

IpAddressFlags IpAddressFlags::of(const QString &address)
{
    const QString text = address.trimmed();
    IpAddressFlags result = ofAddress(text.toLatin1());
    if (result.valid)
        return result;
    if (const auto split = splitPort(text)) {
        result = ofAddress(split->first.toLatin1());
        if (result.valid)
            return result;
    }
    if (text.startsWith(u'[') && text.endsWith(u']')) { // "[2001:db8::1]", as a URL writes it, without its port
        result = ofAddress(text.mid(1, text.size() - 2).toLatin1());
        if (result.valid)
            return result;
    }
    // Said, not left blank: an empty list reads as "a public address".
    result.flags = QStringList{QStringLiteral("not-an-address")};
    return result;
}

QString IpAddressFlags::sortKey(const QString &address)
{
    const QByteArray text = address.toLatin1();
    unsigned char bytes[16];
    if (inet_pton(AF_INET, text.constData(), bytes) == 1)
        return u'4' + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), 4).toHex());
    if (inet_pton(AF_INET6, text.constData(), bytes) == 1)
        return u'6' + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), 16).toHex());
    return u'9' + address;
}

std::optional<int> IpAddressFlags::portNumber(const QString &text)
{
    const bool digits = !text.isEmpty() && text.size() <= 5
                        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const int value = digits ? text.toInt() : -1;
    return value >= 0 && value <= 65535 ? std::optional<int>(value) : std::nullopt;
}

std::optional<int> IpAddressFlags::portWrittenWith(const QString &written)
{
    // On every imported row: text without "host:port" shape returns before any parsing.
    const QString text = written.trimmed();
    const auto split = splitPort(text);
    if (!split || !ofAddress(split->first.toLatin1()).valid)
        return std::nullopt;
    return split->second;
}

QString IpAddressFlags::addressOf(const QString &written)
{
    const IpAddressFlags flags = of(written);
    return flags.valid ? flags.canonical : written;
}

QString IpAddressFlags::shownWithWriting(const QString &written)
{
    const QString address = addressOf(written);
    return address == written ? address : tr("%1 (written %2)").arg(address, written);
}
