#pragma once

#include "evidenceclass.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// @brief The meaning a table column can carry.
enum class Field { RecordId, Timestamp, Initiator, Counterpart, ClientIp, ClientPort, DeviceCount, Duration, CallType };

/// @brief A known table layout: which headers (synonyms) carry which field, and the evidence
/// class its rows belong to. Columns are always found by header text, never by position.
struct TableFormat
{
    QString id;
    QString title;
    EvidenceClass evidenceClass = EvidenceClass::Lookup;
    QString subtype;
    QHash<Field, QStringList> synonyms; ///< normalised header spellings (see normalizeHeader)
    QList<Field> required;

    static const QList<TableFormat> &builtIn();
    static const TableFormat *byId(const QString &id);
    static QString fieldName(Field field);
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
    /// @brief The match if every required field of @p format is found in @p cells.
    static std::optional<HeaderMatch> match(const TableFormat &format, const QStringList &cells);
};
