#include "apptranslations.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "casesession.h"
#include "countcaveatdelegate.h"
#include "crossreferencemodel.h"
#include "crossreferencepanel.h"
#include "democase.h"
#include "displayzonechoice.h"
#include "duplicaterowmodel.h"
#include "elidedlabel.h"
#include "eventfilterbar.h"
#include "eventtablemodel.h"
#include "explorerwiring.h"
#include "geowiring.h"
#include "handlesview.h"
#include "handletablemodel.h"
#include "heldpool.h"
#include "importactions.h"
#include "importjob.h"
#include "instantedit.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "middleelidedcombobox.h"
#include "patternsview.h"
#include "provenancepanel.h"
#include "sourcelistmodel.h"
#include "sourcespanel.h"
#include "tabletext.h"
#include "testsupport.h"
#include "timeformat.h"
#include "timelineseries.h"
#include "timelineview.h"
#include "timelinewiring.h"
#include "timestampparser.h"
#include "widgettestsupport.h"
#include "zonerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTranslator>

class tst_Explorer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingAHandleSelectsItEverywhere();
    void theHandleChosenIsTheOneHighlighted();
    void theHandleListIsCountedOffTheGuiThread();
    void filterChangesTheCounts();
    void aSubtypeIsLookedForAsTheCaseHasIt();
    void provenanceOfAKnownEvent();
    void provenanceLeadsToTheSourcesDescriptions();
    void provenanceIsTheHighlightedEvents();
    void provenanceNamesTheWorksheetRead();
    void provenanceSaysARowIsHiddenInItsSheet();
    void provenanceSaysWhichColumnsTheSheetHides();
    void provenanceSaysWhichCellsTheirFormatShowsBlank();
    void provenanceSaysWhichCellsHoldAFormula();
    void aWhatsAppCallsEventsAreShownALineEach();
    void theSubscriberNamedAboveTheHeaderIsLabelledSo();
    void provenanceSaysWhatADateSerialIs();
    void provenanceSaysWhereAPagesRowStandsInItsText();
    void provenanceSaysHowThePartWasRead_data();
    void provenanceSaysHowThePartWasRead();
    void provenanceShowsAMarkNoOneSeesInASpelling();
    void provenanceSaysAWithheldNumberIsNoOneParty();
    void provenanceSaysAMaskedPartyIsNoOneParty();
    void crossReferenceSaysWhyAMaskHasNoGap();
    void provenanceWrapsARecordWrittenOnOneLine();
    void provenanceNamesTheEncodingOfATextLine();
    void provenanceNamesAReferenceNamingNoCharacter();
    void provenanceSaysATimeWasReadInTheRepeatedHour();
    void provenanceSaysAnOffsetWrittenWasCheckedByTheZonesRules();
    void provenanceGivesTheFileAndThePartReadTheirOwnHash();
    void provenanceSaysWhichWayADateOfEitherWayWasRead();
    void aZoneEarlierVersionsMisreadIsSaidToBeOne();
    void doubleClickOnAHandleInTheEventsSelectsIt();
    void anEventsMenuLeadsToItsPairSourceAndPlace();
    void aCrossReferencesMenuListsThePairAndShowsASource();
    void aTimelinesMenusLeadToThePairAndTheAddress();
    void aCountClickedListsTheEventsItCounts();
    void aCountWhoseRecordsStandElsewhereTooIsMarked();
    void aCountOfAFileNotReadWholeIsMarked();
    void aSourcesFiguresLeadToTheirRows();
    void aFilesSourcesAreChosenTogether();
    void aSourcesDuplicatesAreListedWhenAsked();
    void aSourceThatStoredNothingSaysWhy();
    void aFileImportedAgainIsToldApartWhereverItIsNamed();
    void theHatchingBetweenReturnsLeadsToTheSourceItFollows();
    void aChartsFigureLimitsTheTableToItsEvents();
    void anImportAddsItsSourceAndKeepsTheFilter();
    void anImportKeepsTheSourceChosen();
    void aFileReadInsideAReturnLeavesTheCountsInSight();
    void timelineFollowsTheSelectedHandle();
    void aTimeRangeKeepsItsInstantsWhateverTheZone();
    void theCountsOfBothClassesStandBesideTheHandle();
    void aLongAddressLeavesTheCountsInSight();
    void aTimeRangeSurvivesAChangeOfDisplayZone();
    void aFixedOffsetIsTheDisplayZoneStillWhenTheCaseOpensAgain();

private:
    QString counts() const { return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("countsLabel"))->text(); }
    /// @brief @p file imported (its zone declared UTC) into a new case @p name, opened to read.
    std::unique_ptr<CaseDatabase> importedCase(const QString &name, const QString &file,
                                               const QString &zone = QStringLiteral("UTC"));
    /// @brief @p files (of tests/data) imported, their zone declared UTC, into a new case
    /// @p name, opened in the window.
    bool openedWith(const QString &name, const QStringList &files);
    QTableView *events() const { return m_window->findChild<QTableView *>(QStringLiteral("eventsView")); }
    /// The event highlighted in the events table, or 0.
    qint64 highlightedEvent() const
    {
        return events()
            ->selectionModel()
            ->selectedRows()
            .value(0)
            .data(ItemRoles::EventIdRole)
            .toLongLong();
    }
    /// @brief The source highlighted in Sources where its description is the tab shown; else none.
    std::optional<qint64> describedSource() const;
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Explorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    AppTranslations::install(*QCoreApplication::instance());
    m_demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(m_demo, &error), qPrintable(error));
}

void tst_Explorer::cleanup()
{
    DisplayZoneChoice::backToUtc(m_window.get());
}

void tst_Explorer::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openCase(m_demo));
    QTRY_VERIFY(!m_window->session()->handles()->isLoading());
}

void tst_Explorer::selectingAHandleSelectsItEverywhere()
{
    const qint64 bea = *m_window->session()->resolveHandle(QStringLiteral("(312) 555-0147"));
    auto *handles = m_window->findChild<HandlesView *>();
    const int row = m_window->session()->handles()->rowOfHandle(bea);
    QVERIFY(row >= 0);
    // The user clicks the handle in the list.
    QTableView *table = handles->table();
    QModelIndex index;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(ItemRoles::HandleIdRole).toLongLong() == bea)
            index = table->model()->index(r, 0);
    }
    table->setCurrentIndex(index);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filterHandle"))->text(), QStringLiteral("+13125550147"));
    QCOMPARE(m_window->session()->events()->filter().handleId.value(), bea);
    QCOMPARE(m_window->wiring()->selectedHandle().value(), bea);
    QCOMPARE(events()->model()->rowCount(), 11);
    QCOMPARE(counts(), QStringLiteral("Shown by the filters: 5 lookups · 6 communications · 0 connections — times in UTC"));
    // The cross-reference starts from the same handle.
    auto *second = m_window->findChild<QComboBox *>(QStringLiteral("crossSecond"));
    second->setCurrentIndex(second->findData(*m_window->session()->resolveHandle(QStringLiteral("+12025550143"))));
    QCOMPARE(m_window->session()->crossReference()->rowCount(), 11);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("crossNoOneParty"))->isHidden()); // two numbers
    // A row of it, clicked, shows its event's source line.
    auto *cross = m_window->findChild<QTableView *>(QStringLiteral("crossTable"));
    const QModelIndex last = cross->model()->index(10, 0);
    QTest::mouseClick(cross->viewport(), Qt::LeftButton, {}, cross->visualRect(last).center());
    const auto provenance = CaseQueries(m_window->session()->database().db()).provenance(last.data(ItemRoles::EventIdRole).toLongLong());
    QVERIFY(provenance);
    const QString shown = m_window->findChild<ProvenancePanel *>()->plainText();
    QVERIFY2(shown.contains(provenance->event.raw), qPrintable(shown));
    // A lookup's gap leads to the communication it runs to: that row, and its source line.
    const QModelIndex gap = cross->model()->index(0, CrossReferenceModel::GapColumn);
    QVERIFY(gap.data().toString().endsWith(QStringLiteral("later")));
    QTest::mouseClick(cross->viewport(), Qt::LeftButton, {}, cross->visualRect(gap).center());
    QCOMPARE(cross->currentIndex().row(), 1);
    const auto call = CaseQueries(m_window->session()->database().db()).provenance(cross->model()->index(1, 0).data(ItemRoles::EventIdRole).toLongLong());
    QCOMPARE(call->event.evidenceClass, QStringLiteral("communication"));
    QVERIFY2(m_window->findChild<ProvenancePanel *>()->plainText().contains(call->event.raw), qPrintable(call->event.raw));
}

void tst_Explorer::theHandleChosenIsTheOneHighlighted()
{
    // Ctrl with an arrow key moves the current row without highlighting it: the filter, the
    // cross-reference and the graph followed that row while the list highlighted another.
    QTableView *table = m_window->findChild<HandlesView *>()->table();
    const auto idAt = [table](int row) { return table->model()->index(row, 0).data(ItemRoles::HandleIdRole).toLongLong(); };
    const auto chosen = [this]() { return m_window->session()->events()->filter().handleId; };
    const auto highlighted = [table]() {
        QList<int> rows;
        for (const QModelIndex &index : table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    QCOMPARE(chosen(), idAt(0));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(highlighted(), QList<int>{0});
    QCOMPARE(chosen(), idAt(0));
    QCOMPARE(m_window->wiring()->selectedHandle(), idAt(0));
    // Highlighted too (Ctrl+Space): it is the handle chosen, both go to the timeline.
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(highlighted(), (QList<int>{0, 1}));
    QCOMPARE(chosen(), idAt(1));
    QCOMPARE(m_window->wiring()->selectedHandle(), idAt(1));
    // Unhighlighted again: the one still highlighted is chosen.
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(highlighted(), QList<int>{0});
    QCOMPARE(chosen(), idAt(0));
    // A Ctrl-click adds a handle and chooses it, the others staying highlighted.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(table->model()->index(2, 0)).center());
    QCOMPARE(highlighted(), (QList<int>{0, 2}));
    QCOMPARE(chosen(), idAt(2));
    // A plain arrow key moves both, as before.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(highlighted(), QList<int>{3});
    QCOMPARE(chosen(), idAt(3));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filterHandle"))->text(),
             table->model()->index(3, 0).data().toString());
}

void tst_Explorer::theHandleListIsCountedOffTheGuiThread()
{
    // With every background thread held, the case opens and the handle list waits, saying so;
    // a handle chosen meanwhile (in the events table, say) is selected once the list is in.
    HeldPool held;
    QVERIFY(m_window->openCase(m_demo));
    HandleTableModel *handles = m_window->session()->handles();
    auto *loading = m_window->findChild<QLabel *>(QStringLiteral("handlesLoading"));
    QVERIFY(handles->isLoading());
    QCOMPARE(handles->rowCount(), 0);
    QVERIFY(loading->isVisible());
    const qint64 bea = *m_window->session()->resolveHandle(QStringLiteral("(312) 555-0147"));
    m_window->wiring()->selectHandle(bea);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filterHandle"))->text(), QStringLiteral("+13125550147"));
    QCOMPARE(counts(), QStringLiteral("Shown by the filters: 5 lookups · 6 communications · 0 connections — times in UTC"));
    held.release();
    QTRY_VERIFY(!handles->isLoading());
    QVERIFY(!loading->isVisible());
    QCOMPARE(handles->rowCount(), 8);
    QTableView *table = m_window->findChild<HandlesView *>()->table();
    QCOMPARE(table->currentIndex().data(ItemRoles::HandleIdRole).toLongLong(), bea);
    // The cross-reference offers the other seven handles against the selected one.
    auto *second = m_window->findChild<QComboBox *>(QStringLiteral("crossSecond"));
    QVERIFY(second->findData(*m_window->session()->resolveHandle(QStringLiteral("+12025550143"))) >= 0);
}

void tst_Explorer::filterChangesTheCounts()
{
    auto *classBox = m_window->findChild<QComboBox *>(QStringLiteral("filterClass"));
    classBox->setCurrentIndex(classBox->findData(QStringLiteral("communication")));
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 10 communications · 0 connections — times in UTC"));
    QCOMPARE(events()->model()->rowCount(), 10);
    m_window->findChild<QLineEdit *>(QStringLiteral("filterIp"))->setText(QStringLiteral("81.2.69.142"));
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 0 communications · 0 connections — times in UTC"));
    classBox->setCurrentIndex(0);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 3 lookups · 0 communications · 0 connections — times in UTC"));
    // Filters that can match nothing say why beside the zero: a handle that is none of the case's,
    // a time window that ends before it begins.
    auto *handle = m_window->findChild<QLineEdit *>(QStringLiteral("filterHandle"));
    handle->setText(QStringLiteral("no such handle"));
    QTRY_COMPARE(
        counts(),
        QStringLiteral(
            "Shown by the filters: 0 lookups · 0 communications · 0 connections — no handle "
            "\"no such handle\" in the case — times in UTC"));
    handle->setText(QStringLiteral("(312) 555-0147")); // a spelling of one of the case's: no reason
    QTRY_COMPARE(
        counts(),
        QStringLiteral(
            "Shown by the filters: 1 lookup · 0 communications · 0 connections — times in UTC"));
    m_window->findChild<QLineEdit *>(QStringLiteral("filterOther"))
        ->setText(QStringLiteral("+19995550100"));
    QTRY_COMPARE(
        counts(),
        QStringLiteral(
            "Shown by the filters: 0 lookups · 0 communications · 0 connections — no handle "
            "\"+19995550100\" in the case — times in UTC"));
    m_window->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    m_window->findChild<QLineEdit *>(QStringLiteral("filterIp"))
        ->setText(QStringLiteral("198.51.100.41"));
    QTRY_COMPARE(
        counts(),
        QStringLiteral(
            "Shown by the filters: 0 lookups · 0 communications · 0 connections — no client "
            "IP \"198.51.100.41\" in the case — times in UTC"));
    m_window->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    auto *bar = m_window->findChild<EventFilterBar *>();
    const auto utc = [](int day, int hour) {
        return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    };
    bar->setTimeRange(utc(5, 12), utc(3, 12));
    QTRY_COMPARE(counts(),
                 QStringLiteral(
                     "Shown by the filters: 0 lookups · 0 communications · 0 connections — From is "
                     "after to: no time lies between them — times in UTC"));
    // A window outside the case's events (a year mistyped): when they are.
    for (const auto &[from, to] : {std::pair{std::optional(utc(22, 3)), std::optional<qint64>()},
                                   std::pair{std::optional<qint64>(), std::optional(utc(2, 8))}}) {
        bar->setTimeRange(from, to);
        QTRY_COMPARE(counts(),
                     QStringLiteral("Shown by the filters: 0 lookups · 0 communications · 0 "
                                    "connections — the case's events run from 2026-03-02 "
                                    "08:14:03 UTC to 2026-03-22 02:02:02 UTC, outside the "
                                    "window — times in UTC"));
    }
    bar->setTimeRange(utc(22, 2), std::nullopt); // its last event, to the second
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 1 lookup · 0 communications · 0 "
                                          "connections — times in UTC"));
    bar->setTimeRange(utc(3, 6), utc(5, 12));
    QTRY_COMPARE(
        counts(),
        QStringLiteral(
            "Shown by the filters: 3 lookups · 1 communication · 0 connections — times in UTC"));
    // A subtype as the table shows it, or as exports write it, in any case.
    m_window->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    auto *subtype = m_window->findChild<QLineEdit *>(QStringLiteral("filterSubtype"));
    for (const QString &typed : {u"SMS"_qs, u"sms"_qs, u" Sms "_qs}) {
        subtype->setText(typed);
        QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 4 communications "
                                              "· 0 connections — times in UTC"));
        subtype->clear();
        QTRY_COMPARE(
            counts(),
            QStringLiteral("16 lookups · 10 communications · 0 connections — times in UTC"));
    }
    subtype->setText(u"iMessage query"_qs);
    QTRY_COMPARE(
        counts(),
        QStringLiteral(
            "Shown by the filters: 16 lookups · 0 communications · 0 connections — times in UTC"));
    // The field offers the case's subtypes as the table names them, once read; one the case
    // lacks says so, naming those it has.
    const auto offered = [subtype]() {
        return static_cast<QStringListModel *>(subtype->completer()->model())->stringList();
    };
    QTRY_COMPARE(offered(), (QStringList{u"call"_qs, u"iMessage query"_qs, u"SMS"_qs}));
    QVERIFY(subtype->completer()->popup()->minimumWidth() >
            subtype->fontMetrics().horizontalAdvance(u"iMessage query"_qs)); // names whole
    subtype->setText(u"FaceTime invitation"_qs);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 0 communications · 0 "
                                          "connections — no event of subtype \"FaceTime "
                                          "invitation\" in the case (its subtypes: call, iMessage "
                                          "query, SMS) — times in UTC"));
    // A text no record holds as typed, told once the search index is made: capitals count.
    m_window->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    auto *text = m_window->findChild<QLineEdit *>(u"filterText"_qs);
    text->setText(u"IPHONE14"_qs);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 0 communications · 0 "
                                          "connections — no record as written holds \"IPHONE14\" "
                                          "(capitals and small letters as typed) — times in UTC"));
    text->setText(u"iPhone14"_qs);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 13 lookups · 0 communications · 0 "
                                          "connections — times in UTC"));
    // Held, but not by a communication: the zero has no reason to give.
    classBox->setCurrentIndex(classBox->findData(QStringLiteral("communication")));
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 0 communications · 0 "
                                          "connections — times in UTC"));
    // Without a filter the counts are the case's, and said without one.
    m_window->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    QTRY_COMPARE(counts(), QStringLiteral("16 lookups · 10 communications · 0 connections — times in UTC"));
}

