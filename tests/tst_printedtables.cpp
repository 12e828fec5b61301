#include "alignedtextreader.h"
#include "querytooltext.h"
#include "recordblocksreader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

/// The readers of tables query tools print as text (PrintedTableReader's): aligned tables,
/// with and without a rule, and records printed a field to a line.
class tst_PrintedTables : public QObject
{
    Q_OBJECT
private slots:
    void aRuleOfDashesMarksTheColumns_data();
    void aRuleOfDashesMarksTheColumns();
    void headingsMarkTheColumnsOfATableWithoutARule_data();
    void headingsMarkTheColumnsOfATableWithoutARule();
    void anAlignedTableIsCutByPosition();
    void eachAlignedTableIsCutByItsOwnRule();
    void aValueCutShortGoesOnBelow();
    void recordsPrintedAFieldToALine();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("t.txt"))
    {
        return TestSupport::writeFile(m_dir.filePath(name), bytes);
    }
    static QList<TableRow> readAll(TableReader &reader) { return TestSupport::readAll(reader); }
    QTemporaryDir m_dir;
};

void tst_PrintedTables::aRuleOfDashesMarksTheColumns_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QList<qsizetype>>("starts"); // empty: no rule under that header
    using Starts = QList<qsizetype>;
    QTest::newRow("left headings") << "NAME  CITY" << "----- ----" << Starts{0, 6};
    QTest::newRow("a number's heading at the right") << "NAME    COUNT" << "---- --------" << Starts{0, 5};
    QTest::newRow("indented") << "  A   B" << "  --- --" << Starts{2, 6};
    QTest::newRow("one column is no table") << "NAME" << "----" << Starts{};
    QTest::newRow("a heading across the gap") << "SURNAMES X" << "---- ----" << Starts{};
    QTest::newRow("nothing above a run") << "NAME" << "---- ----" << Starts{};
    QTest::newRow("a CSV's dashes") << "a,b" << "---,---" << Starts{};
    QTest::newRow("psql's rule") << " a | b" << "---+---" << Starts{0, 4};
    QTest::newRow("MySQL's border") << "| a | bb |" << "+---+----+" << Starts{1, 5};
    QTest::newRow("SQL*Plus's COLSEP |") << "NAME |CITY" << "-----|----" << Starts{0, 6};
    QTest::newRow("a pipe-delimited file's dashes") << "a|b" << "---|---" << Starts{};
}

void tst_PrintedTables::aRuleOfDashesMarksTheColumns()
{
    QFETCH(QString, header);
    QFETCH(QString, rule);
    QFETCH(QList<qsizetype>, starts);
    QCOMPARE(AlignedTextReader::ruleColumns(header, rule), starts);
}

void tst_PrintedTables::headingsMarkTheColumnsOfATableWithoutARule_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QList<qsizetype>>("starts"); // empty: no such headings
    using Starts = QList<qsizetype>;
    QTest::newRow("two spaces or more part them") << "START TIME  CALLING NUMBER    DURATION" << Starts{0, 12, 30};
    QTest::newRow("indented") << "   NAME  CITY  COUNT" << Starts{3, 9, 15};
    QTest::newRow("two headings are too few") << "NAME    CITY" << Starts{};
    QTest::newRow("one space parts words") << "Call detail report for 2025550100" << Starts{};
    QTest::newRow("a delimiter: a delimited file") << "Start Time,  Calling Number,  Duration" << Starts{};
    QTest::newRow("a tab: a delimited file") << "A  B  C\tD" << Starts{};
}

void tst_PrintedTables::headingsMarkTheColumnsOfATableWithoutARule()
{
    QFETCH(QString, header);
    QFETCH(QList<qsizetype>, starts);
    QCOMPARE(AlignedTextReader::headingColumns(header), starts);
}

void tst_PrintedTables::anAlignedTableIsCutByPosition()
{
    // Each line cut where the rule's runs begin, the cells trimmed, quotes and commas kept as
    // written; the rule, blank lines and a page's heading are no rows; a line of the wrong
    // width keeps what stands in each column. A CSV with a line of dashes stays a CSV.
    const QString path = write("TITLE\n"
                               "NAME         COUNT NOTE\n"
                               "------------ ----- ------\n"
                               "O'Brien, \"B\"     2 a,b\n"
                               "\n"
                               "NAME         COUNT NOTE\n"
                               "------------ ----- ------\n"
                               "Short\n"
                               "2 rows selected.\n",
                               u"spool.lst"_qs);
    const auto reader = AlignedTextReader::ifAligned(path);
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).cells, (QStringList{u"TITLE"_qs, QString(), QString()}));
    QCOMPARE(rows.at(1).line, 2);
    QCOMPARE(rows.at(2).cells, (QStringList{u"O'Brien, \"B\""_qs, u"2"_qs, u"a,b"_qs}));
    QCOMPARE(rows.at(2).raw, u"O'Brien, \"B\"     2 a,b"_qs);
    QCOMPARE(rows.at(3).line, 8);
    QCOMPARE(rows.at(3).cells, (QStringList{u"Short"_qs, QString(), QString()}));
    QCOMPARE(reader->readingNotes(),
             (QStringList{u"the file is a table printed as aligned text, its columns where the dashes under its header "
                          "stand; its layout is no record and was not counted as rows: 1 page heading(s) repeating the "
                          "header and its rule, 1 blank line(s), the count the query tool printed after the table (line 9)"_qs}));
    QVERIFY(!AlignedTextReader::ifAligned(write("a,b\n---,---\n1,2\n")));
    // A CSV's title underlined word by word: its records do not keep to the "columns".
    QVERIFY(!AlignedTextReader::ifAligned(write("Call Detail Report\n---- ------ ------\nStart Time,Calling Number\n"
                                                "2016-09-12 14:03:07,2025550100\n")));
    QVERIFY(!AlignedTextReader::ifAligned(write("a,b\n1,2\n")));
}

