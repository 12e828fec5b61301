#include "contextmenukey.h"
#include "evidenceclass.h"
#include "tableactions.h"
#include "testsupport.h"
#include "widgettestsupport.h"

#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TableActions : public QObject
{
    Q_OBJECT
private slots:
    void ctrlCCopiesTheSelectedRowsAsShown();
    void aCellAloneIsCopiedAsItsWords();
    void theContextMenuOffersWhatTheTableAllows();
    void theWholeTableIsItsRowsInTheViewsOrder();
    void aTableIsExportedWholeWithItsHash();
    void aTableThatCannotBeWrittenLeavesNoFile();
    void aCopyHasItsBounds();
    void shiftF10OpensTheMenuAsTheMenuKeyDoes();

private:
    QTableView *handlesTable(QWidget *parent);
    QTemporaryDir m_dir;
};

namespace {

/// @brief Rows of numbers, as many as asked, made as they are read.
class CountingModel final : public QAbstractTableModel
{
public:
    explicit CountingModel(int rows, QObject *parent) : QAbstractTableModel(parent), m_rows(rows) {}
    int rowCount(const QModelIndex & = {}) const override { return m_rows; }
    int columnCount(const QModelIndex & = {}) const override { return 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(QString::number(index.row() * (index.column() + 1))) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(section == 0 ? u"Line"_s : u"Twice"_s) : QVariant();
    }

private:
    int m_rows;
};

} // namespace

QTableView *tst_TableActions::handlesTable(QWidget *parent)
{
    auto *model = new QStandardItemModel(4, 4, parent);
    model->setHorizontalHeaderLabels({u"Handle"_s, u"Kind"_s, u"Lookups\nmade"_s, u"Connec-\ntions"_s});
    const QList<QStringList> rows{{u"+12025550143"_s, u"phone"_s, u"13"_s, u"0"_s},
                                  {u"dana.reyes@example.com"_s, u"email"_s, u"0"_s, u"2"_s},
                                  {u"+13125550147"_s, u"phone"_s, u"1"_s, u"0"_s},
                                  {u"+447700900461"_s, u"phone"_s, u"0"_s, u"0"_s}};
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < 4; ++column)
            model->setItem(row, column, new QStandardItem(rows.at(row).at(column)));
    }
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return view;
}

void tst_TableActions::ctrlCCopiesTheSelectedRowsAsShown()
{
    // Rows in the view's order whatever order they were chosen in, its columns left to right as
    // moved, hidden ones left out, the headings on one line, the caveat beneath.
    QWidget window;
    QTableView *view = handlesTable(&window);
    new TableActions(view, u"handles"_s, u"handles.csv"_s, TableActions::Lookups::Shown);
    view->setColumnHidden(1, true);
    view->horizontalHeader()->moveSection(3, 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus();
    view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString caveat = EvidenceClassText::lookupCaveat();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"Connections\tHandle\tLookups made\n0\t+12025550143\t13\n0\t+13125550147\t1\n\n"_s + caveat + u'\n');
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    QVERIFY2(html.contains(u">Connections</th>"_s) && html.contains(u">+13125550147</td>"_s)
                 && html.endsWith(u"<p>%1</p>\n"_s.arg(caveat)),
             qPrintable(html));
}

void tst_TableActions::aCellAloneIsCopiedAsItsWords()
{
    // Where cells are chosen (a hash in the check of the evidence): one alone is its words, as a
    // spreadsheet copies it; several are their rows and columns with the headings.
    QWidget window;
    auto *table = new QTableWidget(2, 3, &window);
    table->setHorizontalHeaderLabels({u"Outcome"_s, u"File"_s, u"SHA-256 now"_s});
    const QList<QStringList> rows{{u"Same"_s, u"ids.csv"_s, u"f0e7"_s}, {u"Changed"_s, u"cdr.csv"_s, u"2e33"_s}};
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
    auto *actions = new TableActions(table, u"evidence"_s, QString(), TableActions::Lookups::NotShown,
                                     TableActions::Offer::WholeTable);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    table->setCurrentCell(1, 2);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"2e33"_s);
    table->setRangeSelected(QTableWidgetSelectionRange(0, 1, 1, 2), true);
    actions->copySelection();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"File\tSHA-256 now\nids.csv\tf0e7\ncdr.csv\t2e33\n"_s);
    table->setCurrentCell(0, 0, QItemSelectionModel::NoUpdate);
    actions->copyCell();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Same"_s);
}

void tst_TableActions::theContextMenuOffersWhatTheTableAllows()
{
    QWidget window;
    const auto offered = [&](TableActions::Offer offer) {
        QTableView *view = handlesTable(&window);
        new TableActions(view, u"t"_s, QString(), TableActions::Lookups::Shown, offer);
        QStringList texts;
        for (const QAction *action : view->actions())
            texts.append(action->text());
        return std::pair{texts, view->contextMenuPolicy()};
    };
    const QStringList copies{u"&Copy"_s, u"Co&py the cell"_s};
    const auto selection = offered(TableActions::Offer::Selection);
    QCOMPARE(selection.first, copies);
    QCOMPARE(selection.second, Qt::ActionsContextMenu);
    const QStringList whole = copies + QStringList{u"Copy the &whole table"_s};
    QCOMPARE(offered(TableActions::Offer::WholeTable).first, whole);
    QCOMPARE(offered(TableActions::Offer::WholeTableAndFile).first, whole + QStringList{u"&Export the table as CSV…"_s});
}

