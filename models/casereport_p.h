#pragma once

#include "casequeries.h"
#include "casereport.h"
#include "reportfigures.h"
#include "reporthtml.h"
#include "sourceperiods.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

struct IpSummary;

/// @brief Writes one report: its sections in order, then its appendices (CaseReport::write()).
class CaseReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CaseReport)
public:
    CaseReportWriter(QSqlDatabase db, const CaseReport::Params &params, QIODevice &out,
                     const std::function<bool(qint64)> &goOn);
    CaseReport::Result run();

private:
    /// @brief The first pass: the figures of every section. False when stopped or failed.
    bool gather(CaseReport::Result &result);
    void writeIntroduction(const QList<SourceRow> &sources);
    void writeSources(const QList<SourceRow> &sources);
    QStringList sourceCells(const SourceRow &source) const;
    /// How a reader checks a file against its SHA-256, with or without LookupLens.
    static QString howToCheck();
    void writeReadingOf(const QList<SourceRow> &sources);
    /// Appendix D: the case's audit log, its chain of custody, as it stood when written.
    void writeAuditLog();
    void writeWhatRecordsShow(const QList<SourceRow> &sources);
    /// The time between the periods of the sources of the report's events, a line each.
    void writePeriodGaps();
    /// The gaps between the periods of the sources of the report's events (SourcePeriods).
    void findPeriodGaps(const QList<SourceRow> &sources);
    void writeHandles();
    static QString handleCell(const ReportHandleFigures &handle);
    /// @brief Who looked up or communicated with whom: the report's contact graph and its pairs.
    void writeContacts();
    void writeContactsPicture(const QList<ReportPairFigures> &pairs);
    static QString eitherWayText(const std::array<qint64, 2> &counts);
    void writeChart();
    /// @brief The events by hour of the day and day of the week, in the report's zone.
    void writePatterns();
    /// @brief A table of each class's events per row, rows named by @p names.
    void countsTable(const QString &heading, const QStringList &names,
                     const QList<ClassCounts> &counts);
    void writeIps();
    /// @brief The client IPs of the report's events, in address order, with their figures there
    /// and what each GeoIP database said of them.
    QList<IpSummary> ipSummaries() const;
    QString geoText(const IpSummary &ip) const;
    /// @brief The GeoIP databases of the case, each with its SHA-256: what the places came from.
    void writeGeoDatabases();
    void writeSequences();
    /// @brief The report's events the analyst marked, each with its note and a link to its row
    /// of Appendix A.
    void writeMarked();
    QStringList markedCells(const EventRow &event) const;
    /// @brief The second pass: Appendix A, every event. False when stopped or failed.
    bool writeEvents(CaseReport::Result &result);
    QStringList eventCells(const EventRow &event);
    QString occurrencesText(qint64 eventId);
    void writeRejected();

    /// @brief The report's sections in order: the id its heading is linked by, and its title.
    QList<std::pair<QString, QString>> sections() const;
    /// @brief The lookup caveat, wherever lookups are shown: @p lookups of them.
    void caveatIfLookups(qint64 lookups);
    /// @brief The heading of the section @p id.
    void section(const QString &id);
    /// @brief A time as people read it: UTC, and in the report's zone where that is another.
    QString timeText(qint64 utcMs) const;
    QString classCell(const QString &classKey, const QString &subtype = {}) const;
    /// @brief Counts an event visited and tells goOn how far the report is; false when it is to
    /// stop.
    bool progress();

    QSqlDatabase m_db;
    const CaseReport::Params &m_params;
    const std::function<bool(qint64)> &m_goOn;
    CaseQueries m_queries;
    ReportFigures m_figures;
    ReportHtml m_html;
    LinePlaces m_places;
    std::optional<QSqlQuery> m_occurrences; ///< prepared once, for every event of Appendix A
    bool m_hasOccurrences = false;
    QList<EventRow> m_marked; ///< the analyst's marked events among the report's, in time order
    QList<PeriodGap> m_gaps;  ///< between the periods of the sources of the report's events
    QHash<qint64, QString> m_gapSources; ///< the names of the sources either side of them
    qint64 m_visited = 0; ///< events visited, in both passes
    bool m_stopped = false;
};