void tst_PrintedTables::eachAlignedTableIsCutByItsOwnRule()
{
    // Two queries spooled one after the other: the second table's header is cut by its own
    // rule and given as a row, its rule no row, its records cut by its columns; the title
    // between the tables is a row (the importer's metadata), not counted against the first
    // table's "1 row selected."; the second table's count is checked against its own rows.
    const QString path = write("NAME         COUNT\n"
                               "------------ -----\n"
                               "Ann              2\n"
                               "1 row selected.\n"
                               "Second query\n"
                               "\n"
                               "ID NAME       NOTE\n"
                               "-- ---------- -----\n"
                               "7  Bob        x\n"
                               "3 rows selected.\n",
                               u"two.lst"_qs);
    const auto reader = AlignedTextReader::ifAligned(path);
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QList<int> lines;
    QList<QStringList> cells;
    for (const TableRow &row : rows) {
        lines.append(row.line);
        cells.append(row.cells);
    }
    QCOMPARE(lines, (QList<int>{1, 3, 5, 7, 9}));
    QCOMPARE(cells, (QList<QStringList>{{u"NAME"_qs, u"COUNT"_qs}, {u"Ann"_qs, u"2"_qs}, {u"Second query"_qs, QString()},
                                        {u"ID"_qs, u"NAME"_qs, u"NOTE"_qs}, {u"7"_qs, u"Bob"_qs, u"x"_qs}}));
    QCOMPARE(reader->readingNotes(),
             (QStringList{u"the file is a table printed as aligned text, its columns where the dashes under its header "
                          "stand; its layout is no record and was not counted as rows: 1 blank line(s), the counts the "
                          "query tool printed after its tables (lines 4, 10)"_qs,
                          u"the file prints 2 table(s), each cut by the dashes under its own header (lines 1, 7)"_qs,
                          u"the query tool counted the rows of the table under the header at line 7 as \"3 rows "
                          "selected.\" (line 10), but 1 row(s) were read below that header: rows may be missing, or "
                          "other lines stand among them"_qs}));

    // A table drawn with bars closes with a border under its last record: that record is no
    // header, though a rule of its columns stands under it.
    const auto drawn = AlignedTextReader::ifAligned(write("+-----+-----+\n"
                                                          "| a   | b   |\n"
                                                          "+-----+-----+\n"
                                                          "| 1   | 2   |\n"
                                                          "| 3   | 4   |\n"
                                                          "+-----+-----+\n"
                                                          "2 rows in set (0.00 sec)\n",
                                                          u"drawn.txt"_qs));
    QVERIFY(drawn);
    const QList<TableRow> drawnRows = readAll(*drawn);
    QCOMPARE(drawnRows.size(), 3);
    QCOMPARE(drawnRows.at(2).cells, (QStringList{u"3"_qs, u"4"_qs}));
    QCOMPARE(drawn->readingNotes(),
             QStringList{u"the file is a table printed as aligned text, its columns where the dashes under its header "
                         "stand; its layout is no record and was not counted as rows: the count the query tool printed "
                         "after the table (line 7)"_qs});
}

