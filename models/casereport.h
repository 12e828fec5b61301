#pragma once

#include "casequeries.h"
#include "eventexport.h"
#include "eventfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

class QIODevice;

/// @brief A report on a case (product.md workflow 6) for a reader without LookupLens: one
/// self-contained HTML file (no script, nothing fetched) saying what was imported with its
/// hashes, what the records show and do not show, each handle's and each client IP's figures,
/// the events over time, and in its appendices every event behind those figures with its source,
/// line and record as written, and every row that was not read as an event with its reason.
/// Every figure counts rows of the appendix; the classes are never summed into one figure.
class CaseReport final
{
    Q_DECLARE_TR_FUNCTIONS(CaseReport)
public:
    struct Params
    {
        EventFilter filter;                ///< the events reported on (every event by default)
        QTimeZone zone = QTimeZone::utc(); ///< times are shown in UTC and, if another, in this zone
        QString casePath;                  ///< the case as named in the report
        qint64 writtenAtMs = 0;            ///< when the report is written
        QString writtenBy;                 ///< the program and its version
        /// What the events chosen on a chart (EventFilter::chosenIds) are, in words ("Lookups on
        /// 2026-03-02"); empty otherwise.
        QString chosenDescription;
        /// How long after a lookup a communication between its two handles is listed as
        /// following it (section 6); 0: the section is left out.
        int sequenceMinutes = 30;
    };
    using Result = EventExport::Result; ///< written: the events reported on

    /// @brief Writes the report on @p params's events of the case @p db to @p out. @p goOn, if
    /// set, is told every EventExport::ProgressEvery events how far it is (in events, reaching
    /// their number at the end); returning false stops it (Result::cancelled). Thread affinity:
    /// @p db's thread.
    static Result write(QSqlDatabase db, const Params &params, QIODevice &out,
                        const std::function<bool(qint64 done)> &goOn = {});
    /// @brief What the report covers, in words: a line for each part of the filter set;
    /// @p chosenDescription names the figure whose events were chosen on a chart.
    static QStringList scopeLines(QSqlDatabase db, const EventFilter &filter, const QTimeZone &zone,
                                  const QString &chosenDescription = {});

private:
    /// @brief The sources @p ids among @p sources, in words: one by its number and name, several
    /// by their numbers and the files they came from.
    static QString sourcesScope(const QList<SourceRow> &sources, const QList<qint64> &ids);
};
