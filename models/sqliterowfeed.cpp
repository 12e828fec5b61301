#include "sqliterowfeed.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace {

// The virtual table: columns c0 .. c23 and the hidden argument "feed" (column 24), a pointer
// bound with sqlite3_bind_pointer, so SQL text cannot forge one.
constexpr int FeedColumn = SqliteRowFeed::MaxColumns;

struct FeedCursor
{
    sqlite3_vtab_cursor base{};
    const SqliteRowFeed *feed = nullptr;
    qint64 row = 0;
};

int connectTable(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15,"
            " c16, c17, c18, c19, c20, c21, c22, c23, feed HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    std::memset(*table, 0, sizeof(sqlite3_vtab));
    return SQLITE_OK;
}

int disconnectTable(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

/// Only a plan that is given the feed can run; without it there are no rows to read.
int planScan(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == FeedColumn && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int openCursor(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = &(new FeedCursor)->base;
    return SQLITE_OK;
}

int closeCursor(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<FeedCursor *>(cursor);
    return SQLITE_OK;
}

int filterRows(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<FeedCursor *>(cursor);
    c->feed = argc == 1 ? static_cast<const SqliteRowFeed *>(
                              sqlite3_value_pointer(argv[0], SqliteRowFeed::PointerType))
                        : nullptr;
    c->row = 0;
    return SQLITE_OK;
}

int nextRow(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<FeedCursor *>(cursor)->row;
    return SQLITE_OK;
}

int atEnd(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<FeedCursor *>(cursor);
    return !c->feed || c->row >= c->feed->rows();
}

int readColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int index)
{
    const auto *c = reinterpret_cast<FeedCursor *>(cursor);
    if (index >= c->feed->columns()) {
        sqlite3_result_null(context);
        return SQLITE_OK;
    }
    const SqliteRowFeed::Cell &cell = c->feed->cell(c->row, index);
    switch (cell.type) {
    case SqliteRowFeed::Cell::Int:
        sqlite3_result_int64(context, cell.value);
        break;
    case SqliteRowFeed::Cell::Real:
        sqlite3_result_double(context, std::bit_cast<double>(cell.value));
        break;
    case SqliteRowFeed::Cell::StaticText:
    case SqliteRowFeed::Cell::OwnText:
        sqlite3_result_text(context, c->feed->textOf(cell), cell.size, SQLITE_STATIC);
        break;
    case SqliteRowFeed::Cell::Null:
        sqlite3_result_null(context);
        break;
    }
    return SQLITE_OK;
}

int rowId(sqlite3_vtab_cursor *cursor, sqlite3_int64 *id)
{
    *id = reinterpret_cast<FeedCursor *>(cursor)->row;
    return SQLITE_OK;
}

const sqlite3_module FeedModule = {
    /* iVersion */ 0,
    /* xCreate */ nullptr, // eponymous only: no CREATE VIRTUAL TABLE
    connectTable,
    planScan,
    disconnectTable,
    /* xDestroy */ nullptr,
    openCursor,
    closeCursor,
    filterRows,
    nextRow,
    atEnd,
    readColumn,
    rowId,
    /* xUpdate */ nullptr,
    /* xBegin */ nullptr,
    /* xSync */ nullptr,
    /* xCommit */ nullptr,
    /* xRollback */ nullptr,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

} // namespace

bool SqliteRowFeed::registerOn(sqlite3 *db)
{
    return db &&
           sqlite3_create_module_v2(db, "ll_row_feed", &FeedModule, nullptr, nullptr) == SQLITE_OK;
}

void SqliteRowFeed::addReal(double value)
{
    m_cells.push_back({Cell::Real, std::bit_cast<qint64>(value), nullptr, 0});
}

void SqliteRowFeed::addStaticText(const char *utf8)
{
    m_cells.push_back({Cell::StaticText, 0, utf8, int(std::strlen(utf8))});
}

char *SqliteRowFeed::reserveText(qsizetype bytes)
{
    if (m_text.size() < m_textUsed + bytes)
        m_text.resize(std::max(m_text.size() * 2, m_textUsed + bytes));
    return m_text.data() + m_textUsed;
}

void SqliteRowFeed::addText(const QByteArray &utf8)
{
    std::memcpy(reserveText(utf8.size()), utf8.constData(), size_t(utf8.size()));
    m_cells.push_back({Cell::OwnText, m_textUsed, nullptr, int(utf8.size())});
    m_textUsed += utf8.size();
}

void SqliteRowFeed::addText(QStringView text)
{
    char *start = reserveText(m_encoder.requiredSpace(text.size()));
    const qsizetype size = m_encoder.appendToBuffer(start, text) - start;
    m_cells.push_back({Cell::OwnText, m_textUsed, nullptr, int(size)});
    m_textUsed += size;
}

void SqliteRowFeed::clear()
{
    m_cells.clear();
    m_textUsed = 0; // the buffer stays for the next batch
}
