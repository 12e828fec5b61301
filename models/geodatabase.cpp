#include "geodatabase.h"

#include "filehash.h"

#include <QFile>
#include <QJsonArray>

#include <maxminddb.h>

namespace {

/// Turns libmaxminddb's flattened entry list back into JSON. @p depth guards nesting beyond
/// what the library itself refuses.
QJsonValue toJson(MMDB_entry_data_list_s **node, int depth = 0)
{
    if (!*node || depth > 64)
        return {};
    const MMDB_entry_data_s data = (*node)->entry_data;
    *node = (*node)->next;
    switch (data.type) {
    case MMDB_DATA_TYPE_MAP: {
        QJsonObject object;
        for (uint32_t i = 0; i < data.data_size && *node; ++i) {
            const MMDB_entry_data_s key = (*node)->entry_data;
            *node = (*node)->next;
            const QString name = key.type == MMDB_DATA_TYPE_UTF8_STRING
                                     ? QString::fromUtf8(key.utf8_string, int(key.data_size))
                                     : QString();
            object.insert(name, toJson(node, depth + 1));
        }
        return object;
    }
    case MMDB_DATA_TYPE_ARRAY: {
        QJsonArray array;
        for (uint32_t i = 0; i < data.data_size && *node; ++i)
            array.append(toJson(node, depth + 1));
        return array;
    }
    case MMDB_DATA_TYPE_UTF8_STRING:
        return QString::fromUtf8(data.utf8_string, int(data.data_size));
    case MMDB_DATA_TYPE_DOUBLE:
        return data.double_value;
    case MMDB_DATA_TYPE_FLOAT:
        return double(data.float_value);
    case MMDB_DATA_TYPE_UINT16:
        return int(data.uint16);
    case MMDB_DATA_TYPE_UINT32:
        return qint64(data.uint32);
    case MMDB_DATA_TYPE_INT32:
        return int(data.int32);
    case MMDB_DATA_TYPE_UINT64:
        return QString::number(data.uint64); // beyond a double's exact range
    case MMDB_DATA_TYPE_UINT128:
        return QStringLiteral("uint128");
    case MMDB_DATA_TYPE_BOOLEAN:
        return data.boolean;
    case MMDB_DATA_TYPE_BYTES:
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data.bytes), int(data.data_size)).toHex());
    default:
        return {};
    }
}

} // namespace

const char *GeoLookup::statusKeyUtf8(Status status)
{
    switch (status) {
    case Status::Found:
        return "found";
    case Status::NotFound:
        return "not-found";
    case Status::Failed:
        return "failed";
    }
    return "failed";
}

QString GeoLookup::statusKey(Status status)
{
    return QString::fromLatin1(statusKeyUtf8(status));
}

GeoDatabase::~GeoDatabase()
{
    if (m_mmdb)
        MMDB_close(m_mmdb.get());
}

std::unique_ptr<GeoDatabase> GeoDatabase::open(const QString &path, QString *error)
{
    std::unique_ptr<GeoDatabase> db(new GeoDatabase);
    auto mmdb = std::make_unique<MMDB_s>();
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, mmdb.get());
    if (status != MMDB_SUCCESS) {
        *error = tr("%1: not a usable MaxMind-format database: %2").arg(path, QString::fromUtf8(MMDB_strerror(status)));
        return nullptr;
    }
    db->m_mmdb = std::move(mmdb);
    const MMDB_metadata_s &meta = db->m_mmdb->metadata;
    GeoDatabaseInfo &info = db->m_info;
    info.path = path;
    info.databaseType = QString::fromUtf8(meta.database_type);
    info.buildEpoch = qint64(meta.build_epoch);
    info.ipVersion = meta.ip_version;
    for (size_t i = 0; i < meta.description.count; ++i) {
        if (qstrcmp(meta.description.descriptions[i]->language, "en") == 0)
            info.description = QString::fromUtf8(meta.description.descriptions[i]->description);
    }
    QStringList languages;
    for (size_t i = 0; i < meta.languages.count; ++i)
        languages.append(QString::fromUtf8(meta.languages.names[i]));
    info.languages = languages.join(u' ');
    const auto digest = FileDigest::compute(path, error);
    if (!digest)
        return nullptr;
    info.sha256 = digest->sha256;
    return db;
}

GeoLookup GeoDatabase::find(const QString &address) const
{
    GeoLookup result;
    int gaiError = 0;
    int mmdbError = MMDB_SUCCESS;
    const MMDB_lookup_result_s found =
        MMDB_lookup_string(m_mmdb.get(), address.toLatin1().constData(), &gaiError, &mmdbError);
    if (gaiError != 0) {
        result.status = GeoLookup::Status::Failed;
        result.error = tr("\"%1\" is not an IP address").arg(address);
        return result;
    }
    if (mmdbError != MMDB_SUCCESS) {
        result.status = GeoLookup::Status::Failed;
        result.error = QString::fromUtf8(MMDB_strerror(mmdbError));
        return result;
    }
    if (!found.found_entry)
        return result;
    // An IPv4 address in an IPv6 tree sits below ::/96; report its IPv4 prefix.
    result.prefixLength = found.netmask;
    if (m_info.ipVersion == 6 && !address.contains(u':') && result.prefixLength >= 96)
        result.prefixLength -= 96;
    result.status = GeoLookup::Status::Found;
    result.recordOffset = found.entry.offset;
    return result;
}

std::optional<QJsonObject> GeoDatabase::record(quint32 offset, QString *error) const
{
    MMDB_entry_s entry{m_mmdb.get(), offset};
    MMDB_entry_data_list_s *list = nullptr;
    const int status = MMDB_get_entry_data_list(&entry, &list);
    if (status != MMDB_SUCCESS) {
        MMDB_free_entry_data_list(list);
        *error = QString::fromUtf8(MMDB_strerror(status));
        return std::nullopt;
    }
    MMDB_entry_data_list_s *node = list;
    const QJsonValue value = toJson(&node);
    MMDB_free_entry_data_list(list);
    return value.isObject() ? value.toObject() : QJsonObject{{QStringLiteral("value"), value}};
}

GeoLookup GeoDatabase::lookup(const QString &address) const
{
    GeoLookup result = find(address);
    if (result.status != GeoLookup::Status::Found)
        return result;
    QString error;
    if (const auto record = this->record(result.recordOffset, &error)) {
        result.record = *record;
    } else {
        result.status = GeoLookup::Status::Failed;
        result.error = error;
    }
    return result;
}
