#include "apptranslations.h"
#include "importdialog.h"
#include "testsupport.h"
#include "timeformat.h"
#include "timezonecombobox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::dataPath;

class tst_ImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recognisedFileNeedsAZoneThenPreviews();
    void mappingBuildsPreviewsSavesAndLoadsAProfile();

private:
    static void choose(QComboBox *box, const QVariant &data);
    QTemporaryDir m_dir;
};

void tst_ImportDialog::initTestCase()
{
    AppTranslations::install(*QCoreApplication::instance());
}

void tst_ImportDialog::choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void tst_ImportDialog::recognisedFileNeedsAZoneThenPreviews()
{
    const QString casePath = m_dir.filePath(QStringLiteral("d.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("ids/ids-sample.csv"))}, casePath, QStringLiteral("US"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"));
    QCOMPARE(errors->count(), 2);
    QVERIFY(errors->item(0)->text().contains(QStringLiteral(":10: the timestamp states no time zone")));
    QVERIFY(errors->item(1)->text().contains(QStringLiteral("zone of unmarked times")));

    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("America/New_York"));
    QVERIFY(ready.wait(10000));
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("2016-09-02 22:22:05 UTC"));
    QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("America/New_York"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Lookup"));
    QCOMPARE(view->model()->index(0, 6).data().toString(), QStringLiteral("+13125550147"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(QStringLiteral("Apple IDS")));
    QVERIFY(!QFile::exists(casePath)); // a preview writes nothing
}

void tst_ImportDialog::mappingBuildsPreviewsSavesAndLoadsAProfile()
{
    const QString casePath = m_dir.filePath(QStringLiteral("m.llcase"));
    ImportDialog dialog({dataPath(QStringLiteral("profile/custom-export.csv"))}, casePath, QStringLiteral("DE"));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("previewErrors"))->item(0)->text().contains(QStringLiteral("--profile")));

    choose(dialog.findChild<QComboBox *>(QStringLiteral("formatBox")), QStringLiteral("__mapping__"));
    // Without a class there is no preview, and no silent default.
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recognition"))->text().contains(QStringLiteral("no default")));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mappingClass")), QStringLiteral("communication"));
    dialog.findChild<QLineEdit *>(QStringLiteral("mappingSubtype"))->setText(QStringLiteral("call"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_timestamp")), 0);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_initiator")), 1);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("mapping_counterpart")), 2);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("dateOrderBox")), int(DateOrder::DayFirst));
    choose(dialog.findChild<TimeZoneComboBox *>(QStringLiteral("zoneBox")), QStringLiteral("Europe/Berlin"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model()->rowCount(), 2, 10000);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("2016-04-03 08:00:00 UTC"));
    QCOMPARE(view->model()->index(0, 5).data().toString(), QStringLiteral("+4915112345678"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Communication"));

    QVERIFY(dialog.acceptIfValid());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ImportParams params = dialog.params();
    QVERIFY(params.profile);
    QCOMPARE(params.profile->evidenceClass, EvidenceClass::Communication);
    QCOMPARE(params.profile->dateOrder, DateOrder::DayFirst);
    QCOMPARE(TimeFormat::zoneLabel(*params.profile->zone), QStringLiteral("Europe/Berlin"));
    const QString saved = m_dir.filePath(QStringLiteral("dialog-profile.json"));
    QString error;
    QVERIFY(params.profile->saveProfile(saved, &error));
    const auto loaded = TableFormat::loadProfile(saved, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->synonyms.value(Field::Timestamp), QStringList{u"zeitpunkt"_qs});
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
