#pragma once

#include "ipsummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// @brief Every geolocation field a MaxMind-format database may hold, read from a stored
/// record, with whether the database's kind carries the field at all: a field a database does
/// not carry is "not in this database", never "no" (no anonymiser database means anonymiser
/// status unknown, not "not a VPN").
class GeoFields final
{
    Q_DECLARE_TR_FUNCTIONS(GeoFields)
public:
    enum class State { Value, Empty, NotCarried, NoAnswer };
    struct Field
    {
        QString key;   ///< stable key, e.g. "city"
        QString label; ///< people-facing name
    };
    struct Cell
    {
        State state = State::NoAnswer;
        QString text; ///< the value, or the words for the state
    };

    static QList<Field> fields();
    /// @brief One field of one database's answer.
    static Cell cell(const GeoAnswer &answer, const QString &key);
    /// @brief Whether a database of @p databaseType (its metadata) carries the field at all.
    static bool carries(const QString &databaseType, const QString &key);
};
