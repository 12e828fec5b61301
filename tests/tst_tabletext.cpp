#include "evidenceclass.h"
#include "itemroles.h"
#include "tabletext.h"

#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TableText : public QObject
{
    Q_OBJECT
private slots:
    void headingsAreOneLine_data();
    void headingsAreOneLine();
    void cellsAreTheWordsOfTheRowsAndColumnsAsked();
    void tabSeparatedQuotesWhatWouldPartACell();
    void htmlKeepsCellsAsTextAndTheCaveatsBeneath();
    void csvIsUtf8WithAByteOrderMarkAndTheCaveatsBeneath();
    void aTableWithoutLookupsHasNoCaveat();
    void aCountMarkedInTheWindowKeepsItsSign();
};

void tst_TableText::headingsAreOneLine_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("line");
    QTest::newRow("two lines") << u"Lookups\nmade"_s << u"Lookups made"_s;
    QTest::newRow("a word hyphenated at the break") << u"Connec-\ntions"_s << u"Connections"_s;
    QTest::newRow("German") << u"Verbin-\ndungen"_s << u"Verbindungen"_s;
    QTest::newRow("a hyphen kept before a capital") << u"IP-\nAdresse"_s << u"IP- Adresse"_s;
    QTest::newRow("a zone") << u"First seen\n(UTC)"_s << u"First seen (UTC)"_s;
    QTest::newRow("a soft hyphen") << u"Nach\u00ADgeschlagen"_s << u"Nachgeschlagen"_s;
    QTest::newRow("one line") << u"Handle"_s << u"Handle"_s;
}

void tst_TableText::headingsAreOneLine()
{
    QFETCH(QString, heading);
    QFETCH(QString, line);
    QCOMPARE(TableText::oneLine(heading), line);
}

namespace {

QStandardItemModel *handlesLike(QObject *parent)
{
    auto *model = new QStandardItemModel(3, 3, parent);
    model->setHorizontalHeaderLabels({u"Handle"_s, u"Lookups\nmade"_s, u"Connec-\ntions"_s});
    const QList<QStringList> rows{{u"+12025550143"_s, u"13"_s, u"0"_s},
                                  {u"dana.reyes@example.com"_s, u"0"_s, u"2"_s},
                                  {u"+13125550147"_s, u"1"_s, u"0"_s}};
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < 3; ++column)
            model->setItem(row, column, new QStandardItem(rows.at(row).at(column)));
    }
    return model;
}

TableCells awkward(bool showsLookups)
{
    TableCells cells;
    cells.headings = {u"Line"_s, u"Row as written"_s};
    cells.rows = {{u"7"_s, u"a\tb"_s}, {u"8"_s, u"say \"hi\", <b>&</b>"_s}, {u"9"_s, u"two\nlines"_s}};
    cells.showsLookups = showsLookups;
    return cells;
}

} // namespace

void tst_TableText::cellsAreTheWordsOfTheRowsAndColumnsAsked()
{
    QStandardItemModel *model = handlesLike(this);
    const TableCells cells = TableText::cells(*model, {2, 0}, {2, 0});
    QCOMPARE(cells.headings, (QStringList{u"Connections"_s, u"Handle"_s}));
    QCOMPARE(cells.rows, (QList<QStringList>{{u"0"_s, u"+13125550147"_s}, {u"0"_s, u"+12025550143"_s}}));
    QVERIFY(!cells.showsLookups); // the view says so, not the model
}

void tst_TableText::tabSeparatedQuotesWhatWouldPartACell()
{
    QCOMPARE(TableText::tabSeparated(awkward(true)),
             u"Line\tRow as written\n"
             "7\t\"a\tb\"\n"
             "8\t\"say \"\"hi\"\", <b>&</b>\"\n"
             "9\t\"two\nlines\"\n"
             "\n"_s
                 + EvidenceClassText::lookupCaveat() + u'\n');
}

