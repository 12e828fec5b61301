#include "apptranslations.h"
#include "casedatabase.h"
#include "casesession.h"
#include "democase.h"
#include "eventfilterbar.h"
#include "eventtablemodel.h"
#include "evidenceclassstyle.h"
#include "explorerwiring.h"
#include "figurekeycursor.h"
#include "figurekeywalk.h"
#include "geodatabasesdialog.h"
#include "geofields.h"
#include "geosession.h"
#include "geowiring.h"
#include "ipdetailspanel.h"
#include "ipsview.h"
#include "iptablemodel.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "mapview.h"
#include "provenancepanel.h"
#include "testsupport.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>

using TestSupport::scalar;

/// The IPs list, IP details, map and headless map rendering, on the demo case (geolocated with
/// MaxMind's test City and ASN databases).
class tst_GeoViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ipTableShowsTheChosenDatabase();
    void fieldsNotCarriedAreNotNo();
    void aBusyAddressShowsItsFirstHandlesAndFindsThemAll();
    void theIpListOpensInAddressOrder();
    void anAddressWrittenOtherwiseIsFoundAndSaysSo();
    void detailsSideBySideWithCaveats();
    void anAddressNoDatabaseWasAskedAboutSaysSo();
    void mapDrawsCirclesAndListsTheRest();
    void fittingTheMapLeavesNoCircleUnderItsLegend();
    void eachClassHasItsOwnRingOnTheMap();
    void mapExportsPngAndPdf();
    void dragPansTheMapAndHoverDescribesACircle();
    void theKeyboardReachesEveryCircle();
    void selectingAnIpSelectsItEverywhere();
    void anIpsMenuListsItsEventsAndShowsItsPlace();
    void aCirclesAndANotDrawnLinesMenusLeadToTheAddress();
    void anIpsCountClickedListsTheEventsItCounts();
    void renderMapHeadless();
    void theMenuAddsDatabasesAndExportsThePlaces();
    void theMenuListsTheDatabasesWithTheirHashes();
    void renderRefusesBadRequests_data();
    void renderRefusesBadRequests();
    void renderNeverWritesOverTheCasesEvidence();
    void renderReadsACaseOnReadOnlyStorage();

private:
    /// Shows @p panel 1000×600 with the demo case's addresses.
    void showWithIps(MapPanel &panel);
    static QList<IpSummary> summaries(const QString &casePath);
    QTemporaryDir m_dir;
    QString m_demo;
    QList<IpSummary> m_ips;
};

QList<IpSummary> tst_GeoViews::summaries(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? IpSummaries::of(db->db()) : QList<IpSummary>{};
}

void tst_GeoViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    AppTranslations::install(*QCoreApplication::instance());
    m_demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(m_demo, &error), qPrintable(error));
    m_ips = summaries(m_demo);
    QCOMPARE(m_ips.size(), 5);
}

void tst_GeoViews::ipTableShowsTheChosenDatabase()
{
    IpTableModel model;
    model.setSummaries(m_ips);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.databases(), (QStringList{u"GeoIP2-City-Test.mmdb"_qs, u"GeoLite2-ASN-Test.mmdb"_qs}));
    const int london = model.rowOfIp(QStringLiteral("81.2.69.142"));
    const int milton = model.rowOfIp(QStringLiteral("216.160.83.56"));
    const int cgnat = model.rowOfIp(QStringLiteral("100.64.20.5"));
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(london, IpTableModel::CountryColumn), QStringLiteral("GB United Kingdom"));
    QCOMPARE(text(london, IpTableModel::CityColumn), QStringLiteral("London"));
    QCOMPARE(text(london, IpTableModel::AsnColumn), QString()); // not in the ASN database
    QCOMPARE(text(milton, IpTableModel::AsnColumn), QStringLiteral("AS209"));
    QCOMPARE(text(milton, IpTableModel::LookupsColumn), QStringLiteral("6"));
    QCOMPARE(text(milton, IpTableModel::CommunicationsColumn), QStringLiteral("0"));
    QCOMPARE(text(milton, IpTableModel::FirstSeenColumn), QStringLiteral("2026-03-02 08:14:03 UTC"));
    QCOMPARE(text(cgnat, IpTableModel::FlagsColumn), QStringLiteral("carrier-grade NAT"));
    QCOMPARE(model.index(milton, IpTableModel::LookupsColumn).data(ItemRoles::RawValueRole).toLongLong(), 6);
    // Grouped as the status bar and the Sources table write counts ("2030" stood here); sorted by
    // the number.
    QList<IpSummary> many = m_ips;
    for (IpSummary &ip : many) {
        if (ip.ip == u"216.160.83.56") {
            ip.lookups = 12345;
            ip.communications = 2030;
            for (int i = int(ip.handles.size()); i < 1200; ++i)
                ip.handles.append(u"+1555%1"_qs.arg(i, 7, 10, QChar(u'0')));
        }
    }
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setSummaries(many);
    const QString lookups = text(milton, IpTableModel::LookupsColumn);
    const QString communications = text(milton, IpTableModel::CommunicationsColumn);
    const QString handles = text(milton, IpTableModel::HandlesColumn);
    QLocale::setDefault(before);
    QCOMPARE(lookups, u"12,345"_qs);
    QCOMPARE(communications, u"2,030"_qs);
    QVERIFY2(handles.endsWith(u", … (1,200 in all)"_qs), qPrintable(handles));
    QCOMPARE(model.index(milton, IpTableModel::LookupsColumn).data(ItemRoles::RawValueRole).toLongLong(), 12345);
    model.setSummaries(m_ips);
    QVERIFY(TestSupport::shownText(model.index(london, IpTableModel::CityColumn).data(Qt::ToolTipRole))
                .contains(QStringLiteral("GeoIP2-City-Test.mmdb (GeoIP2-City), built 2026-02-04")));
    QVERIFY(TestSupport::shownText(model.index(london, IpTableModel::LookupsColumn).data(Qt::ToolTipRole))
                .contains(QStringLiteral("does not show that any message or call took place")));
    // Beneath a copy of the table, the databases whose estimates the places are, with their build
    // dates, which the cells show only in their tooltips.
    const auto note = [&]() { return model.headerData(0, Qt::Horizontal, ItemRoles::TableNoteRole).toString(); };
    QCOMPARE(note(), u"Country, City and ASN are a database's estimates for each address as of its build date, not where a "
                     "device was: GeoIP2-City-Test.mmdb (GeoIP2-City), built 2026-02-04; GeoLite2-ASN-Test.mmdb "
                     "(GeoLite2-ASN), built 2026-02-04. The accuracy radius and the caveats of each are in IP details."_qs);
    // The ASN database holds no countries: choosing it empties the place columns, not "none".
    model.setPlaceDatabase(QStringLiteral("GeoLite2-ASN-Test.mmdb"));
    QCOMPARE(text(milton, IpTableModel::CountryColumn), QString());
    QCOMPARE(text(milton, IpTableModel::AsnColumn), QStringLiteral("AS209"));
    QVERIFY2(note().contains(u": GeoLite2-ASN-Test.mmdb (GeoLite2-ASN), built 2026-02-04. "_qs), qPrintable(note()));
    // While a lookup runs, IPs without answers read "resolving…".
    IpTableModel fresh;
    QList<IpSummary> unanswered = m_ips;
    for (IpSummary &ip : unanswered)
        ip.geo.clear();
    fresh.setSummaries(unanswered);
    fresh.setResolving(true);
    QCOMPARE(fresh.index(0, IpTableModel::CityColumn).data().toString(), QStringLiteral("resolving…"));
    QCOMPARE(fresh.index(0, IpTableModel::IpColumn).data().toString(), unanswered[0].ip);
    fresh.setResolving(false);
    QCOMPARE(fresh.index(0, IpTableModel::CityColumn).data().toString(), QString());
    QCOMPARE(fresh.headerData(0, Qt::Horizontal, ItemRoles::TableNoteRole), QVariant(QString())); // no place, no note
}

