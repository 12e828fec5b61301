#pragma once

#include <QWidget>

class QTableView;
class RejectedRowModel;
class SourceListModel;

/// @brief Imported files with hash, format, zone and row accounting; below, the rejected rows
/// of the selected file with their reasons.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)
public:
    explicit SourcesPanel(QWidget *parent = nullptr);
    void setModels(SourceListModel *sources, RejectedRowModel *rejected);
    QTableView *sourcesTable() const { return m_sources; }
    QTableView *rejectedTable() const { return m_rejected; }

private:
    QTableView *m_sources;
    QTableView *m_rejected;
    RejectedRowModel *m_rejectedModel = nullptr;
};
