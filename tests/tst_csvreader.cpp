#include "csvreader.h"
#include "tablereader.h"
#include "textdecoding.h"
#include "testsupport.h"
#include "utf8lines.h"

#include <QBuffer>

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void rfc4180();
    void lineEndings_data();
    void lineEndings();
    void everyRecordOfALargeFileExactly_data();
    void everyRecordOfALargeFileExactly();
    void encodings_data();
    void encodings();
    void zeroBytesHereAndThereAreNoUtf16();
    void nonAsciiAcrossEveryChunkBoundary_data();
    void nonAsciiAcrossEveryChunkBoundary();
    void overlongRecordIsRejectedAndReadingGoesOn();
    void unterminatedQuote();
    void aQuoteNeverClosedTakesOnlyItsLine_data();
    void aQuoteNeverClosedTakesOnlyItsLine();
    void aQuoteNeverClosedWithinAMebibyteTakesOnlyItsLine();
    void aQuoteClosedOnAnotherLineLeavingTheRecordTooNarrow();
    void aQuoteClosedOnlyByOneOpeningAFieldBelow();
    void aLineHoldingARecordInsideAQuotedField_data();
    void aLineHoldingARecordInsideAQuotedField();
    void utf8LinesNamesTheLinesThatAreNot();
    void aFileEndingInsideALineSaysWhichLine();
    void theFirstReadingSaysHowFarItHasGotAndStopsOnCancel();
    void aUtf8FileReadsItsOtherLinesAsWindows1252_data();
    void aUtf8FileReadsItsOtherLinesAsWindows1252();
    void aWindows1252FileWithAUtf8LineIsWindows1252();
    void aLoneUtf16SurrogateIsNoText_data();
    void aLoneUtf16SurrogateIsNoText();
    void excelFormulasOfText_data();
    void excelFormulasOfText();
    void excelFormulasOfTextAreReadAsTheirText();
    void delimiterDetection();
    void missingFile();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("t.csv"));
    static QList<TableRow> readAll(TableReader &reader);
    QTemporaryDir m_dir;
};

QString tst_CsvReader::write(const QByteArray &bytes, const QString &name)
{
    return TestSupport::writeFile(m_dir.filePath(name), bytes);
}

QList<TableRow> tst_CsvReader::readAll(TableReader &reader)
{
    return TestSupport::readAll(reader);
}

void tst_CsvReader::excelFormulasOfText_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("text"); // a null string: not a formula of text
    QTest::newRow("a number kept as text") << u"=\"+12025550100\""_qs << u"+12025550100"_qs;
    QTest::newRow("leading zeros") << u"=\"007\""_qs << u"007"_qs;
    QTest::newRow("a quote inside") << u"=\"say \"\"hi\"\"\""_qs << u"say \"hi\""_qs;
    QTest::newRow("empty") << u"=\"\""_qs << u""_qs;
    QTest::newRow("two strings joined") << u"=\"a\"&\"b\""_qs << QString();
    QTest::newRow("a number formula") << u"=1+1"_qs << QString();
    QTest::newRow("not closed") << u"=\"abc"_qs << QString();
    QTest::newRow("plain text") << u"+12025550100"_qs << QString();
}

void tst_CsvReader::excelFormulasOfText()
{
    QFETCH(QString, cell);
    QFETCH(QString, text);
    const std::optional<QString> read = CsvReader::formulaText(cell);
    QCOMPARE(read.has_value(), !text.isNull());
    if (read)
        QCOMPARE(*read, text);
}

