// How a table import keeps the columns no field reads: each under its header (numbered where
// the file repeats one), in every event's extra, so that nothing in a source row is dropped.
#include "tableimporter.h"

#include <QJsonDocument>

#include <algorithm>

void TableImporter::findUnmappedColumns()
{
    // Nothing in a source row is dropped: columns without a stored field keep their header text.
    static const QList<Field> storedFields{Field::Timestamp, Field::Initiator, Field::Counterpart,
                                           Field::ClientIp, Field::ClientPort, Field::DeviceCount, Field::Duration};
    QList<int> stored;
    for (Field field : storedFields) {
        if (m_match.columns.contains(field))
            stored.append(m_match.columns.value(field));
    }
    m_unmappedColumns.clear();
    QJsonObject keys; // QJsonObject's own key order
    for (int column = 0; column < m_header.size(); ++column) {
        if (stored.contains(column))
            continue;
        // A header the file repeats ("Note" twice) is numbered from its second column on:
        // "Note", "Note (2)". One key would keep one column's cells and drop the other's.
        const QString header = m_header.at(column).trimmed();
        QString name = header;
        for (int n = 2; keys.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(header, QString::number(n));
        m_unmappedColumns.append({column, name});
        keys.insert(name, column);
    }
    m_extraJsonKeys.clear();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const QByteArray object = QJsonDocument(QJsonObject{{it.key(), QString()}}).toJson(QJsonDocument::Compact);
        m_extraJsonKeys.append({it.value().toInt(), object.mid(1, object.size() - 4)}); // {"key":""} → "key":
    }
}

void TableImporter::keepUnmappedColumns(const TableRow &row, EventRecord *e) const
{
    if (e->extra.isEmpty() && writeExtraJson(row, e))
        return;
    for (const auto &[column, name] : m_unmappedColumns) {
        if (column < row.cells.size() && !row.absent.contains(column))
            e->extra.insert(name, row.cells.at(column));
    }
}

bool TableImporter::writeExtraJson(const TableRow &row, EventRecord *e) const
{
    // Building a QJsonObject per row, only for the writer to serialise it, took a sixth of the
    // reading thread's time. Cells of plain printable ASCII need no escaping, so their JSON is
    // written here directly, byte for byte what QJsonDocument writes; any other cell (quote,
    // backslash, control or non-ASCII character) takes the QJsonObject way.
    QByteArray json;
    json.reserve(64);
    for (const auto &[column, key] : m_extraJsonKeys) {
        if (column >= row.cells.size() || row.absent.contains(column))
            continue;
        const QString &value = row.cells.at(column);
        const bool plain = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\';
        });
        if (!plain)
            return false;
        json += json.isEmpty() ? '{' : ',';
        json += key;
        json += '"';
        for (const QChar c : value) // plain ASCII: one byte each
            json += char(c.unicode());
        json += '"';
    }
    if (!json.isEmpty())
        json += '}';
    e->extraJson = std::move(json);
    return true;
}
