#include "htmlpagedecoder.h"
#include "testsupport.h"

#include <QTest>

class tst_HtmlPageDecoder : public QObject
{
    Q_OBJECT
private slots:
    void settlesTheEncodingAsABrowserDoes_data();
    void settlesTheEncodingAsABrowserDoes();
    void linesNotUtf8AreReadAsWindows1252();
    void aPageDeclaringNothingAndHoldingNoUtf8IsWindows1252();
    void characterReferences_data();
    void characterReferences();
    void everyLineEndIsOneLf();
    void halfASurrogatePairIsReplaced();
    void anyPiecesGiveTheWholePage_data();
    void anyPiecesGiveTheWholePage();
    void aLongLineIsHandedOnInPieces();

private:
    /// The page decoded whole: its text for the parser, as UTF-8 read back.
    static QString forParser(const QByteArray &page, TextReading *reading = nullptr);
};

QString tst_HtmlPageDecoder::forParser(const QByteArray &page, TextReading *reading)
{
    HtmlPageDecoder decoder(page);
    const HtmlPageDecoder::Piece piece = decoder.decode(page, true);
    if (reading)
        *reading = decoder.reading();
    return QString::fromUtf8(piece.forParser);
}

void tst_HtmlPageDecoder::settlesTheEncodingAsABrowserDoes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("withoutMark");
    QTest::newRow("nothing declared") << QByteArray("<html><body>") << u"UTF-8"_qs << QString() << false;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF<html>") << u"UTF-8"_qs << QString() << false;
    QTest::newRow("UTF-16LE BOM") << TestSupport::utf16WithBom(u"<html>"_qs, false) << u"UTF-16LE"_qs
                                  << QString() << false;
    QTest::newRow("UTF-16BE BOM") << TestSupport::utf16WithBom(u"<html>"_qs, true) << u"UTF-16BE"_qs
                                  << QString() << false;
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"Windows-1252\">") << u"Windows-1252"_qs
                                  << QString() << false;
    // Browsers read the labels of Latin-1 and ASCII as Windows-1252.
    QTest::newRow("http-equiv Latin-1")
        << QByteArray("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>") << u"Windows-1252"_qs
        << QString() << false;
    QTest::newRow("another encoding") << QByteArray("<meta charset=shift_jis>") << u"Shift_JIS"_qs << QString() << false;
    // A page read to find its declaration cannot be UTF-16 by it.
    QTest::newRow("UTF-16 declared, no BOM") << QByteArray("<meta charset=\"utf-16\">") << u"UTF-8"_qs << QString() << false;
    // "Unicode" as some programs save it, without a mark: known by its zero bytes.
    const QString page = u"<html><head><title>Records</title></head><body><table>"_qs;
    QTest::newRow("UTF-16LE, no BOM") << TestSupport::utf16WithBom(page, false).sliced(2) << u"UTF-16LE"_qs << QString()
                                      << true;
    QTest::newRow("UTF-16BE, no BOM") << TestSupport::utf16WithBom(page, true).sliced(2) << u"UTF-16BE"_qs << QString()
                                      << true;
    QTest::newRow("unknown") << QByteArray("<meta charset=\"x-martian\">") << u"UTF-8"_qs
                             << u"the page declares its text to be in \"x-martian\", an encoding not known here"_qs << false;
}

void tst_HtmlPageDecoder::settlesTheEncodingAsABrowserDoes()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    QFETCH(bool, withoutMark);
    const HtmlPageDecoder decoder(head);
    QCOMPARE(decoder.reading().encoding, encoding);
    QCOMPARE(decoder.error(), error);
    QCOMPARE(decoder.reading().withoutByteOrderMark, withoutMark);
}

void tst_HtmlPageDecoder::linesNotUtf8AreReadAsWindows1252()
{
    // Declared UTF-8: a line that is not (a byte of Windows-1252) is read as Windows-1252 alone;
    // the lines after it keep their UTF-8, which libxml2 alone would have read as Latin-1.
    const QByteArray page = "<meta charset=\"utf-8\">\n<td>K\xC3\xB6ln</td>\n<td>\x93Quote\x94 M\xFCnchen</td>\n"
                            "<td>S\xC3\xBC" "d</td>\n";
    TextReading reading;
    QCOMPARE(forParser(page, &reading),
             u"<meta charset=\"utf-8\">\n<td>K\u00f6ln</td>\n<td>\u201cQuote\u201d M\u00fcnchen</td>\n<td>S\u00fcd</td>\n"_qs);
    QCOMPARE(reading.encoding, u"UTF-8"_qs);
    QCOMPARE(reading.windows1252Lines, QList<int>{3});
}

