#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

/// @brief The words of the notes a table's source keeps in its metadata (text read otherwise,
/// rows and columns hidden in a sheet, formulas, blank lines), shown after the import, in a dry
/// run and by the Sources panel's description; and the runs of lines they name. The metadata
/// itself is written by TableImporter (tableimporternotes.cpp), whose words these are.
class SourceNoteText
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)
public:
    /// @brief Whether a line from @p first to @p last is in @p runs (as lineRuns() gives them:
    /// metadata.lines_read_as_windows_1252, …).
    static bool linesInRuns(const QJsonArray &runs, int first, int last);
    /// @brief @p lines (ascending) as runs, each [first, last].
    static QJsonArray lineRuns(const QList<int> &lines);
    /// @brief What the runs of metadata.lines_read_as_windows_1252 say, in words; empty for none.
    static QString windows1252Note(const QJsonArray &runs);
    /// @brief What metadata.lines_with_unpaired_surrogates says, in words; empty if none.
    static QString unpairedSurrogatesNote(const QJsonArray &runs);
    /// @brief What metadata.character_references_replaced says, in words; empty if none.
    static QString replacedReferencesNote(const QJsonArray &runs);
    /// @brief What metadata.control_characters_kept says, in words; empty if none.
    static QString controlCharactersNote(const QJsonArray &runs);
    /// @brief What metadata.excel_text_formulas says, in words; empty if none.
    static QString textFormulasNote(const QJsonArray &runs);
    /// @brief What those keys of @p metadata say, in words: the lines whose text was read
    /// otherwise than the rest.
    static QStringList textReadingNotes(const QJsonObject &metadata);
    /// @brief What metadata.last_line_unterminated says, in words.
    static QString unterminatedNote(int line);
    /// @brief "3 blank lines hold no record and were not counted as rows: 16–18", from a source's
    /// metadata "blank_lines" ({count, runs}); empty if it has none.
    static QString blankLinesNote(const QJsonObject &blankLines);
    /// @brief What metadata "hidden_rows", "hidden_columns", "values_shown_blank" and "worksheet_hidden" say, in
    /// words: rows, columns and worksheets read that the spreadsheet program does not show.
    /// Empty if none.
    static QStringList hiddenInSheetNotes(const QJsonObject &metadata);
    /// @brief The columns of metadata "hidden_columns", each with its header and what it was read
    /// as: "C ("Terminating Number", read as the counterpart), F ("Notes", kept among the row's
    /// other columns)".
    static QString hiddenColumnsText(const QJsonArray &columns);
    /// @brief The columns of metadata "values_shown_blank" or "formula_columns" as
    /// hiddenColumnsText() gives them, each with the rows of its cells: "C (…) in 3 rows: 2–4".
    static QString cellColumnsText(const QJsonArray &columns);
    /// @brief What metadata "formula_cells" says, in words: rows with a value a formula
    /// computes, read as the result the file saved. Empty if there are none.
    static QString formulaResultsNote(const QJsonObject &metadata);
    /// @brief @p note followed by the formula cells @p columns (metadata "formula_columns"), where
    /// both are there.
    static QString withFormulaColumns(const QString &note, const QJsonArray &columns);
    /// @brief What metadata "formulas_without_result" says, in words: rows with a formula whose
    /// result the file does not hold, read as empty. Empty if there are none.
    static QString formulasWithoutResultNote(const QJsonObject &metadata);
    /// @brief What metadata "excel_text_apostrophes" says, in words; empty if it is not there.
    static QString excelApostrophesNote(const QJsonObject &metadata);
};
