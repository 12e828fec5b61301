#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct MMDB_s;

/// @brief What a MaxMind-format database says about itself (its metadata).
struct GeoDatabaseInfo
{
    QString path;
    QString sha256;
    QString databaseType; ///< "GeoIP2-City", "GeoLite2-ASN", …
    QString description;  ///< the English description
    QString languages;    ///< space separated
    qint64 buildEpoch = 0;
    int ipVersion = 0;
};

/// @brief One address looked up in one database.
struct GeoLookup
{
    enum class Status { Found, NotFound, Failed };
    Status status = Status::NotFound;
    QString error;      ///< why a lookup failed (a corrupt record, an IPv6 address in an IPv4 database)
    int prefixLength = 0;
    QJsonObject record; ///< the whole record, as the database holds it
    /// @brief Where the record sits in the database's data section: equal offsets are equal
    /// records (MMDB writers store each distinct record once), so callers may cache by it.
    quint32 recordOffset = 0;
    static QString statusKey(Status status);
    /// @brief The same key as a static string, for binding without a conversion.
    static const char *statusKeyUtf8(Status status);
};

/// @brief An offline MMDB file read with libmaxminddb. Never touches the network; a corrupt
/// file is refused at open, a corrupt record fails that lookup only. Not thread-safe per
/// instance: give each thread its own.
class GeoDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(GeoDatabase)
    Q_DISABLE_COPY_MOVE(GeoDatabase)
public:
    ~GeoDatabase();
    static std::unique_ptr<GeoDatabase> open(const QString &path, QString *error);
    const GeoDatabaseInfo &info() const { return m_info; }
    GeoLookup lookup(const QString &address) const;
    /// @brief The search only: status, error, prefix and recordOffset; the record is left empty
    /// for the caller to decode once per offset with record().
    GeoLookup find(const QString &address) const;
    /// @brief Decodes the record at @p offset; nullopt with @p error when it is corrupt.
    std::optional<QJsonObject> record(quint32 offset, QString *error) const;

private:
    GeoDatabase() = default;
    std::unique_ptr<MMDB_s> m_mmdb;
    GeoDatabaseInfo m_info;
};