void tst_CsvReader::excelFormulasOfTextAreReadAsTheirText()
{
    // Exports meant for Excel write a number that must stay text (a phone number's "+", leading
    // zeros) as a formula of a string: Excel shows the text; read as written, the cell was a
    // handle of its own beside the number. Quoted or not; the raw line keeps the formula.
    CsvReader reader(write("a,b\n=\"+12025550100\",x\n\"=\"\"007\"\"\",\"=\"\"a\"\"&\"\"b\"\"\"\nplain,=1+1\n"));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].cells, (QStringList{u"+12025550100"_qs, u"x"_qs}));
    QCOMPARE(rows[1].raw, u"=\"+12025550100\",x"_qs);
    QCOMPARE(rows[2].cells, (QStringList{u"007"_qs, u"=\"a\"&\"b\""_qs}));
    QCOMPARE(rows[3].cells, (QStringList{u"plain"_qs, u"=1+1"_qs}));
    QCOMPARE(reader.linesWithTextFormulas(), (QList<int>{2, 3}));
    // An aligned text table's lines are read whole, quotes and all: no cell there to read.
    CsvReader whole(write("=\"x\"\n"), QChar(), CsvReader::Lines::Whole);
    QCOMPARE(readAll(whole).first().cells.join(u'|'), u"=\"x\""_qs);
    QVERIFY(whole.linesWithTextFormulas().isEmpty());
}

void tst_CsvReader::rfc4180()
{
    CsvReader reader(write("a,b,c\r\n"
                           "\"x,1\",\"say \"\"hi\"\"\",plain\r\n"
                           "\"two\r\nlines\",,end\r\n"
                           "last,row,here"));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].cells, (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
    QCOMPARE(rows[1].cells, (QStringList{u"x,1"_qs, u"say \"hi\""_qs, u"plain"_qs}));
    QCOMPARE(rows[1].raw, QStringLiteral("\"x,1\",\"say \"\"hi\"\"\",plain"));
    QCOMPARE(rows[2].cells, (QStringList{u"two\r\nlines"_qs, QString(), u"end"_qs}));
    QCOMPARE(rows[2].line, 3);
    QCOMPARE(rows[3].line, 5); // the quoted line break used up line 4
    QCOMPARE(rows[3].cells, (QStringList{u"last"_qs, u"row"_qs, u"here"_qs}));
    QCOMPARE(reader.fatalError(), QString());
}

void tst_CsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void tst_CsvReader::lineEndings()
{
    QFETCH(QByteArray, eol);
    CsvReader reader(write("h1,h2" + eol + "1,2" + eol + eol + "3,4" + eol));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].cells, (QStringList{u"1"_qs, u"2"_qs}));
    QCOMPARE(rows[2].cells, QStringList{QString()});
    QCOMPARE(rows[3].line, 4);
    QCOMPARE(rows[3].cells, (QStringList{u"3"_qs, u"4"_qs}));
}

void tst_CsvReader::everyRecordOfALargeFileExactly_data()
{
    lineEndings_data();
}

void tst_CsvReader::everyRecordOfALargeFileExactly()
{
    // Far more than one read chunk: records end at, and straddle, every buffer boundary, and
    // plain records alternate with quoted ones (the reader takes them different ways).
    QFETCH(QByteArray, eol);
    constexpr int Records = 40000;
    QByteArray bytes;
    for (int i = 0; i < Records; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += i % 7 == 3 ? QByteArray("\"q," + n + "\",x\"\"y,last" + n) : QByteArray(n + ",field" + n + ",,end" + n);
        bytes += eol;
    }
    CsvReader reader(write(bytes));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), Records);
    for (int i = 0; i < Records; ++i) {
        const QString n = QString::number(i);
        const TableRow &row = rows[i];
        QCOMPARE(row.line, i + 1);
        QVERIFY(row.error.isEmpty());
        if (i % 7 == 3) {
            QCOMPARE(row.cells, (QStringList{u"q,"_qs + n, u"x\"\"y"_qs, u"last"_qs + n}));
            QCOMPARE(row.raw, u"\"q,"_qs + n + u"\",x\"\"y,last"_qs + n);
        } else {
            QCOMPARE(row.cells, (QStringList{n, u"field"_qs + n, QString(), u"end"_qs + n}));
            QCOMPARE(row.raw, n + u",field"_qs + n + u",,end"_qs + n);
        }
    }
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("name,city\nJosé Müller,Zürich – “Mitte”\n");
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    QStringEncoder utf16be(QStringEncoder::Utf16BE);
    QTest::newRow("utf-8") << text.toUtf8() << "UTF-8";
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + QByteArray(utf16le(text)) << "UTF-16LE";
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + QByteArray(utf16be(text)) << "UTF-16BE";
    // As SQL Server's bcp -w and .NET's Encoding.Unicode streams write it: known by its zeros.
    QTest::newRow("utf-16le, no bom") << QByteArray(utf16le(text)) << "UTF-16LE";
    QTest::newRow("utf-16be, no bom") << QByteArray(utf16be(text)) << "UTF-16BE";
    // Windows-1252: é=E9 ü=FC –=96 “=93 ”=94
    QTest::newRow("windows-1252") << QByteArray("name,city\nJos\xE9 M\xFCller,Z\xFCrich \x96 \x93Mitte\x94\n")
                                  << "Windows-1252";
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    CsvReader reader(write(bytes));
    QCOMPARE(reader.encodingName(), encoding);
    QCOMPARE(reader.textWithoutByteOrderMark(), QByteArray(QTest::currentDataTag()).endsWith("no bom"));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].cells, (QStringList{u"name"_qs, u"city"_qs}));
    QCOMPARE(rows[1].cells, (QStringList{QStringLiteral("José Müller"), QStringLiteral("Zürich – “Mitte”")}));
}

