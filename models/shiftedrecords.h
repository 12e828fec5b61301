#pragma once

#include "eventrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @brief Records of a file that another source of the case holds in every field but their
/// time, which differs by whole quarter hours: the same records read in two zones (one declared
/// wrongly, or a provider that changed the zone it writes in). A duplicate is known by its time,
/// so such records are not joined: they stand twice in the case, and nothing else would say so.
/// A sample of the file's records is looked for in the case at each shift up to 26 hours.
class ShiftedRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ShiftedRecords)
public:
    /// @brief One record's fields as the case would hold them (handles normalised).
    struct Probe
    {
        QString subtype;
        qint64 utcMs = 0;
        QString initiator;
        QString counterpart; ///< empty for a connection
        QString clientIp;    ///< as the case stores the address
        std::optional<int> deviceCount;
    };

    /// @brief An even sample of a file's records as they are read: every k-th, k doubling each
    /// time the sample is full, so that it spans the whole file whatever its length.
    class Sample
    {
    public:
        static constexpr int Size = 256;
        void offer(const EventRecord &event);
        const QList<Probe> &probes() const { return m_probes; }

    private:
        QList<Probe> m_probes;
        qint64 m_offered = 0;
        qint64 m_stride = 1;
    };

    /// @brief The other source whose records the sample finds shifted, and by how much.
    struct Finding
    {
        QString sourceName;
        QString sourceZone;
        bool sourceZoneDeclared = false;
        QList<qint64> shiftsMs; ///< this file's time minus the other's; one, or two an hour apart
        int matched = 0;        ///< records of the sample found at those shifts
        int checked = 0;        ///< records in the sample

        /// @brief As the source's metadata keeps it ("shifted_records"), so its description can
        /// say it again in the language of the day.
        QJsonObject toJson() const;
        static std::optional<Finding> fromJson(const QJsonObject &json);
    };

    /// @brief Looks for @p probes (records of format @p formatId) in the other sources of
    /// @p db's case; @p thisSourceId is the file's own source (-1 in a dry run, before it is).
    static std::optional<Finding> find(const QSqlDatabase &db, const QString &formatId, const QList<Probe> &probes,
                                       qint64 thisSourceId);
    /// @brief The warning for @p finding, of a file read in @p zone (declared or not).
    static QString warning(const Finding &finding, const QString &zone, bool zoneDeclared);
};
