#include "geodatabasesdialog.h"

#include "tableactions.h"
#include "timeformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString answersToolTip(const GeoDatabaseRow &database)
{
    QStringList lines{GeoDatabasesDialog::tr("Each client IP of the case counted once, by what "
                                             "this database answered for it.")};
    if (!database.lastLookedUpAt.isEmpty())
        lines.append(GeoDatabasesDialog::tr("Addresses last looked up in it at %1.")
                         .arg(TimeFormat::storedUtc(database.lastLookedUpAt)));
    if (database.answers.notLookedUp > 0)
        lines.append(GeoDatabasesDialog::tr(
            "Addresses not looked up in it were imported while its file was not where it was "
            "added, or not the file added: add it again to look them up."));
    return lines.join(u'\n');
}

QTableWidget *databaseTable(const QList<GeoDatabaseRow> &databases, QWidget *parent)
{
    const QStringList headings = GeoDatabaseList::headings();
    auto *table = new QTableWidget(int(databases.size()), int(headings.size()), parent);
    table->setObjectName(QStringLiteral("geoDatabases"));
    table->setAccessibleName(GeoDatabasesDialog::tr("GeoIP databases of this case"));
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    new TableActions(table, QStringLiteral("geoip-databases"), QString(),
                     TableActions::Lookups::NotShown, TableActions::Offer::WholeTable);
    for (int row = 0; row < databases.size(); ++row) {
        const GeoDatabaseRow &database = databases.at(row);
        const QStringList cells{
            QStringLiteral("%1\n%2").arg(database.fileName, database.filePath),
            database.databaseType,
            TimeFormat::buildDate(database.buildEpoch),
            GeoDatabaseList::answerLines(database.answers).join(u'\n'),
            database.sha256,
            GeoDatabasesDialog::tr("%1\nby %2")
                .arg(TimeFormat::storedUtc(database.addedAt), database.addedBy)};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        // The database's own description, long: on demand, so the hash stays in sight.
        table->item(row, 1)->setToolTip(database.description);
        table->item(row, 3)->setToolTip(answersToolTip(database));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    return table;
}

} // namespace

GeoDatabasesDialog::GeoDatabasesDialog(const QList<GeoDatabaseRow> &databases, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("GeoIP databases of this case"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        databases.isEmpty()
            ? tr("No GeoIP database has been added to this case: no client IP is placed.")
            : tr("Each database added to this case, as the places name it, with its SHA-256 as "
                 "it was read when it was added: the same file gives the same places again. A "
                 "place is the database's estimate for the address as of its build date, not "
                 "the device's position. File → Verify the evidence… hashes each again and "
                 "compares it with the SHA-256 shown."),
        this);
    explanation->setObjectName(QStringLiteral("geoDatabasesSummary"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    if (!databases.isEmpty())
        layout->addWidget(databaseTable(databases, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for a path and a hash whole where the screen allows.
    const int available = screen() ? screen()->availableGeometry().width() - 80 : 1400;
    resize(qMin(1400, available), databases.isEmpty() ? 140 : 320);
}
