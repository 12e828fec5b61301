#include "optionwords.h"
#include "timestampparser.h"

#include <QTest>

/// OptionWords: the core's messages, as the core writes them, in the GUI's words.
class tst_OptionWords : public QObject
{
    Q_OBJECT
private slots:
    void theCoresZoneReasonWithoutItsOption();
    void eachOptionNamedByItsControl_data();
    void eachOptionNamedByItsControl();
    void textWithoutOptionsUnchanged();

private:
    /// What the core says of @p text read with no zone and no day/month order declared.
    static QString reasonFor(const QString &text);
};

QString tst_OptionWords::reasonFor(const QString &text)
{
    const TimestampParser parser(std::nullopt, std::nullopt, DateOrder::Unknown);
    return parser.parse(text).error;
}

void tst_OptionWords::theCoresZoneReasonWithoutItsOption()
{
    const QString reason = reasonFor(QStringLiteral("2016-09-02 18:22:05"));
    QCOMPARE(reason, u"the timestamp states no time zone and none was declared for the source; declare the zone the "
                     "provider used (--timezone)"_qs);
    QCOMPARE(OptionWords::withoutOptions(reason),
             u"the timestamp states no time zone and none was declared for the source; declare the zone the "
             "provider used"_qs);
    QCOMPARE(OptionWords::withControlNames(reason),
             u"the timestamp states no time zone and none was declared for the source; declare the zone the "
             "provider used (“Zone of unmarked times” in the import dialog)"_qs);
}

void tst_OptionWords::eachOptionNamedByItsControl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("zone label, the bracket's other words too")
        << reasonFor(QStringLiteral("2016-09-02 18:22:05 EDT"))
        << u"the time zone label \"EDT\" names no zone by itself; declare the zone whose label it is (“Zone of unmarked "
           "times” in the import dialog)"_qs;
    QTest::newRow("two options in one text")
        << reasonFor(QStringLiteral("03/04/2016 18:22:05"))
        << u"dates like \"03/04/2016 18:22:05\" can be read day-first or month-first and the file does not settle "
           "which; declare the order (“Dates like 03/04/2016” in the import dialog). Nor does the timestamp state a "
           "time zone, and none was declared for the source; declare the zone the provider used (“Zone of unmarked "
           "times” in the import dialog)"_qs;
    QTest::newRow("subscriber") << u"…; declare whose records they are (--subscriber)"_qs
                                << u"…; declare whose records they are (“Subscriber of the records” in the import dialog)"_qs;
    QTest::newRow("mapping") << u"…; the file needs a column mapping (--profile)"_qs
                             << u"…; the file needs a column mapping (“Format: Column mapping (profile)…” in the import "
                                "dialog)"_qs;
    QTest::newRow("region") << u"…; if the file writes another country's numbers, declare its region (--region)"_qs
                            << u"…; if the file writes another country's numbers, declare its region (“Numbers without "
                               "a country code” in the import dialog)"_qs;
    QTest::newRow("no control: left out") << u"a.csv: already imported as source #1 (a.csv, UTC) (to import it again: "
                                             "--allow-duplicate)"_qs
                                          << u"a.csv: already imported as source #1 (a.csv, UTC)"_qs;
}

void tst_OptionWords::eachOptionNamedByItsControl()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    QCOMPARE(OptionWords::withControlNames(text), named);
}

void tst_OptionWords::textWithoutOptionsUnchanged()
{
    // Brackets and dashes of the records themselves are not options.
    const QString text = u"line 4: \"+1 (202) 555-0143\" (a number) -- not read; \"--x\" as written"_qs;
    QCOMPARE(OptionWords::withoutOptions(text), text);
    QCOMPARE(OptionWords::withControlNames(text), text);
}

QTEST_GUILESS_MAIN(tst_OptionWords)
#include "tst_optionwords.moc"
