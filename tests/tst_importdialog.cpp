#include "apptranslations.h"
#include "casedatabase.h"
#include "filedialogs.h"
#include "importdialog.h"
#include "widgettestsupport.h"
#include "importfiles.h"
#include "importjob.h"
#include "importprogresswidget.h"
#include "testsupport.h"
#include "timeformat.h"
#include "timezonecombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QApplication>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

class tst_ImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recognisedFileNeedsAZoneThenPreviews();
    void aHeaderOfTwoClassesAsksForTheFormat();
    void aLongPreviewSaysHowFarItHasRead();
    void aWhatsAppPageIsPreviewedByItsFirstRows();
    void aTimeOfTheRepeatedHourIsMarkedInThePreview();
    void thePreviewSaysWhichPassTheOrderPlacedATimeIn();
    void aWithheldNumberIsMarkedInThePreview();
    void aMaskedPartyIsMarkedInThePreview();
    void mappingBuildsPreviewsSavesAndLoadsAProfile();
    void everyControlOfTheDialogHasAName();
    void theDialogsButtonsSaveAndLoadAProfile();
    void aProfileIsNeverSavedOverAFileChosenForImport();
    void theMappingFormScrollsAndAsksAsItsClassNeeds();
    void aSubscribersAddressIsMappedOnlyWhereItCanBeRead();
    void theMappingLeavesThePreviewItsRowsAndColumns();
    void joinedReturnsArePreviewedAsTheyWillBeCounted();
    void aFileDroppedAfterOthersIsPreviewedAfterThem();
    void blankLinesAreSaidBesideTheFiguresNotAsProblems();
    void hiddenRowsAndASingleRowAreSaidInTheSummary();
    void aZipEncryptedWithAPasswordIsOpenedWithIt();
    void eachPasswordTypedIsKeptForTheImport();
    void formulaRowsAreMarkedInThePreview();
    void eachRecordSheetOfAWorkbookIsPreviewed();
    void worksheetsGoingOnAreReadWhenTheAnalystSaysSo();
    void aSubscriberNamedNowhereIsDeclaredByTheAnalyst();
    void timesWrittenAsSpreadsheetDaysAreDeclared();
    void eachFileKeepsItsOwnSettings();
    void theListSaysWhichFilesAreReady();
    void manyFilesWaitingAreNamedByWhatTheyWaitFor();
    void aFileLeftOutOnceReadIsNeitherReadyNorWaiting();
    void importWaitsForAFileThatCanBeImported();
    void aFilesMappingStaysWithIt();
    void aFileWithoutAHeaderRowIsMappedByNumber();
    void filesLeftOutOfAFolderAreListed();
    void aLetterFoundBesideTheRecordsIsLeftOut();
    void aFileRefusedWholePromisesNoRows();
    void aFileTheCaseHoldsSaysSoInItsOwnWords();
    void aNextReturnInAnotherZoneSaysWhichZoneJoinsIt();
    void aNextReturnInTheOtherDateOrderSaysWhichOrderJoinsIt();
    void theLineThatSettledTheDateOrderIsNamed();
    void aDurationsDecimalMarkIsAskedForAndDeclared();
    void aFilesNumbersAreReadInTheRegionChosenForIt();
    void progressBarIsBusyWhileIndexesAreBuilt();
    void aCancelPressedSaysTheImportIsUndone();
    void aFilesNameIsShownAsWrittenWhileItIsImported();
    void fileDialogLeavesAnOpenCasesLocksAlone();
    void theFileDialogsShowAFilesSizeAndTypeWhole();
    void exportsNeverOverwriteACase();

private:
    /// @brief Writes a PDF report of @p pages pages to @p path.
    static bool writeLongPdf(const QString &path, int pages);
    static void choose(QComboBox *box, const QVariant &data);
    /// @brief Maps profile/custom-export.csv's columns as communications (calls) in Berlin time, day first.
    static void mapCustomExport(ImportDialog &dialog);
    /// Shows @p dialog as the application's file dialogs are, listing @p folder in detail.
    static void showDetails(QFileDialog &dialog, const QString &folder);
    QTemporaryDir m_dir;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the folders its file dialogs keep
    QSettings().clear();
    AppTranslations::install(*QCoreApplication::instance());
}

void tst_ImportDialog::choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void tst_ImportDialog::mapCustomExport(ImportDialog &dialog)
{
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mappingClass")), QStringLiteral("communication"));
    dialog.findChild<QLineEdit *>(QStringLiteral("mappingSubtype"))->setText(QStringLiteral("call"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_timestamp")), 0);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_initiator")), 1);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_counterpart")), 2);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("dateOrderBox")), int(DateOrder::DayFirst));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("Europe/Berlin"));
}