void tst_HtmlPageDecoder::aPageDeclaringNothingAndHoldingNoUtf8IsWindows1252()
{
    TextReading reading;
    QCOMPARE(forParser("<td>K\xF6ln</td>\n<td>plain</td>\n<td>S\xFC" "d</td>", &reading),
             u"<td>K\u00f6ln</td>\n<td>plain</td>\n<td>S\u00fcd</td>"_qs);
    QCOMPARE(reading.encoding, u"Windows-1252"_qs);
    QCOMPARE(reading.windows1252Lines, QList<int>{});
    // One line of UTF-8 beyond ASCII makes it a UTF-8 page whose other lines are named.
    QCOMPARE(forParser("<td>K\xF6ln</td>\n<td>S\xC3\xBC" "d</td>", &reading), u"<td>K\u00f6ln</td>\n<td>S\u00fcd</td>"_qs);
    QCOMPARE(reading.encoding, u"UTF-8"_qs);
    QCOMPARE(reading.windows1252Lines, QList<int>{1});
}

void tst_HtmlPageDecoder::characterReferences_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("forParser");
    QTest::addColumn<bool>("replaced");
    // libxml2 drops a reference naming no character: "55119876&#xD83D;54321" would be a handle
    // of thirteen digits the page never names.
    QTest::newRow("half a pair, hexadecimal") << u"55119876&#xD83D;54321"_qs << u"55119876&#xFFFD;54321"_qs << true;
    QTest::newRow("half a pair, decimal") << u"a&#55357;b"_qs << u"a&#xFFFD;b"_qs << true;
    QTest::newRow("no semicolon") << u"a&#xdc00 b"_qs << u"a&#xFFFD; b"_qs << true;
    QTest::newRow("beyond Unicode") << u"&#x110000;&#99999999999999999999;"_qs << u"&#xFFFD;&#xFFFD;"_qs << true;
    QTest::newRow("NUL") << u"a&#0;b"_qs << u"a&#xFFFD;b"_qs << true;
    QTest::newRow("a control character") << u"a&#x1;b"_qs << u"a&#xFFFD;b"_qs << true;
    QTest::newRow("a character") << u"&#x41;&#66;&#x1F600;"_qs << u"&#x41;&#66;&#x1F600;"_qs << false;
    QTest::newRow("no reference") << u"a & b &amp; c"_qs << u"a & b &amp; c"_qs << false;
    // As browsers read them: 128–159 name Windows-1252's characters there, not C1 controls.
    QTest::newRow("Windows-1252's") << u"&#150;&#x93;x&#x94;"_qs << u"&#x2013;&#x201c;x&#x201d;"_qs << false;
    QTest::newRow("Windows-1252 leaves it undefined") << u"&#x81;"_qs << u"&#x81;"_qs << false;
    // No digits: no reference, but its text (libxml2 would drop it).
    QTest::newRow("no digits") << u"a&#x;b&#;c&#"_qs << u"a&amp;#x;b&amp;#;c&amp;#"_qs << false;
}

void tst_HtmlPageDecoder::characterReferences()
{
    QFETCH(QString, line);
    QFETCH(QString, forParser);
    QFETCH(bool, replaced);
    const QByteArray page = "<p>first</p>\n" + line.toUtf8() + "\n<p>last</p>";
    HtmlPageDecoder decoder(page);
    const HtmlPageDecoder::Piece piece = decoder.decode(page, true);
    QCOMPARE(QString::fromUtf8(piece.forParser), u"<p>first</p>\n"_qs + forParser + u"\n<p>last</p>"_qs);
    QCOMPARE(piece.text, QString::fromUtf8(page)); // the record verbatim keeps the page's words
    QCOMPARE(decoder.reading().replacedReferenceLines, replaced ? QList<int>{2} : QList<int>{});
}

void tst_HtmlPageDecoder::everyLineEndIsOneLf()
{
    // libxml2 counts lines by LF alone: a page of CR line ends would be one line to it.
    const QByteArray page = "a\r\nb\rc&#xD800;\nd\r\r\ne&#0;";
    HtmlPageDecoder decoder(page);
    const HtmlPageDecoder::Piece piece = decoder.decode(page, true);
    QCOMPARE(piece.text, u"a\nb\nc&#xD800;\nd\n\ne&#0;"_qs);
    QCOMPARE(QString::fromUtf8(piece.forParser), u"a\nb\nc&#xFFFD;\nd\n\ne&#xFFFD;"_qs);
    QCOMPARE(decoder.reading().replacedReferenceLines, (QList<int>{3, 6}));
}