void tst_GeoViews::aBusyAddressShowsItsFirstHandlesAndFindsThemAll()
{
    QList<IpSummary> ips = m_ips;
    IpSummary &busy = ips[0];
    busy.handles.clear();
    for (int i = 0; i < 12; ++i)
        busy.handles.append(u"+1555000%1"_qs.arg(i, 4, 10, QLatin1Char('0')));
    IpTableModel model;
    model.setSummaries(ips);
    const QModelIndex cell = model.index(model.rowOfIp(busy.ip), IpTableModel::HandlesColumn);
    QCOMPARE(cell.data().toString(), u"+15550000000, +15550000001, +15550000002, +15550000003, +15550000004, … (12 in all)"_qs);
    QCOMPARE(TestSupport::shownText(cell.data(Qt::ToolTipRole)), u"12 handles used this address; IP details lists them all."_qs);
    QCOMPARE(cell.data(ItemRoles::RawValueRole).toString(), busy.handles.join(u", "_qs)); // sorting sees them all
    const QModelIndex few = model.index(model.rowOfIp(ips[1].ip), IpTableModel::HandlesColumn);
    QCOMPARE(few.data().toString(), ips[1].handles.join(u", "_qs));

    // The search box finds the address by a handle the cell does not show.
    IpsView view;
    view.setModel(&model);
    auto *search = view.findChild<QLineEdit *>();
    auto *table = view.findChild<QTableView *>();
    QVERIFY(search && table);
    search->setText(QStringLiteral("+15550000011"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IpTableModel::IpColumn).data().toString(), busy.ip);
    search->setText(QStringLiteral("+15559999999"));
    QCOMPARE(table->model()->rowCount(), 0);
}

void tst_GeoViews::theIpListOpensInAddressOrder()
{
    // By number, IPv4 before IPv6, words in place of an address last; it opened by the text,
    // descending ("198.51.100.9" above "198.51.100.10").
    QList<IpSummary> ips;
    for (const QString &ip : {u"198.51.100.10"_qs, u"2001:db8::1"_qs, u"[REDACTED]"_qs, u"198.51.100.9"_qs, u"10.0.0.1"_qs,
                              u"2001:db8::0.1.0.0"_qs, u"81.2.69.142"_qs}) {
        IpSummary summary = m_ips.first();
        summary.ip = ip;
        ips.append(summary);
    }
    IpTableModel model;
    model.setSummaries(ips);
    IpsView view;
    view.setModel(&model);
    const QAbstractItemModel *shown = view.findChild<QTableView *>()->model();
    QStringList order;
    for (int row = 0; row < shown->rowCount(); ++row)
        order.append(shown->index(row, IpTableModel::IpColumn).data().toString());
    QCOMPARE(order, (QStringList{u"10.0.0.1"_qs, u"81.2.69.142"_qs, u"198.51.100.9"_qs, u"198.51.100.10"_qs, u"2001:db8::1"_qs,
                                 u"2001:db8::0.1.0.0"_qs, u"[REDACTED]"_qs}));
}

void tst_GeoViews::anAddressWrittenOtherwiseIsFoundAndSaysSo()
{
    QList<IpSummary> ips = m_ips;
    for (IpSummary &ip : ips) {
        if (ip.ip == u"81.2.69.142")
            ip.otherWritings = QStringList{u"::ffff:81.2.69.142"_qs};
    }
    IpTableModel model;
    model.setSummaries(ips);
    const QModelIndex cell = model.index(model.rowOfIp(u"81.2.69.142"_qs), IpTableModel::IpColumn);
    QCOMPARE(TestSupport::shownText(cell.data(Qt::ToolTipRole)), u"Also written in the records as: ::ffff:81.2.69.142"_qs);
    QVERIFY(model.index(model.rowOfIp(u"216.160.83.56"_qs), IpTableModel::IpColumn).data(Qt::ToolTipRole).isNull());
    IpsView view;
    view.setModel(&model);
    auto *search = view.findChild<QLineEdit *>();
    auto *table = view.findChild<QTableView *>();
    search->setText(QStringLiteral("::ffff:81"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IpTableModel::IpColumn).data().toString(), u"81.2.69.142"_qs);
}

void tst_GeoViews::fieldsNotCarriedAreNotNo()
{
    GeoAnswer asn;
    asn.databaseType = QStringLiteral("GeoLite2-ASN");
    asn.status = QStringLiteral("found");
    asn.record = QJsonObject{{QStringLiteral("autonomous_system_number"), 209}};
    QCOMPARE(GeoFields::cell(asn, QStringLiteral("asn")).text, QStringLiteral("AS209"));
    QCOMPARE(GeoFields::cell(asn, QStringLiteral("as_organization")).state, GeoFields::State::Empty);
    QCOMPARE(GeoFields::cell(asn, QStringLiteral("city")).state, GeoFields::State::NotCarried);
    QCOMPARE(GeoFields::cell(asn, QStringLiteral("is_anonymous_vpn")).text, QStringLiteral("not in this database"));
    GeoAnswer anonymous;
    anonymous.databaseType = QStringLiteral("GeoIP2-Anonymous-IP");
    anonymous.status = QStringLiteral("found");
    anonymous.record = QJsonObject{{QStringLiteral("is_anonymous"), true}, {QStringLiteral("is_hosting_provider"), true}};
    QCOMPARE(GeoFields::cell(anonymous, QStringLiteral("is_anonymous")).text, QStringLiteral("yes"));
    QCOMPARE(GeoFields::cell(anonymous, QStringLiteral("is_tor_exit_node")).text, QStringLiteral("no"));
    anonymous.status = QStringLiteral("not-found");
    QCOMPARE(GeoFields::cell(anonymous, QStringLiteral("is_anonymous_vpn")).text, QStringLiteral("no (not listed)"));
    GeoAnswer city;
    city.databaseType = QStringLiteral("GeoIP2-City");
    city.status = QStringLiteral("failed");
    QCOMPARE(GeoFields::cell(city, QStringLiteral("city")).state, GeoFields::State::NoAnswer);
}