void tst_CsvReader::nonAsciiAcrossEveryChunkBoundary_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("sample"); // what each record holds besides its number
    const QString emoji = QStringLiteral("Zürich – “Mitte” \U0001F600"); // a surrogate pair in UTF-16
    QTest::newRow("utf-8") << "UTF-8" << emoji;
    QTest::newRow("utf-16le") << "UTF-16LE" << emoji;
    QTest::newRow("utf-16be") << "UTF-16BE" << emoji;
    QTest::newRow("windows-1252") << "Windows-1252" << QStringLiteral("Zürich – “Mitte” é");
}

void tst_CsvReader::nonAsciiAcrossEveryChunkBoundary()
{
    // Over a megabyte: the file is read in chunks, and multi-byte characters (and UTF-16
    // surrogate pairs) fall across chunk boundaries at every offset.
    QFETCH(QString, encoding);
    QFETCH(QString, sample);
    constexpr int Records = 30000;
    const QList<uint> points = sample.toUcs4();
    QStringList prefixes; // every prefix of whole characters
    for (qsizetype n = 1; n <= points.size(); ++n)
        prefixes.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), n));
    QString text;
    for (int i = 0; i < Records; ++i)
        text += QString::number(i) + u',' + prefixes.at(i % prefixes.size()) + u'\n';
    QByteArray bytes;
    if (encoding == u"Windows-1252") {
        for (const QChar c : text) {
            static const QHash<char16_t, char> high{{u'–', '\x96'}, {u'“', '\x93'}, {u'”', '\x94'}};
            bytes += c.unicode() < 0x100 ? char(c.unicode()) : high.value(c.unicode());
        }
    } else {
        const auto kind = encoding == u"UTF-8"      ? QStringEncoder::Utf8
                          : encoding == u"UTF-16LE" ? QStringEncoder::Utf16LE
                                                    : QStringEncoder::Utf16BE;
        QStringEncoder encode(kind, QStringEncoder::Flag::WriteBom);
        bytes = encode(text);
    }
    CsvReader reader(write(bytes));
    QCOMPARE(reader.encodingName(), encoding);
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), Records);
    for (int i = 0; i < Records; ++i)
        QCOMPARE(rows[i].cells, (QStringList{QString::number(i), prefixes.at(i % prefixes.size())}));
}

void tst_CsvReader::overlongRecordIsRejectedAndReadingGoesOn()
{
    QByteArray bytes = "h1,h2\n1,";
    bytes += QByteArray(CsvReader::MaxRecordChars + 10, 'x');
    bytes += "\n2,after\n";
    CsvReader reader(write(bytes));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].line, 2);
    QVERIFY(rows[1].error.contains(QStringLiteral("1 MiB")));
    QVERIFY(rows[1].raw.size() < 300);
    QCOMPARE(rows[2].line, 3);
    QCOMPARE(rows[2].cells, (QStringList{u"2"_qs, u"after"_qs}));
}

