#include "casedatabase.h"
#include "htmltablereader.h"
#include "shownblank.h"
#include "spreadsheettime.h"
#include "testsupport.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class tst_XlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void numberFormatsShowingValuesAsNothing_data();
    void numberFormatsShowingValuesAsNothing();
    void numberFormatsShowingATime_data();
    void numberFormatsShowingATime();
    void timesAreWrittenFromTheirNumber_data();
    void timesAreWrittenFromTheirNumber();
    void excelsWrittenTimesAsTheirNumber();
    void anXmlSpreadsheetCellTakesTheFormatItInherits();
    void cellsShownBlankByTheirFormatAreKnown();
    void readsFirstSheetWithSharedAndInlineStrings();
    void timesAndDurationsAsTheSheetShowsThem();
    void namesTheWorksheetsItDoesNotRead();
    void notAWorkbook();
    void partsAreFoundThroughTheirRelationships_data();
    void partsAreFoundThroughTheirRelationships();
    void aPackageWhoseWorksheetsCannotBeFoundIsRefused_data();
    void anOfficeFileOfNoWorkbookSaysWhatItIs_data();
    void anOfficeFileOfNoWorkbookSaysWhatItIs();
    void otherFilesAreNamedNotReadAsText_data();
    void otherFilesAreNamedNotReadAsText();
    void anotherCaseIsNamedNotReadAsText();
    void aPackageWhoseWorksheetsCannotBeFoundIsRefused();
    void aWorkbookCutShortSaysWhere();
    void everyKindOfCell();
    void charactersEscapedAsExcelWritesThem();
    void damageIsReportedAfterTheRowsBeforeIt();
    void damageBetweenRowsIsNamedAfterTheLastRow();
    void aZipEntryNotAsWrittenIsFatal_data();
    void aZipEntryNotAsWrittenIsFatal();
    void entitiesAreNotExpanded();
    void aCellBeyondTheLastColumnRefusesItsRow();
    void damagedSharedStrings();
    void openPicksReaderByContent();
    void otherWorksheetsShareTheWorkbook();
    void aLegacyWorkbookRowByRow();
    void aLegacyWorkbookWhoseReaderDiesIsRefused_data();
    void aLegacyWorkbookWhoseReaderDiesIsRefused();
    void htmlPagesAndXmlSpreadsheetsByContent();
    void anOpenDocumentSheetAsLibreOfficeCompressesIt();
    void anHtmlCellSpanningRowsLeavesItsPlacesEmpty();
    void hiddenColumnsAsEachFormatHidesThem_data();
    void hiddenColumnsAsEachFormatHidesThem();
    void aForgedColumnSpanStopsAtTheLastColumn();
    void anHtmlRowIsFoundOnItsLineOfTheText();
};

namespace {

QList<TableRow> allRows(TableReader &reader)
{
    QList<TableRow> rows;
    TableRow row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

} // namespace

void tst_XlsxReader::readsFirstSheetWithSharedAndInlineStrings()
{
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("ids/ids-sample.xlsx")));
    QCOMPARE(reader.fatalError(), QString());
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(rows.size(), 14); // the empty row 8 is not stored in the sheet
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[0].cells, QStringList{u"IDS Query Logs"_qs}); // inline string
    QCOMPARE(rows[7].line, 9);
    QCOMPARE(rows[7].cells.first(), QStringLiteral("Timestamp")); // shared string
    QCOMPARE(rows[8].line, 10);
    QCOMPARE(rows[8].cells, (QStringList{u"2016-09-02 18:22:05"_qs, u"+12025550143"_qs, u"tel:+13125550147"_qs,
                                         u"198.51.100.14"_qs, u"2"_qs, u"iPhone"_qs}));
    QCOMPARE(rows[9].cells.first(), QStringLiteral("42615.765752314815")); // a date serial, as stored
    QCOMPARE(rows[8].raw, rows[8].cells.join(u'\t'));
    QVERIFY(!reader.date1904());
    QCOMPARE(reader.progress(), 1.0);
}

void tst_XlsxReader::timesAndDurationsAsTheSheetShowsThem()
{
    // styles.xml: General, a date (14), a time (21, h:mm:ss), a custom [h]:mm:ss. A number in a
    // time or duration format is a fraction of a day and is written out; the rest stay numbers.
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("carrier/cdr-date-time.xlsx")));
    QCOMPARE(reader.fatalError(), QString());
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].cells.mid(0, 2), (QStringList{u"42625"_qs, u"0.5854976851851852"_qs})); // a date; General
    QCOMPARE(rows[1].cells[4], u"65"_qs);
    QCOMPARE(rows[1].cells[6], u"42625.585497685185"_qs); // h:mm:ss over a whole date: the value, not the clock
    QCOMPARE(rows[2].cells[4], u"0:00:00"_qs);                                         // h:mm:ss
    QCOMPARE(rows[3].cells.mid(0, 2), (QStringList{u"09/14/2016"_qs, u"14:03:07"_qs})); // h:mm:ss
    QCOMPARE(rows[3].cells[4], u"1:02:05.500"_qs);                                      // [h]:mm:ss
}

void tst_XlsxReader::namesTheWorksheetsItDoesNotRead()
{
    // Records going on in a second worksheet, notes in a third, a fourth empty: the reader reads
    // the first and names the two that hold anything, with their rows.
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("carrier/cdr-sheets.xlsx")));
    QVERIFY2(reader.fatalError().isEmpty(), qPrintable(reader.fatalError()));
    TableRow row;
    QStringList firsts;
    while (reader.next(row))
        firsts.append(row.cells.value(0));
    QCOMPARE(firsts, (QStringList{u"Start Time (UTC)"_qs, u"2016-09-12 14:03:07"_qs, u"2016-09-12 15:00:00"_qs}));
    QStringList unread;
    for (const UnreadPart &part : reader.unreadParts())
        unread.append(QStringLiteral("%1: %2").arg(part.name).arg(part.rows));
    QCOMPARE(unread, (QStringList{u"Records (2): 2"_qs, u"Notes: 1"_qs}));
    XlsxReader notes(TestSupport::dataPath(QStringLiteral("ids/ids-sample.xlsx"))); // a worksheet of notes after the log
    QCOMPARE(notes.unreadParts().size(), 1);
    QCOMPARE(notes.unreadParts().first().name, u"Notes"_qs);
    XlsxReader single(TestSupport::dataPath(QStringLiteral("carrier/cdr-date-time.xlsx")));
    QVERIFY(single.unreadParts().isEmpty());
}

