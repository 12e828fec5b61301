#pragma once

#include <QCoreApplication>
#include <QString>
#include <QSet>
#include <QStringList>

/// @brief The files an import takes from what the analyst named: a file as named, a folder
/// (a return as delivered, its LOG/ folder and all) as the files in it and its subfolders that
/// can hold records, in name order, and a ZIP of tables as the tables in it (ZippedTables). Nothing
/// is opened here but the head of an .xml file, taken where it is an Excel XML Spreadsheet, and a
/// ZIP's directory.
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

    /// @brief The files to import for @p paths: a folder's files, a ZIP's or archive's tables.
    /// @p passwords open ZIPs whose entries are encrypted (ImportParams::passwords).
    static Expanded expand(const QStringList &paths, const QStringList &passwords = {});
    /// @brief Whether a file found in a folder can hold records, judged by its name: tables,
    /// workbooks, ZIPs and HTML pages.
    static bool mayHoldRecords(const QString &fileName);
};