void tst_CsvReader::unterminatedQuote()
{
    CsvReader reader(write("h1,h2\n1,\"open\n"));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[1].error.contains(QStringLiteral("not closed")));

    // The file ends inside the quoted field before any line end (a download cut short): the
    // last record is rejected as such, the one before it read.
    CsvReader cut(write("h1,h2\n1,a\n2,\"op"));
    QStringList read;
    for (const TableRow &row : readAll(cut))
        read.append(QStringLiteral("%1 %2 %3").arg(row.line).arg(row.cells.join(u'|'), row.error));
    QCOMPARE(read, (QStringList{u"1 h1|h2 "_qs, u"2 1|a "_qs, u"3 2|op quoted field is not closed before the end of the file"_qs}));
}

void tst_CsvReader::aQuoteNeverClosedTakesOnlyItsLine_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *variant : {"lf", "crlf", "cr", "utf8-bom", "utf16le", "windows-1252"})
        QTest::newRow(variant) << QString::fromLatin1(variant);
}

void tst_CsvReader::aQuoteNeverClosedTakesOnlyItsLine()
{
    // A stray quote opening a field, never closed: the records below it are read, each on its
    // own line, and only its line is rejected (the file read again from there, as written).
    QFETCH(QString, variant);
    QString text = u"h1,h2\n1,Zürich\n2,\"open\n3,no quote below\n4,Grüße\n"_qs;
    if (variant == u"crlf" || variant == u"cr")
        text.replace(u'\n', variant == u"crlf" ? u"\r\n"_qs : u"\r"_qs);
    QByteArray bytes = text.toUtf8();
    if (variant == u"utf8-bom")
        bytes.prepend("\xEF\xBB\xBF");
    else if (variant == u"utf16le")
        bytes = QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)(text);
    else if (variant == u"windows-1252")
        bytes = QStringEncoder(QStringEncoder::Latin1)(text);
    CsvReader reader(write(bytes));
    const auto rows = readAll(reader);
    QStringList read;
    for (const TableRow &row : rows)
        read.append(QStringLiteral("%1 %2 %3").arg(row.line).arg(row.cells.join(u'|'), row.error));
    QCOMPARE(read, (QStringList{u"1 h1|h2 "_qs, u"2 1|Zürich "_qs,
                                u"3  a quoted field opened in this line is not closed before the end of the file; the lines "
                                "after it are read as records of their own"_qs,
                                u"4 3|no quote below "_qs, u"5 4|Grüße "_qs}));
    QCOMPARE(rows.at(2).raw, u"2,\"open"_qs);
    QCOMPARE(reader.progress(), 1.0);
}

void tst_CsvReader::aQuoteNeverClosedWithinAMebibyteTakesOnlyItsLine()
{
    // In a large file the open quote runs into the 1 MiB limit first: that used to reject
    // everything up to there as one record.
    QByteArray bytes = "h1,h2\n1,\"open\n";
    const int records = 120000; // 1.4 MB of "n,value" lines
    for (int i = 0; i < records; ++i)
        bytes += QByteArray::number(i) + ",value\n";
    CsvReader reader(write(bytes));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), records + 2);
    QCOMPARE(rows.at(1).error, u"a quoted field opened in this line is not closed within 1 MiB; the lines after it are read "
                               "as records of their own"_qs);
    QCOMPARE(rows.at(1).raw, u"1,\"open"_qs);
    QCOMPARE(rows.at(2).line, 3);
    QCOMPARE(rows.at(2).cells, (QStringList{u"0"_qs, u"value"_qs}));
    QCOMPARE(rows.last().line, records + 2);
    QCOMPARE(rows.last().cells, (QStringList{QString::number(records - 1), u"value"_qs}));
}