void tst_XlsxReader::everyKindOfCell()
{
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/cell-kinds.xlsx")));
    QCOMPARE(reader.fatalError(), QString());
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(reader.fatalError(), QString());
    QCOMPARE(rows.size(), 4);
    // Shared strings: the reading aid (rPh) is no part of the text; rich-text runs are joined.
    QCOMPARE(rows[0].cells, (QStringList{u"Timestamp"_qs, u"東京"_qs, u"Rich text & more"_qs}));
    // An inline string in runs; a formula's cached value, not the formula; booleans; an error.
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].cells, (QStringList{u"inline <x>"_qs, QString(), u"ab"_qs, u"2"_qs, u"TRUE"_qs, u"FALSE"_qs, u"#N/A"_qs}));
    QCOMPARE(rows[1].raw, rows[1].cells.join(u'\t'));
    // No references: the row after the last, the cells in order.
    QCOMPARE(rows[2].line, 3);
    QCOMPARE(rows[2].cells, (QStringList{u"7"_qs, u"after 2"_qs}));
    // A shared string index out of range or not a number reads as nothing, and the reader says so.
    QCOMPARE(rows[3].line, 9);
    QCOMPARE(rows[3].cells, (QStringList{QString(), QString(), QString()}));
    QCOMPARE(reader.readingNotes(), QStringList{u"2 cell(s) of the worksheet name a shared string the workbook does not "
                                                "have (the first: B9); read as empty"_qs});
    // Row 2's two formulas saved their results (a text, a number): the row is named, none lacks one.
    QCOMPARE(reader.formulaRows(), QList<int>{2});
    QCOMPARE(reader.formulaRowsWithoutResult(), QList<int>());
    XlsxReader whole(TestSupport::dataPath(QStringLiteral("ids/ids-sample.xlsx")));
    allRows(whole);
    QCOMPARE(whole.readingNotes(), QStringList());
}

void tst_XlsxReader::charactersEscapedAsExcelWritesThem()
{
    // Read as written, a cell showed "_x000D_" where Excel shows a line break.
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/escaped-strings.xlsx")));
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(reader.fatalError(), QString());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells, (QStringList{u"Line 1\r\nLine 2"_qs, u"a_x0041_b"_qs, u"tab\there \U0001F600"_qs,
                                         u"1 and _x12_ and _xZZZZ_"_qs}));
}

void tst_XlsxReader::damageIsReportedAfterTheRowsBeforeIt()
{
    // XML cut short in its third row (the ZIP whole): the rows before it as written, then the
    // damage as a row of its own holding what could be read of row 3, then nothing.
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/truncated.xlsx")));
    QCOMPARE(reader.fatalError(), QString());
    TableRow row;
    QVERIFY(reader.next(row));
    QCOMPARE(row.cells, QStringList{u"one"_qs});
    QVERIFY(reader.next(row));
    QCOMPARE(row.cells, QStringList{u"two"_qs});
    QCOMPARE(reader.damage(), QString());
    QVERIFY(reader.next(row));
    QCOMPARE(row.line, 3);
    QVERIFY2(row.error.startsWith(u"nothing from here on can be read; the worksheet's XML is damaged in row 3: "_qs), qPrintable(row.error));
    QVERIFY2(row.error.endsWith(u"(line 1)"_qs), qPrintable(row.error));
    QVERIFY2(reader.damage().startsWith(u"the worksheet's XML is damaged in row 3: "_qs), qPrintable(reader.damage()));
    QVERIFY(!reader.next(row));
    QCOMPARE(reader.fatalError(), QString());
}

void tst_XlsxReader::damageBetweenRowsIsNamedAfterTheLastRow()
{
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/garbled-after-row.xlsx")));
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(reader.fatalError(), QString());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).cells, QStringList{u"four"_qs});
    QCOMPARE(rows.at(2).line, 5); // no row 5 was written: the damage follows row 4
    QCOMPARE(rows.at(2).cells, QStringList());
    QVERIFY2(rows.at(2).error.startsWith(u"nothing from here on can be read; the worksheet's XML is damaged after row 4: "_qs),
             qPrintable(rows.at(2).error));
}

void tst_XlsxReader::aZipEntryNotAsWrittenIsFatal_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QString>("error");
    // What a CRC-32 does not match may be anywhere: the rows already given are not to be kept.
    QTest::newRow("CRC-32") << "ids/ids-bad-crc.xlsx" << 14
                            << "the ZIP entry \"xl/worksheets/sheet1.xml\" is damaged: what it holds does not match "
                               "its CRC-32 checksum, so some of it is not what was written";
    QTest::newRow("deflate") << "ids/ids-bad-deflate.xlsx" << 0
                             << "the ZIP entry \"xl/worksheets/sheet1.xml\" is damaged: its compressed data cannot be "
                                "read to its end (error -3)";
}

void tst_XlsxReader::aZipEntryNotAsWrittenIsFatal()
{
    QFETCH(QString, file);
    QFETCH(int, rowsBefore);
    QFETCH(QString, error);
    XlsxReader reader(TestSupport::dataPath(file));
    QCOMPARE(reader.fatalError(), QString());
    QCOMPARE(allRows(reader).size(), rowsBefore);
    QCOMPARE(reader.fatalError(), error);
    QCOMPARE(reader.damage(), QString());
}

void tst_XlsxReader::entitiesAreNotExpanded()
{
    // A billion laughs in a worksheet: refused as it is read, not expanded into gigabytes.
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/entity-bomb.xlsx")));
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().cells, QStringList{QString()}); // cell A1 was opened, its text never read
    QVERIFY2(rows.first().error.startsWith(u"nothing from here on can be read; the worksheet's XML is damaged in row 1: "_qs),
             qPrintable(rows.first().error));
    QVERIFY2(rows.first().error.contains(u"lol9"_qs), qPrintable(rows.first().error));
}

void tst_XlsxReader::aCellBeyondTheLastColumnRefusesItsRow()
{
    // "ZZZZZZ2" overflowed the column's int and, read as a column, would have widened its row to
    // hundreds of millions of cells. Past XFD, the row is refused, naming why, its other cells
    // kept for its provenance; XFD itself is a column like any other.
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/beyond-last-column.xlsx")));
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).cells, QStringList{u"first"_qs});
    QCOMPARE(rows.at(1).cells, QStringList{u"kept"_qs});
    QCOMPARE(rows.at(1).raw, u"kept"_qs);
    QCOMPARE(rows.at(1).error, u"a cell of the row lies beyond the last column a worksheet can have (XFD); the sheet is "
                               "damaged or was not written by a spreadsheet program"_qs);
    QCOMPARE(rows.at(2).cells.size(), 16384);
    QCOMPARE(rows.at(2).cells.last(), u"last"_qs);
    QVERIFY(rows.at(2).error.isEmpty());
}

