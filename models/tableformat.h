#pragma once

#include "evidenceclass.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// @brief The meaning a table column can carry.
enum class Field {
    RecordId,
    CallId,      ///< rows sharing it are legs of one call
    Timestamp,
    Date,        ///< with Time, for files that split the two
    Time,
    Initiator,
    Counterpart,
    LocalParty,  ///< with RemoteParty and Direction, for files written from one subscriber's side
    RemoteParty,
    Direction,
    ClientIp,
    ClientPort,
    DeviceCount,
    Duration,
    CallType,
};

/// @brief Order of day and month in dates like 03/04/2016: settled from the data or declared.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

/// @brief A table layout: which headers carry which field, the evidence class of its rows and
/// how its times are written. Built-in formats and analysts' mapping profiles are the same
/// JSON (see resources/profiles/); columns are always found by header text, never position.
struct TableFormat
{
    Q_DECLARE_TR_FUNCTIONS(TableFormat)
public:
    QString id;
    QString title;
    EvidenceClass evidenceClass = EvidenceClass::Lookup;
    QString subtype;
    QHash<Field, QStringList> synonyms; ///< normalised header spellings (see normalizeHeader)
    std::optional<QTimeZone> zone;       ///< the zone the profile declares for unmarked times
    DateOrder dateOrder = DateOrder::Unknown;
    QString timestampFormat;             ///< a Qt date-time format, when the profile gives one
    bool analystProfile = false;         ///< written by an analyst: class and zone are declared

    static const QList<TableFormat> &builtIn();
    static const TableFormat *byId(const QString &id);
    static QStringList builtInIds();
    static QString fieldName(Field field);
    static QString fieldKey(Field field);
    static std::optional<Field> fieldFromKey(const QString &key);

    /// @brief Reads a profile. An analyst's profile must name the class and the zone.
    static std::optional<TableFormat> fromJson(const QJsonObject &json, bool analystProfile, QString *error);
    static std::optional<TableFormat> loadProfile(const QString &path, QString *error);
    QJsonObject toJson() const;
    bool saveProfile(const QString &path, QString *error) const;
};

/// @brief A header row matched against a format.
struct HeaderMatch
{
    QHash<Field, int> columns;
    std::optional<QTimeZone> timestampZone; ///< a zone stated in the timestamp header, e.g. "(GMT)"
    QString zoneLabel;
    int fieldsMatched = 0;
};

class HeaderMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMatcher)
public:
    /// @brief Lower case, letters and digits only, a trailing "(zone)" removed.
    static QString normalizeHeader(const QString &header, QString *zoneLabel = nullptr);
    /// @brief The match if @p cells hold a time (timestamp, or date and time) and the parties
    /// the format's class needs (initiator and counterpart, or local/remote party and direction).
    static std::optional<HeaderMatch> match(const TableFormat &format, const QStringList &cells);
    /// @brief The fields a format needs, in words, for error messages.
    static QString requirement(const TableFormat &format);
};