void tst_CsvReader::aQuoteClosedOnAnotherLineLeavingTheRecordTooNarrow()
{
    // A stray quote in line 2 is closed by the inch mark ending line 4: taken as one record,
    // lines 2 to 4 would have two fields where the header has three. A field that spans lines
    // and leaves the record as wide as the header stays one record.
    CsvReader reader(write("h1,h2,h3\n1,\"stray,a\n2,b\n3,d,12\"\n4,\"two\nlines\",f\n"));
    TableRow header;
    QVERIFY(reader.next(header));
    reader.expectWidth(header.cells.size());
    const auto rows = readAll(reader);
    QStringList read;
    for (const TableRow &row : rows)
        read.append(QStringLiteral("%1 %2 %3").arg(row.line).arg(row.cells.join(u'|'), row.error));
    QCOMPARE(read, (QStringList{u"2  a quoted field opened in this line runs on to line 4, leaving the record 2 fields where the "
                                "header has 3; the lines after it are read as records of their own"_qs,
                                u"3 2|b "_qs, u"4 3|d|12\" "_qs, u"5 4|two\nlines|f "_qs}));
    QCOMPARE(rows.first().raw, u"1,\"stray,a"_qs);
}

void tst_CsvReader::aLineHoldingARecordInsideAQuotedField_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void tst_CsvReader::aLineHoldingARecordInsideAQuotedField()
{
    // A stray quote opening the last field of line 2, closed by the inch mark ending the same
    // field in line 4: lines 2 to 4 were one record exactly as wide as the header, and were
    // accepted as one, lines 3 and 4 lost inside it. Line 3, inside the field, holds a record
    // of its own: line 2 alone is rejected. A field written across lines holds text, and with
    // two fields to a record (a comma in a sentence) nothing is taken for a record.
    QFETCH(QByteArray, lineEnd);
    CsvReader reader(write(QByteArray("h1,h2,h3\n1,a,\"stray\n2,b,c\n3,d,12\"\n4,\"a note\nover, two lines\",f\n")
                               .replace("\n", lineEnd)));
    TableRow header;
    QVERIFY(reader.next(header));
    reader.expectWidth(header.cells.size());
    QStringList read;
    for (const TableRow &row : readAll(reader))
        read.append(QStringLiteral("%1 %2 %3").arg(row.line).arg(row.cells.join(u'|'), row.error));
    const QString note = u"a note"_qs + QString::fromLatin1(lineEnd) + u"over, two lines"_qs;
    QCOMPARE(read, (QStringList{u"2  a quoted field opened in this line takes in line 3, which holds a record of its own; the "
                                "lines after it are read as records of their own"_qs,
                                u"3 2|b|c "_qs, u"4 3|d|12\" "_qs, u"5 4|"_qs + note + u"|f "_qs}));
    CsvReader twoWide(write("h1,h2\n1,\"a sentence\nwith, a comma\nand, another\"\n"));
    QVERIFY(twoWide.next(header));
    twoWide.expectWidth(header.cells.size());
    const auto rows = readAll(twoWide);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().cells, (QStringList{u"1"_qs, u"a sentence\nwith, a comma\nand, another"_qs}));
}

void tst_CsvReader::aQuoteClosedOnlyByOneOpeningAFieldBelow()
{
    // Stray quotes at the start of a field in lines 2 and 4: the second would close the first
    // (taking line 3 in, and the records as wide as the table), yet it is followed by text, as
    // the quote opening a field is, not by the end of a field. Line 2 alone is rejected.
    CsvReader reader(write("h1,h2,h3\n1,\"stray,a\n2,b,c\n3,\"also stray,d\n4,e,f\n"));
    const auto rows = readAll(reader);
    QStringList read;
    for (const TableRow &row : rows)
        read.append(QStringLiteral("%1 %2 %3").arg(row.line).arg(row.cells.join(u'|'), row.error));
    QCOMPARE(read, (QStringList{u"1 h1|h2|h3 "_qs,
                                u"2  a quoted field opened in this line is not closed: the quote in line 4 that would close it "
                                "opens a field; the lines after it are read as records of their own"_qs,
                                u"3 2|b|c "_qs,
                                u"4  a quoted field opened in this line is not closed before the end of the file; the lines "
                                "after it are read as records of their own"_qs,
                                u"5 4|e|f "_qs}));
}

