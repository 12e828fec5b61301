#pragma once

#include "casequeries.h"
#include "outsidestatedperiod.h"
#include "stateddate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <utility>

/// @brief The period a return states above its header row, as an Apple return does ("Period
/// 2016-08-28 through 2016-09-21"): the days the provider searched. Its records may fill only part
/// of it; the rest is time the return covers and where it found nothing, which a view must not
/// hatch as time between returns. Read from the lines kept with the source (its metadata block and
/// those of returns joined into the file), so a case imported before reads it too. Its ends are
/// read as StatedDate reads them, each whole or with a time of day ("2016-08-28 08:00 to
/// 2016-09-21 17:30:00"), in the zone the line names or else the source's; a day and month in
/// numbers in the order the period's own dates settle, else in the order the source's times were
/// read in — never guessed: where neither settles it, or the line cannot be read, the period is
/// said and not read.
struct StatedPeriod
{
    Q_DECLARE_TR_FUNCTIONS(StatedPeriod)

public:
    QString text; ///< the line as written
    int line = 0; ///< its line (a worksheet's row) in the file; 0 where an older case does not say
    QDate first;  ///< the first day it states
    QDate last;   ///< the last day it states, included
    QTime firstTime; ///< the time it starts on its first day; none: at the day's start
    QTime lastTime;  ///< the time it ends on its last day, included; none: at the day's end
    bool lastToMinute = false; ///< lastTime written without seconds: the whole minute included
    int headerLine = 0;        ///< the header row of the return whose block states it
    int endLine = 0;           ///< a period whose end is on a line of its own: that line; else 0

    /// @brief How its dates were read where they were not written year first or with the month
    /// named.
    enum class DatesRead
    {
        AsWritten,
        InTheirOnlyOrder,  ///< day and month in numbers that can be read one way only (settledBy)
        InTheSourcesOrder, ///< in the order the source's times were read in
        AsDayNumbers,      ///< a workbook's day numbers, counted from dayNumbersFrom
        NotSettled, ///< day and month in numbers nothing settles: not read (first, last invalid)
        NotRead     ///< a period of some kind, not read (notReadWhy; first, last invalid)
    };
    /// @brief Why a period was not read.
    enum class NotRead
    {
        Form,     ///< its ends are not dates (and zones) in a form read
        Orders,   ///< one date can be read day first only, the other month first only
        Zones,    ///< its ends state different zones
        Backwards ///< it ends before it starts
    };
    DatesRead datesRead = DatesRead::AsWritten;
    QString order;        ///< "dmy" or "mdy", where its dates were read in one
    QString settledBy;    ///< InTheirOnlyOrder: the end that can be read one way only
    QDate dayNumbersFrom; ///< AsDayNumbers: the workbook's day 0
    NotRead notReadWhy = NotRead::Form; ///< where datesRead is NotRead
    QString zone; ///< the zone the line states for its ends ("UTC"); empty where it states none
    QString twoDigitYear; ///< an end written with a two-digit year ("8/28/16"); empty where none is

