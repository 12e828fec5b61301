#pragma once

#include "eventrecord.h"
#include "evidenceclass.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

/// @brief The events of a WhatsApp page dated outside the *Date Range* its request parameters
/// state ("2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC", both ends within it): how many by
/// class and the first one's line, for a source's metadata ("outside_date_range"), and the warning
/// that words it. Kept as read: the page's records and its parameters disagree, and which is
/// wrong (a clock, a misfiled delivery) the page does not say. A range that cannot be read as two
/// times is said ("date_range_unread"), as the records were not checked against it.
class DateRangeCheck
{
    Q_DECLARE_TR_FUNCTIONS(DateRangeCheck)

public:
    /// @brief Both ends of a Date Range as written ("… UTC to … UTC"), UTC ms; none, with
    /// @p why, where it is not two times stating their zone, the second not before the first.
    static std::optional<std::pair<qint64, qint64>> read(const QString &text, QString *why);
    /// @brief The page's Date Range as written; the events noted before it are checked now.
    void setRange(const QString &text);
    /// @brief Counts @p event if dated outside the range; held (its time, line and class) until
    /// the range is read, where the parameters come after the records.
    void note(const EventRecord &event);
    /// @brief Adds "outside_date_range" ({lookups, communications, connections, first_line,
    /// date_range}) or "date_range_unread" ({date_range, reason}) to @p meta, where there is one.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "outside_date_range" or "date_range_unread" says, in words.
    static QString warning(const QJsonObject &metadata);

private:
    struct Held
    {
        qint64 utcMs;
        int line;
        EvidenceClass evidenceClass;
    };
    void check(qint64 utcMs, int line, EvidenceClass evidenceClass);

    QString m_text;                                   ///< as written; empty until read
    std::optional<std::pair<qint64, qint64>> m_range; ///< both ends, UTC ms; none if unread
    QString m_unread;                                 ///< why the text is no range
    std::vector<Held> m_held;                         ///< events noted before the range was read
    ClassCounts m_outside{};
    int m_first = 0; ///< the first such event's line
};
