#pragma once

#include "casewriters.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
struct ImportProgress;

/// @brief Non-modal import progress for the status bar: file, bar, rows/s, time left, cancel.
class ImportProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressWidget)
public:
    explicit ImportProgressWidget(QWidget *parent = nullptr);
    void showProgress(const ImportProgress &progress);
    void reset();
    /// @brief Says the import is being undone, until reset(): no report shown after it.
    void showCancelling();

signals:
    void cancelRequested();

private:
    /// @brief What the label says of @p progress: the stage, the file, the rows read and their pace.
    static QString progressText(const ImportProgress &progress);
    /// @brief What the import waits for: another program's import, or @p holder of this one.
    static QString waitingText(std::optional<CaseWriters::Work> holder);

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_cancelling = false;
};
