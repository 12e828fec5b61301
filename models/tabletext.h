#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QAbstractItemModel;

/// @brief Rows of a table as its view shows them: the headings, the cells' words, and whether
/// the table shows lookups (then its caveat goes with it wherever it is copied or written).
struct TableCells
{
    QStringList headings;
    QList<QStringList> rows;
    bool showsLookups = false;
    QStringList notes; ///< the table's own caveats, written beneath it after the lookup caveat
};

/// @brief A table's cells written out for people: tab-separated and HTML for the clipboard (a
/// spreadsheet or a word processor takes either), CSV for a file. What is written is what the
/// view shows — the words of each cell, times with their zone — so a figure pasted into an article
/// or a filing reads as it did on screen; a table showing lookups carries the caveat beneath it.
class TableText final
{
    Q_DECLARE_TR_FUNCTIONS(TableText)
public:
    /// @brief Beside a count that is not simply the records its file holds
    /// (ItemRoles::CountCaveatRole), as the window's warning sign is.
    static constexpr QChar CountCaveatSign = QChar(0x26A0);
    /// @brief What the sign means, written beneath a table that has one.
    static QString countCaveat();
    /// @brief The words of @p rows and @p columns of @p model (in the order given), their headings
    /// on one line each; a count the window marks with its warning sign keeps the sign, and
    /// countCaveat() goes beneath.
    static TableCells cells(const QAbstractItemModel &model, const QList<int> &rows,
                            const QList<int> &columns);
    /// @brief A heading as one line: "Lookups\nmade" is "Lookups made", "Connec-\ntions" is
    /// "Connections".
    static QString oneLine(const QString &heading);
    /// @brief Tab-separated lines, headings first; a cell holding a tab, a line break or a quote
    /// is quoted as CSV quotes it (spreadsheets read it back whole).
    static QString tabSeparated(const TableCells &cells);
    /// @brief An HTML table (headings in <th>), cells kept as text, the caveat in a paragraph.
    static QString html(const TableCells &cells);
    /// @brief CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark so that a spreadsheet program
    /// reads the words as UTF-8; beneath the rows an empty line and the caveats, one a line.
    static QByteArray csv(const TableCells &cells);
};
