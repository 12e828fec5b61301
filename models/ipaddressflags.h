#pragma once

#include <QString>
#include <QStringList>

/// @brief What an address says about itself, with no database: private ranges, carrier-grade
/// NAT, loopback, link-local, documentation, multicast, reserved. IPv4-mapped IPv6 is read as
/// the IPv4 address it carries. Text that is no address at all ("999.1.1.1", "n/a") is flagged
/// "not-an-address": the record keeps what the provider wrote, and nothing can place it.
struct IpAddressFlags
{
    bool valid = false;
    QString canonical; ///< the address as LookupLens stores and looks it up (mapped → IPv4)
    QStringList flags; ///< "private", "cgnat", "loopback", "link-local", "documentation", "multicast", "reserved",
                       ///< "not-an-address"

    static IpAddressFlags of(const QString &address);
    bool has(const QString &flag) const { return flags.contains(flag); }
};