void tst_GeoViews::detailsSideBySideWithCaveats()
{
    IpDetailsPanel panel;
    auto *copy = panel.findChild<QPushButton *>();
    QCOMPARE(copy->text(), u"Copy IP details"_qs);
    QVERIFY(!copy->isEnabled()); // no address shown
    const IpSummary *london = nullptr;
    const IpSummary *cgnat = nullptr;
    for (const IpSummary &ip : m_ips) {
        if (ip.ip == u"81.2.69.142")
            london = &ip;
        if (ip.ip == u"100.64.20.5")
            cgnat = &ip;
    }
    panel.showIp(london, QTimeZone::utc());
    const QString html = panel.html();
    for (const char *expected : {"GeoIP2-City-Test.mmdb", "GeoLite2-ASN-Test.mmdb", "built 2026-02-04", "London",
                                 "51.5142", "Europe/London", "US", // the registered country differs
                                 "not in this database", "Anonymiser status unknown", "3 lookups"})
        QVERIFY2(html.contains(QLatin1String(expected)), expected);
    // Side by side where there is room; in a narrow dock each field's values stacked under its
    // name, a line per database, and laid out again as the panel is resized.
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.html().contains(QStringLiteral("<table")));
    panel.resize(260, 600);
    QTRY_VERIFY(!panel.html().contains(QStringLiteral("<table")));
    QVERIFY2(panel.plainText().contains(u"\nGeoIP2-City-Test.mmdb: GeoIP2-City, built 2026-02-04\n"
                                         "GeoLite2-ASN-Test.mmdb: GeoLite2-ASN, built 2026-02-04\nCountry\n"
                                         "GeoIP2-City-Test.mmdb: GB United Kingdom\n"
                                         "GeoLite2-ASN-Test.mmdb: not in this database\nRegistered country\n"_qs),
             qPrintable(panel.plainText()));
    panel.resize(900, 600);
    QTRY_VERIFY(panel.html().contains(QStringLiteral("<table")));
    // Copied: as text each field's values stacked, each line naming its database (a table's cells
    // read as text would name none), and the caveat; as HTML side by side, as shown here.
    QVERIFY(copy->isEnabled());
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Country\nGeoIP2-City-Test.mmdb: GB United Kingdom\nGeoLite2-ASN-Test.mmdb: not in this database\n"_qs)
                 && copied.contains(EvidenceClassText::lookupCaveat()) && copied.startsWith(u"81.2.69.142\n"_qs),
             qPrintable(copied));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->html().contains(u"<table"_qs));
    panel.showIp(cgnat, QTimeZone::utc());
    QVERIFY(panel.html().contains(QStringLiteral("carrier-grade NAT: many subscribers share this address")));
    QVERIFY(!panel.plainText().contains(u"Not one address"_qs));
    // Words in place of an address that two handles' records hold: said to be no shared address.
    IpSummary redacted;
    redacted.ip = u"[REDACTED]"_qs;
    redacted.flags = {u"not-an-address"_qs};
    redacted.handles = {u"+12025550101"_qs, u"+12025550102"_qs};
    panel.showIp(&redacted, QTimeZone::utc());
    QVERIFY2(panel.plainText().contains(u"Handles: +12025550101, +12025550102\nNot one address: these handles' records hold "
                                         "the same words in place of one"_qs),
             qPrintable(panel.plainText()));
    panel.showIp(nullptr, QTimeZone::utc());
    QVERIFY(panel.html().contains(QStringLiteral("Select a client IP")));
}

void tst_GeoViews::anAddressNoDatabaseWasAskedAboutSaysSo()
{
    // An address imported after the case's databases were added, not looked up in them (their
    // files gone, or an import that did not look addresses up): IP details said "No geolocation
    // database has been added to this case", the map "no answer from GeoIP2-City-Test.mmdb".
    const QString casePath = m_dir.filePath(u"not-asked.llcase"_qs);
    QVERIFY(QFile::copy(m_demo, casePath));
    QVERIFY(TestSupport::importedFiles(
        casePath,
        {TestSupport::writeIdsLookupFrom(m_dir.filePath(u"not-asked.csv"_qs), "198.51.100.23")}));
    const QList<IpSummary> ips = summaries(casePath);
    const auto notAsked = std::find_if(
        ips.cbegin(), ips.cend(), [](const IpSummary &ip) { return ip.ip == u"198.51.100.23"; });
    QVERIFY(notAsked != ips.cend());
    QCOMPARE(notAsked->notLookedUpIn,
             (QStringList{u"GeoIP2-City-Test.mmdb"_qs, u"GeoLite2-ASN-Test.mmdb"_qs}));
    for (const IpSummary &ip : ips)
        QVERIFY2(&ip == &*notAsked || ip.notLookedUpIn.isEmpty(), qPrintable(ip.ip));
    const QString why =
        u"Not looked up in GeoIP2-City-Test.mmdb, GeoLite2-ASN-Test.mmdb, added before the address "
        "was imported: LookupLens looks new addresses up in a database while its file is where it "
        "was added and unchanged."_qs;
    IpTableModel table;
    table.setSummaries(ips);
    const int row = table.rowOfIp(u"198.51.100.23"_qs);
    QCOMPARE(
        TestSupport::shownText(table.index(row, IpTableModel::CountryColumn).data(Qt::ToolTipRole)),
        why);
    IpDetailsPanel details;
    details.showIp(&*notAsked, QTimeZone::utc());
    QVERIFY2(details.plainText().contains(why), qPrintable(details.plainText()));
    QVERIFY(!details.plainText().contains(u"No geolocation database"_qs));
    // A carrier-grade NAT address no database answered: its caveat is the address's own.
    IpSummary shared;
    shared.ip = u"100.64.31.9"_qs;
    shared.flags = {u"cgnat"_qs};
    shared.ports = {40123};
    details.showIp(&shared, QTimeZone::utc());
    QVERIFY2(details.plainText().contains(
                 u"carrier-grade NAT: many subscribers share this address; only the "
                 "carrier can attribute it, from IP, port and exact time\n"
                 "Ports in the records, for the carrier: 40123"_qs),
             qPrintable(details.plainText()));
    MapPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setIps(ips);
    QStringList lines;
    for (int i = 0; i < panel.notDrawnList()->count(); ++i)
        lines.append(panel.notDrawnList()->item(i)->text());
    QVERIFY2(lines.contains(
                 u"198.51.100.23 — not looked up in GeoIP2-City-Test.mmdb; documentation range"_qs),
             qPrintable(lines.join(u'\n')));
}

void tst_GeoViews::showWithIps(MapPanel &panel)
{
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setIps(m_ips);
}

void tst_GeoViews::eachClassHasItsOwnRingOnTheMap()
{
    // The demo's addresses are only in lookups: here one is given communications alone, one
    // connections alone. Each circle's ring is its class's (colour and line); only the one
    // carrying communications is filled; the selected one is framed.
    QList<IpSummary> ips = m_ips;
    for (IpSummary &ip : ips) {
        if (ip.ip == u"81.2.69.142") {
            ip.lookups = 0;
            ip.communications = 3;
        } else if (ip.ip == u"216.160.83.56") {
            ip.lookups = 0;
            ip.connections = 2;
        }
    }
    MapPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setIps(ips);
    MapView *map = panel.map();
    map->fitToData();
    const QImage before = map->grab().toImage().convertToFormat(QImage::Format_RGB32);
    // The pixels of a class's colour in and around a circle (its label, on the right, left out).
    const auto pixelsOf = [](const QImage &image, QPoint centre, EvidenceClass cls) {
        const QColor colour = EvidenceClassStyle::color(cls);
        int count = 0;
        for (int x = centre.x() - 15; x <= centre.x() + 3; ++x)
            for (int y = centre.y() - 15; y <= centre.y() + 15; ++y) {
                const QColor seen = image.pixelColor(x, y);
                count += qAbs(seen.red() - colour.red()) + qAbs(seen.green() - colour.green())
                             + qAbs(seen.blue() - colour.blue()) < 60;
            }
        return count;
    };
    const QPoint london = map->centreOf(u"81.2.69.142"_qs)->toPoint();
    const QPoint milton = map->centreOf(u"216.160.83.56"_qs)->toPoint();
    const QPoint lookedUp = map->centreOf(u"89.160.20.112"_qs)->toPoint();
    QVERIFY(pixelsOf(before, london, EvidenceClass::Communication) > 0);
    QCOMPARE(pixelsOf(before, london, EvidenceClass::Lookup), 0);
    QVERIFY(pixelsOf(before, milton, EvidenceClass::Connection) > 0);
    QCOMPARE(pixelsOf(before, milton, EvidenceClass::Communication), 0);
    QCOMPARE(pixelsOf(before, milton, EvidenceClass::Lookup), 0);
    QVERIFY(pixelsOf(before, lookedUp, EvidenceClass::Lookup) > 0);
    QCOMPARE(pixelsOf(before, lookedUp, EvidenceClass::Communication), 0);
    const QColor filled = before.pixelColor(london);
    QVERIFY2(filled.blue() > filled.red() + 40, qPrintable(filled.name())); // tinted with the communications' blue
    for (const QPoint centre : {milton, lookedUp}) {
        const QColor plain = before.pixelColor(centre);
        QVERIFY2(qAbs(plain.blue() - plain.red()) < 30, qPrintable(plain.name())); // the ground shows through
    }
    // Selected: a dark frame drawn around its circle.
    QTest::mouseClick(map, Qt::LeftButton, {}, milton);
    QCOMPARE(map->selectedIp(), u"216.160.83.56"_qs);
    const QImage after = map->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int black = 0;
    for (int x = milton.x() - 60; x <= milton.x() + 60; ++x)
        for (int y = milton.y() - 60; y <= milton.y() + 60; ++y)
            black += after.rect().contains(x, y) && after.pixelColor(x, y).lightness() < 70 && before.pixelColor(x, y).lightness() >= 70;
    QVERIFY2(black > 20, qPrintable(QString::number(black)));
}

