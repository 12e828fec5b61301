#include "csvreader.h"

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
    void nonAsciiAcrossEveryChunkBoundary_data();
    void nonAsciiAcrossEveryChunkBoundary();
    void overlongRecordIsRejectedAndReadingGoesOn();
    void unterminatedQuote();
    void delimiterDetection();
    void missingFile();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("t.csv"));
    static QList<TableRow> readAll(TableReader &reader);
    QTemporaryDir m_dir;
};

QString tst_CsvReader::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write fixture");
    file.write(bytes);
    return path;
}

QList<TableRow> tst_CsvReader::readAll(TableReader &reader)
{
    QList<TableRow> rows;
    TableRow row;
    while (reader.next(row))
        rows.append(row);
    return rows;
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
