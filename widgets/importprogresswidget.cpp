#include "importprogresswidget.h"

#include "importjob.h"
#include "placename.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

ImportProgressWidget::ImportProgressWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel import"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText); // a file's name as written, never read as markup
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(200);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        showCancelling();
        emit cancelRequested();
    });
    reset();
}

void ImportProgressWidget::showCancelling()
{
    // Undoing a million rows takes a moment; the label kept "Building indexes…" and the button
    // stayed pressable, as if nothing had been heard. A report posted before the cancel was
    // seen would show the import going on again: none is shown after it.
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 0);
    m_label->setText(tr("Cancelling the import; the case is left as it was…"));
}

void ImportProgressWidget::showProgress(const ImportProgress &progress)
{
    if (m_cancelling)
        return;
    setVisible(true);
    m_cancel->setEnabled(true);
    // Index building and the commit have no fraction SQLite can tell: the bar shows it is busy,
    // as while a PDF's pages are laid out (its rows are then read from the file's start).
    const bool busy = progress.stage != ImportProgress::Stage::Reading && progress.stage != ImportProgress::Stage::Hashing;
    m_bar->setRange(0, busy ? 0 : 1000);
    const double overall = (progress.fileIndex + progress.fileFraction) / qMax(1, progress.fileCount);
    m_bar->setValue(busy ? 0 : int(overall * 1000));
    m_label->setText(progressText(progress));
}

QString ImportProgressWidget::progressText(const ImportProgress &progress)
{
    using Stage = ImportProgress::Stage;
    // "… %1 (%2 of %3) …": the file, and its place among the import's.
    const auto ofFile = [&progress](const QString &text) {
        return text.arg(PlaceName::shortName(progress.file),
                        QString::number(progress.fileIndex + 1),
                        QString::number(progress.fileCount));
    };
    switch (progress.stage) {
    case Stage::Waiting:
        return waitingText(progress.waitingFor);
    case Stage::Opening:
        return tr("Opening the case…");
    case Stage::Finishing:
        return tr("Building indexes and saving %Ln row(s)…", nullptr, int(qMin<qint64>(progress.rows, INT_MAX)));
    case Stage::Preparing:
        return ofFile(tr("Laying out the pages of %1 (%2 of %3): %4 %…")).arg(qRound(progress.fileFraction * 100));
    case Stage::Checking:
        return ofFile(tr("Checking the deliveries in %1 (%2 of %3): %4 %…")).arg(qRound(progress.fileFraction * 100));
    case Stage::Comparing:
        return ofFile(tr("Comparing the records of %1 (%2 of %3) with the case's other sources…"));
    case Stage::Hashing:
        return tr("Computing the SHA-256 of %1…").arg(PlaceName::shortName(progress.file));
    case Stage::Reading:
        break;
    }
    const QString left = progress.secondsLeft < 0 ? tr("estimating…") : tr("about %n s left", nullptr, int(progress.secondsLeft + 0.5));
    // Counts grouped as the locale writes them: "688,128 rows", not "688128 rows".
    return ofFile(tr("Importing %1 (%2 of %3): %L4 rows, %L5 rows/s, %6"))
        .arg(progress.rows)
        .arg(qRound64(progress.rowsPerSecond))
        .arg(left);
}

QString ImportProgressWidget::waitingText(std::optional<CaseWriters::Work> holder)
{
    // Another program, unless a connection of this one holds the case: saying "another program"
    // of the window's own geolocation had the analyst look for an import that was not there.
    if (!holder)
        return tr("Waiting for another program to finish its import into this case…");
    switch (*holder) {
    case CaseWriters::Work::Geolocation:
        return tr("Waiting for this window's geolocation of the case's IPs to finish…");
    case CaseWriters::Work::RawTextIndex:
        return tr("Waiting for this window's indexing of the records' text to let it in…");
    case CaseWriters::Work::Import:
        break;
    }
    return tr("Waiting for this window's other import into this case to finish…");
}

void ImportProgressWidget::reset()
{
    m_cancelling = false;
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_label->clear();
    setVisible(false);
}