void tst_CsvReader::theFirstReadingSaysHowFarItHasGotAndStopsOnCancel()
{
    // A file without a byte-order mark is read through once for its UTF-8 before a row is read:
    // seconds, for a large one. That reading tells the import how far it has got at each 4 MiB,
    // and stops when the import is cancelled (it went on to the end before, Cancel unanswered).
    QByteArray csv = "Timestamp,Source Handle,Lookup Handle\n";
    const QByteArray row = "2016-09-02 18:22:05,+12025550143,caf\xC3\xA9@example.com\n";
    while (csv.size() < 10 * 1024 * 1024)
        csv += row;
    const QString path = write(csv, u"watched.csv"_qs);
    QList<double> told;
    ReadWatch watch;
    watch.progress = [&told](double fraction) { told.append(fraction); };
    QString error;
    QVERIFY2(TableReader::open(path, &error, watch), qPrintable(error));
    const double chunk = 4.0 * 1024 * 1024 / double(csv.size());
    QCOMPARE(told, (QList<double>{0.0, chunk, 2 * chunk, 1.0}));

    int asked = 0;
    ReadWatch cancelling;
    cancelling.stopped = [&asked]() { return ++asked > 1; };
    QVERIFY(!TableReader::open(path, &error, cancelling));
    QCOMPARE(error, u"the file was not read: the import was cancelled"_qs);
    QCOMPARE(asked, 2);
}

void tst_CsvReader::aFileEndingInsideALineSaysWhichLine()
{
    // A file cut short ends inside a line; so does one written without a final line end: the
    // reader cannot tell them apart, so it says which line may be cut, not that one was.
    const QList<QPair<QByteArray, int>> files{{"a,b\n1,2\n3,4", 3},
                                              {"a,b\r\n1,2\r\n3,4\r\n", 0},
                                              {"a,b\r1,2\r3,\"4\r5\"", 3},
                                              {"a,b\n1,2\n", 0}};
    for (const auto &[bytes, line] : files) {
        CsvReader reader(write(bytes));
        const QList<TableRow> rows = readAll(reader);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(reader.unterminatedLastLine(), line);
    }
}

void tst_CsvReader::utf8LinesNamesTheLinesThatAreNot()
{
    // Well-formed UTF-8 only (RFC 3629): overlong forms, surrogates and bytes past U+10FFFF
    // are not; a sequence cut by a line end or the end of the file is not. Lines end as the
    // reader ends them: LF, CRLF, or a CR alone.
    QByteArray bytes = "ascii\n"                  // 1
                       "caf\xC3\xA9\r\n"          // 2 UTF-8
                       "over\xC0\xAF" "long\n"    // 3 overlong '/'
                       "sur\xED\xA0\x80" "\r"     // 4 a surrogate
                       "\xF5\x80\x80\x80\n"       // 5 past U+10FFFF
                       "cut \xC3\n"               // 6 cut by the line end
                       "\xF0\x9F\x93\x9E phone\n" // 7 UTF-8
                       "euro \xE2\x82";           // 8 cut by the end of the file
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Utf8Lines lines;
    QVERIFY(lines.scan(buffer));
    QCOMPARE(buffer.pos(), 0);
    QList<int> numbers;
    for (const Utf8Lines::Line &line : lines.invalidLines())
        numbers.append(line.number);
    QCOMPARE(numbers, (QList<int>{3, 4, 5, 6, 8}));
    QCOMPARE(lines.utf8Lines(), 2);
    const Utf8Lines::Line &fourth = lines.invalidLines().at(1);
    QCOMPARE(bytes.mid(fourth.begin, fourth.end - fourth.begin), QByteArray("sur\xED\xA0\x80"));
    const Utf8Lines::Line &last = lines.invalidLines().back();
    QCOMPARE(bytes.mid(last.begin, last.end - last.begin), QByteArray("euro \xE2\x82"));
}

