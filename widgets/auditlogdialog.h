#pragma once

#include "auditloglist.h"

#include <QDialog>
#include <QFuture>
#include <QTimer>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

/// @brief The case's audit log, oldest first: each record's number, when (UTC), the account,
/// the action in words and its details as recorded. *Check a file written from this case…*
/// hashes a file handed over (a report, an export) on a worker thread and selects the records of
/// writing those bytes, or says that none does. GUI thread only.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)
public:
    explicit AuditLogDialog(const QList<AuditEntry> &entries, QWidget *parent = nullptr);
    ~AuditLogDialog() override;
    /// @brief Hashes @p path (only reading it) and says whether the log records writing it.
    void checkFile(const QString &path);

signals:
    /// @brief A check of a file has said what it found.
    void fileChecked();

private:
    void chooseFile();
    void showChecked(const QString &path, const QString &sha256, const QString &error);
    void stop();
    int rowOf(qint64 id) const;

    QList<AuditEntry> m_entries;
    QTableWidget *m_table;
    QLabel *m_found;
    QPushButton *m_check;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_hashing;
    QTimer m_poll; ///< says how far the hashing has read
};
