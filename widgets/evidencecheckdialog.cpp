#include "evidencecheckdialog.h"

#include "namedfew.h"
#include "tableactions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    OutcomeColumn,
    PathColumn,
    SourcesColumn,
    RecordedColumn,
    FoundColumn,
    ColumnCount
};

/// @p headers: what the file was read for and when its SHA-256 was recorded, in the words of
/// its kind (evidence file or GeoIP database).
QTableWidget *fileTable(const QList<EvidenceCheck::File> &files, const QStringList &headers,
                        const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(int(files.size()), ColumnCount, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({EvidenceCheckDialog::tr("Outcome"),
                                      EvidenceCheckDialog::tr("File"), headers.value(0),
                                      headers.value(1), EvidenceCheckDialog::tr("SHA-256 now")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    new TableActions(table, name, QString(), TableActions::Lookups::NotShown,
                     TableActions::Offer::WholeTable);
    for (int row = 0; row < files.size(); ++row) {
        const EvidenceCheck::File &file = files.at(row);
        const QString found =
            file.outcome == EvidenceCheck::Outcome::Unreadable ? file.error : file.foundSha256;
        // A file found in a folder chosen is named where it lies, and where it was imported from.
        const QString path =
            file.checkedPath.isEmpty() || file.checkedPath == file.path
                ? file.path
                : QStringLiteral("%1\n%2").arg(file.checkedPath, headers.value(2)).arg(file.path);
        // A ZIP of thousands of tables names its first few: a line each would make its row
        // thousands of lines tall, its outcome and hashes out of sight (the Sources list names
        // each).
        const QStringList cells{EvidenceCheckDialog::outcomeText(file.outcome), path,
                                NamedFew::of(file.sources, QStringLiteral("\n")),
                                file.recordedSha256, found};
        for (int column = 0; column < ColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (file.outcome !=
            EvidenceCheck::Outcome::Same) { // in bold, and in words: not by colour alone
            QFont bold = table->font();
            bold.setBold(true);
            table->item(row, OutcomeColumn)->setFont(bold);
        }
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    return table;
}

QLabel *namedLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

EvidenceCheckDialog::EvidenceCheckDialog(const QList<EvidenceCheck::File> &files,
                                         const QList<EvidenceCheck::File> &databases,
                                         const QString &folder, const QStringList &zoneRules,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The evidence checked"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        namedLabel(EvidenceCheck::summary(files), QStringLiteral("evidenceSummary"), this));
    layout->addWidget(
        namedLabel(tr("Each file was hashed again and compared with the SHA-256 recorded when it "
                      "was imported; a table that came out of an archive is checked as the "
                      "archive. The files were only read."),
                   QString(), this));
    if (!folder.isEmpty())
        layout->addWidget(namedLabel(tr("Each file was looked for by its name in %1 and its "
                                        "subfolders, not at the path recorded.")
                                         .arg(folder),
                                     QStringLiteral("evidenceFolder"), this));
    QTableWidget *evidence = fileTable(
        files,
        {tr("Sources read from it"), tr("SHA-256 recorded at import"), tr("(imported as %1)")},
        QStringLiteral("evidenceFiles"), this);
    evidence->setAccessibleName(tr("Evidence files checked"));
    layout->addWidget(evidence, 2);
    if (!databases.isEmpty())
        addDatabases(databases, layout);
    if (!zoneRules.isEmpty()) {
        layout->addWidget(namedLabel(tr("Where another release of the tz database read a source's "
                                        "local times on import, each "
                                        "was read again from its time as written by this machine's "
                                        "release: a zone whose rules "
                                        "changed between them gives the same local time another "
                                        "moment. A time written with its UTC offset beside its "
                                        "zone, a moment by its offset, was not read again: its "
                                        "offset was checked against the zone's rules, as an "
                                        "import now would check it. Nothing was written."),
                                     QString(), this));
        QLabel *times = namedLabel(zoneRules.join(u'\n'), QStringLiteral("zoneRulesSummary"), this);
        times->setTextFormat(Qt::PlainText); // times as written, which may hold anything
        times->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(times);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The returns as handed over are seldom where the case recorded them.
    QPushButton *inFolder =
        buttons->addButton(tr("Check in a folder…"), QDialogButtonBox::ActionRole);
    inFolder->setToolTip(
        tr("Look for each file by its name in a folder you choose and its subfolders"));
    connect(inFolder, &QPushButton::clicked, this, [this]() { done(CheckInFolder); });
    layout->addWidget(buttons);
    // Wide enough for both hashes whole where the screen allows.
    const int available = screen() ? screen()->availableGeometry().width() - 80 : 1400;
    resize(qMin(1400, available), databases.isEmpty() ? 420 : 620);
}

void EvidenceCheckDialog::addDatabases(const QList<EvidenceCheck::File> &databases,
                                       QVBoxLayout *layout)
{
    layout->addWidget(namedLabel(EvidenceCheck::geoSummary(databases),
                                 QStringLiteral("geoDatabaseSummary"), this));
    layout->addWidget(namedLabel(
        tr("The GeoIP databases the case's places were read from, checked the same way against "
           "the SHA-256 recorded when each was added. They are not evidence: the places stay in "
           "the case as they were read, and can be read again only from the same files."),
        QString(), this));
    QTableWidget *table = fileTable(
        databases, {tr("Database"), tr("SHA-256 recorded when added"), tr("(added as %1)")},
        QStringLiteral("geoDatabaseFiles"), this);
    table->setAccessibleName(tr("GeoIP databases checked"));
    layout->addWidget(table, 1);
}

QString EvidenceCheckDialog::outcomeText(EvidenceCheck::Outcome outcome)
{
    switch (outcome) {
    case EvidenceCheck::Outcome::Same:
        return tr("Same");
    case EvidenceCheck::Outcome::Changed:
        return tr("Changed");
    case EvidenceCheck::Outcome::Missing:
        return tr("Missing");
    case EvidenceCheck::Outcome::Unreadable:
        break;
    }
    return tr("Unreadable");
}