void tst_CsvReader::aUtf8FileReadsItsOtherLinesAsWindows1252_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("no BOM, LF") << QByteArray() << QByteArray("\n");
    QTest::newRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBF") << QByteArray("\r\n");
    QTest::newRow("no BOM, CR") << QByteArray() << QByteArray("\r");
}

void tst_CsvReader::aUtf8FileReadsItsOtherLinesAsWindows1252()
{
    // A UTF-8 file holding a line of Windows-1252 (a record pasted in from another export) and
    // a line whose one byte was damaged: read whole as Windows-1252, every "é" of the file was
    // "Ã©"; now each line reads in its encoding, and the reader says which lines it read how.
    // The pasted line straddles the 256 KiB the reader decodes at a time.
    QFETCH(QByteArray, bom);
    QFETCH(QByteArray, lineEnd);
    QByteArray bytes = bom + "name,city" + lineEnd;
    int line = 1;
    const qsizetype pastedAt = bom.size() + 256 * 1024 - 10; // the first decoding ends 10 bytes into it
    while (bytes.size() < pastedAt - 40) {
        bytes += "Ren\xC3\xA9,Z\xC3\xBCrich" + lineEnd;
        ++line;
    }
    bytes += "Ren\xC3\xA9," + QByteArray(pastedAt - bytes.size() - 6 - lineEnd.size(), 'z') + lineEnd;
    ++line;
    QCOMPARE(bytes.size(), pastedAt);
    bytes += "Fran\xE7ois,M\xFCnchen \x80 5" + lineEnd; // Windows-1252, with a euro sign
    const int pasted = ++line;
    bytes += "Jos\xC3\xA9,S\xC3\xA3o Paulo" + lineEnd;
    bytes += "Ana,Bogot\xE1\xC3\xA9" + lineEnd; // a byte damaged beside UTF-8: read as Windows-1252
    const int damaged = line + 2;
    CsvReader reader(write(bytes));
    QCOMPARE(reader.encodingName(), u"UTF-8"_qs);
    QCOMPARE(reader.linesReadAsWindows1252(), (QList<int>{pasted, damaged}));
    const QList<TableRow> rows = readAll(reader);
    QCOMPARE(rows.size(), damaged);
    QCOMPARE(rows.at(1).cells, (QStringList{u"Ren\u00e9"_qs, u"Z\u00fcrich"_qs}));
    QCOMPARE(rows.at(pasted - 1).line, pasted);
    QCOMPARE(rows.at(pasted - 1).cells, (QStringList{u"Fran\u00e7ois"_qs, u"M\u00fcnchen \u20ac 5"_qs}));
    QCOMPARE(rows.at(pasted).cells, (QStringList{u"Jos\u00e9"_qs, u"S\u00e3o Paulo"_qs}));
    QCOMPARE(rows.at(damaged - 1).cells, (QStringList{u"Ana"_qs, u"Bogot\u00e1\u00c3\u00a9"_qs}));
}

void tst_CsvReader::aWindows1252FileWithAUtf8LineIsWindows1252()
{
    // Most lines beyond ASCII are not UTF-8: the file is Windows-1252, every line of it.
    CsvReader reader(write("name,city\nFran\xE7ois,M\xFCnchen\nJos\xE9,Bogot\xE1\nRen\xC3\xA9,Z\xC3\xBCrich\n"));
    QCOMPARE(reader.encodingName(), u"Windows-1252"_qs);
    QCOMPARE(reader.linesReadAsWindows1252(), QList<int>());
    const QList<TableRow> rows = readAll(reader);
    QCOMPARE(rows.at(3).cells, (QStringList{u"Ren\u00c3\u00a9"_qs, u"Z\u00c3\u00bcrich"_qs}));
}

