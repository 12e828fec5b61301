#pragma once

#include "importjob.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QStandardItem;

/// @brief What the import dialog shows of a dry run: the preview table's rows (events as they
/// will be stored, or a file's lines as written), the summary above it and the problems below.
class ImportPreviewRows
{
    Q_DECLARE_TR_FUNCTIONS(ImportDialog)
public:
    static QStringList headers();
    /// @brief Preview row @p i of @p file: the event as it will be stored, what it becomes, its line.
    static QList<QStandardItem *> eventRow(const FileImportResult &file, qsizetype i);
    /// @brief A line as written (of the worksheet @p sheet, when one of several), in a table of
    /// @p columns: its number and its text, the columns between empty.
    static QList<QStandardItem *> writtenRow(const TableRow &written, const QString &sheet, int columns);
    /// @brief The caption over the table: rows as stored, or (given lines as written) why not yet.
    static QString caption(bool asWritten);
    /// @brief The caption over @p file's preview: as caption(bool) says, or that every row
    /// read is rejected (the table then empty).
    static QString caption(const FileImportResult &file);
    /// @brief The format, zone and counts of a file that can be imported as set.
    static QString summary(const FileImportResult &file);
    /// @brief What the preview of a file dropped after @p before knows of their records: a
    /// sentence after the summary; empty when there are none.
    static QString filesBeforeText(const QList<FileImportResult> &before);
    /// @brief Each of @p notes as a sentence of its own after the summary's figures.
    static QString notesText(const QStringList &notes);
    /// @brief The file's error with what to do about it here, its warnings and rejected rows.
    static QStringList problems(const ImportResult &result);

private:
    /// @brief Where the choice @p file waits for is made in the dialog: a line for each.
    static QStringList hintsFor(const FileImportResult &file);
    static QStandardItem *timeItem(const EventRecord &event);
    /// @brief A party as it will be stored, marked where it is a withheld number's words.
    static QStandardItem *partyItem(const NormalizedHandle &handle);
    /// @brief The line, marked "(hidden)" where the worksheet hides the row.
    static QStandardItem *lineItem(int line, const QString &sheet, const PreviewFate &fate);
    static QStandardItem *asWrittenItem(const QString &raw);
    static QString lineText(int line, const QString &sheet);
    static QString partsText(const QList<PartImportResult> &parts);
};
