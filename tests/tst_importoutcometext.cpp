#include "importoutcometext.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

/// ImportOutcomeText: what the window says after an import of its files' problems and warnings,
/// each text once.
class tst_ImportOutcomeText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aTextSaidOfManyTablesIsSaidOnce();
    void placesInDifferentFilesAreNamedWhole();
    void aLongListKeepsTheRestInTheDetails();
    void aShortListHasNoDetails();
    void aTagInAFilesNameIsShownAsWritten();
    void aTextSaidOfThousandsOfFilesNamesAFewInTheBox();
    void thousandsOfFilesLeftOutKeepTheBoxOnTheScreen();

private:
    /// Shows @p paragraphs in a warning box and reads its text and details.
    static std::pair<QString, QString> shownBox(const QStringList &paragraphs);
    /// Reads the text, details and icon of the next box @p show shows.
    static std::tuple<QString, QString, QMessageBox::Icon>
    readBox(const std::function<void()> &show);
};

void tst_ImportOutcomeText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ImportOutcomeText::aTextSaidOfManyTablesIsSaidOnce()
{
    const QString cut = u"the archive ends inside its entry \"LOG/c.csv\""_qs;
    const QStringList paragraphs = ImportOutcomeText::grouped({
        {u"return.tar › LOG/a.csv"_qs, cut},
        {u"calls.csv"_qs, u"1 line holds a stray character"_qs},
        {u"return.tar › LOG/b.csv"_qs, cut},
        {u"return.tar › LOG/b.csv"_qs, cut}, // said twice of one table: named once
        {QString(), u"notes.txt: left out: not a table"_qs},
        {u"return.tar › LOG/c.csv"_qs, cut},
    });
    QCOMPARE(paragraphs, QStringList({
                             u"return.tar › LOG/a.csv, LOG/b.csv, and LOG/c.csv: the archive ends inside its entry \"LOG/c.csv\""_qs,
                             u"calls.csv: 1 line holds a stray character"_qs,
                             u"notes.txt: left out: not a table"_qs,
                         }));
}

void tst_ImportOutcomeText::placesInDifferentFilesAreNamedWhole()
{
    QCOMPARE(ImportOutcomeText::placesText({u"a.tar › x.csv"_qs, u"b.tar › x.csv"_qs}), u"a.tar › x.csv and b.tar › x.csv"_qs);
    QCOMPARE(ImportOutcomeText::placesText({u"a.tar › x.csv"_qs, u"calls.csv"_qs}), u"a.tar › x.csv and calls.csv"_qs);
    QCOMPARE(ImportOutcomeText::placesText({u"calls.csv"_qs, u"texts.csv"_qs}), u"calls.csv and texts.csv"_qs);
    QCOMPARE(ImportOutcomeText::placesText({u"return.zip › d-1.zip › records.html"_qs, u"return.zip › d-2.zip › records.html"_qs}),
             u"return.zip › d-1.zip › records.html and d-2.zip › records.html"_qs);
    QCOMPARE(ImportOutcomeText::placesText({u"a.tar › x.csv"_qs}), u"a.tar › x.csv"_qs);
    // A few of many: the first three and a count, the container still named once.
    const QStringList five{u"r.tar › a.csv"_qs, u"r.tar › b.csv"_qs, u"r.tar › c.csv"_qs,
                           u"r.tar › d.csv"_qs, u"r.tar › e.csv"_qs};
    using Places = ImportOutcomeText::Places;
    QCOMPARE(ImportOutcomeText::placesText(five, Places::Few),
             u"r.tar › a.csv, b.csv, c.csv and 2 more"_qs);
    QCOMPARE(ImportOutcomeText::placesText(five.first(3), Places::Few),
             u"r.tar › a.csv, b.csv, and c.csv"_qs);
    QCOMPARE(ImportOutcomeText::placesText({u"a.csv"_qs, u"b.csv"_qs, u"c.csv"_qs, u"d.csv"_qs},
                                           Places::Few),
             u"a.csv, b.csv, c.csv and 1 more"_qs);
}

std::tuple<QString, QString, QMessageBox::Icon>
tst_ImportOutcomeText::readBox(const std::function<void()> &show)
{
    std::tuple<QString, QString, QMessageBox::Icon> shown;
    QTimer poll; // the box is modal, in a loop of its own: read from within it
    QObject::connect(&poll, &QTimer::timeout, [&shown]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = {box->text(), box->detailedText(), box->icon()};
            box->accept();
        }
    });
    poll.start(20);
    show();
    return shown;
}

