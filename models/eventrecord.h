#pragma once

#include "evidenceclass.h"
#include "handlenormalizer.h"

#include <QJsonObject>
#include <QString>

#include <optional>

/// @brief One event as an importer produced it, before it is written to the case.
struct EventRecord
{
    EvidenceClass evidenceClass = EvidenceClass::Lookup;
    QString subtype;
    qint64 utcMs = 0;
    QString timeRaw;
    QString timeZone; ///< the zone actually used to read timeRaw ("UTC", "+02:00", IANA id)
    QString initiatorRaw;
    QString counterpartRaw; ///< empty for connections
    QString clientIp;
    std::optional<int> clientPort;
    std::optional<int> deviceCount;
    std::optional<double> durationSeconds;
    QJsonObject extra; ///< every source column not mapped to a field, under its header text
    QByteArray extraJson; ///< or, when not empty, those columns already as compact JSON
    int line = 0;      ///< 1-based line (CSV) or row (XLSX) where the record starts
    QString raw;       ///< the record verbatim
    QString dedupeKey; ///< the provider's identity of the record across overlapping returns
    QString callId;    ///< rows of one source sharing it are legs of one call
    int returnInFile = 0; ///< 0, or which return joined later into the same file holds it
    NormalizedHandle initiator;
    NormalizedHandle counterpart;
    /// The importer's number for each raw spelling (-1: none), so the writer can find the
    /// handle by index rather than by hashing the text again; valid within spellingTable.
    int initiatorSpelling = -1;
    int counterpartSpelling = -1;
    const void *spellingTable = nullptr; ///< the importer whose numbering those are
    /// Where the local time happened twice, in the hour repeated as daylight saving ended: the
    /// other of its two moments, and which one utcMs is (RepeatedHourOrder places it).
    struct RepeatedHour
    {
        enum class Pass { Unknown, First, Second }; ///< which pass through the hour, if the order settled it
        qint64 otherUtcMs = 0;
        QString otherDedupeKey; ///< the record's identity read at the other moment
        Pass pass = Pass::Unknown;
    };
    std::optional<RepeatedHour> repeatedHour;
};

/// @brief A source row that could not be read, with the reason.
struct RejectedRow
{
    int line = 0;
    QString reason;
    QString raw;
    bool blank = false; ///< a line with no value: held as a row may be (a metadata block's), never stored
};
