#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QJsonObject;

/// @brief The three evidence classes every event belongs to; a lookup is never a communication.
enum class EvidenceClass { Lookup, Communication, Connection };

/// @brief Every class, in the order every view shows them.
inline constexpr std::array<EvidenceClass, 3> AllEvidenceClasses{EvidenceClass::Lookup, EvidenceClass::Communication,
                                                                 EvidenceClass::Connection};

/// @brief A count of events for each class, by int(EvidenceClass): never summed into one.
using ClassCounts = std::array<qint64, 3>;

/// @brief Adds @p more to @p counts, class by class.
inline void addCounts(ClassCounts &counts, const ClassCounts &more)
{
    for (size_t i = 0; i < counts.size(); ++i)
        counts[i] += more[i];
}

/// @brief Stable keys ("lookup", …) as stored in the case and used on the command line.
QString evidenceClassKey(EvidenceClass evidenceClass);
/// @brief The same key as a static ASCII string, for writing rows without a conversion.
const char *evidenceClassKeyUtf8(EvidenceClass evidenceClass);
std::optional<EvidenceClass> evidenceClassFromKey(QStringView key);
/// @brief "lookups", "communications", "connections": the key a class's count has in JSON (`stats
/// --json`, the counts a source's metadata keeps), never one figure for them all.
QString evidenceClassCountKey(EvidenceClass evidenceClass);
/// @brief Inserts @p counts into @p json, each class's under its count key.
void insertClassCounts(QJsonObject *json, const ClassCounts &counts);
/// @brief The counts @p json holds under the classes' count keys (0 where one is missing).
ClassCounts classCountsIn(const QJsonObject &json);
/// @brief An SQL expression giving events.class as the EvidenceClass value (0, 1, 2): a scan
/// that counts by class reads a number per row rather than the key's text.
const char *evidenceClassValueSql();

/// @brief People-facing words for the evidence classes (product.md vocabulary).
class EvidenceClassText final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceClassText)
public:
    static QString label(EvidenceClass evidenceClass);
    static QString pluralCount(EvidenceClass evidenceClass, qint64 count);
    /// @brief "16 lookups · 1 communication": the classes counted, each apart ("none" if none).
    static QString countsText(const ClassCounts &counts);
    static QString subtypeLabel(QStringView subtype);
    /// @brief The labels of the subtypes LookupLens names itself ("iMessage query", "SMS", ...).
    static QStringList knownSubtypeLabels();
    /// @brief The subtype an analyst means by @p typed: a known subtype's label as the views show
    /// it ("SMS", "iMessage query") or its key, in any case, is that key ("sms",
    /// "imessage-query"); anything else (a mapping profile's own subtype) as typed.
    static QString subtypeKey(const QString &typed);
    /// @brief The subtype an analyst means by @p typed in a case whose events have
    /// @p caseSubtypes: one of them as written first (a profile's own "Call" is not the built-in
    /// "call"), then a known subtype's key the case has, then one of them in another case
    /// ("voicemail" for "Voicemail"); else subtypeKey(@p typed).
    static QString subtypeKey(const QString &typed, const QStringList &caseSubtypes);
    static QString lookupCaveat();
};