void tst_TableActions::theWholeTableIsItsRowsInTheViewsOrder()
{
    // Sorted and searched through a proxy, as the handle list is; a row the view hides is left out.
    QWidget window;
    QTableView *view = handlesTable(&window);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(view->model());
    proxy->setFilterFixedString(u"+"_s);
    proxy->setFilterKeyColumn(0);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(2, Qt::DescendingOrder);
    view->setRowHidden(2, true); // "+447700900461", last after the sort
    auto *actions = new TableActions(view, u"handles"_s, QString(), TableActions::Lookups::NotShown);
    actions->copyWhole();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"Handle\tKind\tLookups made\tConnections\n+12025550143\tphone\t13\t0\n+13125550147\tphone\t1\t0\n"_s);
}

void tst_TableActions::aTableIsExportedWholeWithItsHash()
{
    QWidget window;
    QTableView *view = handlesTable(&window);
    auto *actions = new TableActions(view, u"handles"_s, u"handles.csv"_s, TableActions::Lookups::Shown);
    window.show();
    QSignalSpy exported(actions, &TableActions::exported);
    const QString path = m_dir.filePath(u"handles.csv"_s);
    TestSupport::answerNextFileDialog(this, {path});
    TestSupport::actionNamed(*view, u"&Export the table as CSV…"_s)->trigger();
    QVERIFY(exported.wait(10000)); // written on a worker
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "\xEF\xBB\xBFHandle,Kind,Lookups made,Connections\r\n"
                             "+12025550143,phone,13,0\r\n"
                             "dana.reyes@example.com,email,0,2\r\n"
                             "+13125550147,phone,1,0\r\n"
                             "+447700900461,phone,0,0\r\n"
                             "\r\n"
                                 + EvidenceClassText::lookupCaveat().toUtf8() + "\r\n");
    QCOMPARE(exported.first(), (QVariantList{u"handles"_s, path, 4, TestSupport::sha256Of(path)}));
}

void tst_TableActions::aTableThatCannotBeWrittenLeavesNoFile()
{
    QWidget window;
    QTableView *view = handlesTable(&window);
    auto *actions = new TableActions(view, u"handles"_s, QString(), TableActions::Lookups::Shown);
    const QString path = m_dir.filePath(u"no-such-folder/handles.csv"_s);
    const TableActions::Written written = actions->exportTo(path).result();
    QVERIFY2(written.error.startsWith(path + u": "_s), qPrintable(written.error));
    QVERIFY(written.sha256.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void tst_TableActions::aCopyHasItsBounds()
{
    // Past ten thousand rows a copy is text only (a word processor's table of more is not read);
    // past a hundred thousand it is refused, saying that the CSV export writes them, and the
    // clipboard keeps what it held.
    QWidget window;
    auto *view = new QTableView(&window);
    view->setModel(new CountingModel(int(TableActions::HtmlRows) + 1, view));
    auto *actions = new TableActions(view, u"duplicates"_s, QString(), TableActions::Lookups::NotShown);
    actions->copyWhole();
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text.count(u'\n'), TableActions::HtmlRows + 2);
    QVERIFY(text.endsWith(u"\n10000\t20000\n"_s));
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasHtml());

    view->setModel(new CountingModel(int(TableActions::ClipboardRows) + 1, view));
    QGuiApplication::clipboard()->setText(u"held before"_s);
    QString said;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    poll.start(20);
    actions->copyWhole();
    QCOMPARE(said, u"100,001 rows are more than a copy takes (100,000 at most): a spreadsheet holds about a "
                   "million rows, a document far fewer. Export the table as CSV writes every row."_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"held before"_s);
}

void tst_TableActions::shiftF10OpensTheMenuAsTheMenuKeyDoes()
{
    // Many laptops have no Menu key; Shift+F10 opens the same menu, at the row with the focus.
    ContextMenuKey key;
    qApp->installEventFilter(&key);
    QWidget window;
    QTableView *view = handlesTable(&window);
    new TableActions(view, u"handles"_s, QString(), TableActions::Lookups::Shown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QStringList offered;
    QPoint at;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : menu->actions())
                offered.append(action->text());
            at = menu->pos();
            menu->close();
        }
    });
    poll.start(20);
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_COMPARE(offered, (QStringList{u"&Copy"_s, u"Co&py the cell"_s, u"Copy the &whole table"_s,
                                       u"&Export the table as CSV…"_s}));
    const QRect row = view->visualRect(view->model()->index(2, 0));
    QCOMPARE(at, view->viewport()->mapToGlobal(row.center()));
    offered.clear();
    QTest::keyClick(view, Qt::Key_F10); // F10 alone is no menu key
    QTest::qWait(100);
    QVERIFY(offered.isEmpty());
}

QTEST_MAIN(tst_TableActions)
#include "tst_tableactions.moc"