void tst_CsvReader::aLoneUtf16SurrogateIsNoText_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("utf-16le") << false;
    QTest::newRow("utf-16be") << true;
}

void tst_CsvReader::aLoneUtf16SurrogateIsNoText()
{
    // A surrogate without its other half is no character: read as U+FFFD, the line named. (Qt's
    // decoder passes it through, and SQLite joined it to the character after it.) A pair stays.
    QFETCH(bool, bigEndian);
    const QChar high(0xD83D);
    const QChar low(0xDC34);
    const QString text = u"h1,h2\n1,User"_qs + high + u"42\n2,"_qs + low + u"x\n3,ok\U0001F600\n4,"_qs + high + high
                         + u"\U0001F600\n"_qs;
    CsvReader reader(write(TestSupport::utf16WithBom(text, bigEndian)));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[1].cells, (QStringList{u"1"_qs, u"User\uFFFD42"_qs}));
    QCOMPARE(rows[1].raw, u"1,User\uFFFD42"_qs);
    QCOMPARE(rows[2].cells, (QStringList{u"2"_qs, u"\uFFFDx"_qs}));
    QCOMPARE(rows[3].cells, (QStringList{u"3"_qs, u"ok\U0001F600"_qs}));
    QCOMPARE(rows[4].cells, (QStringList{u"4"_qs, u"\uFFFD\uFFFD\U0001F600"_qs}));
    QCOMPARE(reader.linesWithUnpairedSurrogates(), (QList<int>{2, 3, 5}));
}

void tst_CsvReader::delimiterDetection()
{
    QCOMPARE(CsvReader(write("a\tb\tc\n1\t2\t3\n")).delimiter(), QChar(u'\t'));
    QCOMPARE(CsvReader(write("a;b;c\n1;2;3\n")).delimiter(), QChar(u';'));
    QCOMPARE(CsvReader(write("a,b,c\n1,2,3\n")).delimiter(), QChar(u','));
    QCOMPARE(CsvReader(write("a|b|c\n1|2|3\n")).delimiter(), QChar(u'|'));
    // A pipe inside a comma-separated file's fields does not make it pipe-separated.
    QCOMPARE(CsvReader(write("a,b,c\n\"x|y\",2,3\n")).delimiter(), QChar(u','));
    QCOMPARE(CsvReader(write("a b,c\n", QStringLiteral("x.tsv"))).delimiter(), QChar(u'\t'));
    // Pipe-separated fields read as any others, quotes and all.
    CsvReader pipes(write("a|\"b|c\"|d\n"));
    TableRow row;
    QVERIFY(pipes.next(row));
    QCOMPARE(row.cells, (QStringList{u"a"_qs, u"b|c"_qs, u"d"_qs}));
    QCOMPARE(CsvReader(write("a\tb\n")).kind(), QStringLiteral("tsv"));
}

void tst_CsvReader::missingFile()
{
    CsvReader reader(m_dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!reader.fatalError().isEmpty());
    TableRow row;
    QVERIFY(!reader.next(row));
}

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"

void tst_CsvReader::zeroBytesHereAndThereAreNoUtf16()
{
    // A NUL in a damaged line, or a run of them (a file's hole), is no UTF-16: only zeros in one
    // place of most code units are.
    const QByteArray damaged("name,city\nJos\xC3\xA9,Z\x00rich\n\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00,x\n", 36);
    CsvReader reader(write(damaged));
    QCOMPARE(reader.encodingName(), u"UTF-8"_qs);
    QCOMPARE(readAll(reader).value(1).cells, (QStringList{u"Jos\u00E9"_qs, QString(u"Z\u0000rich"_qs)}));
    QCOMPARE(TextDecoding::utf16WithoutMark(QByteArrayView("a\0b\0", 4)), std::nullopt); // too short to tell
    QCOMPARE(TextDecoding::utf16WithoutMark(QByteArrayView("a\0b\0c\0d\0", 8)), QStringDecoder::Utf16LE);
}