void tst_Explorer::aSubtypeIsLookedForAsTheCaseHasIt()
{
    // A mapping profile's own subtype spelt like a built-in one ("Call", stored so): the window
    // looked for the built-in "call" and listed nothing.
    QFile profile(TestSupport::dataPath(u"profile/custom-profile.json"_qs));
    QVERIFY(profile.open(QIODevice::ReadOnly));
    ImportParams calls;
    calls.casePath = m_dir.filePath(u"own-subtype.llcase"_qs);
    calls.files = {TestSupport::dataPath(u"profile/custom-export.csv"_qs)};
    calls.profilePath = TestSupport::writeFile(
        m_dir.filePath(u"own-call.json"_qs),
        profile.readAll().replace(R"("subtype": "call")", R"("subtype": "Call")"));
    QVERIFY(ImportJob::run(calls).allOk());
    QVERIFY(openedWith(u"own-subtype.llcase"_qs, {u"ids/ids-sample.csv"_qs}));
    auto *subtype = m_window->findChild<QLineEdit *>(QStringLiteral("filterSubtype"));
    QTRY_COMPARE(static_cast<QStringListModel *>(subtype->completer()->model())->stringList(),
                 (QStringList{u"Call"_qs, u"iMessage query"_qs}));
    for (const QString &typed : {u"Call"_qs, u"call"_qs, u"CALL "_qs}) {
        subtype->setText(typed);
        QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 2 communications "
                                              "· 0 connections — times in UTC"));
        subtype->clear();
        QTRY_VERIFY(!counts().startsWith(u"Shown"_qs));
    }
    subtype->setText(u"sms"_qs);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 0 communications · 0 "
                                          "connections — no event of subtype \"sms\" in the case "
                                          "(its subtypes: Call, iMessage query) — times in UTC"));
    // The built-in subtype beside it, by its shown name.
    subtype->setText(u"iMessage query"_qs);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 6 lookups · 0 communications · 0 "
                                          "connections — times in UTC"));
}

void tst_Explorer::provenanceOfAKnownEvent()
{
    // Line 13 of the demo IDS log: the target looked up "(312) 555-0147" from a CGNAT address.
    m_window->findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral("1004,"));
    QTRY_COMPARE(events()->model()->rowCount(), 1);
    events()->setCurrentIndex(events()->model()->index(0, 0));
    const QString text = m_window->findChild<ProvenancePanel *>()->plainText();
    QVERIFY2(text.contains(QStringLiteral("Lookup — iMessage query")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("It does not show that any message or call took place.")));
    QVERIFY(text.contains(QStringLiteral("ids-query-log.csv")));
    QVERIFY(text.contains(QStringLiteral("f0e70635edf7c5831cb07a0135466871c5f54a186b24ce2a4571562f4ec5db3f")));
    QVERIFY(text.contains(QStringLiteral("\nLine: 13\n")));
    QVERIFY(text.contains(QStringLiteral("\nZone used to read it: UTC\n")));
    QVERIFY2(text.contains(QStringLiteral("\nTime: 2026-03-04 21:47:55 UTC\nIn UTC: 2026-03-04T21:47:55Z\n")), qPrintable(text));
    // In a named display zone, with the offset in force then.
    DisplayZoneChoice::choose(*m_window, QStringLiteral("America/Chicago"));
    QTRY_VERIFY2(m_window->findChild<ProvenancePanel *>()->plainText().contains(
                 QStringLiteral("\nTime: 2026-03-04 15:47:55 America/Chicago (UTC-06:00)\nIn UTC: 2026-03-04T21:47:55Z\n")),
             qPrintable(m_window->findChild<ProvenancePanel *>()->plainText()));
    // The sources' first and last records follow the display zone too.
    const QAbstractItemModel *sources = m_window->findChild<SourcesPanel *>()->sourcesTable()->model();
    QCOMPARE(sources->index(0, SourceListModel::FirstRecordColumn).data().toString(), u"2026-03-02 02:14:03 UTC-06:00"_qs);
    QCOMPARE(sources->headerData(SourceListModel::FirstRecordColumn, Qt::Horizontal).toString(),
             u"First record\n(America/Chicago)"_qs);
    QVERIFY(text.contains(QStringLiteral("1004,2026-03-04 21:47:55,+12025550143,(312) 555-0147,100.64.20.5,2,iPhone14 iOS 19.3")));
    QVERIFY(text.contains(QStringLiteral("written \"(312) 555-0147\"")));
    QVERIFY(text.contains(QStringLiteral("User Agent")));
    QVERIFY(text.contains(QStringLiteral("no other source")));
}

void tst_Explorer::provenanceLeadsToTheSourcesDescriptions()
{
    // Line 12 of the first IDS return, held again at lines 12 and 24 of the second: its source
    // and the other one are links, each to that source's description in Sources.
    QVERIFY(openedWith(u"provenance-links.llcase"_qs,
                       {u"ids/ids-sample.csv"_qs, u"ids/ids-joined.csv"_qs}));
    auto *filter = m_window->findChild<EventFilterBar *>();
    filter->showSourceEvents({1});
    QTRY_COMPARE(events()->model()->rowCount(), 6);
    int row = 0;
    while (row < 6 &&
           events()->model()->index(row, EventTableModel::LineColumn).data().toString() != u"12")
        ++row;
    QVERIFY(row < 6);
    events()->setCurrentIndex(events()->model()->index(row, 0));
    auto *provenance = m_window->findChild<ProvenancePanel *>();
    auto *browser = provenance->findChild<QTextBrowser *>(u"provenanceText"_qs);
    const QString html = browser->toHtml();
    QVERIFY2(html.contains(u"href=\"source:1\""_qs) && html.contains(u"href=\"source:2\""_qs),
             qPrintable(html));
    QVERIFY2(provenance->plainText().contains(u"\nSource file: ids-sample.csv\n"_qs),
             qPrintable(provenance->plainText()));
    auto *panel = m_window->findChild<SourcesPanel *>();
    auto *description = panel->findChild<QPlainTextEdit *>(u"sourceDescription"_qs);
    auto *tabs = panel->findChild<QTabWidget *>(u"sourceRowsTabs"_qs);
    tabs->setCurrentIndex(0);
    emit browser->anchorClicked(QUrl(u"source:2"_qs));
    QCOMPARE(describedSource(), 2);
    QVERIFY2(description->toPlainText().contains(
                 u"11 rows read: 3 accepted (3 lookups), 6 duplicate, 2 rejected"_qs),
             qPrintable(description->toPlainText()));
    emit browser->anchorClicked(QUrl(u"source:1"_qs));
    QVERIFY2(description->toPlainText().startsWith(TestSupport::dataPath(u"ids/ids-sample.csv"_qs)),
             qPrintable(description->toPlainText()));
    // A double click on the table's Source cell does the same: the second return's row.
    filter->showSourceEvents({2});
    QTRY_COMPARE(events()->model()->rowCount(), 3);
    tabs->setCurrentIndex(0);
    const QModelIndex source = events()->model()->index(0, EventTableModel::SourceColumn);
    QCOMPARE(source.data().toString(), u"ids-joined.csv"_qs);
    events()->scrollTo(source);
    // (Qt's view takes a double click on the cell its press was on: pressed first, as a mouse
    // does.)
    QTest::mousePress(events()->viewport(), Qt::LeftButton, {},
                      events()->visualRect(source).center());
    QTest::mouseDClick(events()->viewport(), Qt::LeftButton, {},
                       events()->visualRect(source).center());
    QTest::mouseRelease(events()->viewport(), Qt::LeftButton, {},
                        events()->visualRect(source).center());
    QCOMPARE(tabs->currentWidget(), description);
    QVERIFY2(description->toPlainText().startsWith(TestSupport::dataPath(u"ids/ids-joined.csv"_qs)),
             qPrintable(description->toPlainText()));
}

