#pragma once

#include <QCoreApplication>
#include <QString>
#include <QSet>
#include <QStringList>

/// @brief The files an import takes from what the analyst named: a file as named, a folder
/// (a return as delivered, its LOG/ folder and all) as the files in it and its subfolders that
/// can hold records, in name order, and a ZIP of tables as the tables in it (ZippedTables). Nothing
/// is opened here but a folder's .xml files (their head, taken where it is an Excel XML
/// Spreadsheet), its JSON files (taken where they hold records) and a ZIP's directory; an
/// archive's XML and JSON are judged when the import reads them (whyNoTable()).
class ImportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFiles)
public:
    struct Expanded
    {
        QStringList files;
        QStringList leftOut; ///< "PATH: why", for each file of a folder not imported
        /// The files found in a folder or ZIP named, not named themselves (ImportParams::foundFiles).
        QSet<QString> found;
    };

    /// A folder holding more files than this is refused whole: it is not a return (a home
    /// folder dropped by mistake), and listing it would hold up the window.
    static constexpr int MaxFilesPerFolder = 5000;
    /// @brief Name order as a person reads it: runs of digits by their value ("part 2" before
    /// "part 10", "delivery-9" before "delivery-10"), the rest without regard to case.
    static bool naturalLess(const QString &a, const QString &b);

    /// @brief The files to import for @p paths: a folder's files, a ZIP's or archive's tables.
    /// @p passwords open ZIPs whose entries are encrypted (ImportParams::passwords).
    static Expanded expand(const QStringList &paths, const QStringList &passwords = {});
    /// @brief Whether a file found in a folder can hold records, judged by its name: tables,
    /// workbooks, ZIPs and HTML pages.
    static bool mayHoldRecords(const QString &fileName);
    /// @brief Whether a file named @p fileName may hold records or be something else, told by its
    /// content alone: JSON (a table of records, or a manifest or settings) and XML (an Excel XML
    /// Spreadsheet, or a provider's metadata), compressed or not.
    static bool isToldByContent(const QString &fileName);
    /// @brief Why the file @p fileName found in a folder or archive, read at @p path, holds no
    /// table though its name is JSON's or XML's; empty if it may hold one or is neither, or if
    /// @p path is still compressed.
    static QString whyNoTable(const QString &fileName, const QString &path);
};