void tst_GeoViews::fittingTheMapLeavesNoCircleUnderItsLegend()
{
    // Addresses in São Paulo and Stockholm: fitted to the view, São Paulo's circle stood in the
    // lower left corner, under the legend's box.
    const auto placed = [](const QString &ip, double latitude, double longitude) {
        IpSummary summary;
        summary.ip = ip;
        summary.lookups = 1;
        GeoAnswer answer;
        answer.database = u"City.mmdb"_qs;
        answer.status = u"found"_qs;
        answer.latitude = latitude;
        answer.longitude = longitude;
        answer.accuracyRadiusKm = 20;
        answer.city = u"somewhere"_qs;
        summary.geo = {answer};
        return summary;
    };
    MapView map;
    map.resize(600, 450);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.setDatabase(u"City.mmdb"_qs);
    map.setIps(
        {placed(u"198.51.100.1"_qs, -23.55, -46.63), placed(u"198.51.100.2"_qs, 59.33, 18.07)});
    map.fitToData();
    const QRectF legend = map.legendRect();
    QVERIFY(legend.height() > 60);
    for (const QString &ip : {u"198.51.100.1"_qs, u"198.51.100.2"_qs}) {
        const QPointF centre = map.centreOf(ip).value();
        QVERIFY2(map.rect().contains(centre.toPoint()), qPrintable(ip));
        QVERIFY2(centre.y() < legend.top(),
                 qPrintable(
                     u"%1 at %2, the legend from %3"_qs.arg(ip).arg(centre.y()).arg(legend.top())));
        QVERIFY2(map.labelOf(ip)->bottom() < legend.top() || !map.labelOf(ip)->intersects(legend),
                 qPrintable(ip));
    }
}

void tst_GeoViews::mapDrawsCirclesAndListsTheRest()
{
    MapPanel panel;
    showWithIps(panel);
    MapView *map = panel.map();
    QCOMPARE(map->database(), QStringLiteral("GeoIP2-City-Test.mmdb"));
    QStringList drawn = map->drawnIps();
    drawn.sort();
    QCOMPARE(drawn, (QStringList{u"216.160.83.56"_qs, u"81.2.69.142"_qs, u"89.160.20.112"_qs}));
    QStringList listed;
    for (int i = 0; i < panel.notDrawnList()->count(); ++i)
        listed.append(panel.notDrawnList()->item(i)->data(Qt::UserRole).toString());
    QCOMPARE(listed, (QStringList{u"100.64.20.5"_qs, u"198.51.100.14"_qs}));
    // An address listed, not drawn, double-clicked: its events are wanted, as a circle's are.
    QSignalSpy activated(&panel, &MapPanel::ipActivated);
    QListWidget *list = panel.notDrawnList();
    const QPoint item = list->visualItemRect(list->item(1)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item); // Qt Test's double-click has no press of its own
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, item);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), QStringLiteral("198.51.100.14"));
    // After fitting, every circle and its label are inside the view, also a narrow one, where
    // a label right of its circle ran past the edge.
    for (const int width : {420, 1000}) {
        panel.resize(width, 600);
        QTRY_COMPARE(panel.width(), width);
        map->fitToData();
        for (const QString &ip : drawn) {
            const QPointF centre = map->centreOf(ip).value();
            QVERIFY2(map->rect().contains(centre.toPoint()), qPrintable(ip));
            const QRectF label = map->labelOf(ip).value();
            QVERIFY2(QRectF(map->rect()).contains(label), qPrintable(QStringLiteral("%1 at %2 wide").arg(ip).arg(width)));
            QVERIFY2(label.width() > 40, qPrintable(ip));
        }
    }
    // Clicking a circle selects its IP.
    QSignalSpy clicked(&panel, &MapPanel::ipSelected);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->centreOf(QStringLiteral("81.2.69.142"))->toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked[0][0].toString(), QStringLiteral("81.2.69.142"));
    QCOMPARE(map->selectedIp(), QStringLiteral("81.2.69.142"));
    // A click on open sea selects nothing.
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(map->width() - 3, 3));
    QCOMPARE(clicked.size(), 1);
    // Zooming in with the wheel keeps the point under the cursor in place and spreads the rest.
    const QPointF before = *map->centreOf(QStringLiteral("81.2.69.142"));
    const double spreadBefore = QLineF(before, *map->centreOf(QStringLiteral("89.160.20.112"))).length();
    QWheelEvent wheel(before, map->mapToGlobal(before), {}, {0, 240}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(map, &wheel);
    QVERIFY(QLineF(*map->centreOf(QStringLiteral("81.2.69.142")), before).length() < 1.0);
    const double spreadAfter = QLineF(before, *map->centreOf(QStringLiteral("89.160.20.112"))).length();
    QVERIFY2(qAbs(spreadAfter / spreadBefore - std::pow(1.0015, 240)) < 0.01, qPrintable(QString::number(spreadAfter / spreadBefore)));
}

