#pragma once

#include "casequeries.h"

#include <QCoreApplication>
#include <QStringList>

/// @brief How a source's file was read, as its metadata keeps it, worded in the reader's
/// language: the format and who chose its class, the header row the columns were found by, the
/// lines above it (an Apple return's account block and its own caveat), the account, a WhatsApp
/// record's request parameters, the zone the analyst declared and the tz database's rules its
/// local times were read by, how the day/month order was settled — the line that settled it,
/// where the data did. What a defence expert checks a source's events against; shown by the
/// Sources panel's description and `sources`. The JSON of `sources --json` keeps the same as data.
class SourceReading final
{
    Q_DECLARE_TR_FUNCTIONS(SourceReading)
public:
    /// @brief The description's lines, a heading first; none for a source whose metadata names
    /// nothing of its reading.
    static QStringList lines(const SourceRow &source);
    /// @brief "Dates like 03/04/2016 were read day first (3 April), as the file's dates settle
    /// it: line 7 has "16/09/2016 08:00:00", …", for @p order "dmy" or "mdy".
    static QString settledOrderText(const QString &order, int line, const QString &text);
    /// @brief How a source's dates like 03/04/2016 were read and who settled it (the analyst, the
    /// data and its line, a header writing the order out); empty where none was read.
    static QString dateOrderRead(const QJsonObject &metadata);
    /// @brief Whether @p timeText begins with a date like 03/04/2016, its day and month both 12
    /// or less: read one way of two, as the source's order says.
    static bool readEitherWay(const QString &timeText);
    /// @brief "Phone numbers written without a country code were read as numbers of DE (Germany),
    /// the region declared for this file rather than the case's", for @p region.
    static QString numberRegionText(const QString &region);
    /// @brief "DE (Germany)": a region's code and its name.
    static QString regionName(const QString &region);

private:
    static QString formatLine(const SourceRow &source);
    static QStringList headerLines(const QJsonObject &metadata);
    static QStringList blockLines(const QJsonObject &metadata);
    /// @brief A JSON answer's own count of its records and its mark that more follow, where the
    /// object holding them gives them (metadata "json_records_counted", "json_more_to_follow").
    static QStringList answerLines(const QJsonObject &metadata);
    static QStringList requestLines(const QJsonObject &metadata);
    /// @brief A request parameter named again with another value, each with its line.
    static QStringList repeatedRequestLines(const QJsonObject &metadata);
    static QString accountLine(const QJsonObject &metadata);
    static QString zoneLine(const SourceRow &source);
    /// @brief The tz database's version and the zones whose rules read the source's local times,
    /// or checked the offsets written with them (metadata "zone_rules", ZoneRules).
    static QStringList zoneRulesLines(const QJsonObject &metadata);
    static QString orderRead(const QString &order);
};
