#pragma once

#include <QFuture>
#include <QObject>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

class CaseChangeWatch;
class CaseDatabase;
class DeferredWrites;
class CrossReferenceModel;
class EventTableModel;
class GeoSession;
class HandleTableModel;
class DuplicateRowModel;
class RejectedRowModel;
class SourceListModel;

/// @brief An open case in the GUI: its connection (GUI thread) and the models views show.
class CaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseSession)
public:
    static std::unique_ptr<CaseSession> open(const QString &path, QString *error);
    static std::unique_ptr<CaseSession> create(const QString &path, const QString &region, QString *error);
    ~CaseSession() override;

    QString path() const;
    QString region() const;
    EventTableModel *events() const { return m_events; }
    SourceListModel *sources() const { return m_sources; }
    /// @brief The names of sources of one name, numbered (SourceListModel::numberedNames()), as
    /// every view of the window shows them: read again after each opening and import.
    const QHash<qint64, QString> &sourceNames() const { return m_sourceNames; }
    HandleTableModel *handles() const { return m_handles; }
    RejectedRowModel *rejected() const { return m_rejected; }
    DuplicateRowModel *duplicates() const { return m_duplicates; }
    CrossReferenceModel *crossReference() const { return m_crossReference; }
    CaseDatabase &database() const { return *m_database; }
    GeoSession *geo() const { return m_geo; }
    /// @brief The handle a spelling refers to, with the case's region.
    std::optional<qint64> resolveHandle(const QString &spelling) const;
    QTimeZone displayZone() const { return m_zone; }
    /// @brief Changes the zone times are shown in; stored in the case and audited.
    void setDisplayZone(const QTimeZone &zone);
    /// @brief Re-reads everything after the case changed on another connection (an import).
    void reload();
    /// @brief What other connections have written since the views last read the case; what
    /// reload() and this session's geolocation runs show is taken as seen.
    CaseChangeWatch &changesElsewhere() const { return *m_changes; }
    /// @brief This window's small writes (labels, the display zone, audit records): made at
    /// once, or after another program's import into the case, never waited for here.
    DeferredWrites *writes() const { return m_writes; }
    /// @brief Records an analyst's action (an export) in the case's audit log, at this time.
    void audit(const QString &action, const QJsonObject &details);

    /// @brief Brings the raw-text search index up to date on a worker thread (after opening a
    /// case and after each import); searching works meanwhile, only slower.
    void startRawTextIndexing();

signals:
    void reloaded();
    void displayZoneChanged();
    void rawTextIndexed(qint64 upToEventId);

private:
    explicit CaseSession(std::unique_ptr<CaseDatabase> database);
    /// Gives the events and the cross-reference the numbered names of sources of one name.
    void shareSourceNames();

    std::unique_ptr<CaseDatabase> m_database;
    EventTableModel *m_events;
    SourceListModel *m_sources;
    HandleTableModel *m_handles;
    RejectedRowModel *m_rejected;
    DuplicateRowModel *m_duplicates;
    CrossReferenceModel *m_crossReference;
    GeoSession *m_geo;
    DeferredWrites *m_writes;
    QHash<qint64, QString> m_sourceNames;       ///< shareSourceNames()
    std::unique_ptr<CaseChangeWatch> m_changes; ///< on m_database's connection: goes before it
    QTimeZone m_zone = QTimeZone::utc();
    QFuture<void> m_indexing;
    std::shared_ptr<std::atomic_bool> m_stopIndexing = std::make_shared<std::atomic_bool>(false);
};