void tst_XlsxReader::damagedSharedStrings()
{
    XlsxReader reader(TestSupport::dataPath(QStringLiteral("xlsx/bad-shared-strings.xlsx")));
    QVERIFY2(reader.fatalError().startsWith(u"the workbook's shared strings are damaged: "_qs), qPrintable(reader.fatalError()));
    TableRow row;
    QVERIFY(!reader.next(row));
}

void tst_XlsxReader::notAWorkbook()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not really a zip");
    file.close();
    XlsxReader reader(path);
    QVERIFY(reader.fatalError().contains(QStringLiteral("XLSX")));
    // An OpenDocument spreadsheet is read as one (this frame has no sheet); an Excel binary
    // workbook is named, with how to make it readable.
    QString error;
    QVERIFY(!TableReader::open(TestSupport::dataPath(u"xlsx/opendocument.ods"_qs), &error));
    QCOMPARE(error, u"the spreadsheet has no sheet"_qs);
    QCOMPARE(XlsxReader(TestSupport::dataPath(u"xlsx/binary-workbook.xlsb"_qs)).fatalError(),
             u"an Excel binary workbook (.xlsb), which LookupLens does not read: save a copy as .xlsx in Excel and "
             "import the copy"_qs);
    // A return zipped as delivered: the files in it that may hold records are named.
    QCOMPARE(XlsxReader(TestSupport::dataPath(u"xlsx/zipped-return.zip"_qs)).fatalError(),
             u"a ZIP archive of 3 file(s) that may hold records (LOG/9990001112_IDS_QueryLogs.xlsx, LOG/calls.csv, "
             "cover letter.pdf), not a workbook: named .zip, the tables in it are imported"_qs);
    // Its JSON and XML too, which a ZIP's import now reads for what they hold.
    QCOMPARE(XlsxReader(TestSupport::dataPath(u"json/return-with-manifest.zip"_qs)).fatalError(),
             u"a ZIP archive of 2 file(s) that may hold records (return/manifest.json, return/search.json), not a "
             "workbook: named .zip, the tables in it are imported"_qs);
}

void tst_XlsxReader::partsAreFoundThroughTheirRelationships_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("duration"); // as its style shows it: the styles part was read
    QTest::addColumn<int>("worksheets");
    // "xl/SharedStrings.xml", "xl/Styles.xml", a worksheet named in other case than stored.
    QTest::newRow("export tool's names") << u"xlsx/part-names.xlsx"_qs << u"0:01:05"_qs << 1;
    // Strict OOXML: the workbook at "spreadsheet/book.xml", a percent-encoded worksheet target,
    // shared strings by an absolute one, an external relationship beside them; no styles.
    QTest::newRow("workbook elsewhere") << u"xlsx/workbook-elsewhere.xlsx"_qs << u"0.000752314814814815"_qs << 2;
}

void tst_XlsxReader::partsAreFoundThroughTheirRelationships()
{
    // Going by Excel's part names, the first read every text as empty (its header row blank:
    // "needs a column mapping"), the second was "not an XLSX workbook".
    QFETCH(QString, file);
    QFETCH(QString, duration);
    QFETCH(int, worksheets);
    XlsxReader reader(TestSupport::dataPath(file));
    QCOMPARE(reader.fatalError(), QString());
    const QList<TableRow> rows = allRows(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].cells, (QStringList{u"Timestamp"_qs, u"Source Handle"_qs, u"Lookup Handle"_qs, u"Client IP"_qs,
                                         u"Lookup Devices"_qs, u"Duration"_qs}));
    QCOMPARE(rows[1].cells, (QStringList{u"2016-09-02 18:22:05"_qs, u"+12025550143"_qs, u"tel:+13125550147"_qs,
                                         u"198.51.100.14"_qs, u"2"_qs, duration}));
    QCOMPARE(rows[2].cells.first(), u"2016-09-03 07:01:13"_qs);
    QCOMPARE(reader.partName(), u"Log"_qs);
    // The second worksheet's target climbs out of the workbook's folder ("../other/sheet2.xml").
    QCOMPARE(reader.partCount(), worksheets);
    if (worksheets > 1) {
        QString error;
        const auto other = reader.openPart(1, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(allRows(*other).value(0).cells, QStringList{u"notes"_qs});
    }
}

void tst_XlsxReader::aPackageWhoseWorksheetsCannotBeFoundIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("a Word document")
        << u"xlsx/document.docx"_qs
        << u"not an XLSX workbook: the package's document \"word/document.xml\" is a <w:document>, not a workbook"_qs;
    QTest::newRow("no relationships")
        << u"xlsx/no-relationships.xlsx"_qs
        << u"the workbook's relationships (\"xl/_rels/workbook.xml.rels\") are missing: where its worksheets are is "
           "not known"_qs;
    // Read up to the damage, the worksheets after it were left out without a word.
    QTest::newRow("damaged list of worksheets")
        << u"xlsx/damaged-sheet-list.xlsx"_qs
        << u"the workbook's list of worksheets (\"xl/workbook.xml\") is damaged at its line 2: Invalid character "
           "reference."_qs;
    QTest::newRow("damaged relationships")
        << u"xlsx/damaged-relationships.xlsx"_qs
        << u"the workbook's relationships (\"xl/_rels/workbook.xml.rels\") are damaged at their line 1: Opening and "
           "ending tag mismatch."_qs;
}

void tst_XlsxReader::aPackageWhoseWorksheetsCannotBeFoundIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QCOMPARE(XlsxReader(TestSupport::dataPath(file)).fatalError(), error);
}

void tst_XlsxReader::anOfficeFileOfNoWorkbookSaysWhatItIs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    // Providers send returns "encrypted with a password" (the password apart): Excel 2007 and
    // later write no ZIP then, but a compound file of the encrypted ZIP. It was called "an
    // Office file that holds no Excel workbook (a Word or Outlook file?)".
    QTest::newRow("encrypted workbook")
        << u"xlsx/encrypted.xlsx"_qs
        << u"an Office file encrypted with a password (as Excel 2007 and later encrypt a workbook): open it in Excel "
           "with its password, save a copy without one, and import the copy"_qs;
    QTest::newRow("Word document") << u"xlsx/word-document.doc"_qs
                                   << u"an Office file that holds no Excel workbook (a Word or Outlook file?)"_qs;
}

