#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// @brief What an address says about itself, with no database: private ranges, carrier-grade
/// NAT, loopback, link-local, documentation, multicast, reserved. IPv4-mapped IPv6 is read as
/// the IPv4 address it carries. Text that is no address at all ("999.1.1.1", "n/a") is flagged
/// "not-an-address": the record keeps what the provider wrote, and nothing can place it. An
/// address written with its port ("198.51.100.14:443", "[2001:db8::1]:443"), in brackets, or
/// with its numbers padded to three digits ("198.051.100.014") is that address.
struct IpAddressFlags
{
    Q_DECLARE_TR_FUNCTIONS(IpAddressFlags)

public:
    bool valid = false;
    QString canonical; ///< the address as LookupLens stores and looks it up (mapped → IPv4)
    QStringList flags; ///< "private", "cgnat", "loopback", "link-local", "documentation", "multicast", "reserved",
                       ///< "not-an-address"

    static IpAddressFlags of(const QString &address);
    /// @brief The address @p written names, as the case stores and matches it: the canonical
    /// form, or the text itself when it is no address. One address written two ways
    /// ("2001:DB8::1", "2001:0db8:0:0::1"; "::ffff:1.2.3.4", "1.2.3.4") is one address.
    static QString addressOf(const QString &written);
    /// @brief A port, 0 to 65535 in decimal digits; nullopt for anything else.
    static std::optional<int> portNumber(const QString &text);
    /// @brief The port written with the address ("198.51.100.14:443"), if one was.
    static std::optional<int> portWrittenWith(const QString &written);
    /// @brief The address as shown beside a record: "2001:db8::1 (written 2001:0DB8::1)", or
    /// the address alone when that is how it was written.
    static QString shownWithWriting(const QString &written);
    /// @brief A key that orders addresses by number, IPv4 before IPv6, and words written in
    /// place of an address ("[REDACTED]") after them all: as text, "198.51.100.9" came after
    /// "198.51.100.10".
    static QString sortKey(const QString &address);
    bool has(const QString &flag) const { return flags.contains(flag); }
};
