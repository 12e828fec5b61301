#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @brief Finds rows whose foreign keys name no parent row: one set-based query per key,
/// which walks the key's index rather than looking up each row's parent.
///
/// A bulk import writes with SQLite's per-row foreign-key checks off (three parent look-ups
/// per event were two fifths of the writing thread's time) and runs this before it commits,
/// so a broken reference still rolls the whole import back.
class ReferenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceCheck)
public:
    /// The first broken reference found, described ("events.counterpart_id: 2 values not in
    /// handles.id"), or nothing when every reference of every table holds.
    /// @param error set, and nothing returned, when a query fails.
    static std::optional<QString> firstBroken(QSqlDatabase db, QString *error);

private:
    struct ForeignKey
    {
        QString column;
        QString parent;
        QString parentColumn;
    };
    static std::optional<QString> brokenInTable(QSqlDatabase db, const QString &table, QString *error);
    static std::optional<QString> brokenKey(QSqlDatabase db, const QString &table, const ForeignKey &key,
                                            QString *error);
    static std::optional<QString> brokenByPragma(QSqlDatabase db, const QString &table, QString *error);
};