void tst_XlsxReader::anOfficeFileOfNoWorkbookSaysWhatItIs()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QString refused;
    QVERIFY(!TableReader::open(TestSupport::dataPath(file), &refused));
    QCOMPARE(refused, error);
    QVERIFY(!XlsReader::isEncryptedPackage(TestSupport::dataPath(u"carrier/cdr-sheets.xls"_qs))); // a workbook
}

void tst_XlsxReader::otherFilesAreNamedNotReadAsText_data()
{
    // Read as text, each was "a file that needs a column mapping", its bytes shown as its rows.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QString compressed = u"a file compressed with %1, but not named \"%2\": add \"%2\" to its name (a copy's) "
                               "and import that, or decompress it and import the file it holds"_qs;
    const QString archive = u"a %1 archive, but not named as one (\".7z\", \".rar\", \".tar\", \".tar.gz\"): name a copy "
                            "so and import that, or extract it and import the files it holds"_qs;
    const QString image = u"a %1 image, not a table: a photographed or scanned return must be made into a table "
                          "(typed, or its text recognised) before it can be imported"_qs;
    const QByteArray filler(600, 'x');
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x08", 4) + filler << compressed.arg(u"gzip"_qs, u".gz"_qs);
    QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") + filler << compressed.arg(u"bzip2"_qs, u".bz2"_qs);
    QTest::newRow("xz") << QByteArray("\xFD" "7zXZ\x00", 6) + filler << compressed.arg(u"xz"_qs, u".xz"_qs);
    QTest::newRow("zstd") << QByteArray("\x28\xB5\x2F\xFD", 4) + filler << compressed.arg(u"Zstandard"_qs, u".zst"_qs);
    QTest::newRow("7z") << QByteArray("7z\xBC\xAF\x27\x1C", 6) + filler << archive.arg(u"7-Zip"_qs);
    QTest::newRow("rar") << QByteArray("Rar!\x1A\x07\x01\x00", 8) + filler << archive.arg(u"RAR"_qs);
    QTest::newRow("tar") << QByteArray(257, '\0') + "ustar" + filler << archive.arg(u"tar"_qs);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n", 8) + filler << image.arg(u"PNG"_qs);
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0", 4) + filler << image.arg(u"JPEG"_qs);
    QTest::newRow("sqlite") << QByteArray("SQLite format 3\x00", 16) + filler
                            << u"an SQLite database, not a table: export the table that holds the records (as CSV) and "
                               "import that"_qs;
    // A CSV file whose first cell begins "BZh" is a table.
    QTest::newRow("text like bzip2") << QByteArray("BZh,Source Handle\n1,2\n") << QString();
}

void tst_XlsxReader::otherFilesAreNamedNotReadAsText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir.filePath(u"returned.csv"_qs), bytes);
    QString refused;
    const auto reader = TableReader::open(path, &refused);
    QCOMPARE(refused, error);
    QCOMPARE(bool(reader), error.isEmpty());
}

void tst_XlsxReader::anotherCaseIsNamedNotReadAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.llcase"_qs);
    QString error;
    QVERIFY(CaseDatabase::create(path, u"US"_qs, &error));
    QVERIFY(!TableReader::open(path, &error));
    QCOMPARE(error, u"a LookupLens case, not a return: open it as a case (File \u2192 Open case), or import the returns "
                    "it was made from"_qs);
}

void tst_XlsxReader::aWorkbookCutShortSaysWhere()
{
    // A partial download: its directory, at its end, is lost. "Cannot be opened" alone left the
    // analyst to guess; the entries are walked from their own headers to say where it ends.
    QFile whole(TestSupport::dataPath(u"ids/ids-sample.xlsx"_qs));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.left(bytes.indexOf("xl/worksheets/sheet1.xml") + 100)); // inside its local entry
    file.close();
    QCOMPARE(XlsxReader(path).fatalError(),
             u"not a readable XLSX workbook: its ZIP container cannot be opened, as the file ends inside its entry "
             "\"xl/worksheets/sheet1.xml\": it was cut short there, and whatever came after is missing"_qs);
    // An OpenDocument spreadsheet is told by its first entry, its mimetype, as ODF stores it.
    QFile ods(TestSupport::dataPath(u"carrier/cdr-sheets.ods"_qs));
    QVERIFY(ods.open(QIODevice::ReadOnly));
    const QByteArray odsBytes = ods.readAll();
    const QString odsPath = dir.filePath(QStringLiteral("cut.ods"));
    QFile cut(odsPath);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(odsBytes.left(odsBytes.indexOf("content.xml") + 100));
    cut.close();
    QString error;
    const auto reader = TableReader::open(odsPath, &error);
    QCOMPARE(reader ? reader->fatalError() : error,
             u"not a readable OpenDocument spreadsheet: its ZIP container cannot be opened, as the file ends inside its "
             "entry \"content.xml\": it was cut short there, and whatever came after is missing"_qs);
}

