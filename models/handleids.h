#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

/// @brief A case's handle ids by normalised text, each asked of the case once: for checks that
/// look a sample of records up in the case.
class HandleIds final
{
public:
    explicit HandleIds(const QSqlDatabase &db);
    /// @brief None where the case has no such handle: no record of it has one.
    std::optional<qint64> of(const QString &normalized);

private:
    QSqlQuery m_query;
    QHash<QString, std::optional<qint64>> m_ids;
};