std::pair<QString, QString> tst_ImportOutcomeText::shownBox(const QStringList &paragraphs)
{
    QList<ImportOutcomeText::Said> said;
    for (const QString &paragraph : paragraphs)
        said.append({QString(), paragraph}); // each names its file itself
    const auto [text, details, icon] = readBox([&said]() {
        ImportOutcomeText::showWarning(nullptr, u"Some files were read with warnings"_qs, said);
    });
    return {text, details};
}

void tst_ImportOutcomeText::aLongListKeepsTheRestInTheDetails()
{
    QStringList paragraphs;
    for (int i = 1; i <= 8; ++i)
        paragraphs.append(u"file%1.csv: a warning"_qs.arg(i));
    const auto [text, details] = shownBox(paragraphs);
    QCOMPARE(text, paragraphs.mid(0, 6).join(u"\n\n"_qs) + u"\n\n… and 2 more, under “Show Details...”."_qs);
    QCOMPARE(details, paragraphs.join(u"\n\n"_qs));
}

void tst_ImportOutcomeText::aShortListHasNoDetails()
{
    const QStringList paragraphs{u"a.csv: one"_qs, u"b.csv: two"_qs};
    const auto [text, details] = shownBox(paragraphs);
    QCOMPARE(text, u"a.csv: one\n\nb.csv: two"_qs);
    QCOMPARE(details, QString());
}

void tst_ImportOutcomeText::aTagInAFilesNameIsShownAsWritten()
{
    // A name or cell that looks like markup ("<i>calls.csv") was shown as markup: the tag
    // vanished and the rest came out in italics. The box shows it as written.
    Qt::TextFormat format = Qt::AutoText;
    QString label;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&format, &label]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            const auto *shown = box->findChild<QLabel *>(u"qt_msgbox_label"_qs);
            format = shown->textFormat();
            label = shown->text();
            box->accept();
        }
    });
    poll.start(20);
    ImportOutcomeText::showWarning(nullptr, u"Some files were not imported"_qs,
                                   {{QString(), u"<i>calls.csv:6: a reason"_qs}});
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(label, u"<i>calls.csv:6: a reason"_qs);
}

void tst_ImportOutcomeText::aTextSaidOfThousandsOfFilesNamesAFewInTheBox()
{
    // A production of a file a day read with one warning: the box named all 4,000 in one
    // paragraph, taller than the screen, its button below it. It names three and counts the
    // rest; its details name every one.
    QList<ImportOutcomeText::Said> said;
    QStringList names;
    for (int day = 0; day < 4000; ++day) {
        names.append(u"day-%1.csv"_qs.arg(day));
        said.append({names.last(), u"times are written without seconds"_qs});
    }
    said.append({u"other.csv"_qs, u"a warning of its own"_qs});
    const auto [text, details, icon] = readBox([&said]() {
        ImportOutcomeText::showWarning(nullptr, u"Some files were read with warnings"_qs, said);
    });
    QCOMPARE(text,
             u"day-0.csv, day-1.csv, day-2.csv and 3997 more: times are written without seconds\n\n"
             "other.csv: a warning of its own"_qs);
    QCOMPARE(details, QLocale().createSeparatedList(names) +
                          u": times are written without seconds\n\n"
                          "other.csv: a warning of its own"_qs);
    QCOMPARE(icon, QMessageBox::Warning);
}

void tst_ImportOutcomeText::thousandsOfFilesLeftOutKeepTheBoxOnTheScreen()
{
    // A folder of photographs chosen for import: a line for each file left out made a box taller
    // than the screen, its OK button out of reach. Six lines, and the rest in the details.
    QStringList lines;
    for (int i = 1; i <= 500; ++i)
        lines.append(u"/photos/IMG_%1.jpg: left out: not a table"_qs.arg(i));
    const auto [text, details, icon] = readBox(
        [&lines]() { ImportOutcomeText::showLines(nullptr, u"Nothing to import"_qs, lines); });
    QCOMPARE(text, lines.first(6).join(u'\n') + u"\n… and 494 more, under “Show Details...”."_qs);
    QCOMPARE(details, lines.join(u'\n'));
    QCOMPARE(icon, QMessageBox::Information);
    const auto [fewText, fewDetails, fewIcon] = readBox([&lines]() {
        ImportOutcomeText::showLines(nullptr, u"Nothing to import"_qs, lines.first(2));
    });
    QCOMPARE(fewText, lines.first(2).join(u'\n'));
    QCOMPARE(fewDetails, QString());
}

QTEST_MAIN(tst_ImportOutcomeText)
#include "tst_importoutcometext.moc"