void tst_XlsxReader::openPicksReaderByContent()
{
    QString error;
    auto xlsx = TableReader::open(TestSupport::dataPath(QStringLiteral("ids/ids-sample.xlsx")), &error);
    QVERIFY(xlsx);
    QCOMPARE(xlsx->kind(), QStringLiteral("xlsx"));
    auto csv = TableReader::open(TestSupport::dataPath(QStringLiteral("ids/ids-sample.csv")), &error);
    QVERIFY(csv);
    QCOMPARE(csv->kind(), QStringLiteral("csv"));
    QVERIFY(!TableReader::open(TestSupport::dataPath(QStringLiteral("missing.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void tst_XlsxReader::otherWorksheetsShareTheWorkbook()
{
    // A cover sheet as Excel writes it: the records' worksheet, opened from the cover's reader,
    // reads the shared strings and cell styles read with the cover.
    QString error;
    auto cover = TableReader::open(TestSupport::dataPath(u"carrier/cdr-cover-shared.xlsx"_qs), &error);
    QVERIFY2(cover, qPrintable(error));
    QCOMPARE(cover->partName(), u"Cover"_qs);
    QCOMPARE(allRows(*cover).value(1).cells, (QStringList{u"Subscriber"_qs, u"+12025550100"_qs}));
    auto records = cover->openPart(1, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->partName(), u"Records"_qs);
    const QList<TableRow> rows = allRows(*records);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].cells, (QStringList{u"2016-09-12 14:03:07"_qs, u"+12025550100"_qs, u"+12025550143"_qs,
                                         u"Voice"_qs, u"0:01:05"_qs}));
    QStringList unread;
    for (const UnreadPart &part : records->unreadParts())
        unread.append(QStringLiteral("%1: %2").arg(part.name).arg(part.rows));
    QCOMPARE(unread, (QStringList{u"Cover: 3"_qs, u"Records (2): 2"_qs, u"Notes: 1"_qs}));

    QVERIFY(!cover->openPart(5, &error));
    QCOMPARE(error, u"the workbook has no worksheet 6"_qs);
    auto csv = TableReader::open(TestSupport::dataPath(u"ids/ids-sample.csv"_qs), &error);
    QVERIFY(csv);
    QVERIFY(!csv->openPart(1, &error));
    QCOMPARE(error, u"the file has no part 2"_qs);
}

void tst_XlsxReader::aLegacyWorkbookRowByRow()
{
    // An Excel 97-2003 workbook is picked by its compound-file header, whatever its name says.
    QString error;
    const auto reader = TableReader::open(TestSupport::dataPath(u"carrier/cdr-sheets.xls"_qs), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->kind(), u"xls"_qs);
    QVERIFY(reader->isSpreadsheet());
    QCOMPARE((QList<QVariant>{reader->partCount(), reader->partIndex(), reader->partName()}),
             (QList<QVariant>{4, 0, u"Records"_qs}));
    QStringList rows;
    for (const TableRow &row : TableReader::readRows(*reader, 10))
        rows.append(QString::number(row.line) + u' ' + row.cells.join(u'|'));
    QCOMPARE(rows, (QStringList{u"1 Start Time (UTC)|Originating Number|Terminating Number|Call Type|Duration (s)"_qs,
                                u"2 2016-09-12 14:03:07|2025550100|+12025550143|Voice|65"_qs,
                                u"3 42625.625|+12025550143|2025550100|SMS"_qs}));
    // The notes' text as written, accents and dashes; an empty sheet is not named.
    const auto notes = reader->openPart(2, &error);
    QVERIFY2(notes, qPrintable(error));
    TableRow row;
    QVERIFY(notes->next(row));
    QCOMPARE(row.cells, (QStringList{u"Produced for case 16-0042 \u2014 Stra\u00dfe"_qs}));
    QStringList unread;
    for (const UnreadPart &part : reader->unreadParts({1}))
        unread.append(QStringLiteral("%1 %2").arg(part.name).arg(part.rows));
    QCOMPARE(unread, (QStringList{u"Notes 1"_qs}));
}

void tst_XlsxReader::aLegacyWorkbookWhoseReaderDiesIsRefused_data()
{
    QTest::addColumn<QByteArray>("script");
    // FreeXL runs in lookuplens-xls, its own process: what it does on a damaged file (fuzzing
    // found it reading past a buffer on its stack) ends that process, not the application.
    QTest::newRow("killed by a signal") << QByteArray("#!/bin/sh\nkill -SEGV $$\n");
    QTest::newRow("stopping part way") << QByteArray("#!/bin/sh\nprintf 'LLXL'\nexit 0\n");
    QTest::newRow("failing") << QByteArray("#!/bin/sh\nexit 3\n");
}

void tst_XlsxReader::aLegacyWorkbookWhoseReaderDiesIsRefused()
{
    QFETCH(QByteArray, script);
    QTemporaryDir dir;
    const QString helper = dir.filePath(u"lookuplens-xls"_qs);
    QFile file(helper);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script);
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("LOOKUPLENS_XLS_HELPER", helper.toLocal8Bit());
    QString error;
    const auto reader = TableReader::open(TestSupport::dataPath(u"carrier/cdr-sheets.xls"_qs), &error);
    qunsetenv("LOOKUPLENS_XLS_HELPER");
    QVERIFY(!reader);
    QCOMPARE(error, u"not a readable Excel 97-2003 workbook: it is damaged, and reading it stopped the reader"_qs);
    QVERIFY(TableReader::open(TestSupport::dataPath(u"carrier/cdr-sheets.xls"_qs), &error)); // the real one again
}

void tst_XlsxReader::htmlPagesAndXmlSpreadsheetsByContent()
{
    // A page whose style runs past the bytes looked at before its table is still a page; an
    // Excel 2003 XML Spreadsheet (whose <Table> is not HTML's) is read as one.
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    const QString page = write(u"export.xls"_qs, "<!DOCTYPE html>\n<html><head><style>" + QByteArray("td{color:red}").repeated(600)
                                                     + "</style></head><body><table><tr><td>a</td><td>b</td></tr>"
                                                       "</table></body></html>");
    QString error;
    const auto html = TableReader::open(page, &error);
    QVERIFY2(html, qPrintable(error));
    QCOMPARE(html->kind(), u"html"_qs);
    QCOMPARE(TableReader::readRows(*html, 5).value(0).cells, (QStringList{u"a"_qs, u"b"_qs}));
    const QString sheet = write(u"export.xml"_qs, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:"
                                                  "office:spreadsheet\"><Worksheet><Table><Row><Cell><Data>a</Data></Cell>"
                                                  "</Row></Table></Worksheet></Workbook>");
    const auto xml = TableReader::open(sheet, &error);
    QVERIFY2(xml, qPrintable(error));
    QCOMPARE(xml->kind(), u"xml-spreadsheet"_qs);
    QCOMPARE(TableReader::readRows(*xml, 5).value(0).cells, (QStringList{u"a"_qs}));
    // A row over 1 MiB is rejected alone, not held; the next is read.
    const QString longRow = write(u"long.xml"_qs, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:"
                                                  "office:spreadsheet\"><Worksheet><Table><Row><Cell><Data>"
                                                      + QByteArray(1100 * 1024, 'x')
                                                      + "</Data></Cell></Row><Row><Cell><Data>b</Data></Cell></Row>"
                                                        "</Table></Worksheet></Workbook>");
    const auto rows = TableReader::readRows(*TableReader::open(longRow, &error), 5);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(QStringList({rows.at(0).error, QString::number(rows.at(0).line)}),
             (QStringList{u"row longer than 1 MiB; skipped"_qs, u"1"_qs}));
    QCOMPARE(rows.at(1).cells, (QStringList{u"b"_qs}));
    // Cut short in its first row, the damage is that row, rejected, with where the XML broke
    // off; before any row, the file is named as unreadable.
    const QString cut = write(u"cut.xml"_qs, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:"
                                             "office:spreadsheet\"><Worksheet><Table><Row><Cell><Data>a</Data>");
    const auto cutRows = TableReader::readRows(*TableReader::open(cut, &error), 5);
    QCOMPARE(cutRows.size(), 1);
    QCOMPARE(cutRows.first().line, 1);
    QVERIFY2(cutRows.first().error.startsWith(u"nothing from here on can be read; the sheet's XML is damaged in row 1: "_qs)
                 && cutRows.first().error.endsWith(u"(line 2); no sheet after it can be read either"_qs),
             qPrintable(cutRows.first().error));
    const QString cutEarlier = write(u"cut-earlier.xml"_qs, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-"
                                                           "microsoft-com:office:spreadsheet\"><Worksheet><Tab");
    QVERIFY(!TableReader::open(cutEarlier, &error));
    QVERIFY2(error.startsWith(u"the XML Spreadsheet cannot be read: "_qs) && error.endsWith(u"(line 2)"_qs), qPrintable(error));
}

void tst_XlsxReader::anOpenDocumentSheetAsLibreOfficeCompressesIt()
{
    // Repeated rows are rows each (identical records stay records), a repeated value fills its
    // cells, empty cells before a value keep its column, and empty rows keep the numbering.
    QString error;
    const auto reader = TableReader::open(TestSupport::dataPath(u"xlsx/repeats.ods"_qs), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->kind(), u"ods"_qs);
    QCOMPARE(reader->partName(), u"Repeats"_qs);
    QStringList rows;
    for (const TableRow &row : TableReader::readRows(*reader, 10))
        rows.append(QString::number(row.line) + u' ' + row.cells.join(u'|'));
    QCOMPARE(rows, (QStringList{u"1 a|b|c|d|e"_qs, u"2 same|7|7|7"_qs, u"3 same|7|7|7"_qs, u"6 ||||last"_qs}));
}

void tst_XlsxReader::anHtmlCellSpanningRowsLeavesItsPlacesEmpty()
{
    // A call's id written once for its two legs: the second leg's cells stay in their columns,
    // the covered place empty, as Excel shows the page (read along, they would shift left).
    QTemporaryDir dir;
    QFile file(dir.filePath(u"legs.html"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body><table><tr><th>Call ID</th><th>From</th><th>To</th></tr>"
               "<tr><td rowspan=\"2\">C-1</td><td>+12025550143</td><td>+13125550147</td></tr>"
               "<tr><td>+12025550143</td><td>+13125550148</td></tr>"
               "<tr><td colspan=\"2\" rowspan=\"2\">both</td><td>x</td></tr>"
               "<tr><td>y</td></tr><tr><td>z</td></tr></table></body></html>");
    file.close();
    QString error;
    const auto reader = TableReader::open(file.fileName(), &error);
    QVERIFY2(reader, qPrintable(error));
    QStringList rows;
    for (const TableRow &row : TableReader::readRows(*reader, 10))
        rows.append(QString::number(row.line) + u' ' + row.cells.join(u'|'));
    QCOMPARE(rows, (QStringList{u"1 Call ID|From|To"_qs, u"2 C-1|+12025550143|+13125550147"_qs,
                                u"3 |+12025550143|+13125550148"_qs, u"4 both||x"_qs, u"5 ||y"_qs, u"6 z"_qs}));
}

void tst_XlsxReader::hiddenColumnsAsEachFormatHidesThem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("last"); // the last column hidden
    QTest::addColumn<int>("count");    // how many are
    // C and F hidden, and G on: an .xlsx to its last column, XFD (<col max="16384">); an .ods
    // 1018 columns more (repeated); an XML Spreadsheet's F spanning nine more; an .xls to L.
    QTest::newRow("xlsx") << u"xlsx/hidden-columns.xlsx"_qs << u"XFD"_qs << 16380;
    QTest::newRow("ods") << u"xlsx/hidden-columns.ods"_qs << u"AMJ"_qs << 1020;
    QTest::newRow("xml") << u"xlsx/hidden-columns.xml"_qs << u"O"_qs << 11;
    QTest::newRow("xls") << u"xlsx/hidden-columns.xls"_qs << u"L"_qs << 8;
}

void tst_XlsxReader::hiddenColumnsAsEachFormatHidesThem()
{
    QFETCH(QString, file);
    QFETCH(QString, last);
    QFETCH(int, count);
    QString error;
    const auto reader = TableReader::open(TestSupport::dataPath(file), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(allRows(*reader).size(), 4);
    const QList<int> hidden = reader->hiddenColumns();
    QCOMPARE(hidden.mid(0, 3), (QList<int>{2, 5, 6}));
    QCOMPARE(hidden.size(), count);
    QCOMPARE(TableReader::columnLetters(hidden.last()), last);
    QVERIFY(std::adjacent_find(hidden.cbegin(), hidden.cend(), std::greater_equal<int>()) == hidden.cend()); // ascending, once each
}

void tst_XlsxReader::aForgedColumnSpanStopsAtTheLastColumn()
{
    // A span of two thousand million columns (a forged or damaged file) names no column past XFD,
    // and takes no time or memory to say so.
    QList<int> columns{3};
    TableReader::addColumns(columns, 16000, 2000000000);
    QCOMPARE(columns.size(), 385);
    QCOMPARE(columns.first(), 3);
    QCOMPARE(columns.at(1), 16000);
    QCOMPARE(columns.last(), 16383);
    TableReader::addColumns(columns, 1, 3); // overlapping what is there: each once, in order
    QCOMPARE(columns.mid(0, 4), (QList<int>{1, 2, 3, 16000}));
    QCOMPARE(columns.size(), 387);
}

void tst_XlsxReader::anHtmlRowIsFoundOnItsLineOfTheText()
{
    // Rows a line apart, two lines apart, several on one line (a page written without line
    // breaks): each row's <tr> is found on its line, in as few runs as the layout allows.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"rows.html"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body><table>\n"                                 // line 1
               "<tr><th>From</th><th>To</th></tr>\n"                   // 2: row 1
               "<tr><td>a</td><td>b</td></tr>\n"                       // 3: row 2
               "<tr><td>c</td>\n<td>d</td></tr>\n"                     // 4: row 3
               "<tr><td>e</td>\n<td>f</td></tr>\n"                     // 6: row 4
               "<tr><td>g</td></tr><tr><td>h</td></tr><tr><td>i</td></tr>\n" // 8: rows 5-7
               "</table></body></html>\n");
    file.close();
    QString error;
    const auto reader = TableReader::open(file.fileName(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(allRows(*reader).size(), 7);
    const QJsonArray runs = reader->readerMetadata().value(u"page_row_lines"_qs).toArray();
    QCOMPARE(QJsonDocument(runs).toJson(QJsonDocument::Compact), QByteArray("[[1,3,2,1],[4,5,6,2],[6,7,8,0]]"));
    QList<int> lines;
    for (int row = 0; row <= 8; ++row) // no row 0; none past the last
        lines.append(HtmlTableReader::lineOfRow(runs, row));
    QCOMPARE(lines, (QList<int>{0, 2, 3, 4, 6, 8, 8, 8, 0}));
}

QTEST_APPLESS_MAIN(tst_XlsxReader)

#include "tst_xlsxreader.moc"

void tst_XlsxReader::numberFormatsShowingValuesAsNothing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("blank"); // the kinds of value it shows as nothing: +, -, 0, text
    QTest::newRow(";;;") << u";;;"_qs << u"+ - 0 text"_qs;
    QTest::newRow("colours only") << u"[Red];[Blue];;"_qs << u"+ - 0 text"_qs;
    QTest::newRow("zero hidden") << u"0;\\-0;;@"_qs << u"0"_qs;
    QTest::newRow("three sections") << u";;"_qs << u"+ - 0"_qs;
    QTest::newRow("negative hidden") << u"0;"_qs << u"-"_qs; // two sections: zero as the positive
    QTest::newRow("quoted semicolon") << u"\"a;b\";;;"_qs << u"- 0 text"_qs;
    QTest::newRow("escaped semicolon") << u"0\\;"_qs << QString();
    QTest::newRow("one section") << u"0.00"_qs << QString();
    QTest::newRow("General") << QString() << QString();
}

void tst_XlsxReader::numberFormatsShowingValuesAsNothing()
{
    QFETCH(QString, code);
    QFETCH(QString, blank);
    const ShownBlank shown = ShownBlank::byFormat(code);
    QStringList kinds;
    for (const auto &[hidden, kind] : {std::pair{shown.positive, "+"}, std::pair{shown.negative, "-"},
                                       std::pair{shown.zero, "0"}, std::pair{shown.text, "text"}}) {
        if (hidden)
            kinds.append(QString::fromLatin1(kind));
    }
    QCOMPARE(kinds.join(u' '), blank);
    QCOMPARE(shown.any(), !blank.isEmpty());
    QCOMPARE(shown.hidesNumber(u"-0.5"_qs), shown.negative);
    QCOMPARE(shown.hidesNumber(u"1E-3"_qs), shown.positive);
    QCOMPARE(shown.hidesNumber(u"0"_qs), shown.zero);
    QVERIFY(!shown.hidesNumber(u"not a number"_qs));
}

void tst_XlsxReader::cellsShownBlankByTheirFormatAreKnown()
{
    // By column, the rows whose cell's format shows its value as nothing: the text of C (";;;"),
    // the zero of E ("0;-0;;@"); F's text, under the same format, shows.
    for (const QString &file : {u"xlsx/shown-blank.xlsx"_qs, u"xlsx/shown-blank.xml"_qs, u"xlsx/shown-blank.xls"_qs,
                                u"xlsx/shown-blank.ods"_qs}) {
        QString error;
        const auto reader = TableReader::open(TestSupport::dataPath(file), &error);
        QVERIFY2(reader, qPrintable(error));
        for (TableRow row; reader->next(row);) {
        }
        QCOMPARE(reader->valuesShownBlank(), (QMap<int, QList<int>>{{2, {2, 3, 4}}, {4, {4}}}));
    }
}

void tst_XlsxReader::numberFormatsShowingATime_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("shows"); // "date", "time", "elapsed", joined by spaces
    QTest::newRow("built-in h:mm:ss") << 21 << QString() << u"time"_qs;
    QTest::newRow("built-in mm:ss") << 45 << QString() << u"time"_qs;
    QTest::newRow("built-in [h]:mm:ss") << 46 << QString() << u"time elapsed"_qs;
    QTest::newRow("built-in m/d/yyyy") << 14 << QString() << u"date"_qs;
    QTest::newRow("built-in m/d/yyyy h:mm") << 22 << QString() << u"date time"_qs;
    QTest::newRow("built-in General") << 0 << QString() << QString();
    // A file's own code for a number counts, not Excel's built-in format of that number.
    QTest::newRow("General in a built-in date's number") << 14 << u"General"_qs << QString();
    QTest::newRow("custom milliseconds") << 164 << u"yyyy-mm-dd hh:mm:ss.000"_qs << u"date time"_qs;
    QTest::newRow("custom elapsed minutes") << 164 << u"[mm]:ss"_qs << u"time elapsed"_qs;
    QTest::newRow("locale and AM/PM") << 164 << u"[$-409]h:mm:ss AM/PM"_qs << u"time"_qs;
    QTest::newRow("colour holding h") << 164 << u"[White]0"_qs << QString();
    QTest::newRow("quoted letters") << 164 << u"0\" days\""_qs << QString();
    QTest::newRow("scientific") << 164 << u"0.00E+00"_qs << QString();
}

void tst_XlsxReader::numberFormatsShowingATime()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(QString, shows);
    const SpreadsheetTime::Shows read = SpreadsheetTime::showsOf(id, code);
    QStringList kinds;
    for (const auto &[shown, kind] : {std::pair{read.date, "date"}, std::pair{read.time, "time"}, std::pair{read.elapsed, "elapsed"}})
        if (shown)
            kinds.append(QString::fromLatin1(kind));
    QCOMPARE(kinds.join(u' '), shows);
    const SpreadsheetTime::Style style = SpreadsheetTime::styleOf(id, code);
    QCOMPARE(style, read.date || !read.time ? SpreadsheetTime::Style::None
                    : read.elapsed          ? SpreadsheetTime::Style::Elapsed
                                            : SpreadsheetTime::Style::Clock);
}

void tst_XlsxReader::timesAreWrittenFromTheirNumber_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<SpreadsheetTime::Style>("style");
    QTest::addColumn<QString>("shown");
    using Style = SpreadsheetTime::Style;
    QTest::newRow("a clock") << u"0.5854976851851852"_qs << Style::Clock << u"14:03:07"_qs;
    // A program writing the time as it shows it rounds it to the second: 1:02:06.
    QTest::newRow("half a second") << u"0.04311921296296296"_qs << Style::Clock << u"1:02:05.500"_qs;
    QTest::newRow("past a day, elapsed") << u"1.041724537037037"_qs << Style::Elapsed << u"25:00:05"_qs;
    // A clock over a day or more hides the date the number holds: the number stays.
    QTest::newRow("a clock over a moment") << u"42625.604172453706"_qs << Style::Clock << u"42625.604172453706"_qs;
    QTest::newRow("no time format") << u"0.5"_qs << Style::None << u"0.5"_qs;
    QTest::newRow("negative") << u"-0.5"_qs << Style::Elapsed << u"-0.5"_qs;
    QTest::newRow("text") << u"n/a"_qs << Style::Clock << u"n/a"_qs;
}