void tst_GeoViews::mapExportsPngAndPdf()
{
    MapView map;
    map.resize(800, 500);
    map.setIps(m_ips);
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    QVERIFY2(map.exportTo(png, QSize(1200, 700), &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 700));
    // The London circle is drawn in the lookup colour: some amber pixels exist.
    bool amber = false;
    for (int y = 0; y < image.height() && !amber; ++y) {
        for (int x = 0; x < image.width() && !amber; ++x)
            amber = image.pixelColor(x, y) == QColor(0xC2, 0x7C, 0x0E);
    }
    QVERIFY(amber);
    const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
    QVERIFY2(map.exportTo(pdf, QSize(1200, 700), &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);
    QVERIFY(!map.exportTo(m_dir.filePath(QStringLiteral("no-such-dir/map.png")), QSize(100, 100), &error));
    QVERIFY(error.contains(QStringLiteral("no-such-dir/map.png")));
}

void tst_GeoViews::dragPansTheMapAndHoverDescribesACircle()
{
    // Dragged, the map moves with the pointer and selects nothing on release; a circle hovered
    // says what it is, with the lookup caveat where it counts lookups.
    MapPanel panel;
    showWithIps(panel);
    MapView *map = panel.map();
    const QString ip = u"89.160.20.112"_qs;
    const QPointF before = *map->centreOf(ip);
    QSignalSpy clicked(&panel, &MapPanel::ipSelected);
    const QPoint from = before.toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(map, from + QPoint(15 * step, 10 * step));
    QTest::mouseRelease(map, Qt::LeftButton, {}, from + QPoint(60, 40));
    const QPointF moved = *map->centreOf(ip) - before;
    QVERIFY2(QLineF(moved, QPointF(60, 40)).length() < 1.0, qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QCOMPARE(clicked.size(), 0); // a drag ending on a circle is no click on it
    QVERIFY(map->selectedIp().isEmpty());

    const QPoint at = map->centreOf(ip)->toPoint();
    QHelpEvent help(QEvent::ToolTip, at, map->mapToGlobal(at));
    QApplication::sendEvent(map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    // The demo's two lookups from the address; the test database's answer for it.
    QCOMPARE(TestSupport::shownText(QToolTip::text()),
             u"89.160.20.112\nGeoIP2-City-Test.mmdb (GeoIP2-City), built 2026-02-04: within 76 km of Linköping\n"
             "2 lookups · 0 communications · 0 connections\n"_qs
                 + EvidenceClassText::lookupCaveat() + u"\nDouble-click to list its events."_qs);
}

void tst_GeoViews::theKeyboardReachesEveryCircle()
{
    // Each circle drawn is a stop of the arrow keys, described as hovering describes it; Enter
    // lists its events as a double click does.
    MapPanel panel;
    showWithIps(panel);
    MapView *map = panel.map();
    QStringList stopped;
    QSet<QPair<int, int>> stops;
    for (const QPointF &at : map->figurePositions()) {
        stopped.append(map->ipAt(at));
        stops.insert(FigureKeyWalk::spot(at));
    }
    stopped.sort();
    QStringList drawn = map->drawnIps();
    drawn.sort();
    QCOMPARE(stopped, drawn);
    QCOMPARE(FigureKeyWalk::reachedByArrows(map, map->keyCursor()), stops);
    QSignalSpy wanted(map, &MapView::ipDoubleClicked);
    QTest::keyClick(map, Qt::Key_Home); // the westernmost: Milton, US
    const QString ip = map->ipAt(*map->keyCursor()->current());
    QCOMPARE(ip, u"216.160.83.56"_qs);
    QCOMPARE(map->keyCursor()->currentText(), map->describeIp(ip, u"Press Enter to list its events."_qs));
    QVERIFY(map->keyCursor()->currentText().contains(EvidenceClassText::lookupCaveat()));
    QTest::keyClick(map, Qt::Key_Enter);
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted[0][0].toString(), ip);
    // "+" zooms in about the circle under the cursor: it stays where it is, the others spread.
    const QPointF milton = *map->centreOf(ip);
    const double spread = QLineF(milton, *map->centreOf(u"81.2.69.142"_qs)).length();
    QTest::keyClick(map, Qt::Key_Plus);
    QVERIFY(QLineF(*map->centreOf(ip), milton).length() < 0.5);
    QCOMPARE(qRound(QLineF(*map->centreOf(ip), *map->centreOf(u"81.2.69.142"_qs)).length()), qRound(2 * spread));

    // A small circle drawn over a larger one's centre: the larger is stopped at further out.
    IpSummary wide = m_ips.first();
    GeoAnswer placed;
    placed.database = u"Test.mmdb"_qs;
    placed.databaseType = u"GeoIP2-City"_qs;
    placed.status = u"found"_qs;
    placed.latitude = 50.0;
    placed.longitude = 10.0;
    placed.accuracyRadiusKm = 1000;
    wide.geo = {placed};
    IpSummary narrow = wide;
    narrow.ip = u"192.0.2.200"_qs;
    narrow.geo.first().accuracyRadiusKm = 20;
    wide.ip = u"192.0.2.100"_qs;
    panel.setIps({wide, narrow});
    map->fitToData();
    const QList<QPointF> nested = map->figurePositions();
    QCOMPARE(nested.size(), 2);
    QCOMPARE(QSet<QString>({map->ipAt(nested.at(0)), map->ipAt(nested.at(1))}), QSet<QString>({wide.ip, narrow.ip}));
}

void tst_GeoViews::selectingAnIpSelectsItEverywhere()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(m_demo));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->geo()->model()->rowCount(), 5, 10000);
    // A click on the map's London circle selects the row in the IPs list and shows its details.
    MapView *map = window.mapPanel()->map();
    window.findChild<QTabWidget *>(QStringLiteral("centerTabs"))->setCurrentWidget(window.mapPanel());
    QVERIFY(QTest::qWaitForWindowExposed(map));
    map->fitToData();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->centreOf(QStringLiteral("81.2.69.142"))->toPoint());
    QTableView *table = window.ipsView()->table();
    QCOMPARE(table->currentIndex().siblingAtColumn(IpTableModel::IpColumn).data().toString(), QStringLiteral("81.2.69.142"));
    QVERIFY(window.findChild<IpDetailsPanel *>()->html().contains(QStringLiteral("London")));
    // Choosing a row in the list selects the circle.
    const QModelIndex milton = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"216.160.83.56"_qs).value(0);
    table->setCurrentIndex(milton);
    QCOMPARE(map->selectedIp(), QStringLiteral("216.160.83.56"));
    // Selecting a handle lets the list keep only its IPs: the +12015550123 used one address.
    window.wiring()->selectHandle(*window.session()->resolveHandle(QStringLiteral("+12015550123")));
    auto *only = window.ipsView()->findChild<QCheckBox *>();
    QVERIFY(only->isEnabled());
    only->setChecked(true);
    QCOMPARE(window.ipsView()->visibleRows(), 1);
    only->setChecked(false);
    QCOMPARE(window.ipsView()->visibleRows(), 5);
    // Activating an address lists its events: London's three lookups, each traceable to its line.
    window.findChild<EventFilterBar *>()->setHandleText(QString()); // the handle selected above used other IPs
    const QModelIndex london = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"81.2.69.142"_qs).value(0);
    emit table->activated(london);
    QTRY_COMPARE(window.session()->events()->rowCount(), 3);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("filterIp"))->text(), QStringLiteral("81.2.69.142"));
    // The same address typed another way finds the same events.
    window.findChild<EventFilterBar *>()->setIpText(QStringLiteral("::FFFF:81.2.69.142"));
    QTRY_COMPARE(window.session()->events()->rowCount(), 3);
    window.findChild<EventFilterBar *>()->setIpText(QStringLiteral("81.2.69.143"));
    QTRY_COMPARE(window.session()->events()->rowCount(), 0);
    // Double-clicking London's circle lists its events in the table, brought forward.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centerTabs"));
    tabs->setCurrentWidget(window.mapPanel());
    QTest::mouseDClick(map, Qt::LeftButton, {}, map->centreOf(QStringLiteral("81.2.69.142"))->toPoint());
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("filterIp"))->text(), QStringLiteral("81.2.69.142"));
    QTRY_COMPARE(window.session()->events()->rowCount(), 3);
}

