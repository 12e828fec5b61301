#pragma once

#include <QByteArray>

#include <deque>
#include <vector>

struct sqlite3;

/// @brief Rows handed to one "INSERT ... SELECT ... FROM ll_row_feed(?)" statement through an
/// eponymous virtual table: a batch costs one bind and one step instead of a bind per value and
/// a step per row, which is most of SQLite's time when a bulk insert has small rows.
/// The feed's columns are c0, c1, ... in the order the cells of each row were added.
/// Thread affinity: the thread that owns the connection, while the statement runs.
class SqliteRowFeed final
{
public:
    static constexpr int MaxColumns = 16;
    static constexpr const char *PointerType = "LookupLens.SqliteRowFeed";

    /// @brief Makes ll_row_feed available on @p db (once per connection is enough).
    static bool registerOn(sqlite3 *db);

    explicit SqliteRowFeed(int columns) : m_columns(columns) {}

    void addInt(qint64 value) { m_cells.push_back({Cell::Int, value, nullptr, 0}); }
    void addNull() { m_cells.push_back({Cell::Null, 0, nullptr, 0}); }
    /// @brief Text that outlives the statement's run (a literal): not copied.
    void addStaticText(const char *utf8);
    /// @brief Text kept in the feed until clear().
    void addText(const QByteArray &utf8);
    void clear();

    int columns() const { return m_columns; }
    qint64 rows() const { return qint64(m_cells.size()) / m_columns; }

    struct Cell
    {
        enum Type
        {
            Null,
            Int,
            Text
        } type;
        qint64 value;
        const char *text;
        int size;
    };
    const Cell &cell(qint64 row, int column) const
    {
        return m_cells[size_t(row * m_columns + column)];
    }

private:
    int m_columns;
    std::vector<Cell> m_cells;
    std::deque<QByteArray> m_texts; // owned text; a deque never moves what it holds
};
