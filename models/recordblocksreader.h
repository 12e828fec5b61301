#pragma once

#include "printedtablereader.h"

#include <memory>

/// @brief Records printed a field to a line, as MySQL's client prints them with "\G" and psql
/// in its expanded display ("\x"): each record under a marker line ("****** 1. row ******",
/// "-[ RECORD 1 ]-----"), then "label: value" (MySQL, the labels right-aligned) or "label |
/// value" (psql) lines, a value's further lines below it. Read as a table: the first record's
/// labels are its header row, each record one row of its values (its line the marker's, its
/// raw text all its lines as written). Lines above the first record are the metadata block;
/// blank lines and the tool's count are layout, the count checked against the records read,
/// and a gap in the tool's record numbers is named.
class RecordBlocksReader final : public PrintedTableReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordBlocksReader)
public:
    enum class Style { MySql, Psql };
    /// @brief The record number @p line marks in @p style, or nullopt if it is no marker.
    static std::optional<qint64> markerNumber(const QString &line, Style style);
    /// @brief A reader of @p path if its first lines hold a record so printed; else nullptr.
    static std::unique_ptr<RecordBlocksReader> ifBlocks(const QString &path);

    bool next(TableRow &row) override;
    QString kind() const override { return QStringLiteral("record-blocks"); }
    QStringList readingNotes() const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override;

private:
    RecordBlocksReader(std::unique_ptr<CsvReader> lines, Style style);
    /// One record as printed: its marker's line and number, its fields in order, its lines.
    struct Block
    {
        int line = 0;
        qint64 number = 0;
        QStringList labels;
        QStringList values;
        QStringList lines;
        QString error; ///< a line of it that could not be read (over 1 MiB)
    };
    /// @brief Reads the record whose marker is @p marker, up to the next marker, the tool's
    /// count or the end.
    Block readBlock(const TableRow &marker);
    /// @brief Adds @p line to @p block: a field where its separator stands where the record's
    /// first field line has it, else the further line of the value before.
    void addLine(Block &block, const TableRow &line, qsizetype separator) const;
    /// @brief @p block as a row: its values under the header's labels.
    TableRow rowOf(const Block &block);
    /// @brief Whether @p block begins a result: the first, or a record 1 after others.
    bool startsResult(const Block &block) const;
    /// @brief The header row @p block's labels make.
    TableRow headerRow(const Block &block) const;
    /// @brief How the file was read and what of it was layout, in words.
    QString layoutNote() const;
    /// @brief Each result whose records are not as many as the tool counted, in words.
    QStringList tallyNotes() const;

    Style m_style;
    std::optional<Block> m_first;    ///< a result's first record, read to give its labels as the header
    QStringList m_labels;            ///< the header: the current result's first record's labels
    qint64 m_lastNumber = 0;
    QList<std::pair<int, QString>> m_gaps; ///< marker line and "3 to 5" where the numbers jump
};