void tst_GeoViews::anIpsMenuListsItsEventsAndShowsItsPlace()
{
    // London's address in the demo: three lookups. Its context menu lists them whatever the
    // filters were, shows it on the map and brings its details forward.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCase(m_demo));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->geo()->model()->rowCount(), 5, 10000);
    QTableView *table = window.ipsView()->table();
    const QList<QAction *> menu = table->actions();
    const QStringList texts = TestSupport::menuTexts(menu.mid(0, 4));
    QCOMPARE(texts, (QStringList{u"&List its events"_qs, u"Show it on the &map"_qs,
                                 u"Show its &details"_qs, u"-"_qs}));
    const auto enabled = [&menu]() { return TestSupport::enabledStates(menu.mid(0, 3)); };
    table->clearSelection();
    QCOMPARE(enabled(), (QList<bool>{false, false, false}));
    const QModelIndex london =
        table->model()
            ->match(table->model()->index(0, 0), Qt::DisplayRole, u"81.2.69.142"_qs)
            .value(0);
    table->setCurrentIndex(london);
    QCOMPARE(enabled(), (QList<bool>{true, true, true}));
    auto *filter = window.findChild<EventFilterBar *>();
    filter->setHandleText(u"+19175550110"_qs);
    filter->showCountedEvents(EventFilter::HandleSide::Either, EvidenceClass::Communication);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centerTabs"));
    tabs->setCurrentWidget(window.mapPanel());
    menu[0]->trigger();
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(filter->filter().clientIp, u"81.2.69.142"_qs);
    QVERIFY(!filter->filter().handleId && !filter->filter().evidenceClass);
    QTRY_COMPARE(window.session()->events()->rowCount(), 3);
    menu[1]->trigger();
    QCOMPARE(tabs->currentWidget(), window.mapPanel());
    QCOMPARE(window.mapPanel()->map()->selectedIp(), u"81.2.69.142"_qs);
    auto *details = window.findChild<IpDetailsPanel *>();
    window.findChild<QDockWidget *>(u"provenanceDock"_qs)->raise();
    QTRY_VERIFY(details->visibleRegion().isEmpty());
    menu[2]->trigger();
    QTRY_VERIFY(!details->visibleRegion().isEmpty());
    QVERIFY(details->html().contains(u"London"_qs));
    // Another case: its list read anew, nothing highlighted, nothing offered.
    const QString other = m_dir.filePath(u"ip-menu.llcase"_qs);
    QVERIFY(QFile::copy(m_demo, other));
    QVERIFY(window.openCase(other));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->geo()->model()->rowCount(), 5, 10000);
    QCOMPARE(enabled(), (QList<bool>{false, false, false}));
}

void tst_GeoViews::aCirclesAndANotDrawnLinesMenusLeadToTheAddress()
{
    // A right-click on London's circle selects the address everywhere and offers what its row
    // in the IPs list does: its 3 lookups, its details. A line of the list not drawn the same.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCase(m_demo));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->geo()->model()->rowCount(), 5, 10000);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centerTabs"));
    tabs->setCurrentWidget(window.mapPanel());
    MapView *map = window.mapPanel()->map();
    QTRY_VERIFY(map->centreOf(u"81.2.69.142"_qs));
    const QPoint london = map->centreOf(u"81.2.69.142"_qs)->toPoint();
    const auto menuOver = [](QWidget *widget, QContextMenuEvent::Reason reason, const QPoint &at) {
        QContextMenuEvent event(reason, at, widget->mapToGlobal(at));
        QCoreApplication::sendEvent(widget, &event);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return std::pair{menu, TestSupport::menuTexts(menu ? menu->actions() : QList<QAction *>{})};
    };
    auto [menu, texts] = menuOver(map, QContextMenuEvent::Mouse, london);
    QCOMPARE(texts,
             (QStringList{u"81.2.69.142"_qs, u"&List its events"_qs, u"Show its &details"_qs}));
    QCOMPARE(window.geoWiring()->selectedIp(), u"81.2.69.142"_qs);
    auto *filter = window.findChild<EventFilterBar *>();
    filter->setHandleText(u"+19175550110"_qs);
    menu->actions().at(1)->trigger();
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(filter->filter().clientIp, u"81.2.69.142"_qs);
    QVERIFY(!filter->filter().handleId);
    QTRY_COMPARE(window.session()->events()->rowCount(), 3);
    auto *details = window.findChild<IpDetailsPanel *>();
    window.findChild<QDockWidget *>(u"provenanceDock"_qs)->raise();
    QTRY_VERIFY(details->visibleRegion().isEmpty());
    menu->actions().at(2)->trigger();
    QTRY_VERIFY(!details->visibleRegion().isEmpty());
    QVERIFY(details->html().contains(u"London"_qs));
    // Nothing there: no menu.
    menu->close();
    QTRY_VERIFY(!QApplication::activePopupWidget());
    tabs->setCurrentWidget(window.mapPanel());
    QVERIFY(!menuOver(map, QContextMenuEvent::Mouse, QPoint(2, 2)).first);
    // The Menu key: the circle the ring is on.
    QVERIFY(FigureKeyWalk::goTo(map, map->keyCursor(), *map->centreOf(u"216.160.83.56"_qs)));
    std::tie(menu, texts) = menuOver(map, QContextMenuEvent::Keyboard, QPoint(1, 1));
    QCOMPARE(texts.value(0), u"216.160.83.56"_qs);
    menu->close();
    // The list not drawn: the carrier-grade NAT address, by the mouse, then by the Menu key.
    QListWidget *list = window.mapPanel()->notDrawnList();
    QListWidgetItem *nat = list->findItems(u"100.64.20.5"_qs, Qt::MatchStartsWith).value(0);
    QVERIFY(nat);
    list->scrollToItem(nat);
    std::tie(menu, texts) =
        menuOver(list->viewport(), QContextMenuEvent::Mouse, list->visualItemRect(nat).center());
    QCOMPARE(texts.value(0), u"100.64.20.5"_qs);
    QCOMPARE(list->currentItem(), nat);
    QCOMPARE(window.geoWiring()->selectedIp(), u"100.64.20.5"_qs);
    menu->actions().at(1)->trigger();
    QCOMPARE(filter->filter().clientIp, u"100.64.20.5"_qs);
    tabs->setCurrentWidget(window.mapPanel());
    list->setCurrentRow(list->count() - 1);
    const QString last = list->currentItem()->data(Qt::UserRole).toString();
    QVERIFY(last != u"100.64.20.5"_qs);
    std::tie(menu, texts) = menuOver(list, QContextMenuEvent::Keyboard, QPoint(5, 5));
    QCOMPARE(texts.value(0), last);
    menu->close();
}

