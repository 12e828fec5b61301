#pragma once

#include "tableformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// @brief A header row matched against a format.
struct HeaderMatch
{
    QHash<Field, int> columns;
    std::optional<QTimeZone> timestampZone; ///< a zone stated in the timestamp header, e.g. "(GMT)"
    QString zoneLabel;
    /// The day/month order a date or timestamp header writes out in brackets ("dd/mm/yyyy"), and
    /// that header.
    DateOrder dateOrder = DateOrder::Unknown;
    QString dateOrderHeader;
    /// The bracketed words of the duration's header ("min" of "Duration (min)"): its unit, if any.
    QString durationLabel;
    int fieldsMatched = 0;
    /// One subscriber's records with the other party and direction but no column of the
    /// subscriber: a line above the header must name them ("Target Number: …").
    bool subscriberAbove = false;
};

/// @brief Finds a format's fields among a header row's cells: synonyms, abbreviations, a zone or
/// a day/month order written in a header's brackets.
class HeaderMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMatcher)
public:
    enum class Abbreviations
    {
        Expanded,
        AsWritten
    };
    /// @brief Lower case, letters and digits only, a trailing "(zone)" removed; with
    /// Abbreviations::Expanded, words carriers abbreviate written out ("Nbr", "No", "#": number).
    static QString normalizeHeader(const QString &header, QString *zoneLabel = nullptr,
                                   Abbreviations abbreviated = Abbreviations::Expanded);
    /// @brief Whether @p header is one of @p synonyms (normalised), abbreviated or as written.
    static bool isOneOf(const QString &header, const QStringList &synonyms);
    /// @brief The match if @p cells hold a time (timestamp, or date and time) and the parties
    /// the format's class needs (initiator and counterpart, or local/remote party and direction).
    static std::optional<HeaderMatch> match(const TableFormat &format, const QStringList &cells);
    /// @brief The fields a format needs, in words, for error messages.
    static QString requirement(const TableFormat &format);
    /// @brief The headers an analyst's @p profile names for the time and the parties, as it
    /// looks for them: "timestamp "zeitpunkt"; initiator "von"; counterpart "an"".
    static QString namedColumns(const TableFormat &profile);
};