void tst_XlsxReader::timesAreWrittenFromTheirNumber()
{
    QFETCH(QString, value);
    QFETCH(SpreadsheetTime::Style, style);
    QFETCH(QString, shown);
    QCOMPARE(SpreadsheetTime::shownTime(value, style), shown);
}

void tst_XlsxReader::excelsWrittenTimesAsTheirNumber()
{
    // An XML Spreadsheet's DateTime: Excel's day 0 written 1899-12-31, and its 1900-02-29 (day 60).
    QCOMPARE(SpreadsheetTime::serialOfDateTime(u"1899-12-31T01:02:05.500"_qs).value_or(-1) * 86400000.0, 3725500.0);
    QCOMPARE(SpreadsheetTime::serialOfDateTime(u"1900-01-01T01:00:05.000"_qs).value_or(-1) * 86400, 90005.0);
    QCOMPARE(SpreadsheetTime::serialOfDateTime(u"1900-02-28T00:00:00"_qs).value_or(-1), 59.0);
    QCOMPARE(SpreadsheetTime::serialOfDateTime(u"1900-03-01T00:00:00"_qs).value_or(-1), 61.0);
    QCOMPARE(SpreadsheetTime::serialOfDateTime(u"2016-09-12T14:30:00.500"_qs).value_or(-1) * 86400000.0,
             3682852200500.0);
    QVERIFY(!SpreadsheetTime::serialOfDateTime(u"14:30"_qs));
    QVERIFY(!SpreadsheetTime::serialOfDateTime(u"2016-09-12"_qs));
    // A wall-clock time that never was where the machine runs (Berlin's 2016-03-27 02:30) is kept.
    qputenv("TZ", "Europe/Berlin");
    QCOMPARE(SpreadsheetTime::serialOfDateTime(u"2016-03-27T02:30:00.000"_qs).value_or(-1) * 86400, 42456.0 * 86400 + 9000);
    qunsetenv("TZ");
    // An elapsed time of a day or more, as a moment counted from day 0 (LibreOffice's time-value
    // of a clock over a moment reads so); a clock within a day is none.
    QCOMPARE(SpreadsheetTime::serialOfElapsed(u"1023014:30:00.500000222"_qs).value_or(-1) * 86400000.0,
             3682852200500.000222);
    QCOMPARE(SpreadsheetTime::serialOfElapsed(u"24:00:00"_qs).value_or(-1), 1.0);
    for (const QString &none : {u"23:59:59"_qs, u"14:03:07"_qs, u"25:60:00"_qs, u"25:00"_qs, u"+25:00:00"_qs,
                                u"2016-09-12 14:03:07"_qs, u"25:00:05 UTC"_qs})
        QVERIFY2(!SpreadsheetTime::serialOfElapsed(none), qPrintable(none));
}