void tst_GeoViews::anIpsCountClickedListsTheEventsItCounts()
{
    // Every class count of every address, clicked, lists exactly the events it counts, whatever
    // filters stood before, in the events table brought forward.
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(m_demo));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->geo()->model()->rowCount(), 5, 10000);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centerTabs"));
    tabs->setCurrentWidget(window.mapPanel());
    QTableView *table = window.ipsView()->table();
    // Its columns wider than the list (beside the provenance, in the test's window): choosing the
    // address on the press once scrolled the list back to its first column before the release.
    QVERIFY(table->horizontalHeader()->length() > table->viewport()->width());
    // Every class's count beside the address and its flags, in sight, the dates after them.
    const QHeaderView *header = table->horizontalHeader();
    const QList<int> order{IpTableModel::IpColumn,          IpTableModel::FlagsColumn,
                           IpTableModel::LookupsColumn,     IpTableModel::CommunicationsColumn,
                           IpTableModel::ConnectionsColumn, IpTableModel::FirstSeenColumn,
                           IpTableModel::LastSeenColumn,    IpTableModel::HandlesColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        QCOMPARE(header->logicalIndex(visual), order.at(visual));
    QVERIFY2(header->sectionViewportPosition(IpTableModel::ConnectionsColumn) +
                     header->sectionSize(IpTableModel::ConnectionsColumn) <=
                 table->viewport()->width(),
             qPrintable(QString::number(
                 header->sectionViewportPosition(IpTableModel::ConnectionsColumn))));
    auto *filter = window.findChild<EventFilterBar *>();
    int figures = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString ip = table->model()->index(row, IpTableModel::IpColumn).data().toString();
        for (int column : {IpTableModel::LookupsColumn, IpTableModel::CommunicationsColumn, IpTableModel::ConnectionsColumn}) {
            filter->setHandleText(QStringLiteral("+19175550110"));
            const QModelIndex index = table->model()->index(row, column);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(filter->filter().clientIp, ip);
            QCOMPARE(filter->filter().evidenceClass, IpTableModel::classCounted(column));
            QCOMPARE(filter->filter().handleId, std::nullopt);
            QCOMPARE(window.session()->events()->rowCount(), index.data(ItemRoles::RawValueRole).toInt());
            for (int e = 0; e < window.session()->events()->rowCount(); ++e)
                QCOMPARE(window.session()->events()->index(e, EventTableModel::ClassColumn).data(ItemRoles::EvidenceClassRole).toInt(),
                         int(*IpTableModel::classCounted(column)));
            QCOMPARE(tabs->currentIndex(), 0);
            tabs->setCurrentWidget(window.mapPanel());
            figures += index.data(ItemRoles::RawValueRole).toInt();
        }
    }
    QCOMPARE(figures, 16); // the demo's lookups carry client IPs; its carrier records none
    const QString tip = TestSupport::shownText(table->model()->index(0, IpTableModel::LookupsColumn).data(Qt::ToolTipRole));
    QVERIFY2(tip.startsWith(QStringLiteral("Click to list these")) && tip.contains(EvidenceClassText::lookupCaveat()), qPrintable(tip));
    // The IP details panel's counts lead to the same events: London's lookups, a link; its
    // communications, none, no link.
    const QModelIndex london = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"81.2.69.142"_qs).value(0);
    table->setCurrentIndex(london);
    auto *details = window.findChild<IpDetailsPanel *>();
    QVERIFY(details->html().contains(QStringLiteral("href=\"lookup\"")));
    QVERIFY(!details->html().contains(QStringLiteral("href=\"communication\"")));
    filter->setHandleText(QStringLiteral("+19175550110"));
    emit details->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("lookup")));
    QCOMPARE(filter->filter().clientIp, QStringLiteral("81.2.69.142"));
    QCOMPARE(filter->filter().evidenceClass, EvidenceClass::Lookup);
    QCOMPARE(window.session()->events()->rowCount(), 3);
    QCOMPARE(tabs->currentIndex(), 0);
    // First and last seen, in the list and in the details, lead to the event at that time, and
    // its source line.
    for (const auto &[column, time] : {std::pair{int(IpTableModel::FirstSeenColumn), u"2026-03-08 11:11:11"_qs},
                                       std::pair{int(IpTableModel::LastSeenColumn), u"2026-03-09 09:40:00"_qs}}) {
        const QModelIndex seen = london.siblingAtColumn(column);
        table->scrollTo(seen);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(seen).center());
        const QString shown = window.findChild<ProvenancePanel *>()->plainText();
        QVERIFY2(shown.contains(u"As written: "_qs + time), qPrintable(shown));
        window.findChild<EventFilterBar *>()->setHandleText(QStringLiteral("+19175550110")); // another event shown
        QVERIFY(!window.findChild<ProvenancePanel *>()->plainText().contains(u"As written: "_qs + time));
        table->setCurrentIndex(london);
        const QString href = column == IpTableModel::FirstSeenColumn ? u"first"_qs : u"last"_qs;
        QVERIFY(details->html().contains(QStringLiteral("href=\"%1\"").arg(href)));
        auto *provenanceDock = window.findChild<QDockWidget *>(QStringLiteral("provenanceDock"));
        window.findChild<QDockWidget *>(QStringLiteral("ipDetailsDock"))->raise(); // the details read, the provenance behind
        QTRY_VERIFY(provenanceDock->visibleRegion().isEmpty());
        emit details->findChild<QTextBrowser *>()->anchorClicked(QUrl(href));
        QVERIFY2(window.findChild<ProvenancePanel *>()->plainText().contains(u"As written: "_qs + time),
                 qPrintable(window.findChild<ProvenancePanel *>()->plainText()));
        QTRY_VERIFY(!provenanceDock->visibleRegion().isEmpty()); // brought forward, the source line seen
    }
}

void tst_GeoViews::renderMapHeadless()
{
    const QString out = m_dir.filePath(QStringLiteral("render.png"));
    QProcess process;
    process.start(QStringLiteral(LL_GUI_PATH), {m_demo, u"--render"_qs, u"map"_qs, u"--out"_qs, out, u"--size"_qs, u"900x500"_qs});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QImage(out).size(), QSize(900, 500));
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY(scalar(db->db(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'export-map'")).toString().contains(u"render.png"_qs));
    // The picture's SHA-256, so that the copy handed over can be checked against the case.
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT json_extract(details, '$.sha256') FROM audit_log WHERE action = 'export-map'"
                                             " ORDER BY id DESC LIMIT 1")).toString(),
             TestSupport::sha256Of(out));
}

void tst_GeoViews::renderRefusesBadRequests_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("x.png"));
    QTest::newRow("unknown view") << QStringList{m_demo, u"--render"_qs, u"globe"_qs, u"--out"_qs, out} << "unknown view";
    QTest::newRow("no out") << QStringList{m_demo, u"--render"_qs, u"map"_qs} << "--out";
    QTest::newRow("bad suffix") << QStringList{m_demo, u"--render"_qs, u"map"_qs, u"--out"_qs, m_dir.filePath(u"x.gif"_qs)} << ".png or .pdf";
    QTest::newRow("bad size") << QStringList{m_demo, u"--render"_qs, u"map"_qs, u"--out"_qs, out, u"--size"_qs, u"big"_qs} << "--size";
    QTest::newRow("no case") << QStringList{m_dir.filePath(u"none.llcase"_qs), u"--render"_qs, u"map"_qs, u"--out"_qs, out} << "none.llcase";
}

void tst_GeoViews::renderRefusesBadRequests()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(LL_GUI_PATH), args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
}

void tst_GeoViews::renderNeverWritesOverTheCasesEvidence()
{
    // A carrier's return printed as a PDF, imported; the map rendered under its name (as the
    // case names it, or spelt otherwise) is refused and the evidence left as it was.
    const QString evidence = m_dir.filePath(QStringLiteral("return.pdf"));
    const QString casePath = m_dir.filePath(QStringLiteral("printed.llcase"));
    QVERIFY(TestSupport::importedCopy(casePath, u"carrier/cdr-cell-sites.pdf"_qs, evidence));
    const QString before = TestSupport::sha256Of(evidence);
    for (const QString &out : {evidence, m_dir.filePath(QStringLiteral("elsewhere/../return.pdf"))}) {
        QProcess process;
        process.start(QStringLiteral(LL_GUI_PATH), {casePath, u"--render"_qs, u"map"_qs, u"--out"_qs, out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"return.pdf is evidence imported into this case; it is never overwritten."_qs), qPrintable(err));
        QCOMPARE(TestSupport::sha256Of(evidence), before);
    }
}