void tst_Explorer::provenanceIsTheHighlightedEvents()
{
    // Ctrl with an arrow key moved the events table's current row alone: the provenance showed
    // the source line of an event other than the one highlighted. One event is chosen at a time.
    QTableView *table = events();
    const auto provenance = [this]() { return m_window->findChild<ProvenancePanel *>()->plainText(); };
    const auto lineOf = [this](int row) {
        return CaseQueries(m_window->session()->database().db()).provenance(events()->model()->index(row, 0).data(ItemRoles::EventIdRole).toLongLong())->event.raw;
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
    QVERIFY2(provenance().contains(lineOf(0)), qPrintable(provenance()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
    QVERIFY2(provenance().contains(lineOf(1)) && !provenance().contains(lineOf(0)), qPrintable(provenance()));
    // Shift extends no selection: still the one event.
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(provenance().contains(lineOf(2)), qPrintable(provenance()));
    // None highlighted (Ctrl+Space), no source line shown.
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QVERIFY2(!provenance().contains(lineOf(2)), qPrintable(provenance()));

    // An event a figure chooses that the filters hide (a duplicate row's, a cross-reference's)
    // is shown with no row of the table highlighted beside it; a row chosen again shows its own.
    const qint64 lookupId = table->model()->index(0, 0).data(ItemRoles::EventIdRole).toLongLong();
    const QString lookupLine = lineOf(0);
    auto *classBox = m_window->findChild<QComboBox *>(QStringLiteral("filterClass"));
    classBox->setCurrentIndex(classBox->findData(QStringLiteral("communication")));
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 0 lookups · 10 communications · 0 connections — times in UTC"));
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString callLine = lineOf(0);
    QVERIFY2(provenance().contains(callLine), qPrintable(provenance()));
    m_window->wiring()->selectEvent(lookupId);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QVERIFY2(provenance().contains(lookupLine), qPrintable(provenance()));
    m_window->wiring()->selectEvent(table->model()->index(0, 0).data(ItemRoles::EventIdRole).toLongLong());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(provenance().contains(callLine) && !provenance().contains(lookupLine), qPrintable(provenance()));
}

std::unique_ptr<CaseDatabase> tst_Explorer::importedCase(const QString &name, const QString &file,
                                                         const QString &zone)
{
    ImportParams params;
    params.casePath = m_dir.filePath(name);
    params.timeZone = zone;
    params.files = {file};
    const ImportResult result = ImportJob::run(params);
    if (!result.allOk()) {
        qWarning() << result.files.value(0).error;
        return nullptr;
    }
    QString error;
    auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        qWarning() << error;
    return db;
}

std::optional<qint64> tst_Explorer::describedSource() const
{
    auto *panel = m_window->findChild<SourcesPanel *>();
    const auto *tabs = panel->findChild<QTabWidget *>(u"sourceRowsTabs"_qs);
    const QModelIndexList highlighted = panel->sourcesTable()->selectionModel()->selectedRows();
    if (highlighted.isEmpty() ||
        tabs->currentWidget() != panel->findChild<QPlainTextEdit *>(u"sourceDescription"_qs))
        return std::nullopt;
    return highlighted.first().data(ItemRoles::SourceIdRole).toLongLong();
}

bool tst_Explorer::openedWith(const QString &name, const QStringList &files)
{
    ImportParams params;
    params.casePath = m_dir.filePath(name);
    for (const QString &file : files)
        params.files.append(TestSupport::dataPath(file));
    params.timeZone = QStringLiteral("UTC");
    return ImportJob::run(params).allOk() && m_window->openCase(params.casePath);
}

void tst_Explorer::provenanceSaysHowThePartWasRead_data()
{
    QTest::addColumn<QString>("file");           // its last event is shown
    QTest::addColumn<QString>("profile");        // an analyst's mapping, if any
    QTest::addColumn<bool>("continued");         // worksheets read as going on from the one before
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("row");            // the panel's line saying it
    QTest::newRow("a PDF's line") << u"carrier/cdr-sections.pdf"_qs << QString() << false << QString()
                                  << u"Line: 20 of the text the PDF holds: page 1, line 20 on it"_qs;
    QTest::newRow("numbered columns") << u"profile/headerless-calls.csv"_qs << u"profile/headerless-profile.json"_qs
                                      << false << QString()
                                      << u"Columns named by: their numbers, as the analyst's mapping gives them (the file has "
                                         "no header row): call id in column 1, timestamp in column 2, initiator in column 3, "
                                         "counterpart in column 4, duration in column 5"_qs;
    QTest::newRow("a worksheet going on") << u"carrier/cdr-continued.xlsx"_qs << QString() << true << QString()
                                          << u"Columns named by: the header row at line 1 of the worksheet \"Records\" (this "
                                             "worksheet has none; read as going on from the records before it)"_qs;
    QTest::newRow("decrypted") << u"xlsx/ids-password-standard.xlsx"_qs << QString() << false << u"s3cret"_qs
                               << u"Decrypted: encrypted by Excel with a password (standard encryption: AES-128, SHA1, 50000 "
                                  "spins); decrypted with the password given at import, which is not kept; it has no "
                                  "integrity check"_qs;
}

void tst_Explorer::provenanceSaysHowThePartWasRead()
{
    // Each way a record was reached that an expert must retrace is said where it is shown.
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(bool, continued);
    QFETCH(QString, password);
    QFETCH(QString, row);
    ImportParams params;
    params.casePath = m_dir.filePath(u"%1.llcase"_qs.arg(QString::fromUtf8(QTest::currentDataTag())));
    params.timeZone = QStringLiteral("UTC");
    params.files = {TestSupport::dataPath(file)};
    if (!profile.isEmpty())
        params.profilePath = TestSupport::dataPath(profile);
    params.readContinuedWorksheets = continued;
    if (!password.isEmpty())
        params.passwords = {password};
    const ImportResult result = ImportJob::run(params);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(TestSupport::rows(db->db(), u"SELECT max(id) FROM events"_qs).value(0).toLongLong()),
                    QTimeZone::utc());
    QVERIFY2(panel.plainText().split(u'\n').contains(row), qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceSaysWhereAPagesRowStandsInItsText()
{
    // A portal's page: its row 4 is its fourth <tr>, on the file's lines 14 and 15; row 6, the
    // sixth, on line 17 (a row a line above it, a row two lines from the header down). An
    // expert reading the file's text finds each on its line.
    const auto db = importedCase(QStringLiteral("portal.llcase"), TestSupport::dataPath(QStringLiteral("carrier/cdr-portal.xls")));
    QVERIFY(db);
    ProvenancePanel panel;
    const auto rowText = [](int row, const QString &where) {
        return u"\nRow: %1 — of the page's table rows (<tr>), counted through all its tables as Excel numbers the rows of "
               "a page it opens; %2\n"_qs.arg(row).arg(where);
    };
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(rowText(4, u"its <tr> stands on line 14 of the file's text"_qs)), qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(rowText(6, u"its <tr> stands on line 17 of the file's text"_qs)), qPrintable(panel.plainText()));
    // A case imported before the reader kept where rows stand: their number only, as it was.
    QString error;
    const auto writable = CaseDatabase::open(db->path(), CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(writable, qPrintable(error));
    QVERIFY(QSqlQuery(writable->db()).exec(u"UPDATE sources SET metadata = json_remove(metadata, '$.page_row_lines')"_qs));
    panel.showEvent(CaseQueries(writable->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(rowText(4, u"not a line of the file's text"_qs)), qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceShowsAMarkNoOneSeesInASpelling()
{
    // "+13125550147" read from "\u200B+13125550147": the spelling shows the mark by its code point,
    // the record's text keeps it as written (and so does the copy).
    const auto db = importedCase(QStringLiteral("marks.llcase"), TestSupport::dataPath(QStringLiteral("ids/ids-stray-characters.csv")));
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nCounterpart: +13125550147 — written \"\u27E8U+200B\u27E9+13125550147\"\n"_qs),
             qPrintable(panel.plainText()));
    QVERIFY2(panel.plainText().contains(u"2016-09-02 18:22:06,'+12025550143,\u200B+13125550147,198.51.100.14,1"_qs),
             qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceSaysAWithheldNumberIsNoOneParty()
{
    const auto db = importedCase(QStringLiteral("withheld.llcase"), TestSupport::dataPath(QStringLiteral("carrier/cdr-withheld.csv")));
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc()); // line 2: "Anonymous" calls +12025550100
    QVERIFY2(panel.plainText().contains(u"\nInitiator: Anonymous — written \"Anonymous\": a withheld number, no one party\n"
                                        "Counterpart: +12025550100 — written \"+12025550100\"\n"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(5), QTimeZone::utc()); // line 6: +12025550143 calls "Unknown"
    QVERIFY2(panel.plainText().contains(u"\nCounterpart: Unknown — written \"Unknown\": a withheld number, no one party\n"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(7), QTimeZone::utc()); // a company's name is a party
    QVERIFY(!panel.plainText().contains(u"a withheld number"_qs));
}

void tst_Explorer::provenanceSaysAMaskedPartyIsNoOneParty()
{
    const auto db = importedCase(QStringLiteral("masked.llcase"), TestSupport::dataPath(QStringLiteral("carrier/cdr-masked.csv")));
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc()); // line 2: "+49171*****12" calls +12025550100
    QVERIFY2(panel.plainText().contains(u"\nInitiator: +49171*****12 — written \"+49171*****12\": masked, no one party\n"
                                        "Counterpart: +12025550100 — written \"+12025550100\"\n"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(7), QTimeZone::utc()); // line 8: "Anonymous" calls a mask
    QVERIFY2(panel.plainText().contains(u"\nInitiator: Anonymous — written \"Anonymous\": a withheld number, no one party\n"
                                        "Counterpart: 202-555-XXXX — written \"202-555-XXXX\": masked, no one party\n"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(6), QTimeZone::utc()); // two numbers
    QVERIFY(!panel.plainText().contains(u"no one party"_qs));
}

void tst_Explorer::crossReferenceSaysWhyAMaskHasNoGap()
{
    const auto db = importedCase(QStringLiteral("masked-pair.llcase"), TestSupport::dataPath(QStringLiteral("ids/ids-masked.csv")));
    QVERIFY(db);
    CrossReferenceModel model(db->db());
    CrossReferencePanel panel;
    panel.setModel(&model);
    const auto idOf = [&db](const char *handle) {
        return TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM handles WHERE normalized = '%1'").arg(QLatin1StringView(handle)))
            .toLongLong();
    };
    model.setPair(idOf("+12025550143"), idOf("d***@example.com"));
    auto *note = panel.findChild<QLabel *>(QStringLiteral("crossNoOneParty"));
    QVERIFY(!note->isHidden());
    QCOMPARE(note->text(), u"“d***@example.com” is masked: its records may be different people's, so no lookup here is "
                           "measured to a communication."_qs);
    model.setPair(idOf("+12025550143"), idOf("d***@example.com"));
    // The case closed: no model, nothing said, and no connection to nothing attempted.
    QTest::failOnWarning(QRegularExpression(u"invalid nullptr"_qs));
    panel.setModel(nullptr);
    QVERIFY(note->isHidden());
    model.setPair(idOf("+12025550143"), idOf("+12025550100")); // a model let go of tells the panel nothing
    QVERIFY(note->isHidden());
}

void tst_Explorer::provenanceWrapsARecordWrittenOnOneLine()
{
    // A WhatsApp page written on one line: each record's words verbatim are hundreds of
    // characters on one line, read in the panel without scrolling sideways, and copied whole.
    QFile sample(TestSupport::dataPath(QStringLiteral("whatsapp/records.html")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString page = m_dir.filePath(QStringLiteral("one-line-records.html"));
    QFile oneLine(page);
    QVERIFY(oneLine.open(QIODevice::WriteOnly));
    oneLine.write(sample.readAll().replace('\n', QByteArray()));
    oneLine.close();
    const auto db = importedCase(QStringLiteral("one-line.llcase"), page);
    QVERIFY(db);
    const auto provenance = CaseQueries(db->db()).provenance(1);
    QVERIFY(provenance);
    QVERIFY2(provenance->event.raw.size() > 400 && !provenance->event.raw.contains(u'\n'), qPrintable(provenance->event.raw));
    ProvenancePanel panel;
    panel.resize(420, 600);
    panel.show();
    panel.showEvent(provenance, QTimeZone::utc());
    QVERIFY(panel.plainText().contains(u"\n"_qs + provenance->event.raw + u'\n'));
    auto *browser = panel.findChild<QTextBrowser *>();
    QVERIFY(browser);
    QTRY_COMPARE(browser->horizontalScrollBar()->maximum(), 0);
    QVERIFY(browser->verticalScrollBar()->maximum() > 0); // laid out: taller than the panel, not wider
}

void tst_Explorer::provenanceNamesTheWorksheetRead()
{
    // Read from the worksheet after a cover sheet: a line is that sheet's row, so both are named.
    const auto db = importedCase(QStringLiteral("cover.llcase"), TestSupport::dataPath(QStringLiteral("carrier/cdr-cover.xlsx")));
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(QStringLiteral("\nSource file: cdr-cover.xlsx\n")), qPrintable(panel.plainText()));
    QVERIFY(panel.plainText().contains(QStringLiteral("\nWorksheet: Records\nRow: 2\n")));
    QVERIFY(!panel.plainText().contains(QStringLiteral("Text encoding")));
    // A text file has no worksheet to name.
    events()->setCurrentIndex(events()->model()->index(0, 0));
    QVERIFY(!m_window->findChild<ProvenancePanel *>()->plainText().contains(QStringLiteral("Worksheet")));
}

void tst_Explorer::provenanceSaysARowIsHiddenInItsSheet()
{
    // Row 3 of "Log" is hidden, the worksheet "Older" too: an expert counting what Excel shows
    // would find neither. Row 2 is shown; the Sources tooltip says the same of each sheet.
    const auto db = importedCase(QStringLiteral("hidden.llcase"), TestSupport::dataPath(QStringLiteral("xlsx/hidden-rows.xlsx")));
    QVERIFY(db);
    const CaseQueries queries(db->db());
    const auto eventAt = [&db](int source, int line) {
        return TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM events WHERE source_id = %1 AND line = %2")
                                                 .arg(source)
                                                 .arg(line))
            .toLongLong();
    };
    ProvenancePanel panel;
    panel.showEvent(queries.provenance(eventAt(1, 3)), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nWorksheet: Log\nRow: 3 — hidden in the worksheet, or filtered out: Excel does "
                                        "not show it, though it is in the file\n"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(queries.provenance(eventAt(1, 2)), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nWorksheet: Log\nRow: 2\n"_qs), qPrintable(panel.plainText()));
    panel.showEvent(queries.provenance(eventAt(2, 2)), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nWorksheet: Older — hidden in its workbook: no tab shows it\nRow: 2\n"_qs),
             qPrintable(panel.plainText()));
    const SourceListModel sources(db->db());
    QVERIFY2(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole)).endsWith(
                 u"\n3 rows are hidden or filtered out, and not shown by the spreadsheet program; they are in the "
                 "file and were read as every other row: 3, 5\u20136"_qs),
             qPrintable(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole))));
    QVERIFY2(TestSupport::shownText(sources.index(1, 0).data(Qt::ToolTipRole)).endsWith(
                 u"\nthis worksheet is hidden in its workbook, no tab showing it; its rows were read as any other "
                 "worksheet's"_qs),
             qPrintable(TestSupport::shownText(sources.index(1, 0).data(Qt::ToolTipRole))));
    // One row read is said so, not "1 rows read".
    QVERIFY2(TestSupport::shownText(sources.index(1, 0).data(Qt::ToolTipRole)).contains(
                 u"\n1 row read: 1 accepted (1 communication), 0 duplicate, 0 rejected\n"_qs),
             qPrintable(TestSupport::shownText(sources.index(1, 0).data(Qt::ToolTipRole))));
}

void tst_Explorer::provenanceSaysWhichColumnsTheSheetHides()
{
    // The counterpart comes from column C, which Excel does not show: an expert checking the
    // event against the worksheet on screen is told where to look, and what else is hidden.
    const auto db = importedCase(QStringLiteral("columns.llcase"), TestSupport::dataPath(QStringLiteral("xlsx/hidden-columns.ods")));
    QVERIFY(db);
    const qint64 id = TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM events WHERE line = 2")).toLongLong();
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(id), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nHidden columns: C (\"Terminating Number\", read as the counterpart), F "
                                        "(\"Notes\", kept among the row's other columns) — hidden in the worksheet: "
                                        "Excel does not show them, though they are in the file\n"_qs),
             qPrintable(panel.plainText()));
    QVERIFY2(panel.plainText().contains(u"\nNotes: first\n"_qs), qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceSaysWhichCellsTheirFormatShowsBlank()
{
    // Row 4's counterpart and duration are in cells formatted to show nothing: the expert is told
    // why the worksheet on screen shows those cells empty.
    const auto db = importedCase(QStringLiteral("blank.llcase"), TestSupport::dataPath(QStringLiteral("xlsx/shown-blank.xlsx")));
    QVERIFY(db);
    const qint64 id = TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM events WHERE line = 4")).toLongLong();
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(id), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nShown blank: C (\"Terminating Number\", read as the counterpart), E "
                                        "(\"Duration (s)\", read as the duration) — 2 cells of this row whose number "
                                        "format shows nothing (as \";;;\" does): Excel shows them blank, though their "
                                        "values are in the file and were read\n"_qs),
             qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceSaysWhichCellsHoldAFormula()
{
    // Row 4's duration and cell site are computed by formulas, row 6's duration by one the file
    // saved no result for: the expert is told which columns were computed, not written.
    const auto db = importedCase(QStringLiteral("formulas.llcase"), TestSupport::dataPath(QStringLiteral("xlsx/formulas.xls")));
    QVERIFY(db);
    const auto panelText = [&db](int line) {
        const qint64 id = TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM events WHERE line = %1").arg(line)).toLongLong();
        ProvenancePanel panel;
        panel.showEvent(CaseQueries(db->db()).provenance(id), QTimeZone::utc());
        return panel.plainText();
    };
    QString text = panelText(4);
    QVERIFY2(text.contains(u"\nFormula: E (\"Duration (s)\", read as the duration), F (\"Cell Site\", kept among the row's "
                           "other columns) — 2 cells of this row holding a formula; the values read are the results the "
                           "file saved\n"_qs),
             qPrintable(text));
    text = panelText(6);
    QVERIFY2(text.contains(u"\nFormula: E (\"Duration (s)\", read as the duration) — 1 cell of this row holding a formula "
                           "the file saved no result for (or an empty one), read as empty\n"_qs),
             qPrintable(text));
    QVERIFY2(!panelText(5).contains(u"Formula"_qs), qPrintable(panelText(5)));
}

void tst_Explorer::provenanceSaysWhatADateSerialIs()
{
    // A date cell stores days: Excel shows "2016-09-02 18:22:41" where the record holds
    // 42615.765752314815 (a 1900 workbook) or 41153.765752314815 (Excel for Mac 2008's 1904
    // system). The panel says which count it is; a time written as text is shown as it stands.
    const auto db1900 = importedCase(u"1900.llcase"_qs, TestSupport::dataPath(u"ids/ids-sample.xlsx"_qs));
    const auto db1904 = importedCase(u"1904.llcase"_qs, TestSupport::dataPath(u"xlsx/date-1904.xlsx"_qs));
    QVERIFY(db1900 && db1904);
    const auto panelText = [](const CaseDatabase &db, int line) {
        ProvenancePanel panel;
        const qint64 id = TestSupport::scalar(db.db(), QStringLiteral("SELECT id FROM events WHERE line = %1").arg(line)).toLongLong();
        panel.showEvent(CaseQueries(db.db()).provenance(id), QTimeZone::utc());
        return panel.plainText();
    };
    QString text = panelText(*db1900, 11);
    QVERIFY2(text.contains(u"\nTime: 2016-09-02 18:22:41 UTC\n"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"\nAs written: 42615.765752314815 — the cell's value as stored: a date serial number (days "
                           "since 1899-12-30), which the spreadsheet shows as a date\n"_qs),
             qPrintable(text));
    text = panelText(*db1904, 2);
    QVERIFY2(text.contains(u"\nTime: 2016-09-02 18:22:41 UTC\n"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"\nAs written: 41153.765752314815 — the cell's value as stored: a date serial number (days "
                           "since 1904-01-01, this workbook's date system), which the spreadsheet shows as a date\n"_qs),
             qPrintable(text));
    text = panelText(*db1904, 3);
    QVERIFY2(text.contains(u"\nAs written: 2016-09-02 18:22:05\n"_qs), qPrintable(text));
    QCOMPARE(TestSupport::scalar(db1904->db(), u"SELECT json_extract(metadata, '$.date_system') FROM sources"_qs).toString(),
             u"1904"_qs);
    // LibreOffice keeps a moment in a clock format as the hours since day 0.
    const auto dbOds = importedCase(u"ods.llcase"_qs, TestSupport::dataPath(u"xlsx/fine-times.ods"_qs));
    QVERIFY(dbOds);
    text = panelText(*dbOds, 5);
    QVERIFY2(text.contains(u"\nTime: 2016-09-12 14:30:00.500 UTC\n"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"\nAs written: 1023014:30:00.500000222 — the cell's value as stored: a count of hours since "
                           "1899-12-30, which the spreadsheet shows as a time\n"_qs),
             qPrintable(text));
}

void tst_Explorer::provenanceGivesTheFileAndThePartReadTheirOwnHash()
{
    // A WhatsApp delivery's page read from inside the return: the path is the return's, and so
    // must the SHA-256 beside it be, for an expert checking it; the delivery's ZIP's (the same
    // delivery imported alone has it as its file's) and the page's own follow.
    const QString zip = TestSupport::dataPath(QStringLiteral("whatsapp/return.zip"));
    const auto db = importedCase(QStringLiteral("return.llcase"), zip);
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nSource file: return.zip › 1122334455-delivery-1.zip › records.html\nPath: "_qs
                                        + QFileInfo(zip).absoluteFilePath() + u"\nSHA-256 of that file: "_qs
                                        + TestSupport::sha256Of(zip) + u"\nRead from the ZIP inside it: 1122334455-delivery-1.zip, SHA-256 "_qs
                                        + TestSupport::sha256Of(TestSupport::dataPath(u"whatsapp/delivery-1.zip"_qs))
                                        + u"\nSHA-256 of the part read: "_qs
                                        + TestSupport::sha256Of(TestSupport::dataPath(u"whatsapp/records.html"_qs)) + u'\n'),
             qPrintable(panel.plainText()));
}

void tst_Explorer::aZoneEarlierVersionsMisreadIsSaidToBeOne()
{
    // A case made before this version with "--timezone EDT", or a header "(local)": the word was
    // read as a zone at +00:00. Such a source and its events say so where they name the zone.
    const QString casePath = m_dir.filePath(QStringLiteral("misread.llcase"));
    {
        const auto db = importedCase(QStringLiteral("misread.llcase"), TestSupport::dataPath(QStringLiteral("ids/ids-sample.csv")));
        QVERIFY(db);
    }
    QString error;
    {
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->db());
        QVERIFY(query.exec(u"UPDATE sources SET time_zone = 'EDT'"_qs));
        QVERIFY(query.exec(u"UPDATE events SET time_zone = 'EDT'"_qs));
    }
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const QString note = u"\"EDT\" is no time zone: versions of LookupLens before this one read such a name as "
                         "UTC+00:00, so these times may be hours off; import the file again with its zone declared"_qs;
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nZone used to read it: EDT — "_qs + note + u'\n'), qPrintable(panel.plainText()));
    QVERIFY2(TestSupport::shownText(SourceListModel(db->db()).index(0, 0).data(Qt::ToolTipRole)).contains(u'\n' + note),
             qPrintable(TestSupport::shownText(SourceListModel(db->db()).index(0, 0).data(Qt::ToolTipRole))));
    // Zones as this version records them say nothing.
    for (const char *zone : {"UTC", "+02:00", "America/New_York", "America/New_York (EDT)", "US/Eastern", "stated in records"})
        QVERIFY2(TimestampParser::misreadZoneNote(QString::fromLatin1(zone)).isEmpty(), zone);
}

void tst_Explorer::provenanceSaysWhichWayADateOfEitherWayWasRead()
{
    // "04/09/2016 10:00:00" beside the zone it was read in: which of two days, and why.
    const auto db = importedCase(u"either-way.llcase"_qs, TestSupport::dataPath(u"facetime/facetime-day-first.csv"_qs));
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nAs written: 04/09/2016 10:00:00\nZone used to read it: UTC\nDay and month: Dates "
                                        "like 03/04/2016 were read day first (3 April), as the file's dates settle it: line 7 "
                                        "has \"16/09/2016 08:00:00\", which can be read no other way\n"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(3), QTimeZone::utc()); // line 7's own date reads one way
    QVERIFY2(!panel.plainText().contains(u"Day and month"_qs), qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceSaysAnOffsetWrittenWasCheckedByTheZonesRules()
{
    // Java's "…-04:00[America/New_York]" was read by its offset: the zone's rules only checked it.
    // A time in UTC beside it, in the same source, was read by no rules at all.
    const QString csv = TestSupport::writeFile(
        m_dir.filePath(QStringLiteral("java.csv")),
        "Timestamp,Source Handle,Lookup Handle,Client IP\n"
        "2016-09-12T10:03:07-04:00[America/New_York],+12025550143,+13125550147,198.51.100.14\n"
        "2016-09-12 14:05:07 UTC,+12025550143,+13125550147,198.51.100.14\n"
        "2016-09-12 10:06:07,+12025550143,+13125550147,198.51.100.14\n");
    const auto db =
        importedCase(QStringLiteral("java.llcase"), csv, QStringLiteral("America/New_York"));
    QVERIFY(db);
    const QString version = ZoneRules::databaseVersion();
    const QStringList zonesShown{
        u"America/New_York (-04:00), the offset written checked against the rules of the tz database %1"_qs
            .arg(version),
        u"UTC"_qs, u"America/New_York, by the rules of the tz database %1"_qs.arg(version)};
    ProvenancePanel panel;
    for (qint64 id = 1; id <= 3; ++id) {
        panel.showEvent(CaseQueries(db->db()).provenance(id), QTimeZone::utc());
        const QString text = panel.plainText();
        QVERIFY2(text.contains(u"\nZone used to read it: %1\n"_qs.arg(zonesShown.at(id - 1))),
                 qPrintable(text));
    }
}

void tst_Explorer::provenanceSaysATimeWasReadInTheRepeatedHour()
{
    // Declared New York, 01:30 on 1 November 2026 happened twice: the event says which moment it
    // is beside its time, in the display zone, not among the row's other columns.
    const QString csv = TestSupport::writeFile(m_dir.filePath(QStringLiteral("repeated.csv")),
                                               "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                               "2026-11-01 01:30:00,+12025550143,+13125550147,198.51.100.14,2\n");
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("repeated.llcase"));
    params.timeZone = QStringLiteral("America/New_York");
    params.files = {csv};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone("America/New_York"));
    const QString text = panel.plainText();
    QVERIFY2(text.contains(u"\nTime: 2026-11-01 01:30:00 America/New_York (UTC-04:00)\nIn UTC: 2026-11-01T05:30:00Z\n"
                           "As written: 2026-11-01 01:30:00\nRead as: the earlier of two moments: this local time "
                           "happened twice, in the hour repeated as daylight saving ended; the later moment would be "
                           "2026-11-01 01:30:00 America/New_York (UTC-05:00)\n"_qs),
             qPrintable(text));
    QVERIFY2(!text.contains(u"time_ambiguity"_qs), qPrintable(text));
    // The zone's rules, and so the moment, are those of the tz database's release that read it.
    QVERIFY2(text.contains(u"\nZone used to read it: America/New_York, by the rules of the tz database %1\n"_qs.arg(
                 ZoneRules::databaseVersion())),
             qPrintable(text));

    // Where the file's order placed it (01:30, then 01:10: the clock went back between them), the
    // note says which reading and why, the other moment in the display zone too.
    params.casePath = m_dir.filePath(QStringLiteral("placed.llcase"));
    params.files = {TestSupport::writeFile(m_dir.filePath(QStringLiteral("placed.csv")),
                                           "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                           "2026-11-01 00:59:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                           "2026-11-01 01:30:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                           "2026-11-01 01:10:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                           "2026-11-01 02:05:00,+12025550143,+13125550147,198.51.100.14,2\n")};
    // The import runs in another language (this translator marks the words it gives): the note
    // is stored in it, and read in the reader's.
    class MarkingTranslator final : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *context, const char *sourceText, const char *, int) const override
        {
            return qstrcmp(context, "RepeatedHourOrder") == 0 ? u"«%1»"_qs.arg(QString::fromUtf8(sourceText)) : QString();
        }
    };
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const bool imported = ImportJob::run(params).allOk();
    QCoreApplication::removeTranslator(&marking);
    QVERIFY(imported);
    const auto placed = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(placed, qPrintable(error));
    const auto third = CaseQueries(placed->db()).provenance(3);
    QVERIFY2(third->event.extra.startsWith(u"{\"time_ambiguity\":\"«"_qs), qPrintable(third->event.extra));
    panel.showEvent(third, QTimeZone("America/New_York"));
    const QString later = u"\nTime: 2026-11-01 01:10:00 America/New_York (UTC-05:00)\nIn UTC: 2026-11-01T06:10:00Z\n"
                          "As written: 2026-11-01 01:10:00\nRead as: the later of two moments: this local time happened "
                          "twice, in the hour repeated as daylight saving ended; the earlier moment would be 2026-11-01 "
                          "01:10:00 America/New_York (UTC-04:00). The file's records run in time order, and its two "
                          "passes through that hour meet at line 4, which puts this record in the second\n"_qs;
    QVERIFY2(panel.plainText().contains(later), qPrintable(panel.plainText()));
    // The record before it, placed in the first pass, in the display zone of the reader.
    panel.showEvent(CaseQueries(placed->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(
                 u"\nRead as: the earlier of two moments: this local time happened twice, in the hour repeated as "
                 "daylight saving ended; the later moment would be 2026-11-01 06:30:00 UTC. The file's records run in "
                 "time order, and its two passes through that hour meet at line 4, which puts this record in the first\n"_qs),
             qPrintable(panel.plainText()));
    // And in German, as a German reader's window shows it.
    QTranslator german;
    QVERIFY(german.load(u"lookuplens_de"_qs, u":/i18n"_qs));
    QVERIFY(QCoreApplication::installTranslator(&german));
    panel.showEvent(third, QTimeZone::utc());
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(panel.plainText().contains(u"der spätere von zwei Zeitpunkten: Diese Ortszeit gab es zweimal, in der Stunde, "
                                        "die sich am Ende der Sommerzeit wiederholt; der frühere Zeitpunkt wäre 2026-11-01 "
                                        "05:10:00 UTC. "_qs)
                 && panel.plainText().contains(u"treffen in Zeile 4 aufeinander, womit dieser Datensatz im zweiten liegt\n"_qs),
             qPrintable(panel.plainText()));
    // Words no version wrote (two numbers besides the moment) are shown as stored, the moment in
    // the display zone.
    auto odd = *third;
    odd.event.extra = u"{\"time_ambiguity\":\"read 2 of 3, other 2026-11-01T05:10:00Z, so\"}"_qs;
    panel.showEvent(odd, QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nRead as: read 2 of 3, other 2026-11-01 05:10:00 UTC, so\n"_qs),
             qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceNamesAReferenceNamingNoCharacter()
{
    // A WhatsApp record whose recipient holds half a surrogate pair: its verbatim text is the
    // page's, which the panel points to; the next record's provenance says nothing of it.
    QFile sample(TestSupport::dataPath(u"whatsapp/records.html"_qs));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray page = sample.readAll().replace("<div>Recipients</div><div>5511987654321</div>",
                                                     "<div>Recipients</div><div>551198765&#xD83D;4321</div>");
    const QString path = m_dir.filePath(QStringLiteral("reference.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(page) == page.size());
    file.close();
    const auto db = importedCase(QStringLiteral("reference.llcase"), path);
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    const QString text = panel.plainText();
    QVERIFY2(text.contains(u"\nCounterpart: 551198765\uFFFD4321 — written \"551198765\uFFFD4321\"\n"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"\nText encoding: UTF-8\nCharacter references: this record holds a character reference that "
                           "names no character (as \"&#xD83D;\", half of a pair), shown as \uFFFD; the record verbatim "
                           "below gives it as the page does\n"_qs),
             qPrintable(text));
    QVERIFY2(text.contains(u"<div>Recipients</div><div>551198765&#xD83D;4321</div>"_qs), qPrintable(text));
    panel.showEvent(CaseQueries(db->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(!panel.plainText().contains(u"Character references"_qs), qPrintable(panel.plainText()));
    QVERIFY2(panel.plainText().contains(u"\nLine: 23\n"_qs), qPrintable(panel.plainText())); // its own

    // The same page written on one line: every record is on line 1, which holds the reference.
    // The record holding it says so as before; the next says its line holds it in another.
    const QString oneLine = m_dir.filePath(QStringLiteral("reference-one-line.html"));
    QFile written(oneLine);
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write(QByteArray(page).replace('\n', QByteArray()));
    written.close();
    const auto shared = importedCase(QStringLiteral("reference-one-line.llcase"), oneLine);
    QVERIFY(shared);
    const QString lineText = u"\nLine: 1 — other records stand on this line too (the file is written with few line "
                             "breaks): this record is the part of it given verbatim below\n"_qs;
    panel.showEvent(CaseQueries(shared->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(lineText), qPrintable(panel.plainText()));
    QVERIFY2(panel.plainText().contains(u"\nCharacter references: this record holds a character reference"_qs),
             qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(shared->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(lineText), qPrintable(panel.plainText()));
    QVERIFY2(panel.plainText().contains(u"\nCharacter references: none in this record; another record on its line "
                                        "holds a character reference that names no character, shown there as \uFFFD\n"_qs),
             qPrintable(panel.plainText()));

    // A byte of Windows-1252 in the first message instead: only its part of the line was read so.
    const QString encodingPage = m_dir.filePath(QStringLiteral("encoding-one-line.html"));
    QFile encoded(encodingPage);
    QVERIFY(encoded.open(QIODevice::WriteOnly));
    encoded.write(QByteArray(page)
                      .replace("<div>Sender Device</div><div>android</div>", "<div>Sender Device</div><div>andr\xE9id</div>")
                      .replace('\n', QByteArray()));
    encoded.close();
    const auto mixed = importedCase(QStringLiteral("encoding-one-line.llcase"), encodingPage);
    QVERIFY(mixed);
    panel.showEvent(CaseQueries(mixed->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nText encoding: Windows-1252 in part — the line this record stands on, with "
                                        "other records, is not all UTF-8 as the rest of the file is: its parts that are "
                                        "not were read as Windows-1252\n"_qs),
             qPrintable(panel.plainText()));
}

void tst_Explorer::provenanceNamesTheEncodingOfATextLine()
{
    // A UTF-8 file with one line of Windows-1252 pasted in, and no line end after it: that
    // line's event says both.
    const QString csv = m_dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
               "2016-09-02 18:22:05,+12025550143,dana.r\xC3\xA9yes@example.com,198.51.100.14,2\n"
               "2016-09-02 18:24:05,+12025550143,jos\xE9@example.com,198.51.100.14,1"); // no line end
    file.close();
    const auto db = importedCase(QStringLiteral("mixed.llcase"), csv);
    QVERIFY(db);
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(1), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(QStringLiteral("\nLine: 2\nText encoding: UTF-8\n")), qPrintable(panel.plainText()));
    panel.showEvent(CaseQueries(db->db()).provenance(2), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(QStringLiteral("\nLine: 3 — the file ends inside it, with no line end after it: it "
                                                      "may have been cut short\nText encoding: Windows-1252 — this record's "
                                                      "text is not UTF-8, as the rest of the file is\n")),
             qPrintable(panel.plainText()));
}

void tst_Explorer::aCountClickedListsTheEventsItCounts()
{
    // Every figure of the handle list, clicked, lists exactly the events it counts (whatever
    // filters stood before): as many rows as the figure, each of its class, the handle on its side.
    QTableView *table = m_window->findChild<HandlesView *>()->table();
    auto *filter = m_window->findChild<EventFilterBar *>();
    const auto click = [table](const QModelIndex &index, Qt::KeyboardModifiers modifiers = {}) {
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    };
    // From another tab too: the figure's events are shown.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centerTabs"));
    tabs->setCurrentIndex(1);
    int figures = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString handle = table->model()->index(row, HandleTableModel::HandleColumn).data(ItemRoles::RawValueRole).toString();
        for (int column = HandleTableModel::LookupsOutColumn; column <= HandleTableModel::ConnectionsColumn; ++column) {
            m_window->findChild<QLineEdit *>(QStringLiteral("filterIp"))->setText(QStringLiteral("81.2.69.142"));
            const QModelIndex index = table->model()->index(row, column);
            click(index);
            const auto counted = HandleTableModel::countedBy(column);
            QVERIFY(counted);
            const EventFilter shown = filter->filter();
            QCOMPARE(shown.handleId, index.data(ItemRoles::HandleIdRole).toLongLong());
            QCOMPARE(shown.side, counted->side);
            QCOMPARE(shown.evidenceClass, counted->evidenceClass);
            QVERIFY(shown.clientIp.isEmpty());
            const int figure = index.data(ItemRoles::RawValueRole).toInt();
            QCOMPARE(events()->model()->rowCount(), figure);
            QCOMPARE(tabs->currentIndex(), 0);
            for (int e = 0; e < figure; ++e) {
                const auto cell = [this, e](int c) { return events()->model()->index(e, c); };
                QCOMPARE(cell(EventTableModel::ClassColumn).data(ItemRoles::EvidenceClassRole).toInt(), int(counted->evidenceClass));
                const QString initiator = cell(EventTableModel::InitiatorColumn).data().toString();
                const QString counterpart = cell(EventTableModel::CounterpartColumn).data().toString();
                QVERIFY(counted->side == EventFilter::HandleSide::Counterpart ? counterpart == handle
                        : counted->side == EventFilter::HandleSide::Initiator  ? initiator == handle
                                                                               : initiator == handle || counterpart == handle);
            }
            figures += figure;
        }
    }
    QCOMPARE(figures, 2 * 16 + 2 * 10); // each lookup and communication counted once on each side
    // "First seen" and "last seen" lead to the event at that time, and its source line.
    const int targetRow = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"+12025550143"_qs).value(0).row();
    for (const auto &[column, time] : {std::pair{int(HandleTableModel::FirstSeenColumn), u"2026-03-02 08:14:03"_qs},
                                       std::pair{int(HandleTableModel::LastSeenColumn), u"2026-03-22 02:02:02"_qs}}) {
        click(table->model()->index(targetRow, column));
        const QString shown = m_window->findChild<ProvenancePanel *>()->plainText();
        QVERIFY2(shown.contains(u"As written: "_qs + time), qPrintable(shown));
    }
    // The tooltip says where the figure leads; a lookup's carries the caveat.
    const QString tip = TestSupport::shownText(table->model()->index(0, HandleTableModel::LookupsInColumn).data(Qt::ToolTipRole));
    QVERIFY2(tip.contains(QStringLiteral("Click to list these")) && tip.contains(EvidenceClassText::lookupCaveat()), qPrintable(tip));
    // A Ctrl-click gathers handles for the timeline and chooses no figure.
    filter->clear();
    click(table->model()->index(1, HandleTableModel::CommsInColumn), Qt::ControlModifier);
    QCOMPARE(filter->filter().evidenceClass, std::nullopt);
}

void tst_Explorer::aCountWhoseRecordsStandElsewhereTooIsMarked()
{
    // The other party's carrier's records of the subscriber's calls: its "Accepted" figure
    // counts calls the first source counts too, and bears the warning sign, as the first's
    // does; an Apple log beside them not.
    QVERIFY(openedWith(u"two-carriers.llcase"_qs,
                       {u"carrier/cdr-sided-march.csv"_qs, u"carrier/cdr-other-party.csv"_qs, u"ids/ids-sample.csv"_qs}));
    QTableView *sources = m_window->findChild<SourcesPanel *>()->sourcesTable();
    const QModelIndex first = sources->model()->index(0, SourceListModel::AcceptedColumn);
    const QModelIndex second = sources->model()->index(1, SourceListModel::AcceptedColumn);
    QCOMPARE(second.siblingAtColumn(SourceListModel::NameColumn).data().toString(), QStringLiteral("cdr-other-party.csv"));
    const QModelIndex third = sources->model()->index(2, SourceListModel::AcceptedColumn);
    QVERIFY(second.data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY(first.data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY(!third.data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY(!second.siblingAtColumn(SourceListModel::NameColumn).data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY2(TestSupport::shownText(first.data(Qt::ToolTipRole)).endsWith(
                 u"\n“cdr-other-party.csv”, another provider's records, holds calls or messages of this file too: each "
                 "stands twice in the case and is counted twice among its communications (that file's description says "
                 "how many)."_qs),
             qPrintable(TestSupport::shownText(first.data(Qt::ToolTipRole))));
    // Drawn with its sign beside the figure: wider than the same words without it.
    QAbstractItemDelegate *delegate = sources->itemDelegateForColumn(SourceListModel::AcceptedColumn);
    QVERIFY(qobject_cast<CountCaveatDelegate *>(delegate));
    QStyleOptionViewItem option;
    option.initFrom(sources);
    QCOMPARE(first.data().toString(), QStringLiteral("7 communications"));
    QCOMPARE(second.data().toString(), QStringLiteral("6 communications"));
    const QStyledItemDelegate plain;
    QVERIFY(delegate->sizeHint(option, second).width() > plain.sizeHint(option, second).width());
    QVERIFY(delegate->sizeHint(option, first).width() > plain.sizeHint(option, first).width());
    QCOMPARE(delegate->sizeHint(option, third).width(), plain.sizeHint(option, third).width());
    // The sign in words for a screen reader, and kept in a copy of the table with what it means.
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
             u"7 communications, not simply the records its file holds: see the source's description"_qs);
    QVERIFY(!third.data(Qt::AccessibleTextRole).isValid());
    const QList<QAction *> offered = sources->actions();
    const auto whole = std::find_if(offered.cbegin(), offered.cend(),
                                    [](const QAction *action) { return action->text() == u"Copy the &whole table"_qs; });
    QVERIFY(whole != offered.cend());
    (*whole)->trigger();
    const QStringList copied = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(copied.at(1).section(u'\t', 3, 3), u"7 communications ⚠"_qs);
    QCOMPARE(copied.at(3).section(u'\t', 3, 3), u"6 lookups"_qs);
    QCOMPARE(copied.mid(5), (QStringList{EvidenceClassText::lookupCaveat(), TableText::countCaveat(), QString()}));
    sources->setCurrentIndex(first);
    const auto cell = std::find_if(offered.cbegin(), offered.cend(),
                                   [](const QAction *action) { return action->text() == u"Co&py the cell"_qs; });
    (*cell)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"7 communications ⚠"_qs); // the cell alone keeps its sign
}

void tst_Explorer::aCountOfAFileNotReadWholeIsMarked()
{
    // A workbook whose notes worksheet was not imported, a WhatsApp return cut short inside its
    // second delivery: their counts lack what was not read, and bear the sign; a file read whole not.
    QVERIFY(openedWith(u"not-whole.llcase"_qs,
                       {u"carrier/cdr-sheets.xlsx"_qs, u"whatsapp/return-cut.zip"_qs, u"ids/ids-sample.csv"_qs}));
    const QAbstractItemModel *sources = m_window->findChild<SourcesPanel *>()->sourcesTable()->model();
    QStringList marked;
    for (int row = 0; row < sources->rowCount(); ++row) {
        const QModelIndex count = sources->index(row, SourceListModel::AcceptedColumn);
        marked.append(count.siblingAtColumn(SourceListModel::NameColumn).data().toString() + u' '
                      + (count.data(ItemRoles::CountCaveatRole).toBool() ? u"marked"_qs : u"plain"_qs));
    }
    QCOMPARE(marked, (QStringList{u"cdr-sheets.xlsx › Records marked"_qs, u"cdr-sheets.xlsx › Records (2) marked"_qs,
                                  u"return-cut.zip › 1122334455-delivery-1.zip › records.html marked"_qs,
                                  u"ids-sample.csv plain"_qs}));
}

void tst_Explorer::theHatchingBetweenReturnsLeadsToTheSourceItFollows()
{
    // The timeline's or the patterns' hatching chosen: the source whose period it follows is
    // selected in Sources, its description shown, the dock before the cross-reference tabbed
    // with it.
    QVERIFY(openedWith(u"between.llcase"_qs,
                       {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs, u"ids/ids-later-return.csv"_qs}));
    auto *panel = m_window->findChild<SourcesPanel *>();
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("sourceRowsTabs"));
    auto *description = panel->findChild<QPlainTextEdit *>(QStringLiteral("sourceDescription"));
    auto *crossDock = m_window->findChild<QDockWidget *>(QStringLiteral("crossDock"));
    crossDock->raise();
    QVERIFY(panel->visibleRegion().isEmpty());
    emit m_window->findChild<TimelineView *>()->gapChosen(2);
    const QModelIndexList selected = panel->sourcesTable()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), u"ids-sample-next-return.csv"_qs);
    QCOMPARE(tabs->currentWidget(), description);
    QVERIFY(description->toPlainText().contains(u"It states the period it covers on line 5 (“Period 2016-09-03 through "
                                                "2016-09-27”)"_qs));
    QTRY_VERIFY(!panel->visibleRegion().isEmpty());
    emit m_window->findChild<PatternsView *>()->gapChosen(3);
    QCOMPARE(panel->sourcesTable()->selectionModel()->selectedRows().first().data().toString(), u"ids-later-return.csv"_qs);
}

void tst_Explorer::aFilesSourcesAreChosenTogether()
{
    // A return's two pages are two sources: the events filter offers the return whole, before
    // its pages, and each page alone; a file of one source is offered once.
    QVERIFY(openedWith(u"file-sources.llcase"_qs,
                       {u"whatsapp/return.zip"_qs, u"ids/ids-sample.csv"_qs}));
    QComboBox *source = nullptr;
    for (QComboBox *box : m_window->findChild<EventFilterBar *>()->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Source")
            source = box;
    }
    QVERIFY(source);
    QStringList items;
    for (int i = 0; i < source->count(); ++i)
        items.append(source->itemText(i));
    QCOMPARE(items, (QStringList{u"all sources"_qs, u"return.zip (all its 2 sources)"_qs,
                                 u"return.zip › 1122334455-delivery-1.zip › records.html"_qs,
                                 u"return.zip › 1122334455-delivery-2.zip › records.html"_qs,
                                 u"ids-sample.csv"_qs}));
    source->setCurrentIndex(1);
    QCOMPARE(m_window->findChild<EventFilterBar *>()->filter().sourceIds, (QList<qint64>{1, 2}));
    QTRY_COMPARE(events()->model()->rowCount(), 8);
    QTRY_COMPARE(
        counts(),
        u"Shown by the filters: 0 lookups · 6 communications · 2 connections — times in UTC"_qs);
    source->setCurrentIndex(3);
    QTRY_COMPARE(events()->model()->rowCount(), 2);
    source->setCurrentIndex(4);
    QTRY_COMPARE(events()->model()->rowCount(), 6);
}

void tst_Explorer::aSourceThatStoredNothingSaysWhy()
{
    // A return imported again, or one whose every row was rejected, chosen as the source: its
    // zero says why, and where its records are.
    ImportParams params;
    params.casePath = m_dir.filePath(u"stored-nothing.llcase"_qs);
    params.timeZone = u"UTC"_qs;
    params.files = {TestSupport::dataPath(u"ids/ids-sample.csv"_qs),
                    TestSupport::writeFile(m_dir.filePath(u"all-bad.csv"_qs),
                                           "Timestamp,Source Handle,Lookup Handle,Client IP\n"
                                           "yesterday,+12025550143,+13125550147,198.51.100.14\n")};
    QVERIFY(ImportJob::run(params).allOk());
    params.files = {TestSupport::dataPath(u"ids/ids-sample.csv"_qs)};
    params.allowDuplicate = true;
    QVERIFY(ImportJob::run(params).allOk());
    QVERIFY(m_window->openCase(params.casePath));
    // The file imported again: its two sources told apart by their numbers.
    QStringList items;
    for (const QComboBox *list :
         m_window->findChild<EventFilterBar *>()->findChildren<QComboBox *>()) {
        for (int i = 0; list->accessibleName() == u"Source" && i < list->count(); ++i)
            items.append(list->itemText(i));
    }
    QCOMPARE(items, (QStringList{u"all sources"_qs, u"ids-sample.csv (all its 2 sources)"_qs,
                                 u"ids-sample.csv (source #1)"_qs, u"ids-sample.csv (source #3)"_qs,
                                 u"all-bad.csv"_qs}));
    const QAbstractItemModel *table =
        m_window->findChild<SourcesPanel *>()->sourcesTable()->model();
    QCOMPARE(table->index(2, SourceListModel::NameColumn).data().toString(),
             u"ids-sample.csv (source #3)"_qs); // and so in Sources
    QCOMPARE(table->index(1, SourceListModel::NameColumn).data().toString(), u"all-bad.csv"_qs);
    auto *bar = m_window->findChild<EventFilterBar *>();
    bar->showSourceEvents({3});
    QTRY_COMPARE(counts(), u"Shown by the filters: 0 lookups · 0 communications · 0 connections — "
                           u"the source chosen stored no event of its own: its records were in the "
                           u"case already (\"with duplicates\" lists them) — times in UTC"_qs);
    bar->showSourceEvents({3}, true);
    QTRY_COMPARE(counts(), u"Shown by the filters: 6 lookups · 0 communications · 0 connections — "
                           u"times in UTC"_qs);
    // Its duplicates listed, another filter leaving none: no word of the source.
    auto *classBox = m_window->findChild<QComboBox *>(u"filterClass"_qs);
    classBox->setCurrentIndex(classBox->findData(u"communication"_qs));
    QTRY_COMPARE(counts(), u"Shown by the filters: 0 lookups · 0 communications · 0 connections — "
                           u"times in UTC"_qs);
    bar->showSourceEvents({2});
    QTRY_COMPARE(counts(), u"Shown by the filters: 0 lookups · 0 communications · 0 connections — "
                           u"the source chosen stored no event: its rows were rejected (Sources "
                           u"gives each one's reason) — times in UTC"_qs);
    bar->showSourceEvents({1, 3}); // the file, both its imports
    QTRY_COMPARE(counts(), u"Shown by the filters: 6 lookups · 0 communications · 0 connections — "
                           u"times in UTC"_qs);
}

void tst_Explorer::aFileImportedAgainIsToldApartWhereverItIsNamed()
{
    // The same return imported twice (sources 1 and 2): the events, their tooltips, the
    // provenance and the cross-reference name each source with its number, as Sources does.
    ImportParams params;
    params.casePath = m_dir.filePath(u"imported-again.llcase"_qs);
    params.timeZone = u"UTC"_qs;
    params.files = {TestSupport::dataPath(u"ids/ids-sample.csv"_qs)};
    QVERIFY(ImportJob::run(params).allOk());
    params.allowDuplicate = true;
    QVERIFY(ImportJob::run(params).allOk());
    QVERIFY(m_window->openCase(params.casePath));
    QTRY_COMPARE(events()->model()->rowCount(), 6);
    const QModelIndex first = events()->model()->index(0, EventTableModel::SourceColumn);
    QCOMPARE(first.data().toString(), u"ids-sample.csv (source #1)"_qs);
    const QString line = first.siblingAtColumn(EventTableModel::LineColumn).data().toString();
    QVERIFY2(first.data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"ids-sample.csv (source #1):%1\n"_qs.arg(line)),
             qPrintable(first.data(Qt::ToolTipRole).toString()));
    QVERIFY2(first.data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"\nHeld again at ids-sample.csv (source #2):%1<"_qs.arg(line)),
             qPrintable(first.data(Qt::ToolTipRole).toString()));
    const QString hover = m_window->timelineWiring()->describeEvent(
        first.data(ItemRoles::EventIdRole).toLongLong()); // the timeline's
    QVERIFY2(hover.endsWith(u"\nids-sample.csv (source #1):%1"_qs.arg(line)), qPrintable(hover));
    DuplicateRowModel *held = m_window->session()->duplicates();
    held->setSource(2); // the second import's rows, each the first's event
    QCOMPARE(held->rowCount(), 6);
    QCOMPARE(held->index(0, DuplicateRowModel::LinkedToColumn).data().toString(),
             u"the same record as the event stored from ids-sample.csv (source #1), line 10"_qs);
    events()->setCurrentIndex(first);
    const QString provenance = m_window->findChild<ProvenancePanel *>()->plainText();
    QVERIFY2(
        provenance.contains(u"\nSource file: ids-sample.csv (source #1)\n"_qs) &&
            provenance.contains(u"\nids-sample.csv (source #2):%1 (the same record,"_qs.arg(line)),
        qPrintable(provenance));
    CrossReferenceModel *cross = m_window->session()->crossReference();
    cross->setPair(m_window->session()->resolveHandle(u"+12025550143"_qs),
                   m_window->session()->resolveHandle(u"+13125550147"_qs));
    QCOMPARE(cross->rowCount(), 2);
    QCOMPARE(cross->index(0, CrossReferenceModel::SourceColumn).data().toString(),
             u"ids-sample.csv (source #1):10"_qs);
    // The filter's list, narrow, cuts the name chosen in its middle: its number stays in view.
    auto *bar = m_window->findChild<EventFilterBar *>();
    auto *list = bar->findChild<MiddleElidedComboBox *>();
    QVERIFY(list && list->accessibleName() == u"Source");
    bar->showSourceEvents({2});
    QCOMPARE(list->currentText(), u"ids-sample.csv (source #2)"_qs);
    list->resize(list->fontMetrics().horizontalAdvance(list->currentText()) / 2 + 40,
                 list->height());
    QVERIFY2(list->shownText().startsWith(u"ids-s"_qs) && list->shownText().contains(u'…') &&
                 list->shownText().endsWith(u"#2)"_qs),
             qPrintable(list->shownText()));
    list->resize(list->fontMetrics().horizontalAdvance(list->currentText()) + 80, list->height());
    QCOMPARE(list->shownText(), list->currentText());
}

void tst_Explorer::aSourcesDuplicatesAreListedWhenAsked()
{
    // The second IDS return's "Accepted" figure lists its 3 events; "with duplicates" adds the 4
    // the first return gave first and it held again, each under the first return's line.
    QVERIFY(openedWith(u"with-duplicates.llcase"_qs,
                       {u"ids/ids-sample.csv"_qs, u"ids/ids-joined.csv"_qs}));
    auto *bar = m_window->findChild<EventFilterBar *>();
    auto *withDuplicates = bar->findChild<QCheckBox *>(u"filterDuplicates"_qs);
    QVERIFY(withDuplicates && !withDuplicates->isEnabled()); // no source chosen: nothing to add
    QTRY_COMPARE(events()->model()->rowCount(), 9);
    QTableView *sources = m_window->findChild<SourcesPanel *>()->sourcesTable();
    const QModelIndex joined = sources->model()->index(1, SourceListModel::AcceptedColumn);
    sources->scrollTo(joined);
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {},
                      sources->visualRect(joined).center());
    QTRY_COMPARE(events()->model()->rowCount(), 3);
    QVERIFY(withDuplicates->isEnabled());
    withDuplicates->setChecked(true);
    QTRY_COMPARE(events()->model()->rowCount(), 7);
    QVERIFY(bar->filter().withDuplicates);
    QTRY_COMPARE(
        counts(),
        u"Shown by the filters: 7 lookups · 0 communications · 0 connections — times in UTC"_qs);
    QStringList fromFirst;
    for (int row = 0; row < 7; ++row) {
        const QModelIndex source = events()->model()->index(row, EventTableModel::SourceColumn);
        if (source.data().toString() == u"ids-sample.csv")
            fromFirst.append(source.siblingAtColumn(EventTableModel::LineColumn).data().toString());
    }
    fromFirst.sort();
    QCOMPARE(fromFirst, (QStringList{u"10"_qs, u"11"_qs, u"12"_qs, u"14"_qs}));
    // Each says, in its tooltip, where the chosen source held it: line 12 of the first return
    // at lines 12 and 24 of the second (its two returns joined in one file).
    QStringList tips;
    for (int row = 0; row < 7; ++row) {
        const QModelIndex line = events()->model()->index(row, EventTableModel::LineColumn);
        if (line.data().toString() == u"12" &&
            line.siblingAtColumn(EventTableModel::SourceColumn).data() == u"ids-sample.csv"_qs)
            tips.append(TestSupport::shownText(line.data(Qt::ToolTipRole)));
    }
    QCOMPARE(tips.size(), 1);
    QVERIFY2(tips.first().endsWith(
                 u"\nHeld again at ids-joined.csv:12\nHeld again at ids-joined.csv:24"_qs),
             qPrintable(tips.first()));
    // Every source: nothing to add, the box greyed out; the figure's own events clear it.
    auto *source = bar->findChild<QComboBox *>();
    for (QComboBox *box : bar->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Source")
            source = box;
    }
    source->setCurrentIndex(0);
    QTRY_COMPARE(events()->model()->rowCount(), 9);
    QVERIFY(!withDuplicates->isEnabled() && !bar->filter().withDuplicates);
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {},
                      sources->visualRect(joined).center());
    QTRY_COMPARE(events()->model()->rowCount(), 3);
    QVERIFY(!withDuplicates->isChecked() && withDuplicates->isEnabled());
    // Another case, without a second source: the choice is every source again, nothing to add.
    QVERIFY(openedWith(u"one-source.llcase"_qs, {u"ids/ids-sample.csv"_qs}));
    QTRY_COMPARE(events()->model()->rowCount(), 6);
    QVERIFY(!withDuplicates->isEnabled());
}

void tst_Explorer::aSourcesFiguresLeadToTheirRows()
{
    // A second IDS return overlapping the first: its "Accepted" figure lists its own events,
    // "Duplicate" its duplicate rows, each leading to the event it was linked to.
    QVERIFY(openedWith(u"overlap.llcase"_qs, {u"ids/ids-sample.csv"_qs, u"ids/ids-joined.csv"_qs}));
    auto *panel = m_window->findChild<SourcesPanel *>();
    QTableView *sources = panel->sourcesTable();
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("sourceRowsTabs"));
    const auto click = [](QTableView *table, const QModelIndex &index) {
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    };
    const QModelIndex joined = sources->model()->index(1, SourceListModel::AcceptedColumn);
    QCOMPARE(joined.siblingAtColumn(SourceListModel::NameColumn).data().toString(), QStringLiteral("ids-joined.csv"));
    m_window->findChild<QLineEdit *>(QStringLiteral("filterHandle"))->setText(QStringLiteral("+12025550143"));
    click(sources, joined);
    QCOMPARE(m_window->findChild<EventFilterBar *>()->filter().sourceIds,
             QList<qint64>{joined.data(ItemRoles::SourceIdRole).toLongLong()});
    QCOMPARE(m_window->findChild<EventFilterBar *>()->filter().handleId, std::nullopt);
    QCOMPARE(events()->model()->rowCount(), 3);
    QCOMPARE(counts(), QStringLiteral("Shown by the filters: 3 lookups · 0 communications · 0 connections — times in UTC"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Rejected (2)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Duplicate (6)"));
    QCOMPARE(tabs->currentWidget(), panel->rejectedTable());
    click(sources, joined.siblingAtColumn(SourceListModel::DuplicateColumn));
    QCOMPARE(tabs->currentWidget(), panel->duplicatesTable());
    QCOMPARE(panel->duplicatesTable()->model()->rowCount(), 6);
    // Line 10 of the second return is the record the first gave at its line 10.
    click(panel->duplicatesTable(), panel->duplicatesTable()->model()->index(0, 1));
    const QString provenance = m_window->findChild<ProvenancePanel *>()->plainText();
    QVERIFY2(provenance.contains(QStringLiteral("ids-sample.csv")) && provenance.contains(QStringLiteral("2016-09-02 18:22:05")),
             qPrintable(provenance));
    click(sources, joined.siblingAtColumn(SourceListModel::RejectedColumn));
    QCOMPARE(tabs->currentWidget(), panel->rejectedTable());
    // Its first and last record lead to theirs: the first a duplicate of the first return's
    // line 10, the last its own line 28.
    click(sources, joined.siblingAtColumn(SourceListModel::FirstRecordColumn));
    QVERIFY2(m_window->findChild<ProvenancePanel *>()->plainText().contains(u"ids-sample.csv"_qs)
                 && m_window->findChild<ProvenancePanel *>()->plainText().contains(u"\nLine: 10\n"_qs),
             qPrintable(m_window->findChild<ProvenancePanel *>()->plainText()));
    click(sources, joined.siblingAtColumn(SourceListModel::LastRecordColumn));
    QVERIFY2(m_window->findChild<ProvenancePanel *>()->plainText().contains(u"ids-joined.csv"_qs)
                 && m_window->findChild<ProvenancePanel *>()->plainText().contains(u"\nLine: 28\n"_qs),
             qPrintable(m_window->findChild<ProvenancePanel *>()->plainText()));
    // The source's description, the tooltip's words where the keyboard reaches them, and how its
    // file was read: chosen by the arrow keys, the first source's.
    auto *description = panel->findChild<QPlainTextEdit *>(QStringLiteral("sourceDescription"));
    QCOMPARE(tabs->tabText(tabs->indexOf(description)), QStringLiteral("Description"));
    QCOMPARE(description->toPlainText(), joined.siblingAtColumn(0).data(ItemRoles::DescriptionRole).toString());
    QVERIFY2(description->toPlainText().contains(u"11 rows read: 3 accepted (3 lookups), 6 duplicate, 2 rejected"_qs),
             qPrintable(description->toPlainText()));
    QVERIFY2(description->toPlainText().contains(u"\n\nHow the file was read:\nThe format apple-ids: Apple IDS "
                                                 "capability-query log\n"_qs),
             qPrintable(description->toPlainText()));
    sources->setFocus();
    QTest::keyClick(sources, Qt::Key_Up);
    const QString first = description->toPlainText();
    QVERIFY2(first.startsWith(TestSupport::dataPath(u"ids/ids-sample.csv"_qs) + u"\nSHA-256 "_qs), qPrintable(first));
    // Ctrl with an arrow moved the current row alone, and the panel described it while the
    // highlight stayed on the row before: one source is chosen at a time, the one highlighted.
    QTest::keyClick(sources, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(sources->currentIndex().row(), 1);
    QCOMPARE(sources->selectionModel()->selectedRows().value(0).row(), 1);
    QCOMPARE(description->toPlainText(), joined.siblingAtColumn(0).data(ItemRoles::DescriptionRole).toString());
    QCOMPARE(tabs->tabText(1), QStringLiteral("Duplicate (6)"));
    // Unhighlighted (Ctrl+Space), none is described.
    QTest::keyClick(sources, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(sources->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(description->toPlainText(), QString());
    QCOMPARE(tabs->tabText(1), QStringLiteral("Duplicate (0)"));
}

void tst_Explorer::aChartsFigureLimitsTheTableToItsEvents()
{
    // The events behind a chart's figure (here: the patterns' Monday 08:00 UTC lookups of the
    // target) fill the table, brought forward, under a line naming them, until shown all again.
    const qint64 target = *m_window->session()->resolveHandle(QStringLiteral("+12025550143"));
    m_window->wiring()->selectHandle(target);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->patternsView()->heatmapCell(EvidenceClass::Lookup, 0, 8), 2.0, 10000);
    const QList<qint64> ids = TimelineSeries::weekHourEventIds(m_window->timelineView()->data().points, QTimeZone::utc(),
                                                               EvidenceClass::Lookup, 0, 8);
    QCOMPARE(ids.size(), 2);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centerTabs"));
    tabs->setCurrentWidget(m_window->patternsView());
    m_window->findChild<QLineEdit *>(QStringLiteral("filterIp"))->setText(QStringLiteral("100.64.20.5"));
    emit m_window->patternsView()->eventsChosen(ids, QStringLiteral("2 lookups on Mondays"));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(events()->model()->rowCount(), 2);
    QCOMPARE(counts(), QStringLiteral("Shown by the filters: 2 lookups · 0 communications · 0 connections — times in UTC"));
    QSet<qint64> shown;
    for (int row = 0; row < 2; ++row)
        shown.insert(events()->model()->index(row, 0).data(ItemRoles::EventIdRole).toLongLong());
    QCOMPARE(shown, QSet<qint64>(ids.cbegin(), ids.cend()));
    auto *said = m_window->findChild<QLabel *>(QStringLiteral("filterChosen"));
    QVERIFY(said->isVisible());
    QCOMPARE(said->text(), QStringLiteral("Only the events behind the figure chosen: 2 lookups on Mondays"));
    // The way back: every event again, the line gone.
    said->parentWidget()->findChild<QPushButton *>()->click();
    QCOMPARE(events()->model()->rowCount(), 26);
    QVERIFY(!said->isVisible());
    // Another handle chosen forgets the chart's choice too.
    emit m_window->patternsView()->eventsChosen(ids, QStringLiteral("2 lookups on Mondays"));
    m_window->wiring()->selectHandle(*m_window->session()->resolveHandle(QStringLiteral("dana.reyes@example.com")));
    QVERIFY(!said->isVisible());
    QCOMPARE(events()->model()->rowCount(), 3);
}

void tst_Explorer::doubleClickOnAHandleInTheEventsSelectsIt()
{
    const QModelIndex counterpart = events()->model()->index(1, EventTableModel::CounterpartColumn);
    QCOMPARE(counterpart.data().toString(), QStringLiteral("dana.reyes@example.com"));
    emit events()->doubleClicked(counterpart);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filterHandle"))->text(), QStringLiteral("dana.reyes@example.com"));
    QCOMPARE(counts(), QStringLiteral("Shown by the filters: 3 lookups · 0 communications · 0 connections — times in UTC"));
}

void tst_Explorer::anEventsMenuLeadsToItsPairSourceAndPlace()
{
    // Line 13 of the demo IDS log: +12025550143 looked up +13125550147 from 100.64.20.5. Its
    // menu lists the 11 events between the two (5 lookups, 6 communications, both directions),
    // cross-references them, shows its source and its address on the map.
    const QList<QAction *> menu = events()->actions();
    const QStringList texts = TestSupport::menuTexts(menu.mid(0, 5));
    QCOMPARE(texts, (QStringList{u"List the events between its two &handles"_qs,
                                 u"Cross-&reference its two handles"_qs, u"Show its &source"_qs,
                                 u"Show its client IP on the m&ap"_qs, u"-"_qs}));
    QCOMPARE(menu.value(5)->text(), u"&Copy"_qs);
    const auto enabled = [&menu]() { return TestSupport::enabledStates(menu.mid(0, 4)); };
    QCOMPARE(enabled(), (QList<bool>(4, false))); // no event highlighted
    auto *text = m_window->findChild<QLineEdit *>(u"filterText"_qs);
    // The lookup of line 13, alone in the table and highlighted.
    const auto highlightLookup = [this, text]() {
        text->setText(u"1004,"_qs);
        QTRY_COMPARE(events()->model()->rowCount(), 1);
        events()->setCurrentIndex(events()->model()->index(0, 0));
    };
    highlightLookup();
    QCOMPARE(enabled(), (QList<bool>(4, true)));
    menu[0]->trigger();
    QCOMPARE(text->text(), QString());
    QCOMPARE(m_window->findChild<QLineEdit *>(u"filterHandle"_qs)->text(), u"+12025550143"_qs);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"filterOther"_qs)->text(), u"+13125550147"_qs);
    QCOMPARE(m_window->session()->events()->filter().side, EventFilter::HandleSide::Either);
    QCOMPARE(events()->model()->rowCount(), 11);
    QCOMPARE(
        counts(),
        u"Shown by the filters: 5 lookups · 6 communications · 0 connections — times in UTC"_qs);
    // The lookup asked from, one of them, still highlighted with its source line.
    QCOMPARE(highlightedEvent(), 4);
    // A communication of the pair: no client IP to show.
    QCOMPARE(events()->model()->index(1, EventTableModel::SubtypeColumn).data().toString(),
             u"call"_qs);
    events()->setCurrentIndex(events()->model()->index(1, 0));
    QCOMPARE(enabled(), (QList<bool>{true, true, true, false}));
    // The lookup again: its cross-reference, from the initiator, selected everywhere.
    highlightLookup();
    menu[1]->trigger();
    const qint64 initiator = *m_window->session()->resolveHandle(u"+12025550143"_qs);
    QCOMPARE(m_window->wiring()->selectedHandle().value(), initiator);
    auto *second = m_window->findChild<QComboBox *>(u"crossSecond"_qs);
    QCOMPARE(second->currentData().toLongLong(),
             *m_window->session()->resolveHandle(u"+13125550147"_qs));
    QCOMPARE(m_window->session()->crossReference()->rowCount(), 11);
    QVERIFY(!m_window->findChild<QDockWidget *>(u"crossDock"_qs)->visibleRegion().isEmpty());
    // The table now lists the initiator's events, the lookup still highlighted among them.
    QCOMPARE(m_window->session()->events()->filter().handleId, initiator);
    QVERIFY(!m_window->session()->events()->filter().otherHandleId);
    QCOMPARE(highlightedEvent(), 4);
    // Its source: the IDS log's description in Sources.
    highlightLookup();
    menu[2]->trigger();
    auto *panel = m_window->findChild<SourcesPanel *>();
    QCOMPARE(panel->findChild<QTabWidget *>(u"sourceRowsTabs"_qs)->currentWidget(),
             panel->findChild<QPlainTextEdit *>(u"sourceDescription"_qs));
    QCOMPARE(panel->sourcesTable()->selectionModel()->selectedRows().value(0).data().toString(),
             u"ids-query-log.csv"_qs);
    // Its address, on the map with its details.
    menu[3]->trigger();
    QCOMPARE(m_window->geoWiring()->selectedIp(), u"100.64.20.5"_qs);
    QCOMPARE(m_window->findChild<QTabWidget *>(u"centerTabs"_qs)->currentWidget(),
             m_window->mapPanel());
    // A connection (a WhatsApp login) has one party: no pair to list or cross-reference.
    QVERIFY(openedWith(u"event-menu.llcase"_qs, {u"whatsapp/return.zip"_qs}));
    auto *evidenceClass = m_window->findChild<QComboBox *>(u"filterClass"_qs);
    evidenceClass->setCurrentIndex(evidenceClass->findData(u"connection"_qs));
    QTRY_COMPARE(events()->model()->rowCount(), 2);
    events()->setCurrentIndex(events()->model()->index(0, 0));
    QCOMPARE(enabled(), (QList<bool>{false, false, true, true}));
}

void tst_Explorer::aTimelinesMenusLeadToThePairAndTheAddress()
{
    // An event's menu on the timeline lists the 11 events between its handle and the other party
    // (the lookup of line 13, event 4, highlighted among them); an IP's bar's and an event's show
    // the address on the map, as the events table's menu does.
    auto *tabs = m_window->findChild<QTabWidget *>(u"centerTabs"_qs);
    tabs->setCurrentWidget(m_window->timelineView());
    emit m_window->timelineView()->pairEventsWanted(u"+12025550143"_qs, u"+13125550147"_qs, 4);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"filterHandle"_qs)->text(), u"+12025550143"_qs);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"filterOther"_qs)->text(), u"+13125550147"_qs);
    QCOMPARE(events()->model()->rowCount(), 11);
    QCOMPARE(
        counts(),
        u"Shown by the filters: 5 lookups · 6 communications · 0 connections — times in UTC"_qs);
    QCOMPARE(highlightedEvent(), 4);
    tabs->setCurrentWidget(m_window->timelineView());
    emit m_window->timelineView()->placeWanted(u"100.64.20.5"_qs);
    QCOMPARE(m_window->geoWiring()->selectedIp(), u"100.64.20.5"_qs);
    QCOMPARE(tabs->currentWidget(), m_window->mapPanel());
    // An event's menu: the client IP the case keeps for it (lookup 6, from 216.160.83.56).
    tabs->setCurrentWidget(m_window->timelineView());
    emit m_window->timelineView()->eventPlaceWanted(6);
    QCOMPARE(m_window->geoWiring()->selectedIp(), u"216.160.83.56"_qs);
    QCOMPARE(tabs->currentWidget(), m_window->mapPanel());
    // The pair's cross-reference, from the event's initiator; the event's source described.
    emit m_window->timelineView()->crossReferenceWanted(u"+13125550147"_qs, u"+12025550143"_qs);
    QCOMPARE(m_window->wiring()->selectedHandle().value(),
             *m_window->session()->resolveHandle(u"+13125550147"_qs));
    QCOMPARE(m_window->findChild<QComboBox *>(u"crossSecond"_qs)->currentData().toLongLong(),
             *m_window->session()->resolveHandle(u"+12025550143"_qs));
    QCOMPARE(m_window->session()->crossReference()->rowCount(), 11);
    emit m_window->timelineView()->sourceWanted(4);
    QCOMPARE(describedSource(),
             CaseQueries(m_window->session()->database().db()).provenance(4)->event.sourceId);
}

void tst_Explorer::aCrossReferencesMenuListsThePairAndShowsASource()
{
    // +13125550147 and +12025550143: 11 events side by side. The panel's menu lists them in the
    // events table (the other filters cleared, the row's event highlighted) or shows a row's
    // source.
    const qint64 bea = *m_window->session()->resolveHandle(u"+13125550147"_qs);
    const qint64 target = *m_window->session()->resolveHandle(u"+12025550143"_qs);
    m_window->wiring()->selectHandle(bea);
    auto *cross = m_window->findChild<QTableView *>(u"crossTable"_qs);
    const QList<QAction *> menu = cross->actions();
    QCOMPARE(TestSupport::menuTexts(menu.mid(0, 3)),
             (QStringList{u"&List the two handles' events"_qs, u"Show its &source"_qs, u"-"_qs}));
    const auto enabled = [&menu]() { return TestSupport::enabledStates(menu.mid(0, 2)); };
    QCOMPARE(enabled(), (QList<bool>{false, false})); // no second handle
    auto *second = m_window->findChild<QComboBox *>(u"crossSecond"_qs);
    second->setCurrentIndex(second->findData(target));
    QCOMPARE(cross->model()->rowCount(), 11);
    QCOMPARE(enabled(), (QList<bool>{true, false})); // no row highlighted
    cross->selectRow(10);
    QCOMPARE(enabled(), (QList<bool>{true, true}));
    const qint64 last = cross->model()->index(10, 0).data(ItemRoles::EventIdRole).toLongLong();
    m_window->findChild<QLineEdit *>(u"filterText"_qs)->setText(u"1004,"_qs);
    menu[0]->trigger();
    QCOMPARE(m_window->findChild<QTabWidget *>(u"centerTabs"_qs)->currentIndex(), 0);
    QCOMPARE(events()->model()->rowCount(), 11);
    QCOMPARE(
        counts(),
        u"Shown by the filters: 5 lookups · 6 communications · 0 connections — times in UTC"_qs);
    QCOMPARE(highlightedEvent(), last);
    menu[1]->trigger();
    const auto provenance = CaseQueries(m_window->session()->database().db()).provenance(last);
    QCOMPARE(describedSource(), provenance->event.sourceId);
    // A pair with no event between them (+13125550147 and +19175550110): nothing to list.
    m_window->wiring()->selectHandle(bea);
    second->setCurrentIndex(
        second->findData(*m_window->session()->resolveHandle(u"+19175550110"_qs)));
    QCOMPARE(cross->model()->rowCount(), 0);
    QCOMPARE(enabled(), (QList<bool>{false, false}));
}

void tst_Explorer::anImportAddsItsSourceAndKeepsTheFilter()
{
    // A case of its own: this test changes it.
    const QString own = m_dir.filePath(QStringLiteral("import.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(own, &error), qPrintable(error));
    QVERIFY(m_window->openCase(own));
    // The unticked range editors start at the case's first and last event.
    const auto rangeEditors = m_window->findChild<EventFilterBar *>()->findChildren<QDateTimeEdit *>();
    QCOMPARE(rangeEditors.size(), 2);
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) { return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC); };
    QCOMPARE(rangeEditors.at(0)->dateTime(), utc(2026, 3, 2, 8, 14, 3));
    QCOMPARE(rangeEditors.at(1)->dateTime(), utc(2026, 3, 22, 2, 2, 2));
    auto *classBox = m_window->findChild<QComboBox *>(QStringLiteral("filterClass"));
    classBox->setCurrentIndex(classBox->findData(QStringLiteral("lookup")));
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 16 lookups · 0 communications · 0 connections — times in UTC"));
    m_window->imports()->importFiles({TestSupport::dataPath(QStringLiteral("facetime/facetime-invitations.csv"))});
    // The FaceTime invitations are lookups too; the class filter stays as the analyst set it.
    QTRY_COMPARE_WITH_TIMEOUT(counts(), QStringLiteral("Shown by the filters: 19 lookups · 0 communications · 0 connections — times in UTC"), 20000);
    QCOMPARE(classBox->currentData().toString(), QStringLiteral("lookup"));
    // The invitations are from 2016: the range now starts there.
    QCOMPARE(rangeEditors.at(0)->dateTime(), utc(2016, 9, 4, 10, 0, 0));
    QCOMPARE(rangeEditors.at(1)->dateTime(), utc(2026, 3, 22, 2, 2, 2));
    // The handle list is counted again, off the GUI thread: two of the invitations are the
    // target's, which had made 13 lookups.
    HandleTableModel *handles = m_window->session()->handles();
    const qint64 target = *m_window->session()->resolveHandle(QStringLiteral("+12025550143"));
    QTRY_COMPARE(handles->handleAt(handles->rowOfHandle(target))->lookupsOut, 15);
    QComboBox *sources = nullptr;
    for (QComboBox *box : m_window->findChildren<QComboBox *>()) {
        if (box->findText(QStringLiteral("facetime-invitations.csv")) >= 0)
            sources = box;
    }
    QVERIFY2(sources, "the new source is offered in the filter");
}

void tst_Explorer::anImportKeepsTheSourceChosen()
{
    // The list of sources is reloaded by an import; the source described below it stayed so
    // while the reload cleared its highlight. It is chosen again, by its id.
    const QString own = m_dir.filePath(QStringLiteral("chosen.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(own, &error), qPrintable(error));
    QVERIFY(m_window->openCase(own));
    auto *panel = m_window->findChild<SourcesPanel *>();
    QTableView *sources = panel->sourcesTable();
    auto *description = panel->findChild<QPlainTextEdit *>(QStringLiteral("sourceDescription"));
    const int before = sources->model()->rowCount();
    QVERIFY(before >= 2);
    const QModelIndex second = sources->model()->index(1, SourceListModel::NameColumn);
    const qint64 chosenId = second.data(ItemRoles::SourceIdRole).toLongLong();
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, sources->visualRect(second).center());
    QCOMPARE(description->toPlainText(), second.data(ItemRoles::DescriptionRole).toString());
    m_window->imports()->importFiles({TestSupport::dataPath(QStringLiteral("facetime/facetime-invitations.csv"))});
    QTRY_COMPARE_WITH_TIMEOUT(sources->model()->rowCount(), before + 1, 20000);
    const QModelIndexList highlighted = sources->selectionModel()->selectedRows();
    QCOMPARE(highlighted.size(), 1);
    QCOMPARE(highlighted.first().data(ItemRoles::SourceIdRole).toLongLong(), chosenId);
    QCOMPARE(sources->currentIndex().row(), highlighted.first().row());
    QCOMPARE(description->toPlainText(), highlighted.first().siblingAtColumn(0).data(ItemRoles::DescriptionRole).toString());
    // None chosen, none chosen after the next import either.
    QTest::keyClick(sources, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(sources->selectionModel()->selectedRows().isEmpty());
    m_window->imports()->importFiles({TestSupport::dataPath(QStringLiteral("geoip-events.csv"))});
    QTRY_COMPARE_WITH_TIMEOUT(sources->model()->rowCount(), before + 2, 20000);
    QVERIFY(sources->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(description->toPlainText(), QString());
}

void tst_Explorer::aFileReadInsideAReturnLeavesTheCountsInSight()
{
    // "return.zip › 1122334455-delivery-1.zip › records.html": sized to that, the name's column
    // pushed each source's duplicate and rejected counts out of the dock. It is cut in its middle.
    QVERIFY(openedWith(u"inside.llcase"_qs, {u"whatsapp/return.zip"_qs, u"ids/ids-sample.csv"_qs}));
    QTableView *sources = m_window->findChild<SourcesPanel *>()->sourcesTable();
    const int widest = sources->fontMetrics().averageCharWidth() * 36;
    QVERIFY2(sources->model()->index(0, SourceListModel::NameColumn).data().toString().startsWith(u"return.zip › "_qs),
             qPrintable(sources->model()->index(0, SourceListModel::NameColumn).data().toString()));
    QVERIFY(sources->fontMetrics().horizontalAdvance(sources->model()->index(0, SourceListModel::NameColumn).data().toString()) > widest);
    QCOMPARE(sources->columnWidth(SourceListModel::NameColumn), widest);
    QCOMPARE(sources->textElideMode(), Qt::ElideMiddle);
    // A short name keeps its own width.
    QVERIFY(openedWith(u"short.llcase"_qs, {u"ids/ids-sample.csv"_qs}));
    QVERIFY(sources->columnWidth(SourceListModel::NameColumn) < widest);
}

void tst_Explorer::timelineFollowsTheSelectedHandle()
{
    TimelineView *timeline = m_window->timelineView();
    QSignalSpy shown(m_window->timelineWiring(), &TimelineWiring::dataShown);
    m_window->wiring()->selectHandle(*m_window->session()->resolveHandle(QStringLiteral("+12025550143")));
    QTRY_COMPARE_WITH_TIMEOUT(timeline->data().points.size(), 26, 10000);
    QCOMPARE(shown.count(), 1);
    // A click on a point selects that event in the table and shows its source line.
    const TimelinePoint &point = timeline->data().points.at(4);
    emit timeline->eventClicked(point.eventId);
    QCOMPARE(events()->currentIndex().data(ItemRoles::EventIdRole).toLongLong(), point.eventId);
    const QString provenance = m_window->findChild<ProvenancePanel *>()->plainText();
    QVERIFY2(provenance.contains(QStringLiteral("ids-query-log.csv")) || provenance.contains(QStringLiteral("carrier-cdr.csv")),
             qPrintable(provenance));
    // A window chosen on the timeline filters the events table to it.
    const qint64 from = timeline->data().points.at(0).utcMs;
    const qint64 to = timeline->data().points.at(9).utcMs + 1000;
    emit timeline->rangeSelected(from, to);
    QTRY_COMPARE(events()->model()->rowCount(), 10);
    // Hovering describes an event from the case: time with zone, sides, IP, source and line.
    EventRow row;
    row.evidenceClass = QStringLiteral("lookup");
    row.subtype = QStringLiteral("imessage-query");
    row.utcMs = point.utcMs;
    row.initiator = QStringLiteral("+12025550143");
    row.counterpart = QStringLiteral("+13125550147");
    row.clientIp = QStringLiteral("100.64.20.5");
    row.sourceName = QStringLiteral("ids-query-log.csv");
    row.line = 13;
    // Ctrl-click a second handle: the timeline shows both, each event once.
    QTableView *handles = m_window->findChild<HandlesView *>()->table();
    const qint64 second = *m_window->session()->resolveHandle(QStringLiteral("+12015550123"));
    for (int r = 0; r < handles->model()->rowCount(); ++r) {
        const QModelIndex index = handles->model()->index(r, 0);
        if (index.data(ItemRoles::HandleIdRole).toLongLong() == second)
            handles->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QTRY_COMPARE(timeline->data().handles.size(), 2);
    const qint64 target = *m_window->session()->resolveHandle(QStringLiteral("+12025550143"));
    QCOMPARE(timeline->data().points.size(),
             TestSupport::scalar(m_window->session()->database().db(),
                                 QStringLiteral("SELECT count(*) FROM events WHERE initiator_id IN (%1, %2) OR counterpart_id IN (%1, %2)")
                                     .arg(target)
                                     .arg(second))
                 .toLongLong());
    const QString words = TimelineWiring::describe(row, QTimeZone::utc());
    QVERIFY2(words.contains(QStringLiteral("UTC")) && words.contains(QStringLiteral("+12025550143 → +13125550147"))
                 && words.contains(QStringLiteral("IP 100.64.20.5")) && words.contains(QStringLiteral("ids-query-log.csv:13")),
             qPrintable(words));
    QVERIFY(!words.contains(u"Marked"));
    // The analyst's mark, after the provider's words.
    row.mark = EventMark{u"seen twice"_qs, u"2026-11-20T09:15:00.000Z"_qs, u"ann"_qs};
    QVERIFY(TimelineWiring::describe(row, QTimeZone::utc()).endsWith(u"ids-query-log.csv:13\n★ Marked by ann: seen twice"_qs));
}

namespace {

qint64 utcMs(int month, int day, int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, 0, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

void tst_Explorer::aTimeRangeKeepsItsInstantsWhateverTheZone()
{
    EventFilterBar bar;
    bar.setDisplayZone(QTimeZone("America/New_York"));
    auto *from = bar.findChild<InstantEdit *>(QStringLiteral("filterFrom"));
    auto *to = bar.findChild<InstantEdit *>(QStringLiteral("filterTo"));
    // A chart's range in the hour New York lives twice (here its second time, EST), to the ms.
    bar.setTimeRange(utcMs(11, 1, 6, 10, 250), utcMs(11, 1, 6, 40, 999));
    QCOMPARE(from->text(), QStringLiteral("2026-11-01 01:10:00"));
    QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("filterZone"))->text(), QStringLiteral("America/New_York"));
    QCOMPARE(bar.filter().fromMs, utcMs(11, 1, 6, 10, 250));
    QCOMPARE(bar.filter().toMs, utcMs(11, 1, 6, 40, 999));
    // The label beside the editors names the zone only; the tooltip says which of the two moments it holds.
    QCOMPARE(from->toolTip(), QStringLiteral("2026-11-01 01:10:00.250 America/New_York (UTC-05:00), that is "
                                             "2026-11-01T06:10:00.250Z"));
    // Another zone shows the same instants.
    bar.setDisplayZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(from->text(), QStringLiteral("2026-11-01 07:10:00"));
    auto *zone = bar.findChild<ElidedLabel *>(QStringLiteral("filterZone"));
    QCOMPARE(zone->text(), QStringLiteral("Europe/Berlin"));
    // Where the bar is narrow the zone's name gives up width, cut with "…", not the editors.
    zone->resize(zone->minimumSizeHint());
    QVERIFY2(zone->shownText().endsWith(u'…') && zone->shownText().size() < zone->text().size(), qPrintable(zone->shownText()));
    zone->resize(zone->sizeHint());
    QCOMPARE(zone->shownText(), zone->text());
    QCOMPARE(bar.filter().fromMs, utcMs(11, 1, 6, 10, 250));
    QCOMPARE(bar.filter().toMs, utcMs(11, 1, 6, 40, 999));
    // Typed by the analyst: the wall time read in the display zone.
    bar.setDisplayZone(QTimeZone("America/New_York"));
    from->setDateTime(QDateTime(QDate(2026, 7, 4), QTime(9, 0), Qt::UTC));
    QCOMPARE(bar.filter().fromMs, utcMs(7, 4, 13, 0));
    // Typed in the repeated hour: the earlier moment, and the tooltip says so.
    from->setDateTime(QDateTime(QDate(2026, 11, 1), QTime(1, 30), Qt::UTC));
    QCOMPARE(bar.filter().fromMs, utcMs(11, 1, 5, 30));
    QCOMPARE(from->toolTip(), QStringLiteral("2026-11-01 01:30:00 America/New_York (UTC-04:00), that is 2026-11-01T05:30:00Z\n"
                                             "This local time happened twice, as daylight saving ended: the earlier "
                                             "moment is meant."));
    // A time the clocks jumped over (02:30 on 8 March) is the moment they jumped, 03:00 EDT;
    // it read as 1970 before.
    to->setDateTime(QDateTime(QDate(2026, 3, 8), QTime(2, 30), Qt::UTC));
    QCOMPARE(bar.filter().toMs, utcMs(3, 8, 7, 0));
}

void tst_Explorer::theCountsOfBothClassesStandBesideTheHandle()
{
    // The kind of handle comes after the counts, and a heading is as wide as its text and the
    // sort arrow: in a dock 560 px wide (the window's first size on a 1920 px screen) the
    // communications counts are in sight beside the lookups, not pushed past the edge.
    HandlesView *view = m_window->findChild<HandlesView *>();
    QTRY_VERIFY(!m_window->session()->handles()->isLoading());
    QTableView *table = view->table();
    QHeaderView *header = table->horizontalHeader();
    const QList<int> order{HandleTableModel::HandleColumn,     HandleTableModel::LookupsOutColumn,
                           HandleTableModel::LookupsInColumn,  HandleTableModel::CommsOutColumn,
                           HandleTableModel::CommsInColumn,    HandleTableModel::ConnectionsColumn,
                           HandleTableModel::KindColumn,       HandleTableModel::FirstSeenColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        QCOMPARE(header->logicalIndex(visual), order.at(visual));
    QFont bold = header->font();
    bold.setBold(true);
    const int text = QFontMetrics(bold).horizontalAdvance(QStringLiteral("by others"));
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int lookedUp = header->sectionSizeHint(HandleTableModel::LookupsInColumn);
    QVERIFY2(lookedUp >= text + arrow && lookedUp <= text + 2 * arrow, // Qt reserved the header's height
             qPrintable(u"%1 for a text of %2, arrow %3, margin %4"_qs.arg(lookedUp).arg(text).arg(arrow).arg(margin)));
    view->resize(560, 400);
    table->resizeColumnsToContents();
    QVERIFY2(header->sectionViewportPosition(HandleTableModel::CommsInColumn)
                     + header->sectionSize(HandleTableModel::CommsInColumn) <= table->viewport()->width(),
             qPrintable(QString::number(header->sectionViewportPosition(HandleTableModel::CommsInColumn))));
}

void tst_Explorer::aLongAddressLeavesTheCountsInSight()
{
    // A 68-character e-mail address made the handle's column 500 px wide, and a dock of 560 px
    // showed its lookups made and nothing of the communications. The column stops at some
    // thirty characters; the middle of the address is elided, the whole in its tooltip. In a
    // dock narrower than that and the five counts, it gives way to the counts.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"long-address.llcase"_qs),
                                              {u"ids/ids-long-address.csv"_qs});
    QVERIFY(db);
    HandleTableModel model(db->db());
    model.reload();
    const QString address = u"records.custodian.department@regional-operations.example.com"_qs;
    for (const int dock : {900, 560}) {
        HandlesView view;
        view.resize(dock, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setModel(&model);
        QTableView *table = view.table();
        const QModelIndex cell =
            table->model()
                ->match(table->model()->index(0, HandleTableModel::HandleColumn), Qt::DisplayRole,
                        address, 1, Qt::MatchExactly)
                .value(0);
        QVERIFY(cell.isValid());
        const int bound =
            table->fontMetrics().horizontalAdvance(u"firstname.lastname@example.com"_qs);
        const int column = table->columnWidth(HandleTableModel::HandleColumn);
        if (dock == 900)
            QCOMPARE(column, bound);
        else
            QVERIFY2(column < bound &&
                         column > table->fontMetrics().horizontalAdvance(u"+12025550143"_qs),
                     qPrintable(QString::number(column)));
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        QVERIFY(TestSupport::shownText(cell.data(Qt::ToolTipRole)).startsWith(address));
        const QHeaderView *header = table->horizontalHeader();
        const int right = header->sectionViewportPosition(HandleTableModel::ConnectionsColumn) +
                          header->sectionSize(HandleTableModel::ConnectionsColumn);
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(u"%1 in %2"_qs.arg(right).arg(table->viewport()->width())));
    }
}

void tst_Explorer::aTimeRangeSurvivesAChangeOfDisplayZone()
{
    // The demo's events from 2026-03-08 00:00 UTC on (10 lookups, 5 communications); the display zone changed, then another
    // filter: the table keeps the same events (the editors once kept the wall clock instead).
    auto *bar = m_window->findChild<EventFilterBar *>();
    bar->setTimeRange(utcMs(3, 8, 0, 0), std::nullopt);
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 10 lookups · 5 communications · 0 connections — times in UTC"));
    DisplayZoneChoice::choose(*m_window, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(m_window->findChild<InstantEdit *>(QStringLiteral("filterFrom"))->text(), QStringLiteral("2026-03-08 09:00:00"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("filterZone"))->text(), QStringLiteral("Asia/Tokyo"));
    m_window->findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral(","));
    QTRY_COMPARE(counts(), QStringLiteral("Shown by the filters: 10 lookups · 5 communications · 0 connections — times in Asia/Tokyo"));
}

void tst_Explorer::aFixedOffsetIsTheDisplayZoneStillWhenTheCaseOpensAgain()
{
    // The list offers fixed offsets ("UTC+02:00"); the case kept the label ("+02:00"), which
    // names no zone, and opened again in UTC.
    DisplayZoneChoice::choose(*m_window, QStringLiteral("UTC+02:00"));
    QCOMPARE(counts(), QStringLiteral("16 lookups · 10 communications · 0 connections — times in +02:00"));
    QVERIFY(m_window->openCase(m_demo));
    QCOMPARE(m_window->session()->displayZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 7200);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("displayZone"))->currentText(), QStringLiteral("UTC+02:00"));
    QCOMPARE(counts(), QStringLiteral("16 lookups · 10 communications · 0 connections — times in +02:00"));
    QCOMPARE(events()->model()->index(0, EventTableModel::TimeColumn).data().toString(), QStringLiteral("2026-03-02 10:14:03 +02:00"));
    // A case from before this version, holding the label, opens in that offset too.
    QCOMPARE(TimeFormat::zoneNamed(QStringLiteral("+02:00")).offsetFromUtc(QDateTime::currentDateTimeUtc()), 7200);
    QCOMPARE(TimeFormat::zoneNamed(QStringLiteral("Europe/Berlin")), QTimeZone("Europe/Berlin"));
    QCOMPARE(TimeFormat::zoneNamed(QStringLiteral("no such zone")), QTimeZone::utc());
}

QTEST_MAIN(tst_Explorer)
#include "tst_explorer.moc"

void tst_Explorer::aWhatsAppCallsEventsAreShownALineEach()
{
    // A call's events (offer, accept, terminate) were shown as the JSON they are kept in, and
    // whether it was accepted as {"accepted":true}: each event is a line of the page's fields now,
    // what and when first, and "Call accepted" says yes or no.
    const auto db = importedCase(QStringLiteral("call.llcase"), TestSupport::dataPath(QStringLiteral("whatsapp/records.html")));
    QVERIFY(db);
    const qint64 id = TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM events WHERE subtype = 'call'")).toLongLong();
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(id), QTimeZone::utc());
    const QString text = panel.plainText();
    QVERIFY2(text.contains(u"\nCall accepted: yes\n"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"\nEvents: • Type: offer · Timestamp: 2026-10-02 09:10:00 UTC · From: 4915112345678 · From Ip: "
                           "198.51.100.23 · From Port: 50200 · Media Type: audio · To: 5511987654321\n"
                           "• Type: accept · Timestamp: 2026-10-02 09:10:05 UTC · From: 5511987654321 · Media Type: audio · "
                           "To: 4915112345678\n"
                           "• Type: terminate · Timestamp: 2026-10-02 09:10:31 UTC · From: 4915112345678 · Media Type: audio · "
                           "To: 5511987654321\n"_qs),
             qPrintable(text));
}

void tst_Explorer::theSubscriberNamedAboveTheHeaderIsLabelledSo()
{
    // Kept with each event under LookupLens's own key, "subscriber (line 2)": shown as a label of
    // the panel's, in the analyst's language, not as a column of the row.
    const auto db = importedCase(QStringLiteral("above.llcase"), TestSupport::dataPath(QStringLiteral("carrier/cdr-sided-target-above.csv")));
    QVERIFY(db);
    const qint64 id = TestSupport::scalar(db->db(), QStringLiteral("SELECT id FROM events WHERE line = 5")).toLongLong();
    ProvenancePanel panel;
    panel.showEvent(CaseQueries(db->db()).provenance(id), QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"\nSubscriber (line 2, above the header): Target Number:,(202) 555-0100\n"_qs),
             qPrintable(panel.plainText()));
}
