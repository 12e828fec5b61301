#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

/// JsonText writes what QJsonDocument writes, byte for byte: every character class a string can
/// hold, and numbers.
class tst_JsonText : public QObject
{
    Q_OBJECT
private slots:
    void stringsAsQJsonDocumentWritesThem_data();
    void stringsAsQJsonDocumentWritesThem();
    void numbersAsQJsonDocumentWritesThem();

private:
    /// The text QJsonDocument gives for @p value alone, without the array around it.
    static QByteArray qtJson(const QJsonValue &value);
};

QByteArray tst_JsonText::qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void tst_JsonText::stringsAsQJsonDocumentWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QString everyLowUnit;
    for (char16_t c = 0; c < 0x180; ++c)
        everyLowUnit += QChar(c);
    QTest::newRow("U+0000 to U+017F") << everyLowUnit;
    QTest::newRow("empty") << QString();
    QTest::newRow("a raw line") << QStringLiteral(
        "1,2026-01-01 00:00:00,\"+1 (202) 555-0143\",C:\\path\t\r\n");
    QTest::newRow("beyond Latin") << QStringLiteral("Zoë · 北京 · ✓ · \u2028 · \uFEFF · \uFFFF");
    QTest::newRow("a pair of surrogates") << QStringLiteral("call 😀 ended");
    QTest::newRow("half a pair, then text") << QString(QChar(0xD83D)) + u"x";
    QTest::newRow("half a pair at the end") << u"x"_qs + QChar(0xD83D);
    QTest::newRow("a low half alone") << u"x"_qs + QChar(0xDE00) + u"y";
}

void tst_JsonText::stringsAsQJsonDocumentWritesThem()
{
    QFETCH(QString, text);
    QByteArray written;
    JsonText::appendString(written, text);
    QCOMPARE(written, qtJson(text));
}

void tst_JsonText::numbersAsQJsonDocumentWritesThem()
{
    for (const double value :
         {0.0, 60.0, 1.5, 0.1, 2.0 / 3.0, 1e21, 1e-7, 123456789012.25, 9007199254740993.0, -42.75,
          std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()})
        QCOMPARE(JsonText::number(value), qtJson(value));
}

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