void tst_ImportDialog::showDetails(QFileDialog &dialog, const QString &folder)
{
    FileDialogs::configure(dialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.setDirectory(folder);
    dialog.show();
}

void tst_ImportDialog::recognisedFileNeedsAZoneThenPreviews()
{
    const QString casePath = m_dir.filePath(QStringLiteral("d.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("ids/ids-sample.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 2);
    // The core's reason without its command-line option: the line after it says where to choose.
    QCOMPARE(errors->item(0)->text(), dataPath(QStringLiteral("ids/ids-sample.csv"))
                                          + u":10: the timestamp states no time zone and none was declared for the "
                                            "source; declare the zone the provider used"_qs);
    QCOMPARE(errors->item(1)->text(), u"→ Choose the zone of unmarked times above."_qs);
    // Words of a zone above the header are pointed at, never read as the records' zone.
    ImportDialog covered({dataPath(QStringLiteral("ids/ids-zone-in-cover.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy coveredReady(&covered, &ImportDialog::previewReady);
    QVERIFY(coveredReady.wait(10000));
    auto *coveredErrors = covered.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(coveredErrors->item(coveredErrors->count() - 1)->text(),
             u"→ Choose the zone of unmarked times above. Line 3, above the header, reads “All times are in UTC”: if it "
             "names the records' zone, choose that one."_qs);
    // A problem longer than the list is wide is wrapped, to be read whole without scrolling.
    dialog.resize(640, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(errors->fontMetrics().horizontalAdvance(errors->item(0)->text()) > errors->viewport()->width());
    QTRY_VERIFY(errors->visualItemRect(errors->item(0)).height() >= 2 * errors->fontMetrics().lineSpacing());
    // Nothing can be shown as stored yet: the file's first lines as written, its metadata block
    // too, so that the analyst reads what the provider wrote before choosing.
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    auto *caption = dialog.findChild<QLabel *>(QStringLiteral("previewCaption"));
    QVERIFY(caption->text().startsWith(u"The file's first rows as written"_qs));
    QCOMPARE(view->model()->rowCount(), 15);
    QCOMPARE(view->model()->index(4, 0).data().toString(), u"5"_qs);
    QCOMPARE(view->model()->index(4, 11).data().toString(), u"Period 2016-08-28 through 2016-09-21"_qs);
    QCOMPARE(view->model()->index(9, 11).data().toString(),
             u"2016-09-02 18:22:05,+12025550143,tel:+13125550147,198.51.100.14,2,iPhone"_qs);
    QVERIFY(view->model()->index(9, 3).data().toString().isEmpty()); // no time shown as UTC
    QCOMPARE(TestSupport::shownText(view->model()->index(9, 11).data(Qt::ToolTipRole)), view->model()->index(9, 11).data().toString());

    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("America/New_York"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(caption->text(), u"The first rows as they will be stored (nothing is written yet):"_qs);
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("2016-09-02 22:22:05 UTC"));
    QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("America/New_York"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Lookup"));
    // Lookups are shown: the legend and the caveat in plain words stand beside them.
    auto *caveat = dialog.findChild<QLabel *>(QStringLiteral("lookupCaveat"));
    QVERIFY(caveat);
    QVERIFY(caveat->text().contains(u"It does not show that any message or call took place."_qs));
    dialog.show();
    QVERIFY(caveat->isVisible());
    QCOMPARE(view->model()->index(0, 6).data().toString(), QStringLiteral("+13125550147"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(QStringLiteral("Apple IDS")));
    QVERIFY(!QFile::exists(casePath)); // a preview writes nothing
}

void tst_ImportDialog::aHeaderOfTwoClassesAsksForTheFormat()
{
    // Calls under columns the FaceTime log has: the preview showed them as lookups.
    const QString casePath = m_dir.filePath(QStringLiteral("two-classes.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("carrier/cdr-caller-callee.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 3);
    QVERIFY(errors->item(0)->text().endsWith(u"whose rows are communications. Which class its rows are is not guessed: if "
                                             "the file is the Apple FaceTime call-invitation log, choose that format; if "
                                             "not, map its columns"_qs));
    QCOMPARE(errors->item(1)->text(), u"→ If the file is the return named first, choose its format above."_qs);
    QVERIFY(errors->item(2)->text().startsWith(u"→ Choose “Column mapping (profile)…” as the format"_qs));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("previewCaption"))->text().startsWith(u"The file's first rows as written"_qs));
    QAbstractItemModel *asWritten = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(asWritten->rowCount(), 3);
    QCOMPARE(asWritten->index(1, asWritten->columnCount() - 1).data().toString(),
             u"2026-03-02 08:14:03,+12025550143,+13125550147,65,Voice"_qs);

    // Chosen, the format is read as chosen: the analyst's word, kept with the source.
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("apple-facetime"));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(errors->count(), 0);
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(0, 1).data().toString(), u"Lookup"_qs);
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::aLongPreviewSaysHowFarItHasRead()
{
    // A PDF report is laid out whole before its first row can be read (seconds for a thousand
    // pages): the dialog says how far the reading has got ("Reading… 40%") where it said
    // "Reading…" until the end.
    const QString path = m_dir.filePath(QStringLiteral("long-report.pdf"));
    QVERIFY(writeLongPdf(path, 1200));
    ImportDialog dialog({path}, m_dir.filePath(QStringLiteral("long.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    auto *recognition = dialog.findChild<QLabel *>(QStringLiteral("recognition"));
    const QRegularExpression reading(QStringLiteral("^Reading… (\\d+)%$"));
    QTRY_VERIFY_WITH_TIMEOUT(reading.match(recognition->text()).hasMatch() || !ready.isEmpty(), 20000);
    QVERIFY2(ready.isEmpty(), "the preview was ready before it said how far it had read");
    const int percent = reading.match(recognition->text()).captured(1).toInt();
    QVERIFY2(percent > 0 && percent < 100, qPrintable(recognition->text()));
    QVERIFY(ready.wait(20000));
    QVERIFY2(!recognition->text().startsWith(u"Reading"_qs), qPrintable(recognition->text()));
}

void tst_ImportDialog::aWhatsAppPageIsPreviewedByItsFirstRows()
{
    // A WhatsApp page of 40,000 messages took seconds to preview, read whole: its first rows
    // are shown, as a table's are, and the figures say they are the first.
    QFile sample(dataPath(QStringLiteral("whatsapp/records.html")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString path = TestSupport::writeFile(m_dir.filePath(QStringLiteral("records.html")),
                                                TestSupport::withMessages(sample.readAll(), 40000));
    ImportDialog dialog({path}, m_dir.filePath(QStringLiteral("wa.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(20000));
    auto *recognition = dialog.findChild<QLabel *>(QStringLiteral("recognition"));
    QVERIFY2(recognition->text().startsWith(u"WhatsApp pen-register return"_qs), qPrintable(recognition->text()));
    QVERIFY2(recognition->text().contains(u"First 200 rows read: 200 accepted (200 communications)"_qs),
             qPrintable(recognition->text()));
    QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model()->rowCount(), 200);
}

bool tst_ImportDialog::writeLongPdf(const QString &path, int pages)
{
    // A report of many pages, each a letterhead and a few lines: what poppler lays out.
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setFont(QFont(QStringLiteral("Helvetica"), 9));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        painter.drawText(QPointF(600, 600), QStringLiteral("Call detail records, page %1").arg(page + 1));
        for (int line = 0; line < 8; ++line)
            painter.drawText(QPointF(600, 1000 + line * 200),
                             QStringLiteral("2026-01-%1  10:%2  +12025550143  +13125550147  0:42")
                                 .arg(page % 28 + 1, 2, 10, QLatin1Char('0'))
                                 .arg(line, 2, 10, QLatin1Char('0')));
    }
    return painter.end();
}

void tst_ImportDialog::aTimeOfTheRepeatedHourIsMarkedInThePreview()
{
    // New York's 01:30 on 1 November 2026 happened twice: the preview says which moment it will
    // be stored as, and that it is one of two.
    const QString csv = TestSupport::writeFile(m_dir.filePath(QStringLiteral("repeated.csv")),
                                               "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                               "2026-11-01 00:59:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                               "2026-11-01 01:30:00,+12025550143,+13125550147,198.51.100.14,2\n");
    ImportDialog dialog({csv}, m_dir.filePath(QStringLiteral("r.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("America/New_York"));
    QVERIFY(ready.wait(10000));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->index(0, 3).data().toString(), QStringLiteral("2026-11-01 04:59:00 UTC"));
    QVERIFY(TestSupport::shownText(preview->index(0, 3).data(Qt::ToolTipRole)).isEmpty());
    QCOMPARE(preview->index(1, 3).data().toString(), QStringLiteral("2026-11-01 05:30:00 UTC (one of two)"));
    QCOMPARE(TestSupport::shownText(preview->index(1, 3).data(Qt::ToolTipRole)),
             QStringLiteral("the local time occurs twice (daylight-saving change); the earlier reading is used, the "
                            "later would be 2026-11-01T06:30:00Z"));
}

void tst_ImportDialog::thePreviewSaysWhichPassTheOrderPlacedATimeIn()
{
    // Oldest first, 01:30 then 01:10: the clock went back between them, and the preview says
    // which pass through the hour each one is in.
    const QString csv = TestSupport::writeFile(m_dir.filePath(QStringLiteral("passes.csv")),
                                               "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                               "2026-11-01 00:59:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                               "2026-11-01 01:30:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                               "2026-11-01 01:10:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                               "2026-11-01 02:05:00,+12025550143,+13125550147,198.51.100.14,2\n");
    ImportDialog dialog({csv}, m_dir.filePath(QStringLiteral("p.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("America/New_York"));
    QVERIFY(ready.wait(10000));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->index(1, 3).data().toString(), QStringLiteral("2026-11-01 05:30:00 UTC (first of two)"));
    QCOMPARE(preview->index(2, 3).data().toString(), QStringLiteral("2026-11-01 06:10:00 UTC (second of two)"));
    QVERIFY(TestSupport::shownText(preview->index(2, 3).data(Qt::ToolTipRole)).endsWith(
        QStringLiteral("meet at line 4, which puts this record in the second")));
    QCOMPARE(preview->index(3, 3).data().toString(), QStringLiteral("2026-11-01 07:05:00 UTC"));
}

void tst_ImportDialog::aWithheldNumberIsMarkedInThePreview()
{
    const QString csv = TestSupport::dataPath(QStringLiteral("carrier/cdr-withheld.csv"));
    ImportDialog dialog({csv}, m_dir.filePath(QStringLiteral("w.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->index(0, 5).data().toString(), QStringLiteral("Anonymous (withheld number)"));
    QVERIFY(TestSupport::shownText(preview->index(0, 5).data(Qt::ToolTipRole)).contains(QStringLiteral("never drawn in the contact graph")));
    QCOMPARE(preview->index(0, 6).data().toString(), QStringLiteral("+12025550100"));
    QCOMPARE(preview->index(4, 6).data().toString(), QStringLiteral("Unknown (withheld number)"));
    QCOMPARE(preview->index(6, 5).data().toString(), QStringLiteral("Private Line Ltd"));
}

void tst_ImportDialog::aMaskedPartyIsMarkedInThePreview()
{
    const QString csv = TestSupport::dataPath(QStringLiteral("carrier/cdr-masked.csv"));
    ImportDialog dialog({csv}, m_dir.filePath(QStringLiteral("m.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->index(0, 5).data().toString(), QStringLiteral("+49171*****12 (masked)"));
    QVERIFY(TestSupport::shownText(preview->index(0, 5).data(Qt::ToolTipRole)).contains(QStringLiteral("never drawn in the contact graph")));
    QCOMPARE(preview->index(3, 5).data().toString(), QStringLiteral("[REDACTED] (masked)"));
    QCOMPARE(preview->index(4, 6).data().toString(), QStringLiteral("+1 202 555 01xx (masked)"));
    QCOMPARE(preview->index(6, 6).data().toString(), QStringLiteral("202-555-XXXX (masked)"));
    QCOMPARE(preview->index(7, 6).data().toString(), QStringLiteral("*100#"));
}

void tst_ImportDialog::aFileTheCaseHoldsSaysSoInItsOwnWords()
{
    // The core's reason names a command-line option; the dialog says what it means here.
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("held.llcase"));
    params.files = {dataPath(QStringLiteral("ids/ids-sample.csv"))};
    params.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(params).allOk());
    ImportDialog dialog(params.files, params.casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 2);
    // Without "(to import it again: --allow-duplicate)": the dialog has no such choice.
    QVERIFY(QRegularExpression(u"^.*/ids-sample\\.csv: already imported as source #1 \\(ids-sample\\.csv, "
                               "[-0-9T:.]+Z\\)$"_qs)
                .match(errors->item(0)->text())
                .hasMatch());
    QCOMPARE(errors->item(1)->text(), u"→ The case holds this file already, its records and their lines: it need not be "
                                      "imported again."_qs);
}

void tst_ImportDialog::aNextReturnInAnotherZoneSaysWhichZoneJoinsIt()
{
    ImportParams first;
    first.casePath = m_dir.filePath(QStringLiteral("shifted.llcase"));
    first.files = {dataPath(QStringLiteral("ids/ids-sample.csv"))};
    first.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(first).allOk());
    ImportDialog dialog({dataPath(QStringLiteral("ids/ids-sample-next-return.csv"))}, first.casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *zone = dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox"));
    choose(zone, QStringLiteral("Europe/Berlin"));
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 2);
    QVERIFY(errors->item(0)->text().startsWith(u"ids-sample-next-return.csv: 4 of the 6 records checked"_qs));
    QCOMPARE(errors->item(1)->text(), u"→ If this file was written in the zone “ids-sample.csv” was read in, choose UTC "
                                      "above: the records both hold are then known as the same."_qs);
    // Chosen so, the four are known as the same records, and nothing is said.
    choose(zone, QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(errors->count(), 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(u"4 duplicate"_qs));

    // Dropped together into a new case, the same is said before either is imported.
    const QString together = m_dir.filePath(QStringLiteral("together.llcase"));
    ImportDialog both({first.files.first(), dataPath(QStringLiteral("ids/ids-sample-next-return.csv"))}, together, QStringLiteral("US"));
    QSignalSpy bothReady(&both, &ImportDialog::previewReady);
    QVERIFY(bothReady.wait(10000));
    auto *bothZone = both.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox"));
    auto *bothErrors = both.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    choose(bothZone, QStringLiteral("UTC"));
    QVERIFY(bothReady.wait(10000));
    both.findChild<QComboBox *>(QStringLiteral("fileBox"))->setCurrentIndex(1);
    QVERIFY(bothReady.wait(10000));
    choose(bothZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(bothReady.wait(10000));
    QCOMPARE(bothErrors->count(), 2);
    QVERIFY(bothErrors->item(0)->text().startsWith(u"ids-sample-next-return.csv: 4 of the 6 records checked"_qs));
    QCOMPARE(bothErrors->item(1)->text(), u"→ If this file was written in the zone “ids-sample.csv” was read in, choose UTC "
                                          "above: the records both hold are then known as the same."_qs);
    choose(bothZone, QStringLiteral("UTC"));
    QVERIFY(bothReady.wait(10000));
    QCOMPARE(bothErrors->count(), 0);
    QVERIFY(both.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(u"4 duplicate"_qs));
    QVERIFY(!QFile::exists(together));
}

void tst_ImportDialog::aNextReturnInTheOtherDateOrderSaysWhichOrderJoinsIt()
{
    ImportParams first;
    first.casePath = m_dir.filePath(QStringLiteral("swapped.llcase"));
    first.files = {dataPath(QStringLiteral("carrier/cdr-sided-march.csv"))};
    first.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(first).allOk());
    ImportDialog dialog({dataPath(QStringLiteral("carrier/cdr-sided-march-next-return.csv"))}, first.casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    // Neither its zone nor its order is settled: both asked for at once.
    QCOMPARE(errors->count(), 3);
    QCOMPARE(errors->item(1)->text(), u"→ Choose the zone of unmarked times above."_qs);
    QCOMPARE(errors->item(2)->text(), u"→ Choose day first or month first above."_qs);
    auto *order = dialog.findChild<QComboBox *>(QStringLiteral("dateOrderBox"));
    choose(order, int(DateOrder::MonthFirst));
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(errors->count(), 2);
    QVERIFY(errors->item(0)->text().startsWith(u"cdr-sided-march-next-return.csv: 3 of the 5 records checked"_qs));
    QCOMPARE(errors->item(1)->text(), u"→ If this file's dates are written day first, choose day first above: the records it "
                                      "shares with “cdr-sided-march.csv” are then known as the same."_qs);
    // Chosen so, four are known as the same records, and nothing is said.
    choose(order, int(DateOrder::DayFirst));
    QVERIFY(ready.wait(10000));
    QCOMPARE(errors->count(), 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(u"4 duplicate"_qs));
}

void tst_ImportDialog::theLineThatSettledTheDateOrderIsNamed()
{
    // Left to the data, the order changes what every time shown means: the line that chose it
    // is named above them, and nothing when the analyst chose.
    ImportDialog dialog({dataPath(u"facetime/facetime-day-first.csv"_qs)}, m_dir.filePath(u"settled.llcase"_qs), u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    auto *recognition = dialog.findChild<QLabel *>(QStringLiteral("recognition"));
    const QString settled = u"Zone: UTC. Dates like 03/04/2016 were read day first (3 April), as the file's dates settle it: "
                            "line 7 has \"16/09/2016 08:00:00\", which can be read no other way. First 4 rows read"_qs;
    QVERIFY2(recognition->text().contains(settled), qPrintable(recognition->text()));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("dateOrderBox")), int(DateOrder::DayFirst));
    QVERIFY(ready.wait(10000));
    QVERIFY2(recognition->text().contains(u"Zone: UTC. First 4 rows read"_qs), qPrintable(recognition->text()));
}

void tst_ImportDialog::aDurationsDecimalMarkIsAskedForAndDeclared()
{
    // "1.234" and "3.601" under a German carrier's "Dauer (Sek.)", nothing settling the mark: the
    // choice is offered with the problem; chosen, the durations preview as thousands of seconds.
    const QString file = dataPath(u"carrier/cdr-de-seconds-grouped.csv"_qs);
    const QString casePath = m_dir.filePath(u"marks.llcase"_qs);
    ImportDialog dialog({file}, casePath, u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *mark = dialog.findChild<QComboBox *>(QStringLiteral("decimalMarkBox"));
    QVERIFY(!mark->isVisibleTo(&dialog)); // the zone is asked first: the first reading stops there
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("Europe/Berlin"));
    QVERIFY(ready.wait(10000));
    QVERIFY(mark->isVisibleTo(&dialog));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->item(0)->text(), file + u":4: the duration \"1.234\" can be read as 1234 (the dot separating "
                                             "thousands) or as 1.234 (a decimal point), and no duration in the file "
                                             "settles which; declare the decimal mark"_qs);
    QCOMPARE(errors->item(errors->count() - 1)->text(), u"→ Choose how the file writes durations like 1.234 above."_qs);
    choose(mark, int(DecimalMark::Comma));
    QVERIFY(ready.wait(10000));
    QCOMPARE(errors->count(), 0);
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    int duration = -1;
    for (int column = 0; column < preview->columnCount(); ++column) {
        if (preview->headerData(column, Qt::Horizontal).toString() == u"Duration (s)"_qs)
            duration = column;
    }
    QCOMPARE(duration, 9);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->index(1, duration).data().toString(), u"1234"_qs);
    QCOMPARE(preview->index(3, duration).data().toString(), u"3601"_qs);
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.params().perFile.value(file).decimalMark, DecimalMark::Comma);
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::aFilesNumbersAreReadInTheRegionChosenForIt()
{
    // A German carrier's national numbers in a case of US returns: read as the case's region
    // reads them until Germany is chosen for the file, then as Germany's, and so imported.
    const QString file = dataPath(u"carrier/cdr-de-national.csv"_qs);
    const QString casePath = m_dir.filePath(u"regions.llcase"_qs);
    ImportDialog dialog({file}, casePath, u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("Europe/Berlin"));
    QVERIFY(ready.wait(10000));
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("numberRegionBox"));
    QVERIFY(region);
    QCOMPARE(region->itemText(0), u"As the case's region: US (United States)"_qs);
    QCOMPARE(region->itemText(region->findData(u"DE"_qs)), u"Germany (DE)"_qs);
    const QAbstractItemModel *preview = dialog.findChild<QTableView *>(u"previewView"_qs)->model();
    const auto counterparts = [preview]() {
        QStringList parties;
        for (int row = 0; row < preview->rowCount(); ++row)
            parties.append(preview->index(row, 6).data().toString());
        return parties;
    };
    QCOMPARE(counterparts(), (QStringList{u"0171 2345678"_qs, u"030 1234567"_qs, u"+12025550143"_qs, u"0049 171 2345678"_qs}));
    choose(region, u"DE"_qs);
    QVERIFY(ready.wait(10000));
    QCOMPARE(counterparts(), (QStringList{u"+491712345678"_qs, u"+49301234567"_qs, u"+12025550143"_qs, u"+491712345678"_qs}));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
    QVERIFY2(summary.contains(u" Phone numbers written without a country code were read as numbers of DE (Germany), the region "
                              "declared for this file rather than the case's. First 4 rows read"_qs),
             qPrintable(summary));
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.params().perFile.value(file).numberRegion, u"DE"_qs);
    const ImportResult imported = ImportJob::run(dialog.params());
    QVERIFY(imported.allOk());
    QCOMPARE(imported.files.first().numberRegion, u"DE"_qs);
}

void tst_ImportDialog::aFileRefusedWholePromisesNoRows()
{
    // A ZIP refused whole (an entry escapes its folder) has no row to show: the caption above the
    // empty table said "The first rows as they will be stored".
    const QString file = dataPath(u"whatsapp/evil-traversal.zip"_qs);
    ImportDialog dialog({file}, m_dir.filePath(u"refused.llcase"_qs), u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.findChild<QLabel *>(u"previewCaption"_qs)->text(),
             u"Nothing of this file can be shown: it cannot be read as set, for the reason under “Problems found”."_qs);
    QCOMPARE(dialog.findChild<QTableView *>(u"previewView"_qs)->model()->rowCount(), 0);
    auto *errors = dialog.findChild<QListWidget *>(u"previewErrors"_qs);
    QVERIFY(errors->count() >= 1);
    QVERIFY2(errors->item(0)->text().contains(u"points outside its folder; refused"_qs), qPrintable(errors->item(0)->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_qs)->isEnabled());
}

void tst_ImportDialog::aLetterFoundBesideTheRecordsIsLeftOut()
{
    // A ZIP's cover letter, a PDF printing no table: its preview says it is left out, and why,
    // not that it cannot be imported.
    const QString zip = dataPath(QStringLiteral("carrier/cdr-return.zip"));
    const ImportFiles::Expanded expanded = ImportFiles::expand({zip});
    const QString letter = zip + u" › cover letter.pdf"_qs;
    ImportDialog dialog({letter}, m_dir.filePath(QStringLiteral("letter.llcase")), QStringLiteral("US"));
    dialog.setFound(expanded.found);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text(),
             letter + u": left out: the PDF's text holds no table: no line of headings over records that keep to their "
                      "columns, nor records printed a field to a line (a letter or a certificate?)"_qs);
}

void tst_ImportDialog::filesLeftOutOfAFolderAreListed()
{
    ImportDialog dialog({dataPath(QStringLiteral("ids/ids-sample.csv"))}, m_dir.filePath(QStringLiteral("l.llcase")),
                        QStringLiteral("US"));
    const QString note = u"/r/letter.pdf: left out: not a table, workbook, PDF, ZIP or HTML page by its name"_qs;
    dialog.setLeftOut({note});
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 3); // the file's own problem and what to do, then the note, once
    QCOMPARE(errors->item(2)->text(), note);
    // They stay listed while a mapping is incomplete (no preview runs then).
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QCOMPARE(errors->count(), 1);
    QCOMPARE(errors->item(0)->text(), note);

    // Two files named alike, as two deliveries of a folder: the file box tells them apart.
    ImportDialog alike({u"/r/a/records.html"_qs, u"/r/b/records.html"_qs}, m_dir.filePath(QStringLiteral("m.llcase")),
                       QStringLiteral("US"));
    auto *files = alike.findChild<QComboBox *>(QStringLiteral("fileBox"));
    QCOMPARE(files->itemText(1), u"/r/b/records.html"_qs);
    QSignalSpy done(&alike, &ImportDialog::previewReady);
    QVERIFY(done.wait(10000));
}

void tst_ImportDialog::theDialogsButtonsSaveAndLoadAProfile()
{
    // The analyst's way: a mapping built once, saved with "Save profile…", and loaded with
    // "Load profile…" in the next dialog, which then previews and imports as the first did.
    const QString file = dataPath(QStringLiteral("profile/custom-export.csv"));
    const QString casePath = m_dir.filePath(QStringLiteral("buttons.llcase"));
    const auto button = [](ImportDialog &dialog, const QString &text) {
        for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    const auto previewOf = [](ImportDialog &dialog) {
        QStringList rows;
        QAbstractItemModel *model = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column : {1, 3, 5})
                rows.append(model->index(row, column).data().toString());
        return rows;
    };
    const QString saved = m_dir.filePath(QStringLiteral("buttons-profile.json"));
    ImportParams first;
    QStringList firstPreview;
    {
        ImportDialog dialog({file}, casePath, QStringLiteral("DE"));
        QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
        QVERIFY(columns.wait(10000));
        mapCustomExport(dialog);
        // The region its numbers are written in goes with the layout saved.
        choose(dialog.findChild<QComboBox *>(QStringLiteral("numberRegionBox")), u"AT"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model()->rowCount(), 2, 10000);
        firstPreview = previewOf(dialog);
        TestSupport::answerNextFileDialog(this, {saved});
        button(dialog, u"Save profile…"_qs)->click();
        QVERIFY(QFile::exists(saved));
        QVERIFY(dialog.acceptIfValid());
        first = dialog.params();
    }
    QString error;
    const auto loaded = TableFormat::loadProfile(saved, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), first.perFile.value(file).profile->toJson());
    QCOMPARE(loaded->numberRegion, u"AT"_qs);

    ImportDialog dialog({file}, casePath, QStringLiteral("DE"));
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("numberRegionBox"));
    QCOMPARE(region->currentData().toString(), QString());
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    // A file that is no profile: said, and the mapping left as it was.
    const QString notAProfile = TestSupport::writeFile(m_dir.filePath(QStringLiteral("not-a-profile.json")), "[1, 2]");
    TestSupport::answerNextFileDialog(this, {notAProfile});
    button(dialog, u"Load profile…"_qs)->click();
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().startsWith(notAProfile),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text()));
    QVERIFY(!dialog.acceptIfValid());
    TestSupport::answerNextFileDialog(this, {saved});
    button(dialog, u"Load profile…"_qs)->click();
    QTRY_COMPARE_WITH_TIMEOUT(previewOf(dialog), firstPreview, 10000);
    QCOMPARE(region->currentData().toString(), u"AT"_qs);
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.params().perFile.value(file).profile->toJson(), first.perFile.value(file).profile->toJson());
    QCOMPARE(dialog.params().perFile.value(file).numberRegion, u"AT"_qs);
}

void tst_ImportDialog::aProfileIsNeverSavedOverAFileChosenForImport()
{
    // The files named in the dialog are evidence not yet imported: a profile saved under the name
    // of one (or of the ZIP a table is read from), even with the dialog's "replace it?" answered
    // yes, replaced it.
    const QString folder = m_dir.filePath(u"chosen"_qs);
    QVERIFY(QDir().mkpath(folder));
    const QString csv = folder + u"/custom.csv"_qs;
    const QString zip = folder + u"/cdr-return.zip"_qs;
    QVERIFY(QFile::copy(dataPath(u"profile/custom-export.csv"_qs), csv));
    QVERIFY(QFile::copy(dataPath(u"carrier/cdr-return.zip"_qs), zip));
    const QString csvSha = TestSupport::sha256Of(csv);
    const QString zipSha = TestSupport::sha256Of(zip);
    const QString inZip = ImportFiles::expand({zip}).files.value(0);
    QVERIFY2(inZip.startsWith(zip + u" › "_qs), qPrintable(inZip));

    ImportDialog dialog({csv, inZip}, m_dir.filePath(u"chosen.llcase"_qs), u"DE"_qs);
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    mapCustomExport(dialog);
    TestSupport::FileDialogAnswers answers(&dialog);
    for (const QString &named : QStringList{csv, folder + u"/../chosen/cdr-return.zip"_qs}) {
        answers.name = named;
        TestSupport::buttonNamed(dialog, u"Save profile…"_qs)->click();
    }
    QCOMPARE(answers.boxes, QStringList({u"custom.csv is a file chosen for import; it is never overwritten."_qs,
                                         u"cdr-return.zip is a file chosen for import; it is never overwritten."_qs}));
    QCOMPARE(TestSupport::sha256Of(csv), csvSha);
    QCOMPARE(TestSupport::sha256Of(zip), zipSha);
    // Any other name is saved, as before.
    answers.name = folder + u"/mine"_qs;
    TestSupport::buttonNamed(dialog, u"Save profile…"_qs)->click();
    QCOMPARE(answers.boxes.size(), 2);
    QString error;
    QVERIFY2(TableFormat::loadProfile(folder + u"/mine.json"_qs, &error), qPrintable(error));
}

void tst_ImportDialog::theMappingLeavesThePreviewItsRowsAndColumns()
{
    // Seen under Xvfb on a 1600×900 screen: with the mapping shown and a summary of two lines, the
    // legend beside the preview asked more height than the dialog had; "Load profile…" was drawn
    // over the mapping's form, the preview kept two rows and cut its columns at "Client IP".
    const QString file = dataPath(u"carrier/cdr-de-national.csv"_qs);
    ImportDialog dialog({file}, m_dir.filePath(u"roomy.llcase"_qs), u"US"_qs);
    dialog.resize(1100, 740); // a laptop's 768 pixels less a panel (the offscreen screen is 600 high)
    dialog.show();
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    TestSupport::answerNextFileDialog(this, {dataPath(u"profile/de-carrier-profile.json"_qs)});
    QPushButton *load = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        load = button->text() == u"Load profile…"_qs ? button : load;
    load->click();
    auto *view = dialog.findChild<QTableView *>(u"previewView"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
    auto *form = dialog.findChild<QScrollArea *>();
    const auto bottomOf = [&dialog](QWidget *widget) { return widget->mapTo(&dialog, QPoint(0, widget->height())).y(); };
    QVERIFY2(bottomOf(form) <= load->mapTo(&dialog, QPoint(0, 0)).y(),
             qPrintable(QStringLiteral("form ends at %1, its buttons begin at %2").arg(bottomOf(form)).arg(load->mapTo(&dialog, QPoint(0, 0)).y())));
    // Every row read is in sight, and every column: the last, the row as written, begins inside.
    QVERIFY2(view->viewport()->height() >= 4 * view->rowHeight(0),
             qPrintable(QStringLiteral("%1 < 4 × %2").arg(view->viewport()->height()).arg(view->rowHeight(0))));
    const int last = view->model()->columnCount() - 1;
    QVERIFY2(view->columnViewportPosition(last) < view->viewport()->width(),
             qPrintable(QStringLiteral("%1 ≥ %2").arg(view->columnViewportPosition(last)).arg(view->viewport()->width())));
    auto *caveat = dialog.findChild<QLabel *>(QStringLiteral("lookupCaveat"));
    QVERIFY(caveat->isVisible());
    QVERIFY(caveat->height() >= caveat->heightForWidth(caveat->width()));
    // The form's room is the analyst's to widen, by the handle between it and the preview.
    auto *split = dialog.findChild<QSplitter *>(u"mappingSplit"_qs);
    QVERIFY(split && split->isAncestorOf(form) && split->isAncestorOf(view));
    const int formHeight = form->height();
    split->setSizes({split->sizes().at(0) + 40, split->sizes().at(1) - 40});
    QCOMPARE(form->height(), formHeight + 40);
    QVERIFY(bottomOf(form) <= load->mapTo(&dialog, QPoint(0, 0)).y());
}

void tst_ImportDialog::theMappingFormScrollsAndAsksAsItsClassNeeds()
{
    // Scrolling down the mapping with the wheel, the cursor passing over a column's box: the
    // form scrolls, the box keeps its column (it took the wheel, and mapped the date to "Von").
    ImportDialog dialog({dataPath(QStringLiteral("profile/custom-export.csv"))}, m_dir.filePath(u"w.llcase"_qs), QStringLiteral("DE"));
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    auto *date = dialog.findChild<QComboBox *>(QStringLiteral("mapping_date"));
    QVERIFY(date && date->count() > 2 && date->currentIndex() == 0);
    const auto turn = [date]() {
        const QPointF at = date->rect().center();
        QWheelEvent wheel(at, date->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(date, &wheel);
        return wheel.isAccepted();
    };
    // Left unaccepted, a wheel turned by a hand goes on to the scroll area (one sent by a test does not).
    QVERIFY(!turn());
    QCOMPARE(date->currentIndex(), 0);
    // The legend beside the preview keeps the caveat whole with the mapping shown.
    auto *caveat = dialog.findChild<QLabel *>(QStringLiteral("lookupCaveat"));
    QVERIFY(caveat->isVisible());
    QVERIFY2(caveat->height() >= caveat->heightForWidth(caveat->width()),
             qPrintable(QStringLiteral("%1 < %2").arg(caveat->height()).arg(caveat->heightForWidth(caveat->width()))));
    QVERIFY(caveat->parentWidget()->rect().contains(caveat->geometry()));
    // The subtype asked for is given an example of the class chosen: a lookup's is no call.
    auto *subtype = dialog.findChild<QLineEdit *>(QStringLiteral("mappingSubtype"));
    auto *recognition = dialog.findChild<QLabel *>(QStringLiteral("recognition"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mappingClass")), QStringLiteral("lookup"));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QTRY_COMPARE(recognition->text(), u"Name a subtype (for example imessage-query or facetime-invitation)."_qs);
    QCOMPARE(subtype->placeholderText(), u"e.g. imessage-query or facetime-invitation"_qs);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mappingClass")), QStringLiteral("communication"));
    QTRY_COMPARE(recognition->text(), u"Name a subtype (for example call, sms or message)."_qs);
    // With a call type column, the subtype asked for is the one of rows whose call type names none.
    auto *callType = dialog.findChild<QComboBox *>(QStringLiteral("mapping_call_type"));
    QVERIFY(callType);
    QVERIFY2(callType->toolTip().contains(u"a data session is stored as a connection"_qs), qPrintable(callType->toolTip()));
    callType->setCurrentIndex(1);
    QTRY_COMPARE(recognition->text(),
                 u"Name a subtype for the rows whose call type names no call, SMS or MMS (for example call, sms or message)."_qs);
    callType->setCurrentIndex(0);
    QTRY_COMPARE(recognition->text(), u"Name a subtype (for example call, sms or message)."_qs);
    // Every column's box says what the import reads it as.
    for (const QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->objectName().startsWith(u"mapping_"_qs))
            QVERIFY2(!box->toolTip().isEmpty(), qPrintable(box->objectName()));
    }
    // Chosen (clicked, or reached by Tab), the box takes the wheel as any box does.
    date->setFocus();
    QTRY_VERIFY(date->hasFocus());
    QVERIFY(turn());
    QCOMPARE(date->currentIndex(), 1);
}

void tst_ImportDialog::aSubscribersAddressIsMappedOnlyWhereItCanBeRead()
{
    // Beside an initiator and a counterpart, whose address a column is the file does not say:
    // the dialog asks rather than keep the column unread while the analyst takes it for read.
    ImportDialog dialog({dataPath(QStringLiteral("profile/custom-export.csv"))}, m_dir.filePath(u"sa.llcase"_qs), QStringLiteral("DE"));
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    mapCustomExport(dialog);
    auto *recognition = dialog.findChild<QLabel *>(QStringLiteral("recognition"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 10000);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_local_party_ip")), 4);
    QTRY_COMPARE(recognition->text(),
                 u"The local party's IP is the subscriber's own address, read in one subscriber's records (with the "
                 "remote party and the direction); with an initiator and a counterpart, whose address it is the file "
                 "does not say: map it as the client IP if it is the initiator's, or leave it out (its cells are kept "
                 "with each record)."_qs);
    QVERIFY(!import->isEnabled());
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_local_party_ip")), -1);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_local_party_port")), 4);
    QTRY_COMPARE(recognition->text(), u"The local party's port goes beside its IP address: map the local party's IP too."_qs);
    QVERIFY(!import->isEnabled());
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_local_party_port")), -1);
    QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 10000);
}

void tst_ImportDialog::joinedReturnsArePreviewedAsTheyWillBeCounted()
{
    const QString casePath = m_dir.filePath(QStringLiteral("j.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("ids/ids-joined.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
    QVERIFY2(text.contains(QStringLiteral("First 11 rows read: 7 accepted (7 lookups), 2 duplicate, 2 rejected. The header row comes "
                                          "again further down (line 23)")),
             qPrintable(text));
    // Each row says what it becomes; the two the first return holds name the line they repeat.
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->headerData(10, Qt::Horizontal).toString(), QStringLiteral("Stored as"));
    QStringList storedAs;
    for (int row = 0; row < preview->rowCount(); ++row)
        storedAs.append(preview->index(row, 0).data().toString() + u' ' + preview->index(row, 10).data().toString());
    QCOMPARE(storedAs, (QStringList{u"10 new event"_qs, u"11 new event"_qs, u"12 new event"_qs, u"13 new event"_qs,
                                    u"14 new event"_qs, u"24 duplicate of line 12"_qs, u"25 duplicate of line 14"_qs,
                                    u"27 new event"_qs, u"28 new event"_qs}));
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::aFileDroppedAfterOthersIsPreviewedAfterThem()
{
    // Two overlapping returns dropped together: the import stores the first before the second,
    // so the second's rows that repeat its records are duplicates, each naming its line there.
    const QString casePath = m_dir.filePath(QStringLiteral("after.llcase"));
    const QString first = dataPath(QStringLiteral("ids/ids-sample.csv"));
    ImportDialog dialog({first, dataPath(QStringLiteral("ids/ids-joined.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    auto *recognition = dialog.findChild<QLabel *>(QStringLiteral("recognition"));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    const auto storedAs = [preview]() {
        QStringList rows;
        for (int row = 0; row < preview->rowCount(); ++row)
            rows.append(preview->index(row, 0).data().toString() + u' ' + preview->index(row, 10).data().toString());
        return rows;
    };
    files->setCurrentIndex(1);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    // The first file has no zone yet: the import would leave it out, and so does the preview.
    QVERIFY2(recognition->text().endsWith(u" Not in the file dropped before it that cannot be imported as set: “ids-sample.csv”."_qs),
             qPrintable(recognition->text()));
    QCOMPARE(storedAs().mid(0, 3), (QStringList{u"10 new event"_qs, u"11 new event"_qs, u"12 new event"_qs}));

    dialog.findChild<QPushButton *>(QStringLiteral("applyToEveryFile"))->click();
    files->setCurrentIndex(0);
    QVERIFY(ready.wait(10000));
    files->setCurrentIndex(1);
    QVERIFY(ready.wait(10000));
    QVERIFY2(recognition->text().contains(u"First 11 rows read: 3 accepted (3 lookups), 6 duplicate, 2 rejected."_qs),
             qPrintable(recognition->text()));
    QVERIFY2(recognition->text().endsWith(u" Its rows are looked for in the file dropped before it as well, which the import "
                                          "stores first: “ids-sample.csv”."_qs),
             qPrintable(recognition->text()));
    QCOMPARE(storedAs(), (QStringList{u"10 duplicate of line 10 of “ids-sample.csv”"_qs, u"11 duplicate of line 11 of “ids-sample.csv”"_qs,
                                      u"12 duplicate of line 12 of “ids-sample.csv”"_qs, u"13 new event"_qs, u"14 new event"_qs,
                                      u"24 duplicate of line 12 of “ids-sample.csv”"_qs, u"25 duplicate of line 14"_qs,
                                      u"27 duplicate of line 14 of “ids-sample.csv”"_qs, u"28 new event"_qs}));
    QCOMPARE(dialog.previewResult().files.size(), 1);
    QCOMPARE(dialog.previewResult().files.first().path, dataPath(QStringLiteral("ids/ids-joined.csv")));
    QVERIFY(!QFile::exists(casePath));

    // As imported.
    QVERIFY(dialog.acceptIfValid());
    const ImportResult imported = ImportJob::run(dialog.params());
    QCOMPARE((QList<int>{imported.files.at(1).accepted, imported.files.at(1).duplicate}), (QList<int>{3, 6}));

    // Dropped on a case holding the first return: each of its records repeated names the case's
    // event and where that was stored from; the second return joined in the file, the same.
    const QString holding = m_dir.filePath(QStringLiteral("holding-first.llcase"));
    ImportParams firstOnly;
    firstOnly.casePath = holding;
    firstOnly.files = {first};
    firstOnly.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(firstOnly).allOk());
    ImportDialog over({dataPath(QStringLiteral("ids/ids-joined.csv"))}, holding,
                      QStringLiteral("US"));
    QSignalSpy readyOver(&over, &ImportDialog::previewReady);
    QVERIFY(readyOver.wait(10000));
    choose(over.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(readyOver.wait(10000));
    QAbstractItemModel *repeated =
        over.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QStringList rows;
    for (int row = 0; row < repeated->rowCount(); ++row)
        rows.append(repeated->index(row, 0).data().toString() + u' ' +
                    repeated->index(row, 10).data().toString());
    const QString of = u"duplicate of event %1 of the case, line %2 of “ids-sample.csv”"_qs;
    QCOMPARE(rows,
             (QStringList{u"10 "_qs + of.arg(1).arg(10), u"11 "_qs + of.arg(2).arg(11),
                          u"12 "_qs + of.arg(3).arg(12), u"13 new event"_qs, u"14 new event"_qs,
                          u"24 "_qs + of.arg(3).arg(12), u"25 duplicate of line 14"_qs,
                          u"27 "_qs + of.arg(5).arg(14), u"28 new event"_qs}));
}

void tst_ImportDialog::blankLinesAreSaidBesideTheFiguresNotAsProblems()
{
    // Blank lines lose nothing: the summary says why the file's lines are more than its rows;
    // the problems stay empty.
    QFile sample(dataPath(QStringLiteral("ids/ids-sample.csv")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString csv = TestSupport::writeFile(m_dir.filePath(QStringLiteral("spaced.csv")), sample.readAll() + "\n,,,,,\n");
    ImportDialog dialog({csv}, m_dir.filePath(QStringLiteral("spaced.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
    QVERIFY2(text.endsWith(u"First 6 rows read: 6 accepted (6 lookups), 0 duplicate, 0 rejected. 2 blank lines hold no "
                           "record and were not counted as rows: 16\u201317."_qs),
             qPrintable(text));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"))->count(), 0);
}

void tst_ImportDialog::hiddenRowsAndASingleRowAreSaidInTheSummary()
{
    // An .ods whose rows 3, 5 and 6 LibreOffice does not show, and whose sheet "Older" it hides:
    // all rows are previewed, and the summary says which are hidden. A file of one record reads
    // "1 row", not "1 rows".
    {
        ImportDialog dialog({dataPath(u"xlsx/hidden-rows.ods"_qs)}, m_dir.filePath(u"hidden.llcase"_qs), u"US"_qs);
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        QVERIFY(ready.wait(10000));
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
        QVERIFY2(text.contains(u"First 7 rows read: 7 accepted (7 communications), 0 duplicate, 0 rejected."_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u" The worksheet \"Log\": 3 rows are hidden or filtered out, and not shown by the spreadsheet program; they are "
                               "in the file and were read as every other row: 3, 5\u20136."_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u" The worksheet \"Older\": this worksheet is hidden in its workbook, no tab showing it; its rows were read as any "
                               "other worksheet's."_qs),
                 qPrintable(text));
        // Each hidden row is marked where it is shown, and says why Excel does not show it.
        QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
        QStringList lines;
        for (int row = 0; row < preview->rowCount(); ++row)
            lines.append(preview->index(row, 0).data().toString());
        QCOMPARE(lines, (QStringList{u"Log \u203A 2"_qs, u"Log \u203A 3 (hidden)"_qs, u"Log \u203A 4"_qs,
                                     u"Log \u203A 5 (hidden)"_qs, u"Log \u203A 6 (hidden)"_qs, u"Log \u203A 7"_qs,
                                     u"Older \u203A 2"_qs}));
        QCOMPARE(TestSupport::shownText(preview->index(1, 0).data(Qt::ToolTipRole)),
                 u"This row is hidden or filtered out in the worksheet: the spreadsheet program does not show it. It is "
                 "in the file and is read as every other row."_qs);
        QVERIFY(TestSupport::shownText(preview->index(0, 0).data(Qt::ToolTipRole)).isEmpty());
    }
    const QString csv = TestSupport::writeFile(m_dir.filePath(u"one.csv"_qs),
                                               "Timestamp (GMT),Source Handle,Lookup Handle,Client IP\n"
                                               "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14\n");
    ImportDialog dialog({csv}, m_dir.filePath(u"one.llcase"_qs), u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
    QVERIFY2(text.endsWith(u"First 1 row read: 1 accepted (1 lookup), 0 duplicate, 0 rejected."_qs), qPrintable(text));
}

void tst_ImportDialog::formulaRowsAreMarkedInThePreview()
{
    // A legacy workbook whose rows 3, 4 and 7 hold formulas' saved results, and row 6 a formula
    // with none: each such row is marked where it is previewed, and the summary says which.
    ImportDialog dialog({dataPath(u"xlsx/formulas.xls"_qs)}, m_dir.filePath(u"formulas.llcase"_qs), u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
    QVERIFY2(text.contains(u"3 rows hold a cell whose value a formula computes; it was read as the result the file saved "
                           "(what the spreadsheet program showed when it saved it): 3\u20134, 7 \u2014 by column: A "
                           "(\"Start Time (UTC)\", read as the timestamp) in 1 row: 7; C (\"Terminating Number\", read "
                           "as the counterpart) in 1 row: 3; E (\"Duration (s)\", read as the duration) in 1 row: 4; F "
                           "(\"Cell Site\", kept among the row's other columns) in 1 row: 4."_qs),
             qPrintable(text));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QStringList lines;
    for (int row = 0; row < preview->rowCount(); ++row)
        lines.append(preview->index(row, 0).data().toString());
    QCOMPARE(lines, (QStringList{u"2"_qs, u"3 (formula)"_qs, u"4 (formula)"_qs, u"5"_qs, u"6 (formula, no result)"_qs,
                                 u"7 (formula)"_qs}));
    QCOMPARE(TestSupport::shownText(preview->index(4, 0).data(Qt::ToolTipRole)),
             u"A cell of this row holds a formula the file saved no result for: it was read as empty."_qs);
    QCOMPARE(TestSupport::shownText(preview->index(1, 0).data(Qt::ToolTipRole)),
             u"A cell of this row holds a formula: its value is the result the file saved."_qs);
    QVERIFY(TestSupport::shownText(preview->index(0, 0).data(Qt::ToolTipRole)).isEmpty());
}

void tst_ImportDialog::eachRecordSheetOfAWorkbookIsPreviewed()
{
    // A workbook of an IDS log and a carrier's calls on two sheets: its lines as written name
    // the sheet waiting for a zone; then every row names its sheet, and the sources it makes
    // are told with their counts, each class apart.
    const QString casePath = m_dir.filePath(QStringLiteral("w.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("xlsx/return-sheets.xlsx"))}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->index(2, 0).data().toString(), u"IDS \u203a 3"_qs);
    QCOMPARE(preview->index(2, 11).data().toString(), u"Timestamp\tSource Handle\tLookup Handle\tClient IP\tLookup Devices"_qs);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QStringList storedAs;
    for (int row = 0; row < preview->rowCount(); ++row)
        storedAs.append(preview->index(row, 0).data().toString() + u' ' + preview->index(row, 1).data().toString() + u' '
                        + preview->index(row, 10).data().toString());
    QCOMPARE(storedAs, (QStringList{u"IDS \u203a 4 Lookup new event"_qs, u"Calls \u203a 2 Communication new event"_qs,
                                    u"Calls \u203a 3 Communication new event"_qs,
                                    u"Calls (2) \u203a 2 Communication duplicate of line 3 of Calls"_qs,
                                    u"Calls (2) \u203a 3 Communication new event"_qs}));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text();
    QVERIFY2(text.endsWith(u"First 6 rows read: 4 accepted (1 lookup \u00b7 3 communications), 1 duplicate, 1 rejected. Each of "
                           "its 3 worksheets with records becomes a source of its own (\u201cIDS\u201d: 1 lookup; "
                           "\u201cCalls\u201d: 2 communications; \u201cCalls (2)\u201d: 1 communication)."_qs),
             qPrintable(text));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->item(2)->text(), u"return-sheets.xlsx:5: the worksheet \"IDS\": unreadable timestamp \"yesterday\""_qs);
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::worksheetsGoingOnAreReadWhenTheAnalystSaysSo()
{
    // The choice is offered only for a workbook with a worksheet that could go on from the
    // records before it; ticked, those worksheets are previewed and imported by their header.
    const QString casePath = m_dir.filePath(QStringLiteral("c.llcase"));
    ImportDialog plain({dataPath(QStringLiteral("carrier/cdr-sheets.xlsx"))}, casePath, QStringLiteral("US"));
    QSignalSpy plainReady(&plain, &ImportDialog::previewReady);
    QVERIFY(plainReady.wait(10000));
    QVERIFY(!plain.findChild<QCheckBox *>(QStringLiteral("continuedWorksheets"))->isVisibleTo(&plain));

    const QString file = dataPath(QStringLiteral("carrier/cdr-continued.xlsx"));
    ImportDialog dialog({file}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    auto *continued = dialog.findChild<QCheckBox *>(QStringLiteral("continuedWorksheets"));
    QVERIFY(continued->isVisibleTo(&dialog));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->rowCount(), 2);
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QVERIFY2(errors->item(0)->text().startsWith(u"cdr-continued.xlsx: the worksheet \"Sheet2\" (2 rows with values) was not "
                                                "imported: it has no header row"_qs),
             qPrintable(errors->item(0)->text()));
    continued->setChecked(true);
    QVERIFY(ready.wait(10000));
    QStringList storedAs;
    for (int row = 0; row < preview->rowCount(); ++row)
        storedAs.append(preview->index(row, 0).data().toString() + u' ' + preview->index(row, 10).data().toString());
    QCOMPARE(storedAs, (QStringList{u"Records \u203a 2 new event"_qs, u"Records \u203a 3 new event"_qs,
                                    u"Sheet2 \u203a 1 duplicate of line 3 of Records"_qs, u"Sheet2 \u203a 2 new event"_qs,
                                    u"Sheet3 \u203a 1 new event"_qs}));
    QVERIFY(continued->isVisibleTo(&dialog)); // to be unticked again
    QVERIFY(dialog.acceptIfValid());
    QVERIFY(dialog.params().perFile.value(file).readContinuedWorksheets);
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::timesWrittenAsSpreadsheetDaysAreDeclared()
{
    // An IDS log saved from a worksheet whose times were formatted as numbers: every row rejected,
    // the choice offered with the problem; chosen, the rows preview at their times, the format
    // still the IDS log's. Elsewhere the choice is hidden.
    const QString casePath = m_dir.filePath(QStringLiteral("t.llcase"));
    const QString file = TestSupport::writeFile(m_dir.filePath(QStringLiteral("serial-times.csv")),
                                                "Timestamp (UTC),Source Handle,Lookup Handle,Client IP\n"
                                                "42615.76533564815,+12025550143,+13125550147,198.51.100.14\n"
                                                "42615.7657523148,+12025550143,dana.reyes@example.com,198.51.100.14\n");
    ImportDialog dialog({file}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("timestampFormatBox"));
    QVERIFY(format->isVisibleTo(&dialog));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->item(errors->count() - 1)->text(),
             u"→ If the times are days since 1899-12-30, as a spreadsheet's date saved as a number, choose so under "
             "“Times written as” above."_qs);
    QVERIFY2(errors->item(0)->text().endsWith(u"declare the timestamp format \"excel\""_qs), qPrintable(errors->item(0)->text()));
    // The table empty, its caption says why: no row becomes an event.
    auto *caption = dialog.findChild<QLabel *>(QStringLiteral("previewCaption"));
    QCOMPARE(caption->text(), u"No row read so far becomes an event: each is rejected, its reason under “Problems found”."_qs);
    choose(format, u"excel"_qs);
    QVERIFY(ready.wait(10000));
    QCOMPARE(caption->text(), u"The first rows as they will be stored (nothing is written yet):"_qs);
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(0, 3).data().toString(), u"2016-09-02 18:22:05 UTC"_qs);
    QCOMPARE(preview->index(1, 3).data().toString(), u"2016-09-02 18:22:41 UTC"_qs);
    QCOMPARE(errors->count(), 0);
    QVERIFY(format->isVisibleTo(&dialog)); // to be set back
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().startsWith(
                 u"Apple IDS capability-query log: the header row at line 1 has \"Client IP\", \"Lookup Handle\", \"Source "
                 "Handle\", \"Timestamp (UTC)\". Zone: UTC. Times read as days since 1899-12-30, as a spreadsheet's date "
                 "saved as a number (declared). First 2 rows read"_qs),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text()));
    QCOMPARE(format->currentText(), u"Days since 1899-12-30, as a spreadsheet's date saved as a number (excel)"_qs);
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.params().perFile.value(file).timestampFormat, u"excel"_qs);

    ImportDialog plain({dataPath(QStringLiteral("ids/ids-sample.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy plainReady(&plain, &ImportDialog::previewReady);
    QVERIFY(plainReady.wait(10000));
    QVERIFY(!plain.findChild<QComboBox *>(QStringLiteral("timestampFormatBox"))->isVisibleTo(&plain));

    // Dropped with other files, the list says it waits: as set, it would import no record; nor
    // would a file whose every row is refused for another reason.
    const QString unreadable = TestSupport::writeFile(m_dir.filePath(QStringLiteral("unreadable-times.csv")),
                                                      "Timestamp (UTC),Source Handle,Lookup Handle,Client IP\n"
                                                      "yesterday,+12025550143,+13125550147,198.51.100.14\n");
    ImportDialog both({dataPath(QStringLiteral("ids/ids-sample.csv")), file, unreadable}, casePath, QStringLiteral("US"));
    choose(both.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QTRY_COMPARE_WITH_TIMEOUT(both.findChild<QLabel *>(QStringLiteral("readiness"))->text(),
                              u"Ready to import as set: 1 of 3 files. Not yet: “serial-times.csv” (waits for how its "
                              "times are written: days since 1899-12-30, as a spreadsheet's date saved as a number?); "
                              "“unreadable-times.csv” (every row read so far is rejected: see its problems)."_qs,
                              10000);
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::aSubscriberNamedNowhereIsDeclaredByTheAnalyst()
{
    // One subscriber's records naming no subscriber: the field to declare one is offered, with
    // the problem; declared, the records preview as that subscriber's. Elsewhere it is hidden.
    const QString casePath = m_dir.filePath(QStringLiteral("s.llcase"));
    QFile named(dataPath(QStringLiteral("carrier/cdr-sided-target-above.csv")));
    QVERIFY(named.open(QIODevice::ReadOnly));
    const QString file = m_dir.filePath(QStringLiteral("no-target.csv"));
    QFile unnamed(file);
    QVERIFY(unnamed.open(QIODevice::WriteOnly));
    unnamed.write(named.readAll().replace("Target Number:,(202) 555-0100\n", ""));
    unnamed.close();
    ImportDialog dialog({file}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *subscriber = dialog.findChild<QLineEdit *>(QStringLiteral("subscriberEdit"));
    QVERIFY(subscriber->isVisibleTo(&dialog));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QVERIFY2(errors->item(0)->text().contains(u"no line above it names the subscriber"_qs), qPrintable(errors->item(0)->text()));
    QCOMPARE(errors->item(1)->text(), u"→ Declare the subscriber of the records above."_qs);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    subscriber->setText(QStringLiteral("(202) 555-0100"));
    emit subscriber->editingFinished();
    QVERIFY(ready.wait(10000));
    QAbstractItemModel *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(0, 5).data().toString(), u"+12025550100"_qs); // the initiator of an outgoing call
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(u"declared by the analyst"_qs));
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.params().perFile.value(file).subscriber, u"(202) 555-0100"_qs);

    ImportDialog plain({dataPath(QStringLiteral("carrier/cdr-date-time.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy plainReady(&plain, &ImportDialog::previewReady);
    QVERIFY(plainReady.wait(10000));
    QVERIFY(!plain.findChild<QLineEdit *>(QStringLiteral("subscriberEdit"))->isVisibleTo(&plain));
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportDialog::eachFileKeepsItsOwnSettings()
{
    // A return's folder: an IDS log Apple wrote in UTC and a carrier's records in local time.
    // The zone chosen for one is never applied unseen to the other; the analyst may apply one
    // file's settings to all.
    const QString ids = dataPath(QStringLiteral("ids/ids-sample.csv"));
    const QString cdr = dataPath(QStringLiteral("carrier/cdr-date-time.csv"));
    const QString tabbed = dataPath(QStringLiteral("ids/ids-sample.tsv"));
    ImportDialog dialog({ids, cdr, tabbed}, m_dir.filePath(QStringLiteral("s.llcase")), QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *zone = dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox"));
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    auto *scope = dialog.findChild<QLabel *>(QStringLiteral("settingsScope"));
    QCOMPARE(scope->text(), u"The settings above: the same for all 3 files."_qs);
    choose(zone, QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(scope->text(), u"The settings above are set for each file: these are this file's."_qs);

    files->setCurrentIndex(1); // the carrier's records: not yet declared
    QVERIFY(ready.wait(10000));
    QCOMPARE(zone->zoneName(), QString());
    QVERIFY(dialog.previewResult().files.first().needsTimeZone);
    choose(zone, QStringLiteral("America/New_York"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewResult().files.first().timeZone, u"America/New_York"_qs);

    files->setCurrentIndex(0); // back to the IDS log: its own zone
    QVERIFY(ready.wait(10000));
    QCOMPARE(zone->zoneName(), u"UTC"_qs);
    QVERIFY(dialog.acceptIfValid());
    ImportParams params = dialog.params();
    QCOMPARE(params.perFile.value(ids).timeZone, u"UTC"_qs);
    QCOMPARE(params.perFile.value(cdr).timeZone, u"America/New_York"_qs);
    QCOMPARE(params.perFile.value(tabbed).timeZone, QString()); // never shown: nothing declared for it

    // Imported as set: each file read in its own zone; the one never set waits for its zone.
    const ImportResult result = ImportJob::run(params);
    QCOMPARE(result.files.size(), 3);
    QCOMPARE((QList<bool>{result.files[0].ok, result.files[1].ok, result.files[2].ok}), (QList<bool>{true, true, false}));
    QCOMPARE(result.files[0].timeZone, u"UTC"_qs);
    QCOMPARE(result.files[1].timeZone, u"America/New_York"_qs);
    QCOMPARE(result.files[1].preview.first().utcMs, QDateTime(QDate(2016, 9, 12), QTime(18, 3, 7), QTimeZone::utc()).toMSecsSinceEpoch());
    QVERIFY(result.files[2].needsTimeZone);

    // One file's settings for every file: the TSV then waits for nothing.
    files->setCurrentIndex(1);
    QVERIFY(ready.wait(10000));
    dialog.findChild<QPushButton *>(QStringLiteral("applyToEveryFile"))->click();
    QCOMPARE(scope->text(), u"The settings above: the same for all 3 files."_qs);
    files->setCurrentIndex(2);
    QVERIFY(ready.wait(10000));
    QCOMPARE(zone->zoneName(), u"America/New_York"_qs);
    QVERIFY(dialog.previewResult().files.first().ok);
    QVERIFY(dialog.acceptIfValid());
    params = dialog.params();
    for (const QString &file : {ids, cdr, tabbed})
        QCOMPARE(params.perFile.value(file).timeZone, u"America/New_York"_qs);
    // The numbers' region chosen for one file alone: the settings are no longer the same for all.
    choose(dialog.findChild<QComboBox *>(QStringLiteral("numberRegionBox")), u"DE"_qs);
    QVERIFY(ready.wait(10000));
    QCOMPARE(scope->text(), u"The settings above are set for each file: these are this file's."_qs);
}

void tst_ImportDialog::theListSaysWhichFilesAreReady()
{
    // A drop of several returns: each is read by its first rows as set, and the list says which
    // can be imported and which wait, without showing each. A WhatsApp return, checked whole
    // before its first record, is read after the others, and is known without being shown.
    const QString ids = dataPath(QStringLiteral("ids/ids-sample.csv"));
    const QString cdr = dataPath(QStringLiteral("carrier/cdr-date-time.csv"));
    const QString whatsapp = dataPath(QStringLiteral("whatsapp/return.zip"));
    ImportDialog dialog({ids, cdr, whatsapp}, m_dir.filePath(QStringLiteral("ready.llcase")), QStringLiteral("US"));
    auto *readiness = dialog.findChild<QLabel *>(QStringLiteral("readiness"));
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    QSignalSpy surveyed(&dialog, &ImportDialog::surveyReady);
    QVERIFY(surveyed.wait(10000)); // the quick files first
    QCOMPARE(readiness->text(),
             u"Ready to import as set: 0 of 3 files. Not yet: “ids-sample.csv”, "
             "“cdr-date-time.csv” (each: waits for its zone). Still being read: “return.zip”."_qs);
    QCOMPARE(TestSupport::shownText(files->itemData(2, Qt::ToolTipRole)), u"Still being read"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(readiness->text(),
                              u"Ready to import as set: 1 of 3 files. Not yet: “ids-sample.csv”, "
                              "“cdr-date-time.csv” (each: waits for its zone)."_qs,
                              10000);
    QCOMPARE(TestSupport::shownText(files->itemData(1, Qt::ToolTipRole)), u"waits for its zone"_qs);
    QVERIFY(!files->itemIcon(1).isNull());
    QCOMPARE(TestSupport::shownText(files->itemData(2, Qt::ToolTipRole)), u"Ready to import as set"_qs);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QTRY_COMPARE_WITH_TIMEOUT(readiness->text(),
                              u"Ready to import as set: 2 of 3 files. Not yet: “cdr-date-time.csv” (waits for its zone)."_qs,
                              10000);
    QCOMPARE(TestSupport::shownText(files->itemData(0, Qt::ToolTipRole)), u"Ready to import as set"_qs);
    dialog.findChild<QPushButton *>(QStringLiteral("applyToEveryFile"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(readiness->text(), u"Ready to import as set: 3 of 3 files."_qs, 10000);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ready.llcase"))));
}

void tst_ImportDialog::manyFilesWaitingAreNamedByWhatTheyWaitFor()
{
    // A folder of a file a day: the list names each reason once with the first few files it
    // holds back and how many more, so that thousands waiting for one choice are one line; each
    // file's own state stays in its entry's sign and tooltip.
    const QByteArray refused = "Timestamp (UTC),Source Handle,Lookup Handle,Client IP\n"
                               "yesterday,+12025550143,+13125550147,198.51.100.14\n";
    QStringList paths;
    for (int day = 1; day <= 6; ++day) {
        paths.append(m_dir.filePath(u"day-%1.csv"_qs.arg(day)));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("carrier/cdr-date-time.csv")), paths.last()));
    }
    for (int day = 1; day <= 2; ++day)
        paths.append(
            TestSupport::writeFile(m_dir.filePath(u"refused-%1.csv"_qs.arg(day)), refused));
    for (int copy = 1; copy <= 4; ++copy) {
        paths.append(m_dir.filePath(u"return-%1.zip"_qs.arg(copy)));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("whatsapp/return.zip")), paths.last()));
    }
    ImportDialog dialog(paths, m_dir.filePath(QStringLiteral("many.llcase")), QStringLiteral("US"));
    auto *readiness = dialog.findChild<QLabel *>(QStringLiteral("readiness"));
    QSignalSpy surveyed(&dialog, &ImportDialog::surveyReady);
    QVERIFY(surveyed.wait(10000));
    QCOMPARE(readiness->text(),
             u"Ready to import as set: 0 of 12 files. Not yet: “day-1.csv”, “day-2.csv”, "
             "“day-3.csv” and 3 more (each: waits for its zone); “refused-1.csv”, "
             "“refused-2.csv” (each: every row read so far is rejected: see its problems). "
             "Still being read: “return-1.zip”, “return-2.zip”, “return-3.zip” and 1 more."_qs);
    QTRY_COMPARE_WITH_TIMEOUT(
        readiness->text(),
        u"Ready to import as set: 4 of 12 files. Not yet: “day-1.csv”, “day-2.csv”, "
        "“day-3.csv” and 3 more (each: waits for its zone); “refused-1.csv”, "
        "“refused-2.csv” (each: every row read so far is rejected: see its problems)."_qs,
        20000);
    // The sentence takes the room of its lines at the width it is given, no more: a wrapped
    // label's own preference (its lines at a few hundred pixels) took six lines' room for two.
    dialog.resize(1100, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int lines =
        readiness->heightForWidth(readiness->width()) / readiness->fontMetrics().lineSpacing();
    QVERIFY2(lines >= 2 && lines < 6, qPrintable(QString::number(lines)));
    QTRY_COMPARE(readiness->height(), readiness->heightForWidth(readiness->width()));
    dialog.resize(700, 700);
    QTRY_COMPARE(readiness->height(), readiness->heightForWidth(readiness->width()));
    QVERIFY(readiness->height() / readiness->fontMetrics().lineSpacing() > lines);
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    QCOMPARE(TestSupport::shownText(files->itemData(5, Qt::ToolTipRole)), u"waits for its zone"_qs);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    dialog.findChild<QPushButton *>(QStringLiteral("applyToEveryFile"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        readiness->text(),
        u"Ready to import as set: 10 of 12 files. Not yet: “refused-1.csv”, “refused-2.csv” "
        "(each: every row read so far is rejected: see its problems)."_qs,
        20000);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("many.llcase"))));
}

void tst_ImportDialog::aFileLeftOutOnceReadIsNeitherReadyNorWaiting()
{
    // A ZIP's manifest is listed until read (a JSON file is judged by its content); read, it is
    // no table: named as left out, with an information sign and its reason, not ticked as ready.
    const QString zip = dataPath(QStringLiteral("json/return-with-manifest.zip"));
    const ImportFiles::Expanded expanded = ImportFiles::expand({zip});
    ImportDialog dialog(expanded.files, m_dir.filePath(QStringLiteral("left-out.llcase")), QStringLiteral("US"));
    dialog.setFound(expanded.found);
    auto *readiness = dialog.findChild<QLabel *>(QStringLiteral("readiness"));
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    QCOMPARE(files->count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(readiness->text(),
                              u"Ready to import as set: 0 of 2 files. Not yet: “return-with-manifest.zip › "
                              "return/search.json” (waits for its zone). Left out once read, holding no table: "
                              "“return-with-manifest.zip › return/manifest.json”."_qs,
                              10000);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    dialog.findChild<QPushButton *>(QStringLiteral("applyToEveryFile"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(readiness->text(),
                              u"Ready to import as set: 1 of 2 files. Left out once read, holding no table: "
                              "“return-with-manifest.zip › return/manifest.json”."_qs,
                              10000);
    QCOMPARE(TestSupport::shownText(files->itemData(0, Qt::ToolTipRole)),
             zip + u" › return/manifest.json: left out: a JSON file, but no table of records (an array of objects, "
                   "objects one after another, or an object holding an array of them)"_qs);
    QCOMPARE(files->itemIcon(0).pixmap(16).toImage(),
             files->style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16).toImage());
    QCOMPARE(TestSupport::shownText(files->itemData(1, Qt::ToolTipRole)), u"Ready to import as set"_qs);
}

void tst_ImportDialog::importWaitsForAFileThatCanBeImported()
{
    // Import is offered only where something could be imported as set: with its one file or
    // every file waiting (here for a zone), the import would only fail.
    const QString ids = dataPath(QStringLiteral("ids/ids-sample.csv"));
    const QString cdr = dataPath(QStringLiteral("carrier/cdr-date-time.csv"));
    {
        ImportDialog dialog({ids}, m_dir.filePath(QStringLiteral("one-waits.llcase")), QStringLiteral("US"));
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        QVERIFY(ready.wait(10000));
        QVERIFY(!import->isEnabled());
        QCOMPARE(TestSupport::shownText(import->toolTip()), u"This file cannot be imported as set: see the problems below."_qs);
        choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
        QVERIFY(ready.wait(10000));
        QVERIFY(import->isEnabled());
        QCOMPARE(TestSupport::shownText(import->toolTip()), QString());
    }
    ImportDialog dialog({ids, cdr}, m_dir.filePath(QStringLiteral("all-wait.llcase")), QStringLiteral("US"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QSignalSpy surveyed(&dialog, &ImportDialog::surveyReady);
    QVERIFY(surveyed.wait(10000));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("readiness"))->text(),
             u"Ready to import as set: 0 of 2 files. Not yet: “ids-sample.csv”, "
             "“cdr-date-time.csv” (each: waits for its zone)."_qs);
    QVERIFY(!import->isEnabled());
    QCOMPARE(TestSupport::shownText(import->toolTip()), u"None of the files can be imported as set: see the list above."_qs);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC")); // the shown file's
    QVERIFY(surveyed.wait(10000));
    QVERIFY(import->isEnabled());
    QCOMPARE(TestSupport::shownText(import->toolTip()), QString());
}

void tst_ImportDialog::aFilesMappingStaysWithIt()
{
    // A table no format knows, mapped, beside an IDS log: the mapping is the table's only, and
    // is there again when the table is shown again.
    const QString custom = dataPath(QStringLiteral("profile/custom-export.csv"));
    const QString ids = dataPath(QStringLiteral("ids/ids-sample.csv"));
    ImportDialog dialog({custom, ids}, m_dir.filePath(QStringLiteral("ms.llcase")), QStringLiteral("DE"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatBox"));
    choose(format, QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    mapCustomExport(dialog);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);

    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    files->setCurrentIndex(1);
    QVERIFY(ready.wait(10000));
    QCOMPARE(format->currentData().toString(), u"auto"_qs); // the log is recognised, as it was
    QVERIFY(dialog.previewResult().files.first().needsTimeZone);
    files->setCurrentIndex(0);
    QVERIFY(columns.wait(10000));
    QCOMPARE(format->currentData().toString(), u"__mapping__"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, 1).data().toString(), u"Communication"_qs, 10000);
    QCOMPARE(view->model()->index(0, 3).data().toString(), u"2016-04-03 08:00:00 UTC"_qs);
    QVERIFY(dialog.acceptIfValid());
    const ImportParams params = dialog.params();
    QVERIFY(params.perFile.value(custom).profile);
    QCOMPARE(params.perFile.value(custom).profile->evidenceClass, EvidenceClass::Communication);
    QVERIFY(!params.perFile.value(ids).profile);
    QCOMPARE(params.perFile.value(ids).format, u"auto"_qs);
}

void tst_ImportDialog::aFileWithoutAHeaderRowIsMappedByNumber()
{
    const QString file = dataPath(QStringLiteral("profile/headerless-calls.csv"));
    ImportDialog dialog({file}, m_dir.filePath(QStringLiteral("n.llcase")), QStringLiteral("DE"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    auto *timestamp = dialog.findChild<QComboBox *>(QStringLiteral("mapping_timestamp"));
    QCOMPARE(timestamp->itemText(2), u"2016-04-03 09:45:00"_qs); // the fullest row's cells, taken for a header
    dialog.findChild<QCheckBox *>(QStringLiteral("mappingByPosition"))->setChecked(true);
    // Numbered, each with what the fullest row holds there, to tell them apart.
    QCOMPARE(timestamp->count(), 8);
    QCOMPARE(timestamp->itemText(2), u"Column 2: 2016-04-03 09:45:00"_qs);
    QCOMPARE(timestamp->itemText(7), u"Column 7: stray"_qs);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mappingClass")), QStringLiteral("communication"));
    dialog.findChild<QLineEdit *>(QStringLiteral("mappingSubtype"))->setText(QStringLiteral("call"));
    choose(timestamp, 1);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_initiator")), 2);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_counterpart")), 3);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_duration")), 4);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("Europe/Berlin"));
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 10000);
    QCOMPARE(view->model()->index(0, 3).data().toString(), u"2016-04-03 06:00:00 UTC"_qs);
    QCOMPARE(view->model()->index(0, 5).data().toString(), u"+4915112345678"_qs);
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 2);
    QVERIFY2(errors->item(0)->text().endsWith(u":1: 3 fields where the file's rows have 6 (a missing field?)"_qs),
             qPrintable(errors->item(0)->text()));

    QVERIFY(dialog.acceptIfValid());
    const auto profile = dialog.params().perFile.value(file).profile;
    QVERIFY(profile && profile->byPosition);
    QCOMPARE(profile->position(Field::Timestamp), 1);
    QCOMPARE(profile->position(Field::Duration), 4);

    // Shown again (its zone asked for, say): numbered as it was.
    ImportDialog again({file}, m_dir.filePath(QStringLiteral("n.llcase")), QStringLiteral("DE"));
    again.setSettings(dialog.params().perFile);
    QSignalSpy againColumns(&again, &ImportDialog::mappingColumnsReady);
    QVERIFY(againColumns.wait(10000));
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("mappingByPosition"))->isChecked());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("mapping_counterpart"))->currentText(), u"Column 4: +49 151 12345678"_qs);
}

void tst_ImportDialog::everyControlOfTheDialogHasAName()
{
    // As in the window: a screen reader says what each control chooses ("Zone of unmarked times",
    // "Client IP"), not only its choice ("Not declared", "(not in this file)") — the mapping's
    // many column boxes most of all.
    const QString casePath = m_dir.filePath(QStringLiteral("named.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("profile/custom-export.csv"))}, casePath, QStringLiteral("DE"));
    dialog.show();
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000));
    QSet<const QWidget *> seen;
    const QStringList unnamed = TestSupport::unnamedControls(dialog, &seen);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_qs)));
    QVERIFY(seen.size() > 20);
    const auto nameOf = [&](const QString &objectName) { return dialog.findChild<QWidget *>(objectName)->accessibleName(); };
    QCOMPARE(nameOf(u"zoneBox"_qs), u"Zone of unmarked times"_qs);
    QCOMPARE(nameOf(u"mapping_client_ip"_qs), u"Client IP"_qs);
    QCOMPARE(nameOf(u"mappingClass"_qs), u"Evidence class"_qs);
    // On Linux a combo box's name is its choice, and its label is told apart (AT-SPI's "labelled
    // by"): the form's label is the box's.
    const auto labels = QAccessible::queryAccessibleInterface(dialog.findChild<QWidget *>(u"zoneBox"_qs))->relations(QAccessible::Label);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().first->text(QAccessible::Name), u"Zone of unmarked times:"_qs);
}

void tst_ImportDialog::mappingBuildsPreviewsSavesAndLoadsAProfile()
{
    const QString casePath = m_dir.filePath(QStringLiteral("m.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("profile/custom-export.csv"))}, casePath, QStringLiteral("DE"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QVERIFY(errors->item(0)->text().endsWith(u"; the file needs a column mapping"_qs));
    QVERIFY(errors->item(1)->text().startsWith(u"→ Choose “Column mapping (profile)…” as the format"_qs));
    auto *caption = dialog.findChild<QLabel *>(QStringLiteral("previewCaption"));
    QVERIFY(caption->text().startsWith(u"The file's first rows as written"_qs)); // to map the columns by
    QVERIFY(dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model()->rowCount() > 0);

    QSignalSpy columns(&dialog, &ImportDialog::mappingColumnsReady);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    QVERIFY(columns.wait(10000)); // the header is read off the GUI thread
    // Without a class there is no preview, and no silent default; the lines are shown to map by.
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(QStringLiteral("no default")));
    // Nor an Import button that does nothing when clicked: it waits, its tooltip saying for what.
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!importButton->isEnabled());
    QCOMPARE(TestSupport::shownText(importButton->toolTip()), dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text());
    QAbstractItemModel *shown = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QVERIFY(caption->text().startsWith(u"The file's first rows as written"_qs));
    QCOMPARE(shown->index(0, 0).data().toString(), u"1"_qs);
    QCOMPARE(shown->index(0, 11).data().toString(), u"Zeitpunkt;Von;An;Art;Notiz"_qs);
    // The columns of what a row becomes stand empty: hidden, the lines have the width.
    auto *previewView = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    for (int column = 1; column < 11; ++column)
        QVERIFY(previewView->isColumnHidden(column));
    QVERIFY(!previewView->isColumnHidden(0) && !previewView->isColumnHidden(11));
    mapCustomExport(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model()->rowCount(), 2, 10000);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("2016-04-03 08:00:00 UTC"));
    QCOMPARE(view->model()->index(0, 5).data().toString(), QStringLiteral("+4915112345678"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Communication"));
    QVERIFY(importButton->isEnabled());
    for (int column = 1; column < 11; ++column)
        QVERIFY(!view->isColumnHidden(column));

    // The duration's unit, as a cover letter may give it: kept in the profile.
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("mappingDurationUnit"));
    QCOMPARE(unit->currentData().toString(), QString());
    choose(unit, u"minutes"_qs);
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ReadSettings settings = dialog.params().perFile.value(dataPath(QStringLiteral("profile/custom-export.csv")));
    QVERIFY(settings.profile);
    QCOMPARE(settings.profile->durationUnit, std::optional<DurationUnit>(DurationUnit::Minutes));
    QCOMPARE(settings.profile->evidenceClass, EvidenceClass::Communication);
    QCOMPARE(settings.profile->dateOrder, DateOrder::DayFirst);
    QCOMPARE(TimeFormat::zoneLabel(*settings.profile->zone), QStringLiteral("Europe/Berlin"));
    const QString saved = m_dir.filePath(QStringLiteral("dialog-profile.json"));
    QString error;
    QVERIFY(settings.profile->saveProfile(saved, &error));
    const auto loaded = TableFormat::loadProfile(saved, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->synonyms.value(Field::Timestamp), QStringList{u"zeitpunkt"_qs});
    QCOMPARE(loaded->durationUnit, std::optional<DurationUnit>(DurationUnit::Minutes));
}

void tst_ImportDialog::aFilesNameIsShownAsWrittenWhileItIsImported()
{
    // "<i>calls.csv" looked like markup to the progress line: shown as "ab.csv", "b" in bold.
    ImportProgressWidget widget;
    auto *label = widget.findChild<QLabel *>();
    ImportProgress progress;
    progress.file = u"/returns/<i>calls.csv"_qs;
    progress.fileCount = 1;
    progress.rows = 1200;
    widget.showProgress(progress);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY2(label->text().startsWith(u"Importing <i>calls.csv (1 of 1): 1,200 rows"_qs),
             qPrintable(label->text()));
}

void tst_ImportDialog::aCancelPressedSaysTheImportIsUndone()
{
    // Pressed while indexes are built, the line kept saying so and the button stayed pressable
    // until the rollback ended; a report already on its way showed the import going on again.
    ImportProgressWidget widget;
    QSignalSpy cancelled(&widget, &ImportProgressWidget::cancelRequested);
    auto *button = widget.findChild<QPushButton *>();
    auto *label = widget.findChild<QLabel *>();
    ImportProgress progress;
    progress.stage = ImportProgress::Stage::Finishing;
    progress.rows = 1500;
    widget.showProgress(progress);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!button->isEnabled());
    QCOMPARE(label->text(), u"Cancelling the import; the case is left as it was…"_qs);
    QCOMPARE(widget.findChild<QProgressBar *>()->maximum(), 0);
    widget.showProgress(progress); // posted before the cancel was seen
    QCOMPARE(label->text(), u"Cancelling the import; the case is left as it was…"_qs);
    QVERIFY(!button->isEnabled());
    // The next import shows its progress again.
    widget.reset();
    widget.showProgress(progress);
    QVERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(u"Building indexes"_qs), qPrintable(label->text()));
}

void tst_ImportDialog::progressBarIsBusyWhileIndexesAreBuilt()
{
    const QLocale before;
    QLocale::setDefault(QLocale::c()); // digits ungrouped, whatever a test before chose
    ImportProgressWidget widget;
    auto *bar = widget.findChild<QProgressBar *>();
    auto *label = widget.findChild<QLabel *>();
    ImportProgress progress;
    progress.fileCount = 2;
    progress.fileIndex = 1;
    progress.fileFraction = 0.5;
    progress.file = QStringLiteral("/x/ids.csv");
    progress.rows = 1500;
    progress.rowsPerSecond = 300;
    progress.secondsLeft = 2;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 1000);
    QCOMPARE(bar->value(), 750);
    QCOMPARE(label->text(), QStringLiteral("Importing ids.csv (2 of 2): 1500 rows, 300 rows/s, about 2 s left"));
    // Index sorts and the commit report no fraction: a busy bar, not one stuck at some value.
    progress.stage = ImportProgress::Stage::Finishing;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 0);
    QCOMPARE(label->text(), QStringLiteral("Building indexes and saving 1500 rows…"));
    // Counts are grouped as the analyst's locale writes them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    progress.rows = 688128;
    progress.rowsPerSecond = 265072;
    widget.showProgress(progress);
    QCOMPARE(label->text(), QStringLiteral("Building indexes and saving 688,128 rows…"));
    progress.stage = ImportProgress::Stage::Reading;
    widget.showProgress(progress);
    QCOMPARE(label->text(), QStringLiteral("Importing ids.csv (2 of 2): 688,128 rows, 265,072 rows/s, about 2 s left"));
    QLocale::setDefault(before);
    // Nor while a PDF's pages are laid out: its rows are read from the file's start after.
    progress.stage = ImportProgress::Stage::Preparing;
    progress.file = QStringLiteral("/x/calls.pdf");
    progress.fileFraction = 0.25;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 0);
    QCOMPARE(label->text(), QStringLiteral("Laying out the pages of calls.pdf (2 of 2): 25 %…"));
    // Nor while a WhatsApp return's pages are checked in its ZIPs before the first is read.
    progress.stage = ImportProgress::Stage::Checking;
    progress.file = QStringLiteral("/x/return.zip");
    progress.fileFraction = 0.4;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 0);
    QCOMPARE(label->text(), QStringLiteral("Checking the deliveries in return.zip (2 of 2): 40 %…"));
    // Nor while another program's import holds the case.
    progress.stage = ImportProgress::Stage::Waiting;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 0);
    QCOMPARE(label->text(), QStringLiteral("Waiting for another program to finish its import into this case…"));
    // Or while this window's own work holds it: said so, not "another program".
    progress.waitingFor = CaseWriters::Work::Geolocation;
    widget.showProgress(progress);
    QCOMPARE(label->text(), QStringLiteral("Waiting for this window's geolocation of the case's IPs to finish…"));
    progress.waitingFor = CaseWriters::Work::RawTextIndex;
    widget.showProgress(progress);
    QCOMPARE(label->text(), QStringLiteral("Waiting for this window's indexing of the records' text to let it in…"));
    progress.waitingFor = CaseWriters::Work::Import;
    widget.showProgress(progress);
    QCOMPARE(label->text(), QStringLiteral("Waiting for this window's other import into this case to finish…"));
    progress.waitingFor.reset();
    // Nor while a file read whole is compared with the case's other sources.
    progress.stage = ImportProgress::Stage::Comparing;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 0);
    QCOMPARE(label->text(), QStringLiteral("Comparing the records of return.zip (2 of 2) with the case's other sources…"));
    // Nor while the case is opened, before the first file.
    progress.stage = ImportProgress::Stage::Opening;
    widget.showProgress(progress);
    QCOMPARE(bar->maximum(), 0);
    QCOMPARE(label->text(), QStringLiteral("Opening the case…"));
    widget.reset();
    QCOMPARE(bar->maximum(), 1000);
    QCOMPARE(bar->value(), 0);
}

void tst_ImportDialog::fileDialogLeavesAnOpenCasesLocksAlone()
{
    // Listing a folder must not open the files in it: closing any descriptor of an open case
    // drops this process's SQLite locks, and another process could then take the case over.
    const QString folder = m_dir.filePath(QStringLiteral("listed"));
    QVERIFY(QDir().mkpath(folder));
    const QString casePath = folder + QStringLiteral("/open.llcase");
    QString error;
    const auto db = CaseDatabase::create(casePath, QStringLiteral("US"), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QFileInfo::exists(casePath + QStringLiteral("-shm")));
    QFileDialog dialog;
    showDetails(dialog, folder);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(model->index(folder)), 3); // the case, its -wal and its -shm
    QTest::qWait(1500); // the model types and draws its files on a helper thread
    // Another process can take the case for itself only if this one has lost its locks.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {casePath, QStringLiteral("PRAGMA journal_mode = DELETE;")});
    QVERIFY(sqlite.waitForFinished(30000));
    QVERIFY2(!sqlite.readAllStandardOutput().contains("delete"), "another process switched the open case out of WAL");
    QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void tst_ImportDialog::theFileDialogsShowAFilesSizeAndTypeWhole()
{
    // At Qt's own sizes the details list showed "155…tes" and "CSV…ent" for a return's CSV.
    const QString folder = m_dir.filePath(QStringLiteral("detailed"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(dataPath(u"profile/custom-export.csv"_qs), folder + u"/custom-export.csv"_qs));
    // The sizes Qt gives depend on the screen's font: a large one, as on a desktop set for reading.
    const QFont font = QApplication::font();
    QFont large = font;
    large.setPointSizeF(font.pointSizeF() * 1.6);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&font]() { QApplication::setFont(font); });
    QFileDialog dialog;
    showDetails(dialog, folder);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    QVERIFY(details);
    QTRY_COMPARE(details->model()->rowCount(details->rootIndex()), 1);
    const QModelIndex file = details->model()->index(0, 0, details->rootIndex());
    for (int column : {1, 2}) {
        const QModelIndex cell = file.siblingAtColumn(column);
        const QString shown = cell.data().toString();
        QVERIFY(!shown.isEmpty());
        // The text, with the view's margins on either side, fits the column as drawn.
        const int margins = 2 * details->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
        const int needed = details->fontMetrics().horizontalAdvance(shown) + margins;
        QVERIFY2(details->visualRect(cell).width() >= needed,
                 qPrintable(u"%1: %2 px for %3"_qs.arg(shown).arg(details->visualRect(cell).width()).arg(needed)));
    }
}

void tst_ImportDialog::exportsNeverOverwriteACase()
{
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral("a.llcase"), QStringLiteral("a.llcase-wal"), QStringLiteral("a.png")}) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(FileDialogs::isExistingCaseFile(folder + QStringLiteral("/a.llcase")));
    QVERIFY(FileDialogs::isExistingCaseFile(folder + QStringLiteral("/a.llcase-wal")));
    QVERIFY(!FileDialogs::isExistingCaseFile(folder + QStringLiteral("/a.png")));
    QVERIFY(!FileDialogs::isExistingCaseFile(folder + QStringLiteral("/new.llcase"))); // a new case may go there
    QVERIFY(!FileDialogs::isExistingCaseFile(QString()));
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"

void tst_ImportDialog::aZipEncryptedWithAPasswordIsOpenedWithIt()
{
    // A return zipped with a password: the dialog asks for it (typed hidden); a wrong one is
    // said so; the right one lists the ZIP's tables in its place, previewed and imported with it.
    const QString zip = dataPath(u"carrier/return-password.zip"_qs);
    ImportDialog dialog({zip}, m_dir.filePath(u"password.llcase"_qs), u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(password->parentWidget()->isVisibleTo(&dialog));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QVERIFY(errors->item(0)->text().contains(u"is encrypted with a password: give the password the return was sent with"_qs));
    QCOMPARE(errors->item(1)->text(), u"\u2192 Type the password above, and press Open."_qs);

    // Return opens the ZIP with the password typed; it does not also press Import.
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    password->setText(u"wrong"_qs);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(ready.wait(10000));
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(errors->item(0)->text().endsWith(u"the password given does not open the ZIP entry \"LOG/calls.csv\""_qs),
             qPrintable(errors->item(0)->text()));

    password->setText(u"s3cret"_qs);
    dialog.findChild<QPushButton *>(QStringLiteral("openWithPassword"))->click();
    QVERIFY(ready.wait(10000));
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    QCOMPARE(files->currentData().toString(), zip + u" \u203A LOG/calls.csv"_qs);
    QCOMPARE(dialog.previewResult().files.value(0).accepted, 1);
    QVERIFY(dialog.acceptIfValid()); // its header gives the zone (UTC)
    QCOMPARE(dialog.params().files, QStringList{zip + u" \u203A LOG/calls.csv"_qs});
    QCOMPARE(dialog.params().passwords, (QStringList{u"wrong"_qs, u"s3cret"_qs}));
}

void tst_ImportDialog::eachPasswordTypedIsKeptForTheImport()
{
    // A return zipped in one password holding a PDF and a workbook in passwords of their own:
    // each password typed is added to those given (not put in place of the last), the dialog
    // says how many, and forgets them when asked.
    const QString zip = dataPath(u"xlsx/return-three-passwords.zip"_qs);
    ImportDialog dialog({zip}, m_dir.filePath(u"three.llcase"_qs), u"US"_qs);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("passwordNote"));
    auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetPasswords"));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QVERIFY(!forget->isVisibleTo(&dialog));
    QCOMPARE(password->placeholderText(), u"the password the return was sent with"_qs);

    password->setText(u"0utside"_qs);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(ready.wait(10000));
    auto *files = dialog.findChild<QComboBox *>(QStringLiteral("fileBox"));
    QCOMPARE(files->count(), 2);
    QCOMPARE(files->currentData().toString(), zip + u" \u203A LOG/cdr-sided-locked.pdf"_qs);
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->placeholderText(), u"another password, if a file needs its own"_qs);
    QCOMPARE(note->text(), u"1 password given, each tried on every encrypted file of this import; not kept in the case or "
                           "anywhere else."_qs);
    QVERIFY(forget->isVisibleTo(&dialog));
    QVERIFY2(errors->item(0)->text().endsWith(u"the password given does not open the PDF"_qs), qPrintable(errors->item(0)->text()));

    password->setText(u"secret"_qs);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(ready.wait(10000));
    QVERIFY(!dialog.previewResult().files.value(0).needsPassword);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewResult().files.value(0).accepted, 12);
    files->setCurrentIndex(1);
    QVERIFY(ready.wait(10000));
    QVERIFY2(errors->item(0)->text().endsWith(u"none of the 2 passwords given opens the encrypted workbook"_qs),
             qPrintable(errors->item(0)->text()));
    password->setText(u"s3cret"_qs);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(ready.wait(10000));
    QVERIFY(!dialog.previewResult().files.value(0).needsPassword);
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("UTC"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewResult().files.value(0).accepted, 6);
    QCOMPARE(note->text(), u"3 passwords given, each tried on every encrypted file of this import; not kept in the case or "
                           "anywhere else."_qs);
    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.params().passwords, (QStringList{u"0utside"_qs, u"secret"_qs, u"s3cret"_qs}));

    // Forgotten: none tried, the workbook's own asked for again.
    forget->click();
    QVERIFY(ready.wait(10000));
    QVERIFY(!forget->isVisibleTo(&dialog));
    QVERIFY(dialog.previewResult().files.value(0).needsPassword);
    QVERIFY(dialog.acceptIfValid());
    QVERIFY(dialog.params().passwords.isEmpty());
}