    /// @brief The periods the lines above @p metadata's header rows state, the file's first
    /// return's first; a line that is no period, or is one not read, is passed over.
    static QList<StatedPeriod> find(const QJsonObject &metadata);
    /// @brief Every period stated above @p metadata's header rows, those not read among them
    /// (datesRead NotSettled or NotRead: no days).
    static QList<StatedPeriod> allIn(const QJsonObject &metadata);
    /// @brief How its dates were read, as a word for scripts: "as_written", "their_only_order",
    /// "the_files_order", "day_numbers", "not_settled" or "not_read".
    QString datesReadKey() const;
    /// @brief Its start and the moment after its end in @p zoneName, UTC ms; none where it is
    /// not read or @p zoneName is no zone.
    std::optional<std::pair<qint64, qint64>> spanIn(const QString &zoneName) const;
    /// @brief That a period stated above @p metadata's header rows was not read, and why, in
    /// words; empty where none is so.
    static QStringList notReadWarnings(const QJsonObject &metadata);
    /// @brief From the start of @p periods' first to the end of their last in @p zoneName (the
    /// zone the source's times were read in), UTC ms, the end the moment after the last (the next
    /// day's start, or the second or minute after a time stated); none where there is no period or
    /// @p zoneName is no zone (times that each state their own).
    static std::optional<std::pair<qint64, qint64>> span(const QList<StatedPeriod> &periods,
                                                         const QString &zoneName);
    /// @brief What a source's description says of the periods it states, a line each, and where
    /// its records run outside them, that they do.
    static QStringList describe(const SourceRow &source);
    /// @brief That records run outside the period @p metadata states, in words, a warning for
    /// each return whose records run outside the period its own block states: counted by class
    /// with the first one's line where the import counted them (OutsideStatedPeriod), else (a
    /// case imported before) by @p records' first and last (UTC ms), or where a file joins
    /// returns, each return's as measured (ReturnSpans). Empty where none do or none is stated.
    static QStringList outsideWarnings(const QJsonObject &metadata, const QString &zoneName,
                                       std::pair<qint64, qint64> records);
    /// @brief Whether @p records (first and last, UTC ms) begin before @p stated (as span() gives
    /// it) and whether they end past it.
    static std::pair<bool, bool> beyond(std::pair<qint64, qint64> stated,
                                        std::pair<qint64, qint64> records);
    /// @brief Those of @p periods stated by the block of the return whose header row is at
    /// @p headerLine.
    static QList<StatedPeriod> ofReturn(const QList<StatedPeriod> &periods, int headerLine);

private:
    /// @brief What a period's dates are read by: the order the source's times were read in
    /// (empty where none was), a workbook's day 0 (none for a text file).
    struct Reading
    {
        QString order;
        std::optional<QDate> dayNumbersFrom;
    };
    static Reading readingOf(const QJsonObject &metadata);
    /// @brief The period the lines of @p block state; its line from the lines' numbers kept
    /// with them, else counted from @p firstLine where that is known (not 0).
    static QList<StatedPeriod> inBlock(const QJsonObject &block, int firstLine,
                                       const Reading &reading);
    /// @brief "on line 5", or where the line is not known "above its header row".
    QString where() const;
    /// @brief Its text, a worksheet's cells apart by spaces rather than tabs.
    QString shownText() const;
    /// @brief The period @p text states on one line; none where it is no period.
    static std::optional<StatedPeriod> read(const QString &text, const Reading &reading);
    /// @brief The period a sentence of @p text names from one date to another, with no label
    /// ("Records for … from 09/01/2016 through 09/30/2016"); none where its ends are not both
    /// dates.
    static std::optional<StatedPeriod> inWords(const QString &text, const Reading &reading);
    /// @brief The period @p lines state with its start and its end on lines of their own, into
    /// @p startIndex and @p endIndex their indexes; none where they do not.
    static std::optional<StatedPeriod> inTwoLines(const QJsonArray &lines, const Reading &reading,
                                                  qsizetype *startIndex, qsizetype *endIndex);
    /// @brief The period whose ends are written @p fromText and @p toText, its line @p text.
    static std::optional<StatedPeriod> fromEnds(const QString &text, const QString &fromText,
                                                const QString &toText, const Reading &reading);
    /// @brief @p line with a worksheet's or a CSV's cells apart by single spaces.
    static QString plainLine(const QString &line);
    /// @brief @p end without the quotes a return may write around it.
    static QStringView unquoted(QStringView end);
    /// @brief How @p from and @p to are read, in the order they settle or else @p sourceOrder;
    /// false where each settles an order and they differ.
    bool settleOrder(const StatedDate &from, const StatedDate &to, const QString &sourceOrder);
    /// @brief How its dates were read, in words, for a source whose metadata is @p metadata;
    /// empty where they were read as written.
    QString datesReadText(const QJsonObject &metadata) const;
    /// @brief That its years were written with two digits and how they were read; empty where
    /// they were not.
    QString yearsText() const;
    /// @brief Its line of a source's description, for a source whose times were read in
    /// @p zoneName (or each state their own).
    QString describedIn(const QString &zoneName) const;
    /// @brief That it was not read, and why.
    QString notReadText() const;
    /// @brief Whether its days were read (neither NotSettled nor NotRead).
    bool isRead() const
    {
        return datesRead != DatesRead::NotSettled && datesRead != DatesRead::NotRead;
    }
    /// @brief It, not read for @p why, where @p said (a period of some kind); none where not.
    std::optional<StatedPeriod> notRead(NotRead why, bool said);
    /// @brief The zone it is read in: the one its line states, else @p sourceZone.
    QString zoneIn(const QString &sourceZone) const;
    /// @brief That @p records run outside @p periods, in words, naming the return whose header
    /// row is at @p headerLine (0: the file's records); empty where they do not.
    static QString outside(const QList<StatedPeriod> &periods, const QString &zoneName,
                           std::pair<qint64, qint64> records, int headerLine);
    /// @brief The warnings of @p counted (OutsideStatedPeriod), each return's against the
    /// period its block states among @p periods.
    static QStringList countedWarnings(const QList<StatedPeriod> &periods,
                                       const QList<OutsideStatedPeriod::Counted> &counted,
                                       const QString &zoneName, bool joined);
    /// @brief From the first start of @p periods (not empty) to their last end.
    static StatedPeriod wholeOf(const QList<StatedPeriod> &periods);
    /// @brief Its start and the moment after its end in @p zone.
    QDateTime start(const QTimeZone &zone) const;
    QDateTime end(const QTimeZone &zone) const;
    bool hasTimes() const { return firstTime.isValid() || lastTime.isValid(); }
    QString daysText() const;
};
