#pragma once

#include "eventrecord.h"
#include "evidenceclass.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class TableImporter;

/// @brief The records of a return dated outside the period it states above its header row
/// (StatedPeriod), counted as they are written (or, in a dry run, previewed): by class before
/// the period and after it, and the first one's line, for each return a file joins that states
/// its own. Kept in the source's metadata ("outside_stated_period") and worded in the import's
/// warning and the source's description, so that a figure leads to a line of the file. A return
/// whose period is not read (none stated, its day and month not settled, its times each stating
/// their zone) is not checked.
class OutsideStatedPeriod
{
    Q_DECLARE_TR_FUNCTIONS(OutsideStatedPeriod)

public:
    struct Counted
    {
        int headerLine = 0; ///< the header row of the return whose period it is
        ClassCounts before{};
        ClassCounts after{};
        int firstLine = 0; ///< the line of the first record outside it
    };

    /// @brief A new part: nothing known, nothing counted.
    void reset();
    /// @brief Reads the period of each return @p importer has reached since the last call; only
    /// while no read of @p importer is pending (it is asked for its lines).
    void catchUp(const TableImporter &importer);
    /// @brief Counts @p event, a record written or linked, where it lies outside the period of
    /// its return.
    void note(const EventRecord &event);
    /// @brief Adds "outside_stated_period" to @p meta where some return's period was read: a
    /// list, for each return with records outside it, of {header_line, before, after (each
    /// {lookups, communications, connections}), first_line}; empty where none lies outside.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "outside_stated_period" holds; none where it has none (no
    /// period read, or a case imported before the records were counted).
    static std::optional<QList<Counted>> read(const QJsonObject &metadata);
    /// @brief @p counted in words, its return's period @p daysText (StatedPeriod's) read in
    /// @p zoneName; @p joined where the file joins returns that state their periods.
    static QString warning(const Counted &counted, const QString &daysText, const QString &zoneName,
                           bool joined);

private:
    struct Return
    {
        int headerLine =
            0; ///< the header row of the return it belongs to (a page goes on with the one before)
        std::optional<std::pair<qint64, qint64>> span; ///< as StatedPeriod::span() gives it
    };
    static QString datedText(const Counted &counted);

    std::vector<Return> m_returns; ///< by EventRecord::returnInFile
    QList<Counted> m_counted;      ///< in the order of their returns
    bool m_checked = false;        ///< some return's period was read
};
