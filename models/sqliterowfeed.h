#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QStringView>

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
    static constexpr int MaxColumns = 24;
    static constexpr const char *PointerType = "LookupLens.SqliteRowFeed";

    /// @brief Makes ll_row_feed available on @p db. Registering again is harmless: statements
    /// prepared before are prepared afresh by SQLite.
    static bool registerOn(sqlite3 *db);

    explicit SqliteRowFeed(int columns) : m_columns(columns) {}

    void addInt(qint64 value) { m_cells.push_back({Cell::Int, value, nullptr, 0}); }
    void addNull() { m_cells.push_back({Cell::Null, 0, nullptr, 0}); }
    void addReal(double value);
    /// @brief Text that outlives the statement's run (a literal): not copied.
    void addStaticText(const char *utf8);
    /// @brief Text copied into the feed, kept until clear().
    void addText(const QByteArray &utf8);
    /// @brief Text encoded as UTF-8 into the feed, kept until clear().
    void addText(QStringView text);
    void clear();

    int columns() const { return m_columns; }
    qint64 rows() const { return qint64(m_cells.size()) / m_columns; }

    struct Cell
    {
        enum Type
        {
            Null,
            Int,
            Real, ///< the double's bits in @c value
            StaticText, ///< text at @c text
            OwnText     ///< text in the feed, @c value bytes in
        } type;
        qint64 value;
        const char *text;
        int size;
    };
    const Cell &cell(qint64 row, int column) const
    {
        return m_cells[size_t(row * m_columns + column)];
    }
    /// @brief Where the text of @p cell starts.
    const char *textOf(const Cell &cell) const
    {
        return cell.type == Cell::StaticText ? cell.text : m_text.constData() + cell.value;
    }

private:
    char *reserveText(qsizetype bytes);

    int m_columns;
    std::vector<Cell> m_cells;
    // All owned text of the batch in one buffer (no allocation per value); cells hold offsets,
    // since the buffer moves when it grows.
    QByteArray m_text;
    qsizetype m_textUsed = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};