void tst_GeoViews::renderReadsACaseOnReadOnlyStorage()
{
    // A case on a write-protected drive was refused ("not a readable case"): the pictures are
    // drawn from it now, the record of each in its audit log said to be impossible there.
    const QString folder = m_dir.filePath(u"write-protected"_qs);
    QVERIFY(QDir().mkpath(folder));
    const QString casePath = folder + u"/case.llcase"_qs;
    QVERIFY(QFile::copy(m_demo, casePath));
    const QString sha = TestSupport::sha256Of(casePath);
    if (!TestSupport::makeReadOnly(folder))
        QSKIP("cannot make a folder read-only here");
    const auto restore = qScopeGuard([&]() { TestSupport::makeWritable(folder); });
    QVERIFY(CaseDatabase::onReadOnlyStorage(casePath));
    const QStringList kinds{u"map"_qs, u"graph"_qs, u"timeline"_qs};
    for (const QString &kind : kinds) {
        const QString out = m_dir.filePath(kind + u"-read-only.png"_qs);
        QProcess process;
        process.start(QStringLiteral(LL_GUI_PATH), {casePath, u"--render"_qs, kind, u"--out"_qs, out, u"--handle"_qs,
                                                    u"+12025550143"_qs, u"--size"_qs, u"800x600"_qs});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(u"lookuplens: note: this picture is not recorded in the case's audit log: the case is on "
                              "storage that cannot be written\n"_qs),
                 qPrintable(err));
        QCOMPARE(QImage(out).size(), QSize(800, 600));
    }
    QCOMPARE(TestSupport::sha256Of(casePath), sha);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"case.llcase"_qs});
}

QTEST_MAIN(tst_GeoViews)
void tst_GeoViews::theMenuListsTheDatabasesWithTheirHashes()
{
    // Geolocation → GeoIP databases of this case…: each database the places were read from, with
    // the SHA-256 of the file the demo put beside the case, who added it and when (a copy of the
    // case opened: the window writes into what it opens).
    const QString casePath = m_dir.filePath(u"databases.llcase"_qs);
    QVERIFY(QFile::copy(m_demo, casePath));
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(casePath));
    QAction *list = TestSupport::actionNamed(window, u"GeoIP &databases of this case…"_qs);
    QVERIFY(list && list->isEnabled());
    list->trigger();
    GeoDatabasesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<GeoDatabasesDialog *>()) && dialog->isVisible());
    const auto *table = dialog->findChild<QTableWidget *>(u"geoDatabases"_qs);
    QVERIFY(table);
    QSet<const QWidget *> seen;
    const QStringList unnamed = TestSupport::unnamedControls(*dialog, &seen);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_qs)));
    QCOMPARE(table->rowCount(), 2);
    QStringList first;
    for (int column = 0; column < table->columnCount(); ++column)
        first.append(table->item(0, column)->text());
    const QString city = m_demo + u"-geoip/GeoIP2-City-Test.mmdb"_qs;
    QCOMPARE(first.mid(0, 5),
             (QStringList{u"GeoIP2-City-Test.mmdb\n"_qs + city, u"GeoIP2-City"_qs, u"2026-02-04"_qs,
                          u"3 found\n2 not in this database"_qs, TestSupport::sha256Of(city)}));
    QVERIFY2(first[5].contains(u" UTC\nby "_qs), qPrintable(first[5]));
    QCOMPARE(table->item(0, 1)->toolTip(), u"GeoIP2 City Test Database (fake GeoIP2 data, for example purposes only)"_qs);
    QCOMPARE(table->item(1, 4)->text(),
             TestSupport::sha256Of(m_demo + u"-geoip/GeoLite2-ASN-Test.mmdb"_qs));
    // What each answered for the demo's five addresses, each counted once.
    QCOMPARE(table->horizontalHeaderItem(3)->text(), u"Client IPs"_qs);
    QCOMPARE(table->item(1, 3)->text(), u"2 found\n3 not in this database"_qs);
    QVERIFY2(table->item(0, 3)->toolTip().startsWith(
                 u"Each client IP of the case counted once, by what this database answered for "
                 "it.\nAddresses last looked up in it at 20"_qs),
             qPrintable(table->item(0, 3)->toolTip()));
    // Where to check them: the evidence's check hashes them too.
    QVERIFY(dialog->findChild<QLabel *>(u"geoDatabasesSummary"_qs)->text().endsWith(
        u" File → Verify the evidence… hashes each again and compares it with the SHA-256 shown."_qs));
    dialog->close();
    QTRY_VERIFY(!window.findChild<GeoDatabasesDialog *>());
    // A case no database was added to says so.
    const QString bare = m_dir.filePath(u"no-databases.llcase"_qs);
    QVERIFY(TestSupport::importedCase(bare, {u"ids/ids-sample.csv"_qs}));
    QVERIFY(window.openCase(bare));
    list->trigger();
    QTRY_VERIFY((dialog = window.findChild<GeoDatabasesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"geoDatabasesSummary"_qs)->text(),
             u"No GeoIP database has been added to this case: no client IP is placed."_qs);
    QVERIFY(!dialog->findChild<QTableWidget *>());
    dialog->close();
}

void tst_GeoViews::theMenuAddsDatabasesAndExportsThePlaces()
{
    // The Geolocation menu's way: databases chosen in a file dialog, one refused by name in a
    // warning while the others are used; the places exported as the command line writes them.
    const QString casePath = m_dir.filePath(u"menu.llcase"_qs);
    QVERIFY(QFile::copy(m_demo, casePath));
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(casePath));
    QStringList warnings;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&warnings]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warnings.append(box->text());
            box->accept();
        }
    });
    closer.start(20);
    const QString country = TestSupport::dataPath(u"geoip/GeoIP2-Country-Test.mmdb"_qs);
    const QString broken = TestSupport::dataPath(u"geoip/broken/libmaxminddb-metadata-marker-only.mmdb"_qs);
    QSignalSpy located(window.session()->geo(), &GeoSession::located);
    TestSupport::answerNextFileDialog(this, {country, broken});
    QAction *add = TestSupport::actionNamed(window, u"&Add geolocation databases…"_qs);
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QVERIFY(located.wait(30000));
    QTRY_COMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(broken + u": not a usable MaxMind-format database: "_qs), qPrintable(warnings.first()));
    const QSqlDatabase db = window.session()->database().db();
    QCOMPARE(TestSupport::rows(db, u"SELECT file_name FROM geo_databases ORDER BY file_name"_qs),
             (QStringList{u"GeoIP2-City-Test.mmdb"_qs, u"GeoIP2-Country-Test.mmdb"_qs, u"GeoLite2-ASN-Test.mmdb"_qs}));
    QTRY_VERIFY(window.session()->geo()->model()->databases().contains(u"GeoIP2-Country-Test.mmdb"_qs)); // its answers shown
    const QStringList found = TestSupport::rows(db, u"SELECT count(*) FROM geo_results r JOIN geo_databases d ON d.id = r.database_id"
                                                    " WHERE d.file_name = 'GeoIP2-Country-Test.mmdb' AND r.status = 'found'"_qs);
    QCOMPARE(found, QStringList{u"3"_qs});
    QCOMPARE(window.statusBar()->currentMessage(), u"Geolocation done: 3 answers found."_qs);

    const QString path = m_dir.filePath(u"menu.geojson"_qs);
    TestSupport::answerNextFileDialog(this, {path});
    TestSupport::actionNamed(window, u"Export IPs as &GeoJSON…"_qs)->trigger();
    // Audited (read before the command line below records its own export).
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(details, '$.format'), json_extract(details, '$.ips'),"
                                   " json_extract(details, '$.sha256') FROM audit_log WHERE action = 'export-ips'"_qs),
             QStringList{u"geojson|5|"_qs + TestSupport::sha256Of(path)});
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QProcess cli;
    cli.start(QStringLiteral(LL_CLI_PATH), {u"ips"_qs, u"--case"_qs, casePath, u"--format"_qs, u"geojson"_qs});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(exported.readAll(), cli.readAllStandardOutput());
    QCOMPARE(warnings.size(), 1);
}

#include "tst_geoviews.moc"
