#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include "serialrounding.h"
#include "tableformat.h"

#include <functional>
#include <optional>

/// @brief Where the zone used for a timestamp came from.
enum class ZoneSource { Text, Header, Declared };

struct ParsedTime
{
    bool ok = false;
    qint64 utcMs = 0;
    QString zoneUsed;
    QString error;
    bool zoneMissing = false; ///< no zone in text, header or declaration: the import cannot go on
    bool needsDateOrder = false; ///< a date like 03/04/2016 and no settled day/month order
    bool ambiguous = false;   ///< a DST overlap: utcMs is the earlier reading, laterUtcMs the other
    qint64 laterUtcMs = 0;
    ZoneSource zoneSource = ZoneSource::Declared;
    bool twoDigitYear = false; ///< the year was written with two digits ("09/12/16") and read by POSIX's rule
    /// Unreadable, but likely a count one of the declared formats reads ("excel", "unix",
    /// "unix-ms"): the error names it; empty otherwise.
    QString formatItMayBe = QString();
};

/// @brief Reads provider timestamps ("2016-09-12 14:03:07", "… UTC", "…+02:00", "12-Sep-2016
/// 2:03 PM", "Mon, 12 Sep 2016 14:03:07 +0000", "Mon Sep 12 14:03:07 UTC 2016",
/// "20160912140307", Excel serials; with the format "unix" or "unix-ms", seconds or milliseconds since
/// 1970, which are UTC; with "excel" or "excel-1904", a spreadsheet's date written as its number
/// of days, a wall-clock time) into UTC milliseconds. Precedence: a zone in the text, then one in the
/// header, then the zone the analyst declared. The host's zone is never used. A zone
/// abbreviation in the text ("EDT") is read through the header's or declared zone. One parser
/// is for one thread: it keeps what each abbreviation stood for on the last day read.
class TimestampParser final
{
    Q_DECLARE_TR_FUNCTIONS(TimestampParser)
public:
    TimestampParser(std::optional<QTimeZone> headerZone, std::optional<QTimeZone> declaredZone,
                    DateOrder dateOrder = DateOrder::Unknown, QString format = {});

    ParsedTime parse(QStringView text) const;
    /// @brief The zone a row gives its time in a column of its own: a zone, or an abbreviation
    /// read through the header's or declared zone as one beside the time is.
    struct RowZone
    {
        std::optional<QTimeZone> zone;
        QString label;
    };
    /// @brief The zone the cell @p text names: an offset ("-05:00", "UTC -5"), UTC, a zone of the
    /// tz database ("America/New_York") or Windows' ("Eastern Standard Time", as Windows names
    /// New York's clock), or an abbreviation ("EDT"); nullopt for anything else ("-5", which
    /// may count hours or, inverted, minutes).
    static std::optional<RowZone> rowZoneOf(const QString &text);
    /// @brief Why @p text, which rowZoneOf() refused, names no zone.
    static QString rowZoneRefused(const QString &text, const QString &header);
    /// @brief What @p read returns with @p zone reading the times that state none of their own.
    ParsedTime readInRowZone(const RowZone &zone, const std::function<ParsedTime()> &read) const;
    /// @brief Whether the format read is "unix" or "unix-ms": a spreadsheet's number is then such a
    /// count, not its date serial.
    bool countsSince1970() const { return m_epoch == Epoch::Seconds || m_epoch == Epoch::Milliseconds; }
    /// @brief Whether the format read is "excel" or "excel-1904": a text time is then a
    /// spreadsheet's day count, which a number format may have rounded (SerialRounding).
    bool readsSpreadsheetDays() const { return m_epoch == Epoch::ExcelDays || m_epoch == Epoch::ExcelDays1904; }
    /// @brief The file's times shown rounded: each with fewer decimals than Excel writes is
    /// refused, its reason saying how the file shows it.
    void setSerialRounding(std::optional<SerialRounding> rounding) { m_serialRounding = std::move(rounding); }
    ParsedTime parseExcelSerial(double serial, bool date1904) const;
    /// @brief A spreadsheet's date and time cells, each a serial number or text.
    ParsedTime parseExcelDateAndTime(const QString &date, const QString &time, bool date1904) const;

