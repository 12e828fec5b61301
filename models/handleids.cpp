#include "handleids.h"

#include <QVariant>

HandleIds::HandleIds(const QSqlDatabase &db) : m_query(db)
{
    m_query.prepare(QStringLiteral("SELECT id FROM handles WHERE normalized = ?"));
}

std::optional<qint64> HandleIds::of(const QString &normalized)
{
    if (const auto known = m_ids.constFind(normalized); known != m_ids.cend())
        return *known;
    m_query.addBindValue(normalized);
    std::optional<qint64> id;
    if (m_query.exec() && m_query.next())
        id = m_query.value(0).toLongLong();
    m_ids.insert(normalized, id);
    return id;
}