void tst_XlsxReader::anXmlSpreadsheetCellTakesTheFormatItInherits()
{
    // A cell shows its value by its own style's number format, else by the style that one
    // inherits from (ss:Parent), and a cell without a style by its row's, else its column's,
    // else the workbook's "Default": each was read as if it had no format (a duration of
    // 1:02:05.5 as the DateTime "1899-12-31T01:02:05.500"; a value shown blank unsaid).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inherited.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
               "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Styles>"
               "<Style ss:ID=\"Default\" ss:Name=\"Normal\"><NumberFormat ss:Format=\"0;-0;;@\"/></Style>"
               "<Style ss:ID=\"elapsed\"><NumberFormat ss:Format=\"[h]:mm:ss\"/></Style>"
               "<Style ss:ID=\"bold\" ss:Parent=\"elapsed\"><Font ss:Bold=\"1\"/></Style>"
               "<Style ss:ID=\"boldRed\" ss:Parent=\"bold\"><Font ss:Color=\"#FF0000\"/></Style>"
               "<Style ss:ID=\"general\" ss:Parent=\"elapsed\"><NumberFormat ss:Format=\"General\"/></Style>"
               "<Style ss:ID=\"clock\"><NumberFormat ss:Format=\"Short Time\"/></Style>"
               "<Style ss:ID=\"hidden\"><NumberFormat ss:Format=\";;;\"/></Style>"
               "</Styles><Worksheet ss:Name=\"Log\"><Table>"
               "<Column ss:Index=\"2\" ss:StyleID=\"clock\"/>"
               "<Row><Cell ss:StyleID=\"boldRed\"><Data ss:Type=\"DateTime\">1899-12-31T01:02:05.500</Data></Cell>"
               "<Cell><Data ss:Type=\"DateTime\">1899-12-31T14:03:00.000</Data></Cell>"
               "<Cell ss:StyleID=\"general\"><Data ss:Type=\"DateTime\">1899-12-31T01:02:05.500</Data></Cell>"
               "<Cell><Data ss:Type=\"Number\">0</Data></Cell></Row>"
               "<Row ss:StyleID=\"hidden\"><Cell><Data ss:Type=\"String\">secret</Data></Cell>"
               "<Cell><Data ss:Type=\"String\">also</Data></Cell>"
               "<Cell ss:StyleID=\"elapsed\"><Data ss:Type=\"DateTime\">1900-01-01T01:00:05.000</Data></Cell></Row>"
               "</Table></Worksheet></Workbook>");
    file.close();
    QString error;
    const auto reader = TableReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error));
    const QList<TableRow> rows = TableReader::readRows(*reader, 5);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).cells, (QStringList{u"1:02:05.500"_qs, u"14:03:00"_qs, u"1899-12-31T01:02:05.500"_qs, u"0"_qs}));
    QCOMPARE(rows.at(1).cells, (QStringList{u"secret"_qs, u"also"_qs, u"25:00:05"_qs}));
    // Shown blank: the zero under "Default" (column D, row 1), and the row styled ";;;" but for
    // its cell of a style of its own (columns A and B, row 2).
    QCOMPARE(reader->valuesShownBlank(), (QMap<int, QList<int>>{{0, {2}}, {1, {2}}, {3, {1}}}));
}