    /// @brief "UTC", "GMT", "Z", "+0200", "+02:00" → a zone; std::nullopt when not a zone label.
    static std::optional<QTimeZone> zoneFromLabel(QStringView label);
    /// @brief A declared zone: an IANA id or a label accepted by zoneFromLabel.
    static std::optional<QTimeZone> zoneFromDeclaration(const QString &text);
    /// @brief The zone the bracketed @p label of a timestamp header names ("UTC", "+02:00",
    /// "Europe/Berlin"), as zoneFromDeclaration() reads it, but for the abbreviations the tz
    /// database keeps as zones of their own ("EST", "MST", "HST", "CET", "EET", "WET", "MET"):
    /// a header's word typed once for every time, which carriers write over the region's summer
    /// times too ("(EST)" over July times at -04:00). Such a label names no zone by itself.
    static std::optional<QTimeZone> zoneOfHeaderLabel(const QString &label);
    /// @brief Whether @p zone is one the tz database names as an abbreviation is written ("EST",
    /// "CET"; zoneOfHeaderLabel() names them), which an analyst may declare meaning another.
    static bool isAbbreviationNamedZone(const QTimeZone &zone);
    /// @brief For a zone declared that isAbbreviationNamedZone(): what it reads, in words, and
    /// how to declare the other reading; empty for any other zone.
    static QString abbreviationNamedZoneNote(const QTimeZone &zone);
    /// @brief The label the header gives the times where it names no zone ("EST", "local"): the
    /// reason a time waits for a declared zone names it.
    void setHeaderLabel(const QString &label) { m_headerLabel = label; }
    /// @brief Whether @p id names a zone of the tz database (a link to one too), not a word Qt
    /// would read as a POSIX rule.
    static bool isZoneOfTheDatabase(const QByteArray &id);
    /// @brief The formats an analyst may declare for a file's times whatever its format
    /// ("excel", "excel-1904", "unix", "unix-ms"): counts no text shape tells.
    static const QStringList &declarableFormats();
    /// @brief A format declarableFormats() names, in words ("days since 1899-12-30, as a
    /// spreadsheet's date saved as a number"); empty for any other.
    static QString formatWords(const QString &format);
    /// @brief "unix" or "unix-ms" where the bracketed @p label of a timestamp header names a count
    /// since 1970 ("Unix", "epoch ms", "ms since 1970-01-01", "Unixzeit"): the file's own word for its
    /// times, as a zone in brackets is. Empty for any other label, "ms" alone too (times written
    /// to the millisecond), and for a count of another unit ("epoch µs").
    static QString countNamedBy(const QString &label);
    /// @brief The day/month order the bracketed @p label of a date or timestamp header writes out
    /// ("dd/mm/yyyy", "MM/DD/YYYY HH:MM:SS", German "TT.MM.JJJJ", French "jj/mm/aaaa", Italian
    /// "gg/mm/aaaa"); Unknown where it writes none.
    static DateOrder dateOrderNamedBy(const QString &label);
    /// @brief Whether @p label is a pattern of how the column is written ("dd/mm/yyyy",
    /// "hh:mm:ss"), not a zone.
    static bool isPatternLabel(const QString &label);
    /// @brief "excel", "unix" or "unix-ms" where @p text looks like such a count; empty otherwise.
    static QString formatItMayBe(const QString &text);
    /// @brief @p text refused as no timestamp, naming the format it may be in (formatItMayBe()).
    static ParsedTime unreadableTime(const QString &text);
    /// @brief 10^8 s since 1970 (1973-03-03): no provider kept such records before. An earlier
    /// time is a count declared as another or a time not recorded, written as a zero.
    static constexpr qint64 EarliestRecordMs = 100000000000;
    /// @brief 2100-01-01: a later time is a time not recorded, written as a far date (9999-12-31).
    /// A fixed bound, not the computer's clock, which may be wrong.
    static constexpr qint64 LatestRecordMs = 4102444800000;
    /// @brief @p parsed, the time @p text read, refused where it falls before EarliestRecordMs
    /// (a time not recorded written as the zero of a clock or count, 1970-01-01 00:00:00 or
    /// Excel's 1899-12-30, or a year cut short, 0016) or from LatestRecordMs on.
    static ParsedTime outsideAnyRecord(ParsedTime parsed, const QString &text);
    /// @brief Whether the zone abbreviation @p label stands for @p called, what the tz database
    /// calls a zone at some moment: the same name, the name in another language ("MESZ" is
    /// German for "CEST", "MEZ" and the Dutch "MET" for "CET"), or a name of the clock whichever
    /// time it keeps ("ET" for "EST" and "EDT").
    static bool labelNames(const QString &label, const QString &called);
    /// @brief Whether @p label names a clock whichever time it keeps ("ET", "CT", "MT", "PT").
    static bool namesTheClock(const QString &label);
    static QString zoneName(const QTimeZone &zone);
    /// @brief For a zone a source or event was read in, as recorded: a warning where it is no
    /// zone (a word such as "EDT" or "local", which earlier versions read as UTC); empty otherwise.
    static QString misreadZoneNote(const QString &zoneUsed);
    /// @brief A zone used as the analyst reads it: its name, or for the words a source keeps
    /// where no one zone is its ("stated in records", "unstated"), those words translated.
    static QString zoneShown(const QString &zoneUsed);
    /// @brief Day/month order told by dates like 25/03/2016 (day first) or 03/25/2016; Unknown
    /// when every date is ambiguous or the dates disagree.
    /// @brief A date cell without the midnight a date-and-time cell gives it ("2016-09-12
    /// 00:00:00", "9/12/2016 0:00", "… 12:00:00 AM"); any other text as it is.
    static QString dateWithoutMidnight(const QString &date);
    /// @brief A time cell without Excel's day 0 before it ("1899-12-30 14:03:07", as a time-only
    /// cell is written out as a date and time); any other text as it is.
    static QString timeWithoutExcelsDayZero(const QString &time);
    /// @brief The day/month order @p values' slash dates settle ("25/03/2016": day first), or
    /// Unknown where none does or they contradict each other; into @p settledBy, if given, the
    /// index of the first value that settles it (-1 if none).
    static DateOrder settleDateOrder(const QStringList &values, qsizetype *settledBy = nullptr);
    /// @brief The day a workbook's day number 0 is (1899-12-30, Excel's count for the days after
    /// its 1900-02-29 that never was; 1904-01-01 in the 1904 date system).
    static QDate excelEpoch(bool date1904);
    /// @brief A year as written: four digits as they are, two by POSIX's rule for strptime's %y
    /// (00–68 are 2000–2068, 69–99 are 1969–1999).
    static int yearWritten(QStringView written);

private:
    /// Why @p text is no timestamp read without a format, with what could make it one.
    static QString unreadable(const QString &text);