void tst_PrintedTables::aValueCutShortGoesOnBelow()
{
    // A value cut at its column's last place, and one cut on the space before it, go on in the
    // line below, the first column blank: joined as cut. A line below values not cut short, or
    // with text in a column not cut, or in a table drawn with bars, is a row of its own.
    const QString path = write("ID   NAME     NOTE\n"
                               "---- -------- ---\n"
                               "1    Annabell ab\n"
                               "     e Smith  cd\n"
                               "2    Bob      x\n"
                               "     Bob\n"
                               "3    Christin y\n"
                               "     a        z\n",
                               u"cut.lst"_qs);
    const auto reader = AlignedTextReader::ifAligned(path);
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QList<QStringList> cells;
    for (const TableRow &row : rows)
        cells.append(row.cells);
    QCOMPARE(cells, (QList<QStringList>{{u"ID"_qs, u"NAME"_qs, u"NOTE"_qs},
                                        {u"1"_qs, u"Annabelle Smith"_qs, u"ab cd"_qs},
                                        {u"2"_qs, u"Bob"_qs, u"x"_qs},
                                        {QString(), u"Bob"_qs, QString()},
                                        {u"3"_qs, u"Christin"_qs, u"y"_qs},
                                        {QString(), u"a"_qs, u"z"_qs}}));
    QCOMPARE(rows.at(1).raw, u"1    Annabell ab\n     e Smith  cd"_qs);
    QCOMPARE(rows.at(2).line, 5);

    // SQL*Plus parting its columns with "|" (COLSEP) cuts them the same.
    const auto parted = AlignedTextReader::ifAligned(write("ID  |NAME    |NOTE\n"
                                                           "----|--------|---\n"
                                                           "1   |Annabell|ab\n"
                                                           "    |e Smith |cd\n",
                                                           u"colsep.lst"_qs));
    QVERIFY(parted);
    const QList<TableRow> partedRows = readAll(*parted);
    QCOMPARE(partedRows.size(), 2);
    QCOMPARE(partedRows.at(1).cells, (QStringList{u"1"_qs, u"Annabelle Smith"_qs, u"ab cd"_qs}));

    const auto drawn = AlignedTextReader::ifAligned(write("| id | name |\n"
                                                          "+----+------+\n"
                                                          "| 1  | Anna |\n"
                                                          "|    | bell |\n",
                                                          u"drawn.txt"_qs));
    QVERIFY(drawn);
    QCOMPARE(readAll(*drawn).size(), 3);

    // A number filling its column and a number under it, the first column blank: together
    // longer than any phone number (15 digits), they are two records' numbers, not one cut.
    const auto numbers = AlignedTextReader::ifAligned(write("ID   CALLED     NOTE\n"
                                                            "---- ---------- ----\n"
                                                            "1    2025550143 a\n"
                                                            "     2025550100\n"
                                                            "2    4477009004 b\n"
                                                            "     61\n",
                                                            u"numbers.lst"_qs));
    QVERIFY(numbers);
    const QList<TableRow> numberRows = readAll(*numbers);
    QCOMPARE(numberRows.size(), 4);
    QCOMPARE(numberRows.at(1).cells, (QStringList{u"1"_qs, u"2025550143"_qs, u"a"_qs}));
    QCOMPARE(numberRows.at(2).cells, (QStringList{QString(), u"2025550100"_qs, QString()}));
    QCOMPARE(numberRows.at(3).cells, (QStringList{u"2"_qs, u"447700900461"_qs, u"b"_qs})); // one number, cut
}

void tst_PrintedTables::recordsPrintedAFieldToALine()
{
    // The first record's labels are the header row (at its marker's line), a label twice is two
    // columns; a record with a field the first has not is a row in error, its lines its raw text.
    const QString path = write("*************************** 1. row ***************************\n"
                               "  id: 1\n"
                               "name: Ann\n"
                               "  id: 7\n"
                               "*************************** 2. row ***************************\n"
                               "  id: 2\n"
                               "city: Rome\n",
                               u"g.txt"_qs);
    const auto reader = RecordBlocksReader::ifBlocks(path);
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).line, 1);
    QCOMPARE(rows.at(0).cells, (QStringList{u"id"_qs, u"name"_qs, u"id"_qs}));
    QCOMPARE(rows.at(1).cells, (QStringList{u"1"_qs, u"Ann"_qs, u"7"_qs}));
    QCOMPARE(rows.at(2).line, 5);
    QCOMPARE(rows.at(2).error, u"the record has the field \"city\", which the first record has not"_qs);
    QCOMPARE(rows.at(2).raw, u"*************************** 2. row ***************************\n  id: 2\ncity: Rome"_qs);
    QCOMPARE(RecordBlocksReader::markerNumber(u"-[ RECORD 12 ]-+---"_qs, RecordBlocksReader::Style::Psql), 12);
    QVERIFY(!RecordBlocksReader::markerNumber(u"*** 1. row ***"_qs, RecordBlocksReader::Style::MySql));
    QVERIFY(!RecordBlocksReader::ifBlocks(write("id: 1\nname: Ann\n")));
    // The tools' prompts echoing a command, and what no prompt is.
    for (const char *prompt : {"SQL> spool off", "mysql> SELECT 1;", "    -> WHERE 1 = 0;", "MariaDB [cdr]> SELECT 1;",
                               "postgres=# SELECT 1;", "cdr=> SELECT 1;", "cdr-> FROM calls;"})
        QVERIFY2(QueryToolText::isPrompt(QString::fromUtf8(prompt)), prompt);
    for (const char *line : {"2016-09-12 14:03:07 2025550100", "Anna -> Bob", "Target Number: 2025550100", "SQL>select"})
        QVERIFY2(!QueryToolText::isPrompt(QString::fromUtf8(line)), line);
}

QTEST_GUILESS_MAIN(tst_PrintedTables)
#include "tst_printedtables.moc"