void tst_HtmlPageDecoder::halfASurrogatePairIsReplaced()
{
    QString text = u"<td>a</td>\n<td>b"_qs;
    text += QChar(0xD83D); // the first half of a pair, without its second
    text += u"2</td>\n<td>\U0001F600</td>"_qs;
    TextReading reading;
    QCOMPARE(forParser(TestSupport::utf16WithBom(text, false), &reading),
             u"<td>a</td>\n<td>b\uFFFD2</td>\n<td>\U0001F600</td>"_qs);
    QCOMPARE(reading.encoding, u"UTF-16LE"_qs);
    QCOMPARE(reading.unpairedSurrogateLines, QList<int>{2});
}

void tst_HtmlPageDecoder::anyPiecesGiveTheWholePage_data()
{
    QTest::addColumn<QByteArray>("page");
    const QByteArray mixed = "<meta charset=utf-8>\r\n<td>K\xC3\xB6ln &#xD83D;</td>\r\n<td>\x93x\x94</td>\r"
                             "<td>&#150;\xE2\x82\xAC</td>\n";
    QTest::newRow("UTF-8 with a line of Windows-1252") << mixed;
    QTest::newRow("UTF-16BE") << TestSupport::utf16WithBom(QString::fromUtf8(mixed).replace(u'\uFFFD', u'x'),
                                                            true);
    QTest::newRow("Windows-1252") << QByteArray("<meta charset=cp1252>\r\n<td>K\xF6ln &#0;\r\n\x80</td>\r");
}

void tst_HtmlPageDecoder::anyPiecesGiveTheWholePage()
{
    // A CRLF, a character of several bytes, a reference: each may be cut between two pieces.
    QFETCH(QByteArray, page);
    HtmlPageDecoder whole(page);
    const HtmlPageDecoder::Piece expected = whole.decode(page, true);
    for (const qsizetype size : {1, 2, 3, 5, 7}) {
        HtmlPageDecoder decoder(page);
        HtmlPageDecoder::Piece joined;
        for (qsizetype at = 0; at <= page.size(); at += size) {
            const QByteArrayView bytes = QByteArrayView(page).sliced(at, qMin(size, page.size() - at));
            const HtmlPageDecoder::Piece piece = decoder.decode(bytes, at + size > page.size());
            joined.text += piece.text;
            joined.forParser += piece.forParser;
        }
        QCOMPARE(joined.text, expected.text);
        QCOMPARE(joined.forParser, expected.forParser);
        QCOMPARE(decoder.reading().encoding, whole.reading().encoding);
        QCOMPARE(decoder.reading().windows1252Lines, whole.reading().windows1252Lines);
        QCOMPARE(decoder.reading().replacedReferenceLines, whole.reading().replacedReferenceLines);
    }
}

void tst_HtmlPageDecoder::aLongLineIsHandedOnInPieces()
{
    // A page written on one line is not held whole until its end.
    QByteArray row = "<tr><td>K\xC3\xB6ln</td><td>&#xD83D;</td></tr>";
    QByteArray page = "<table>" + row.repeated(3 * 1024 * 1024 / row.size()) + "</table>";
    HtmlPageDecoder decoder(page);
    QByteArray joined;
    qsizetype handedOnEarly = 0;
    for (qsizetype at = 0; at < page.size(); at += 256 * 1024) {
        const QByteArrayView bytes = QByteArrayView(page).sliced(at, qMin<qsizetype>(256 * 1024, page.size() - at));
        const QByteArray piece = decoder.decode(bytes, at + bytes.size() == page.size()).forParser;
        handedOnEarly += at + bytes.size() < page.size() ? piece.size() : 0;
        joined += piece;
    }
    QVERIFY(handedOnEarly > 2 * 1024 * 1024);
    row.replace("&#xD83D;", "&#xFFFD;");
    QCOMPARE(joined, "<table>" + row.repeated(3 * 1024 * 1024 / row.size()) + "</table>");
    QCOMPARE(decoder.reading().replacedReferenceLines, QList<int>{1});
}

QTEST_APPLESS_MAIN(tst_HtmlPageDecoder)
#include "tst_htmlpagedecoder.moc"