    ParsedTime parseSlashDate(const class QRegularExpressionMatch &match, int weekday) const;
    ParsedTime parseMonthName(const class QRegularExpressionMatch &match, int weekday) const;
    ParsedTime parseYearLast(const class QRegularExpressionMatch &match, const QString &text, int weekday) const;
    /// The error for a word read as a month that names none (or two): "Sen", "jui".
    static ParsedTime noSuchMonth(const QString &name, const QString &text);
    /// "…-04:00[America/New_York]", as Java's ZonedDateTime writes it.
    ParsedTime parseWithZoneId(const QString &text) const;
    /// Whether the offset @p parsed was read by is @p zone's at that moment (Java's and Go's
    /// forms write both).
    static bool offsetIsZones(const ParsedTime &parsed, const std::optional<QTimeZone> &zone);
    static ParsedTime zoneNotTheOffsets(const QString &text, const QString &zone);
    /// A zone's name after the offset: Go's "… +0200 CEST", JavaScript's "… GMT+0200 (Central
    /// European Summer Time)"; nullopt for any other text.
    std::optional<ParsedTime> parseWithZoneName(const QString &text) const;
    ParsedTime parseEpoch(const QString &text) const;
    /// @brief @p text refused as a count of the declared format for @p reason, naming the
    /// format it looks like where that is another (formatItMayBe()).
    ParsedTime anotherCount(const QString &text, const QString &reason) const;
    ParsedTime parseSerialText(const QString &text) const;
    /// Sets m_formatStatesZone and m_formatTwoDigitYear from m_format.
    void readFormatSections();
    /// A time in the Qt date-time format declared (a profile's "timestamp_format").
    ParsedTime parseDeclaredFormat(const QString &text) const;
    /// @p read, parsed by a declared format whose zone section ("t") named a zone, on @p date.
    ParsedTime fromZoneInFormat(const QDateTime &read, const QDate &date,
                                const QString &text) const;
    /// @param weekday 1 (Monday) to 7 where the text names one, which must be the date's; 0 otherwise
    ParsedTime fromParts(const QDate &date, const QTime &time, const QString &zoneLabel, const QString &text,
                         int weekday = 0) const;
    ParsedTime fromLocal(QDate date, QTime time, const std::optional<QTimeZone> &textZone) const;
    static bool sameOffsetAt(const QTimeZone &one, const QTimeZone &other, qint64 utcMs);
    /// A zone abbreviation in the text ("EDT"), read through the header's or declared zone.
    ParsedTime fromAbbreviation(const QDate &date, const QTime &time, const QString &label) const;
    /// What a zone abbreviation stands for in a zone on one day.
    struct LabelReading
    {
        qint64 day = 0; ///< Julian day
        std::optional<int> offsetSeconds; ///< none: the zone is not called so that day
        QString zoneUsed;                 ///< "America/New_York (EDT)"
        QString names;                    ///< what it is called that day, where not so
    };
    LabelReading readLabel(const QTimeZone &zone, const QString &zoneShown, const QString &label, const QDate &date,
                           qint64 asIfUtc) const;

