#pragma once

#include "durations.h"
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
    TimeZone,    ///< the zone each row's time is in, in a column of its own ("Time Zone", "UTC Offset")
    /// With LocalParty: the subscriber's own address (on a Wi-Fi call), the client IP of the
    /// records it began (SubscriberAddresses)
    LocalPartyIp,
    LocalPartyPort,
};

/// @brief Order of day and month in dates like 03/04/2016: settled from the data or declared.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

/// @brief A table layout: which headers carry which field, the evidence class of its rows and
/// how its times are written. Built-in formats and analysts' mapping profiles are the same
/// JSON (see resources/profiles/). Columns are found by header text; only an analyst's mapping
/// of a file without a header row numbers them instead (byPosition).
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
    /// The duration's unit, where the profile declares one ("duration_unit"): a header naming
    /// one in brackets ("Duration (min)") still says it for its file.
    std::optional<DurationUnit> durationUnit = std::nullopt;
    /// The durations' decimal mark, where the profile declares one ("decimal_mark"): what
    /// "1.234" is where the file does not settle it.
    DecimalMark decimalMark = DecimalMark::Unknown;
    bool analystProfile = false;         ///< written by an analyst: class and zone are declared
    /// The region (ISO 3166, "DE") whose numbers the table writes without a country code, where
    /// the profile declares one ("number_region"): a German carrier's layout mapped once reads
    /// "0171 2345678" as Germany dials it in every delivery. Empty: the case's region. The
    /// analyst's word for a file (ReadSettings::numberRegion) wins over it. A built-in format's
    /// (India's carriers': "IN") is not applied, the format being recognised from the file: its
    /// numbers read in another region are said (TableImporter::formatRegionNote()).
    QString numberRegion;
    /// The file has no header row: every row is a record and the columns are numbered (from 1
    /// in the JSON), each field's one synonym being its column's positionName(), normalised.
    bool byPosition = false;

    /// @brief The title as the GUI shows it: a built-in format's in the language of the day.
    QString shownTitle() const;
    static const char *const BuiltInTitles[5];
    static const QList<TableFormat> &builtIn();
    static const TableFormat *byId(const QString &id);
    static QStringList builtInIds();
    static QString fieldName(Field field);
    static QString fieldKey(Field field);
    static std::optional<Field> fieldFromKey(const QString &key);
    /// @brief The header a file without one is read by: "column 1", "column 2", … (@p width of them).
    static QStringList positionHeader(int width);
    /// @brief "column N" for the 0-based @p column: its name in positionHeader() and in a row's kept columns.
    static QString positionName(int column);
    /// @brief The 0-based column a by-position format places @p field in, or -1.
    int position(Field field) const;
    /// @brief Of a by-position format: its highest column numbered (counted from 1), or 0.
    int numberedWidth() const;
    /// @brief Of a by-position format: "timestamp in column 2, initiator in column 3, …".
    QString numberedColumnsText() const;

    /// @brief Reads a profile. An analyst's profile must name the class and the zone.
    static std::optional<TableFormat> fromJson(const QJsonObject &json, bool analystProfile, QString *error);
    static std::optional<TableFormat> loadProfile(const QString &path, QString *error);
    QJsonObject toJson() const;
    bool saveProfile(const QString &path, QString *error) const;

    static constexpr int MaxPosition = 16384; ///< a worksheet's last column (XFD)

    /// @brief Where the subscriber's own address is mapped so that it could not be read: its
    /// port alone, or beside an initiator or counterpart column (whose address it is, unsaid).
    enum class AddressMisfit { None, PortAlone, BesideBothParties };
    AddressMisfit subscriberAddressMisfit() const;

private:
    /// @brief Reads "columns": header texts (one or a list of spellings per field) or, for a
    /// file without a header row, column numbers; never a mix.
    bool readColumns(const QJsonObject &columns, QString *error);
};
