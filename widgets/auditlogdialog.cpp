#include "auditlogdialog.h"

#include "backgroundpool.h"
#include "filedialogs.h"
#include "filehash.h"
#include "tableactions.h"
#include "timeformat.h"
#include "whenfinished.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

enum AuditColumn
{
    NumberColumn,
    WhenColumn,
    WhoColumn,
    ActionColumn,
    DetailsColumn,
    AuditColumnCount
};

QTableWidget *entryTable(const QList<AuditEntry> &entries, QWidget *parent)
{
    auto *table = new QTableWidget(int(entries.size()), AuditColumnCount, parent);
    table->setObjectName(QStringLiteral("auditEntries"));
    table->setAccessibleName(AuditLogDialog::tr("Audit log of this case"));
    table->setHorizontalHeaderLabels(AuditLogList::headings());
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    new TableActions(table, QStringLiteral("audit"), QString(), TableActions::Lookups::NotShown,
                     TableActions::Offer::WholeTable);
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &entry = entries.at(row);
        const QStringList cells{QString::number(entry.id), TimeFormat::storedUtc(entry.at),
                                entry.osUser, AuditLogList::actionText(entry.action),
                                AuditLogList::detailsText(entry)};
        for (int column = 0; column < AuditColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        table->item(row, ActionColumn)->setToolTip(entry.action); // the command line's word
        table->item(row, DetailsColumn)
            ->setToolTip(QString::fromUtf8(QJsonDocument(entry.details).toJson()));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *wrappedLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a hash, to copy
    return label;
}

} // namespace

AuditLogDialog::AuditLogDialog(const QList<AuditEntry> &entries, QWidget *parent)
    : QDialog(parent), m_entries(entries), m_table(entryTable(entries, this)),
      m_found(wrappedLabel(QString(), QStringLiteral("auditFileFound"), this)),
      m_check(new QPushButton(tr("Check a file written from this case…"), this))
{
    setWindowTitle(tr("Audit log of this case"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Every import, export, report, label, check and change made in this case, oldest "
           "first, with the account that made it and when (UTC). Each report and export is "
           "recorded with the SHA-256 of what was written, so that a copy handed over can be "
           "checked against the case."),
        QStringLiteral("auditSummary"), this));
    layout->addWidget(m_table, 1);
    m_found->hide();
    layout->addWidget(m_found);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    m_check->setToolTip(tr("Hash a report or export you were given and find the record of "
                           "writing it"));
    connect(m_check, &QPushButton::clicked, this, &AuditLogDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int available = screen() ? screen()->availableGeometry().width() - 80 : 1200;
    resize(qMin(1200, available), 520);
}

AuditLogDialog::~AuditLogDialog()
{
    stop();
}

void AuditLogDialog::stop()
{
    m_poll.stop();
    m_stop->store(true);
    m_hashing.waitForFinished();
}

void AuditLogDialog::chooseFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Check a file written from this case"),
                                                   FileDialogs::Folder::Exports, QString());
    if (!path.isEmpty())
        checkFile(path);
}

void AuditLogDialog::checkFile(const QString &path)
{
    if (m_hashing.isRunning())
        return;
    m_check->setEnabled(false);
    const QString name = QFileInfo(path).fileName();
    m_found->setText(tr("Hashing “%1” (it is only read)…").arg(name));
    m_found->show();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto percent = std::make_shared<std::atomic<int>>(0);
    // A file of gigabytes takes a while: how far, every 100 ms.
    connect(&m_poll, &QTimer::timeout, this, [this, name, percent]() {
        m_found->setText(tr("Hashing “%1” (it is only read)… %2 %").arg(name).arg(percent->load()));
    });
    m_poll.start(100);
    struct Hashed
    {
        QString sha256;
        QString error;
    };
    QFuture<Hashed> job =
        QtConcurrent::run(BackgroundPool::instance(), [path, stop = m_stop, percent]() {
            Hashed hashed;
            const auto goOn = [&stop, &percent](double share) {
                percent->store(int(share * 100));
                return !stop->load();
            };
            if (const auto digest = FileDigest::compute(path, &hashed.error, goOn))
                hashed.sha256 = digest->sha256;
            return hashed;
        });
    m_hashing = QFuture<void>(job);
    whenFinished(this, job, [this, path](const Hashed &hashed) {
        m_poll.stop();
        disconnect(&m_poll, nullptr, this, nullptr);
        showChecked(path, hashed.sha256, hashed.error);
    });
}

int AuditLogDialog::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void AuditLogDialog::showChecked(const QString &path, const QString &sha256, const QString &error)
{
    m_check->setEnabled(true);
    m_table->clearSelection();
    const QString name = QFileInfo(path).fileName();
    if (sha256.isEmpty()) {
        m_found->setText(tr("“%1” could not be read: %2").arg(name, error));
        emit fileChecked();
        return;
    }
    const QList<AuditEntry> writings = AuditLogList::writing(m_entries, sha256);
    QStringList numbers;
    m_table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (const AuditEntry &entry : writings) {
        numbers.append(QStringLiteral("#%1").arg(entry.id));
        const int row = rowOf(entry.id);
        m_table->selectRow(row);
        m_table->scrollToItem(m_table->item(row, NumberColumn));
    }
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_found->setText(
        writings.isEmpty()
            ? tr("“%1” is not a file this case's audit log records writing: no record holds its "
                 "SHA-256 %2. A copy changed by a single byte is not found, nor a file read into "
                 "the case.")
                  .arg(name, sha256)
            : tr("“%1” is a file written from this case: the bytes of record(s) %2, selected "
                 "above (SHA-256 %3).",
                 nullptr, int(writings.size()))
                  .arg(name, numbers.join(QStringLiteral(", ")), sha256));
    emit fileChecked();
}
