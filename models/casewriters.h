#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <optional>

struct sqlite3;

/// @brief Turns at a case's write lock for this process's connections.
///
/// SQLite lets one connection write at a time; the others wait in a busy handler. SQLite's own
/// handler sleeps up to 100 ms between tries, so a job that commits and at once begins its next
/// write transaction (the raw-text index: hundreds of them for 1M events) takes the lock again before
/// a waiting writer wakes: a geolocation run or a label typed on the GUI thread then waited its
/// whole five seconds and failed ("database is locked"). Here waiting writers retry every few
/// milliseconds and say that they wait; a long series of transactions lets them in between two.
namespace CaseWriters {

/// @brief Puts this file's busy handler on @p db: retries every 2 ms for up to five seconds.
void install(sqlite3 *db);

/// @brief Begins a write transaction on @p db (BEGIN IMMEDIATE) however long another program
/// writes the case (its import holds it to the end): rather than failing after five seconds,
/// calls @p waiting every @p step meanwhile, whose false gives up (a cancel). On failure,
/// @p error (if given) says why.
bool beginWhenFree(sqlite3 *db, const std::function<bool()> &waiting, QString *error,
                   std::chrono::milliseconds step = std::chrono::milliseconds(100));

/// @brief What a connection of this process may hold a case's write lock for.
enum class Work
{
    Import,
    Geolocation,
    RawTextIndex
};

/// @brief While it lives, a connection of this process holds the write lock of the case at
/// @p casePath for @p work: another of its writers waiting for that case can say for what, where
/// it said "another program" (the window's own geolocation of new IPs after an import, say).
class Holding final
{
public:
    Holding(const QString &casePath, Work work);
    ~Holding();
    Holding(const Holding &) = delete;
    Holding &operator=(const Holding &) = delete;

private:
    quint64 m_ticket;
};

/// @brief The work a connection of this process holds the case at @p casePath's write lock for;
/// none where no Holding says so (the holder is then another program, or a moment's write).
std::optional<Work> heldHere(const QString &casePath);

/// @brief Between two write transactions of a long series: returns once no other connection
/// of this process has been waiting for the write lock (one that was gets it first), or after
/// a second at most.
void yieldTurn();

} // namespace CaseWriters
