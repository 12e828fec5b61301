#include "importfiles.h"

#include "archivefile.h"
#include "compressedfile.h"
#include "jsonrecordsreader.h"
#include "placename.h"
#include "xmlspreadsheetreader.h"
#include "zippedtables.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

/// The run of digits starting at @p at (moved past it), without its leading zeros.
QStringView digitRun(const QString &text, qsizetype &at)
{
    const qsizetype start = at;
    while (at < text.size() && text.at(at).isDigit())
        ++at;
    QStringView run = QStringView(text).mid(start, at - start);
    while (run.size() > 1 && run.front() == u'0')
        run = run.mid(1);
    return run;
}

bool isXml(const QString &fileName)
{
    return QFileInfo(fileName).suffix().compare(QStringLiteral("xml"), Qt::CaseInsensitive) == 0;
}

bool isJson(const QString &fileName)
{
    static const QStringList suffixes{QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

/// An XML file is one of many things (a return's manifest, a provider's metadata); Excel's XML
/// Spreadsheet (2003) is told by its head, as when it is named directly.
bool isXmlSpreadsheet(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && XmlSpreadsheetReader::looksLikeXmlSpreadsheet(file.peek(64 * 1024));
}

/// A file as it is, a ZIP of tables as the tables in it, a compressed file as the file it holds;
/// @p found if it is in a folder named.
void addFile(const QString &path, ImportFiles::Expanded &expanded, bool found, const QStringList &passwords)
{
    if (const auto archive = ArchiveFile::list(path); archive && archive->refusal.isEmpty()) {
        for (const QString &table : archive->tables) { // as a ZIP's tables
            expanded.files.append(PlaceName::within(path, table));
            expanded.found.insert(expanded.files.constLast());
        }
        expanded.leftOut += archive->leftOut;
        return;
    }
    if (ArchiveFile::isArchiveName(path)) { // refused: the importer names why
        expanded.files.append(path);
        if (found)
            expanded.found.insert(path);
        return;
    }
    if (CompressedFile::isCompressed(path)) { // the table it holds is named as the .gz was
        expanded.files.append(PlaceName::within(path, CompressedFile::heldName(path)));
        if (found)
            expanded.found.insert(expanded.files.constLast());
        return;
    }
    const auto zipped = path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive) ? ZippedTables::list(path, passwords) : std::nullopt;
    if (!zipped || !zipped->refusal.isEmpty()) { // a ZIP refused is named by the importer
        expanded.files.append(path);
        if (found)
            expanded.found.insert(path);
        return;
    }
    for (const QString &table : zipped->tables) {
        expanded.files.append(PlaceName::within(path, table));
        expanded.found.insert(expanded.files.constLast());
    }
    expanded.leftOut += zipped->leftOut;
}

} // namespace

// QCollator's numeric mode needs ICU, which Qt may lack.
bool ImportFiles::naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const QStringView numberA = digitRun(a, i);
            const QStringView numberB = digitRun(b, j);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (numberA != numberB)
                return numberA < numberB;
            continue;
        }
        const QChar x = a.at(i).toCaseFolded();
        const QChar y = b.at(j).toCaseFolded();
        if (x != y)
            return x < y;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // the same but for case or leading zeros: any fixed order
}

bool ImportFiles::mayHoldRecords(const QString &fileName)
{
    // .lst and .rpt: SQL*Plus's spools and SQL Server's results, tables printed as aligned text.
    // Not JSON: a return's manifest or a program's settings as often as records (isJson()).
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                      QStringLiteral("lst"), QStringLiteral("rpt"),
                                      QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("xlsb"), QStringLiteral("ods"),
                                      QStringLiteral("zip"), QStringLiteral("html"),
                                      QStringLiteral("htm"), QStringLiteral("pdf")};
    if (ArchiveFile::isArchiveName(fileName)) // a 7-Zip or tar archive: its tables
        return true;
    // "calls.csv.gz", "calls.csv.xz": a table compressed whole, read as the table it holds.
    if (CompressedFile::isCompressedName(fileName))
        return mayHoldRecords(CompressedFile::heldName(fileName));
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

bool ImportFiles::isToldByContent(const QString &fileName)
{
    // "lookups.json.gz": the file it holds is judged once the import has it out.
    if (CompressedFile::isCompressedName(fileName))
        return isToldByContent(CompressedFile::heldName(fileName));
    return isXml(fileName) || isJson(fileName);
}

QString ImportFiles::whyNoTable(const QString &fileName, const QString &path)
{
    if (CompressedFile::isCompressedName(fileName)) // judged once out, not while still compressed
        return CompressedFile::isCompressed(path) ? QString() : whyNoTable(CompressedFile::heldName(fileName), path);
    if (isXml(fileName) && !isXmlSpreadsheet(path))
        return tr("an XML file, but not an Excel XML Spreadsheet");
    if (isJson(fileName) && !JsonRecordsReader::holdsRecords(path))
        return tr("a JSON file, but no table of records (an array of objects, objects one after another, or an "
                  "object holding an array of them)");
    return {};
}

ImportFiles::Expanded ImportFiles::expand(const QStringList &paths, const QStringList &passwords)
{
    Expanded expanded;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            addFile(path, expanded, false, passwords); // named by the analyst: the importer says if it cannot be read
            continue;
        }
        // Symbolic links are not followed: a folder linking to itself would never end.
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && found.size() <= MaxFilesPerFolder)
            found.append(it.next());
        if (found.size() > MaxFilesPerFolder) {
            expanded.leftOut.append(
                tr("%1: left out: the folder holds over %2 files; name the return's own folder")
                    .arg(path, QString::number(MaxFilesPerFolder)));
            continue;
        }
        std::sort(found.begin(), found.end(), naturalLess); // "part 2" before "part 10", as numbered
        const qsizetype before = expanded.files.size();
        for (const QString &file : std::as_const(found)) {
            const QString name = QFileInfo(file).fileName();
            if (name.startsWith(u'.')) // .DS_Store, "._records.csv" (a Mac's metadata for a file)
                expanded.leftOut.append(tr("%1: left out: a hidden file").arg(file));
            else if (const QString why = whyNoTable(name, file); !why.isEmpty())
                expanded.leftOut.append(tr("%1: left out: %2").arg(file, why));
            else if (!mayHoldRecords(name) && !isToldByContent(name))
                expanded.leftOut.append(tr("%1: left out: not a table, workbook, PDF, ZIP or HTML page by its name").arg(file));
            else
                addFile(file, expanded, true, passwords);
        }
        if (expanded.files.size() == before)
            expanded.leftOut.append(tr("%1: the folder holds no table, workbook, PDF, ZIP or HTML page").arg(path));
    }
    return expanded;
}