    std::optional<QTimeZone> m_headerZone;
    std::optional<QTimeZone> m_declaredZone;
    QString m_headerLabel;
    mutable RowZone m_rowZone; ///< set by readInRowZone() while it reads
    QString m_fixedZoneName; ///< zoneName() of the header or declared zone, named once, not per row
    DateOrder m_dateOrder;
    QString m_format;
    /// A declared Qt format's sections, outside its quoted text: a zone ("t"); a year of two
    /// digits ("yy"), which Qt reads as 1900–1999.
    bool m_formatStatesZone = false;
    bool m_formatTwoDigitYear = false;
    /// The format "unix", "unix-ms", "excel" or "excel-1904"
    enum class Epoch { None, Seconds, Milliseconds, ExcelDays, ExcelDays1904 } m_epoch = Epoch::None;
    std::optional<SerialRounding> m_serialRounding;
    mutable QHash<QString, LabelReading> m_labelReadings; ///< by label, the last day read
};

/// @brief Converts a wall-clock time in a zone to UTC, refusing times that do not exist
/// (DST gap) and reporting both readings of times that occur twice (DST overlap).
struct WallClockResult
{
    enum Kind { Unique, Gap, Overlap } kind = Unique;
    qint64 utcMs = 0;       ///< the earlier reading for an overlap
    qint64 laterUtcMs = 0;  ///< the later reading for an overlap
};
WallClockResult wallClockToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);