void tst_TableText::htmlKeepsCellsAsTextAndTheCaveatsBeneath()
{
    TableCells cells = awkward(true);
    cells.rows.resize(2);
    cells.notes = {u"A temporal sequence only."_s};
    const QString cell = u"style=\"mso-number-format:'\\@'\""_s;
    QCOMPARE(TableText::html(cells),
             u"<table>\n<thead><tr><th %1>Line</th><th %1>Row as written</th></tr>\n</thead>\n<tbody>\n"
             "<tr><td %1>7</td><td %1>a\tb</td></tr>\n"
             "<tr><td %1>8</td><td %1>say &quot;hi&quot;, &lt;b&gt;&amp;&lt;/b&gt;</td></tr>\n"
             "</tbody>\n</table>\n"
             "<p>%2</p>\n"
             "<p>A temporal sequence only.</p>\n"_s.arg(cell, EvidenceClassText::lookupCaveat().toHtmlEscaped()));
}

void tst_TableText::csvIsUtf8WithAByteOrderMarkAndTheCaveatsBeneath()
{
    TableCells cells = awkward(true);
    cells.rows.append({u"10"_s, u"Müller, +49 30 1234"_s});
    cells.notes = {u"A temporal sequence only."_s};
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Line,Row as written\r\n"
                                "7,a\tb\r\n"
                                "8,\"say \"\"hi\"\", <b>&</b>\"\r\n"
                                "9,\"two\nlines\"\r\n"
                                "10,\"M\xC3\xBCller, +49 30 1234\"\r\n"
                                "\r\n"
                                + EvidenceClassText::lookupCaveat().toUtf8() + "\r\n"
                                + "A temporal sequence only.\r\n";
    QCOMPARE(TableText::csv(cells), expected);
}

void tst_TableText::aTableWithoutLookupsHasNoCaveat()
{
    TableCells cells = TableText::cells(*handlesLike(this), {1}, {0, 2});
    QCOMPARE(TableText::tabSeparated(cells), u"Handle\tConnections\ndana.reyes@example.com\t2\n"_s);
    QCOMPARE(TableText::csv(cells), QByteArray("\xEF\xBB\xBFHandle,Connections\r\ndana.reyes@example.com,2\r\n"));
    QVERIFY(!TableText::html(cells).contains(u"<p>"_s));
}

void tst_TableText::aCountMarkedInTheWindowKeepsItsSign()
{
    // A source's count that is not simply its file's records bears a warning sign in the window:
    // the words keep it, and what it means goes beneath, once.
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"File"_s, u"Accepted"_s});
    model.setItem(0, 0, new QStandardItem(u"cdr.csv"_s));
    model.setItem(0, 1, new QStandardItem(u"7 communications"_s));
    model.item(0, 1)->setData(true, ItemRoles::CountCaveatRole);
    model.setItem(1, 0, new QStandardItem(u"ids.csv"_s));
    model.setItem(1, 1, new QStandardItem(u"16 lookups"_s));
    const TableCells cells = TableText::cells(model, {0, 1}, {0, 1});
    QCOMPARE(cells.rows, (QList<QStringList>{{u"cdr.csv"_s, u"7 communications \u26A0"_s}, {u"ids.csv"_s, u"16 lookups"_s}}));
    QCOMPARE(cells.notes, QStringList{TableText::countCaveat()});
    // A model's own words for beneath the table (the IP table's databases), after the sign's.
    model.setHeaderData(0, Qt::Horizontal, u"Places from GeoIP2-City-Test.mmdb."_s, ItemRoles::TableNoteRole);
    QCOMPARE(TableText::cells(model, {1}, {0}).notes, QStringList{u"Places from GeoIP2-City-Test.mmdb."_s});
    QCOMPARE(TableText::cells(model, {0}, {1}).notes, (QStringList{TableText::countCaveat(), u"Places from GeoIP2-City-Test.mmdb."_s}));
    QVERIFY(TableText::countCaveat().startsWith(u"\u26A0 Not simply the records its file holds: "_s));
}

QTEST_GUILESS_MAIN(tst_TableText)
#include "tst_tabletext.moc"
