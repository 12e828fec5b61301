#pragma once

#include "shiftedrecords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @brief Communications of a file that a source of another format holds too: a call or
/// message between the same two handles, of the same subtype, at most two minutes apart (or
/// that far from a shift of whole quarter hours, the two read in two zones). Each
/// party's carrier keeps its own record of a call, and the two share no key, so nothing joins
/// them: the one call stands twice in the case and is counted twice. A sample of the file's
/// records is looked for, and the file's warnings say what was found.
class RecordedTwice final
{
    Q_DECLARE_TR_FUNCTIONS(RecordedTwice)
public:
    static constexpr qint64 MostApartMs = 2 * 60 * 1000; ///< two carriers' clocks, and call set-up against answer

    /// @brief The other source holding the most of the sample, and how far apart they stand.
    struct Finding
    {
        QString sourceName;
        qint64 sourceId = -1; ///< the other source's in the case; an earlier file's of a dry run below -1
        QString sourceZone;
        bool sourceZoneDeclared = false;
        /// Empty where found at the same time; else, as ShiftedRecords has it, this file's time
        /// minus the other's in whole quarter hours: the two read in two zones.
        QList<qint64> shiftsMs;
        int matched = 0;         ///< communications of the sample found there once each
        int checked = 0;         ///< communications in the sample
        qint64 mostApartMs = 0;  ///< the largest gap between the two records of one found (from the shift)

        /// @brief As the source's metadata keeps it ("recorded_twice").
        QJsonObject toJson() const;
        static std::optional<Finding> fromJson(const QJsonObject &json);
    };

    /// @brief Looks for the communications among @p probes (records of format @p formatId) in
    /// @p others but WhatsApp's sources (known by their ids, and no carrier's).
    static std::optional<Finding> find(OtherRecords &others, const QString &formatId, const QList<ShiftedRecords::Probe> &probes);
    /// @brief The warning for @p finding, of a file read in @p zone (declared or not): what was
    /// found and what follows, in an import or (@p beforeImport) in its dry run.
    static QString warning(const Finding &finding, const QString &zone, bool zoneDeclared, bool beforeImport = false);
    /// @brief Where @p finding's communications were found, and how each file was read.
    static QString found(const Finding &finding, const QString &zone, bool zoneDeclared);
    /// @brief What follows for the communications found, and what to do about it.
    static QString consequence(const Finding &finding, bool beforeImport);
};
