#include "evidencecheckdialog.h"

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

QTableWidget *fileTable(const QList<EvidenceCheck::File> &files, QWidget *parent)
{
    auto *table = new QTableWidget(int(files.size()), ColumnCount, parent);
    table->setObjectName(QStringLiteral("evidenceFiles"));
    table->setHorizontalHeaderLabels({EvidenceCheckDialog::tr("Outcome"),
                                      EvidenceCheckDialog::tr("File"),
                                      EvidenceCheckDialog::tr("Sources read from it"),
                                      EvidenceCheckDialog::tr("SHA-256 recorded at import"),
                                      EvidenceCheckDialog::tr("SHA-256 now")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < files.size(); ++row) {
        const EvidenceCheck::File &file = files.at(row);
        const QString found =
            file.outcome == EvidenceCheck::Outcome::Unreadable ? file.error : file.foundSha256;
        // A file found in a folder chosen is named where it lies, and where it was imported from.
        const QString path =
            file.checkedPath.isEmpty() || file.checkedPath == file.path
                ? file.path
                : EvidenceCheckDialog::tr("%1\n(imported as %2)").arg(file.checkedPath, file.path);
        const QStringList cells{EvidenceCheckDialog::outcomeText(file.outcome), path,
                                file.sources.join(QStringLiteral("\n")), file.recordedSha256,
                                found};
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

} // namespace

EvidenceCheckDialog::EvidenceCheckDialog(const QList<EvidenceCheck::File> &files,
                                         const QString &folder, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The evidence checked"));
    auto *layout = new QVBoxLayout(this);
    auto *summaryLabel = new QLabel(EvidenceCheck::summary(files), this);
    summaryLabel->setObjectName(QStringLiteral("evidenceSummary"));
    layout->addWidget(summaryLabel);
    auto *explanation = new QLabel(
        tr("Each file was hashed again and compared with the SHA-256 recorded when it "
           "was imported; a table that came out of an archive is checked as the archive. "
           "The files were only read."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    if (!folder.isEmpty()) {
        auto *where = new QLabel(
            tr("Each file was looked for by its name in %1 and its subfolders, not at the "
               "path recorded.")
                .arg(folder),
            this);
        where->setObjectName(QStringLiteral("evidenceFolder"));
        where->setWordWrap(true);
        layout->addWidget(where);
    }
    layout->addWidget(fileTable(files, this));
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
    resize(qMin(1400, available), 420);
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
