// Workbook import benchmark: Apple delivers IDS logs as workbooks, so the rows bench_import
// reads from CSV are written here as an XLSX the way Excel writes one (every text a shared
// string), imported through the same code as `lookuplens-cli import`, and compared with the
// import of the same rows as CSV. Prints wall time, rows/s, peak memory and the dry run.
//
// Usage: bench_xlsx [--rows 1000000] [--dir /tmp/llbench-xlsx]

#include "benchsupport.h"
#include "importjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>

#include <quazip.h>
#include <quazipfile.h>

#include <cstdio>

namespace {

const QByteArray Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray MainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

void addEntry(QuaZip &zip, const QString &name, const std::function<void(QuaZipFile &)> &write)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        qFatal("cannot add %s", qPrintable(name));
    write(file);
    file.close();
}

QByteArray escaped(const QByteArray &text)
{
    return QString::fromUtf8(text).toHtmlEscaped().toUtf8();
}

/// The workbook's fixed parts: content types, relationships and the one worksheet's name.
void addPackageParts(QuaZip &zip)
{
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const QByteArray types = Xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "</Types>";
    addEntry(zip, QStringLiteral("[Content_Types].xml"), [&](QuaZipFile &f) { f.write(types); });
    addEntry(zip, QStringLiteral("_rels/.rels"), [&](QuaZipFile &f) {
        f.write(Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    });
    addEntry(zip, QStringLiteral("xl/workbook.xml"), [&](QuaZipFile &f) {
        f.write(Xml + "<workbook " + MainNs + " xmlns:r=\"" + rel.chopped(1) + "\"><sheets>"
                      "<sheet name=\"IDS Query Logs\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    });
    addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), [&](QuaZipFile &f) {
        f.write(Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                      "<Relationship Id=\"rId2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    });
}

/// The rows of bench_import's CSV as an Excel workbook: texts shared, numbers as numbers.
QString writeIdsXlsx(const QString &path, int rows)
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write %s", qPrintable(path));
    addPackageParts(zip);
    QHash<QByteArray, int> shared;
    QList<QByteArray> strings;
    const auto sharedIndex = [&](const QByteArray &text) {
        const auto it = shared.constFind(text);
        if (it != shared.cend())
            return *it;
        strings.append(text);
        return *shared.insert(text, int(strings.size() - 1));
    };
    addEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), [&](QuaZipFile &f) {
        f.write(Xml + "<worksheet " + MainNs + "><sheetData>");
        int line = 0;
        const auto textRow = [&](const QStringList &cells) {
            QByteArray xml = "<row r=\"" + QByteArray::number(++line) + "\">";
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (!cells.at(c).isEmpty())
                    xml += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(line) + "\" t=\"s\"><v>"
                           + QByteArray::number(sharedIndex(cells.at(c).toUtf8())) + "</v></c>";
            }
            f.write(xml + "</row>");
        };
        for (const QString &meta : BenchSupport::idsMetadataLines())
            textRow({meta});
        textRow(BenchSupport::idsHeader());
        QByteArray chunk;
        BenchSupport::forEachIdsRow(rows, [&](const QByteArray(&cells)[6]) {
            const QByteArray r = QByteArray::number(++line);
            chunk += "<row r=\"" + r + "\">";
            for (int c = 0; c < 6; ++c) {
                const QByteArray ref = QByteArray(1, char('A' + c)) + r;
                if (c == 0 || c == 5)
                    chunk += "<c r=\"" + ref + "\"><v>" + cells[c] + "</v></c>";
                else
                    chunk += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(sharedIndex(cells[c])) + "</v></c>";
            }
            chunk += "</row>";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        });
        f.write(chunk + "</sheetData></worksheet>");
    });
    addEntry(zip, QStringLiteral("xl/sharedStrings.xml"), [&](QuaZipFile &f) {
        f.write(Xml + "<sst " + MainNs + " uniqueCount=\"" + QByteArray::number(strings.size()) + "\">");
        for (const QByteArray &text : std::as_const(strings))
            f.write("<si><t>" + escaped(text) + "</t></si>");
        f.write("</sst>");
    });
    zip.close();
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("1000000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench-xlsx"));
    QDir().mkpath(dir);
    const QString xlsx = dir + QStringLiteral("/ids-bench.xlsx");
    if (BenchSupport::arg(argc, argv, "--write-only", QString()) == u"yes") {
        writeIdsXlsx(xlsx, rows);
        return 0;
    }
    // Written by a child process: the writer's table of shared strings would count in this
    // process's peak memory.
    std::printf("generating %d rows as a workbook and as CSV in %s …\n", rows, qPrintable(dir));
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--dir"), dir,
                           QStringLiteral("--write-only"), QStringLiteral("yes")})
        != 0)
        qFatal("cannot write the workbook");
    BenchSupport::ProgressGaps gaps;
    const BenchSupport::Timed workbook = BenchSupport::importFile(xlsx, dir + QStringLiteral("/xlsx.llcase"), false, &gaps);
    const double workbookPeakMiB = BenchSupport::peakRssKiB() / 1024.0;
    const BenchSupport::Timed workbookDry = BenchSupport::importFile(xlsx, dir + QStringLiteral("/none.llcase"), true);
    const QString csv = BenchSupport::writeIdsCsv(dir + QStringLiteral("/ids-bench.csv"), rows);
    const BenchSupport::Timed text = BenchSupport::importFile(csv, dir + QStringLiteral("/csv.llcase"), false);
    const auto &file = workbook.result.files.first();
    std::printf("workbook import: %d rows read (%d accepted, %d rejected, %d duplicate)\n", file.rowsRead, file.accepted,
                file.rejected, file.duplicate);
    std::printf("workbook wall time: %.2f s  (%.0f rows/s), peak memory %.1f MB\n", workbook.seconds,
                file.rowsRead / workbook.seconds, workbookPeakMiB);
    std::printf("of which reading and checking (dry run): %.2f s\n", workbookDry.seconds);
    gaps.print();
    std::printf("the same rows as CSV: %.2f s  (workbook / CSV: %.2f)\n", text.seconds, workbook.seconds / text.seconds);
    return 0;
}
