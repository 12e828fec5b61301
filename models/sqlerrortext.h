#pragma once

#include <QSqlError>
#include <QString>

/// @brief What SQLite said went wrong ("database or disk is full"), without the words Qt's
/// driver adds to every failure of a step ("Unable to fetch row"), which name no cause; Qt's
/// own words where SQLite said nothing (a driver that cannot start a transaction).
QString sqlErrorText(const QSqlError &error);
