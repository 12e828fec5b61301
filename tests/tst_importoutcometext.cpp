#include "importoutcometext.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

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

private:
    /// Shows @p paragraphs in a warning box and reads its text and details.
    static std::pair<QString, QString> shownBox(const QStringList &paragraphs);
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
}

std::pair<QString, QString> tst_ImportOutcomeText::shownBox(const QStringList &paragraphs)
{
    std::pair<QString, QString> shown;
    QTimer poll; // the box is modal, in a loop of its own: read from within it
    QObject::connect(&poll, &QTimer::timeout, [&shown]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = {box->text(), box->detailedText()};
            box->accept();
        }
    });
    poll.start(20);
    ImportOutcomeText::showWarning(nullptr, u"Some files were read with warnings"_qs, paragraphs);
    return shown;
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
                                   {u"<i>calls.csv:6: a reason"_qs});
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(label, u"<i>calls.csv:6: a reason"_qs);
}

QTEST_MAIN(tst_ImportOutcomeText)
#include "tst_importoutcometext.moc"
