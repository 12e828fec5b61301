#include "shiftedrecords.h"

#include "otherrecords.h"
#include "ipaddressflags.h"
#include "timestampparser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace {

constexpr qint64 QuarterHourMs = ShiftedRecords::QuarterHourMs;
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
constexpr int FewestMatched = 3;

using OtherSource = ShiftedRecords::OtherSource;

/// For each other source, how many probes it holds at each shift (0: the same time, a duplicate).
using Tally = QHash<qint64, QMap<qint64, int>>;

/// Counts a probe at a shift only where the other source holds it at that one shift and no
/// other: a device asking every hour matches itself an hour on, and two hours, and is no sign.
void tallyProbe(const QList<OtherRecords::Found> &found, const ShiftedRecords::Probe &probe, Tally &tally)
{
    QHash<qint64, QSet<qint64>> shiftsBySource;
    for (const auto &[source, utcMs] : found) {
        // A whole day apart is the day before or after of records kept by the day (at
        // midnight, the file giving only dates), far more often than two zones a day apart
        // (only the Pacific's are): no sign.
        const qint64 shift = probe.utcMs - utcMs;
        if (qAbs(shift) != DayMs)
            shiftsBySource[source].insert(shift);
    }
    for (auto it = shiftsBySource.cbegin(); it != shiftsBySource.cend(); ++it) {
        if (it->size() == 1 || it->contains(0))
            ++tally[it.key()][it->contains(0) ? 0 : *it->cbegin()];
    }
}

/// A record's date with day and month swapped, in the zone its time was read in: where it
/// stands if its 03/04 was read the other way.
struct SwappedDate
{
    qint64 utcMs = 0;
    QDate here;
    QDate there;
};

/// The zone a record's time was read in, as EventRecord::timeZone has it: "UTC", "+02:00",
/// "Europe/Berlin", or a zone with the label or offset its text gave ("America/New_York (EDT)").
std::optional<QTimeZone> zoneOf(const QString &zoneUsed)
{
    if (auto zone = TimestampParser::zoneFromDeclaration(zoneUsed))
        return zone;
    const qsizetype label = zoneUsed.indexOf(QStringLiteral(" ("));
    return label > 0 ? TimestampParser::zoneFromDeclaration(zoneUsed.left(label)) : std::nullopt;
}

/// None where the two cannot be swapped: a day above 12, or the same as the month.
std::optional<SwappedDate> swappedDate(const ShiftedRecords::Probe &probe, QHash<QString, std::optional<QTimeZone>> &zones)
{
    auto zone = zones.constFind(probe.zone);
    if (zone == zones.cend())
        zone = zones.insert(probe.zone, zoneOf(probe.zone));
    if (!*zone)
        return std::nullopt;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(probe.utcMs, **zone);
    const QDate date = local.date();
    if (date.day() > 12 || date.day() == date.month())
        return std::nullopt;
    const QDate swapped(date.year(), date.day(), date.month());
    return SwappedDate{QDateTime(swapped, local.time(), **zone).toMSecsSinceEpoch(), date, swapped};
}

/// How many probes an other source holds with day and month swapped, and one as an example.
struct SwapTally
{
    int matched = 0;
    SwappedDate example;
};

/// Counts a probe for a source holding it at its swapped date, unless that source holds it a day
/// before or after that too: a call made every day at nine is found at any date, and is no sign.
void tallySwapped(const QList<OtherRecords::Found> &found, const SwappedDate &swap,
                  const std::function<bool(qint64)> &swappable, QHash<qint64, SwapTally> &tally)
{
    QSet<qint64> atSwap;
    QSet<qint64> daily;
    for (const auto &[source, utcMs] : found)
        (utcMs == swap.utcMs ? atSwap : daily).insert(source);
    for (const qint64 source : std::as_const(atSwap)) {
        if (daily.contains(source) || !swappable(source))
            continue;
        SwapTally &counted = tally[source];
        if (counted.matched++ == 0)
            counted.example = swap;
    }
}

QString orderPhrase(const ShiftedRecords::DateOrderRead &read)
{
    if (read.order.isEmpty())
        return ShiftedRecords::tr("as written, which reads one way only (2016-03-04)");
    const bool dayFirst = read.order == u"dmy";
    if (read.declared())
        return dayFirst ? ShiftedRecords::tr("day first, as declared on import")
                        : ShiftedRecords::tr("month first, as declared on import");
    return dayFirst ? ShiftedRecords::tr("day first, settled from its data") : ShiftedRecords::tr("month first, settled from its data");
}

ShiftedRecords::Finding findingIn(qint64 sourceId, const OtherSource &source, int matched, int checked)
{
    ShiftedRecords::Finding finding;
    finding.sourceName = source.name;
    finding.sourceId = sourceId;
    finding.sourceZone = source.zone;
    finding.sourceZoneDeclared = source.zoneDeclared;
    finding.sourceZoneRules = source.zoneRules;
    finding.matched = matched;
    finding.checked = checked;
    return finding;
}

/// The other source holding the most probes at one shift (or two an hour apart), if any does.
std::optional<ShiftedRecords::Finding> mostShifted(const Tally &tally, OtherRecords &others,
                                                   const QString &formatId, int checked)
{
    std::optional<ShiftedRecords::Finding> best;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        // Only sources of the file's format can hold the same records.
        const auto source = others.source(it.key());
        const auto shift = source && source->format == formatId
                               ? ShiftedRecords::consistentShift(*it)
                               : std::nullopt;
        if (!shift || (best && best->matched >= shift->second))
            continue;
        best = findingIn(it.key(), *source, shift->second, checked);
        best->shiftsMs = shift->first;
    }
    return best;
}

/// The other source holding the most probes with day and month swapped, if more than at their
/// own dates (a day equal to its month reads the same either way), as a shift must; unless
/// @p best holds as many shifted.
std::optional<ShiftedRecords::Finding> mostSwapped(const QHash<qint64, SwapTally> &swaps,
                                                   const Tally &tally, OtherRecords &others,
                                                   const ShiftedRecords::DateOrderRead &dateOrder,
                                                   int checked,
                                                   std::optional<ShiftedRecords::Finding> best)
{
    for (auto it = swaps.cbegin(); it != swaps.cend(); ++it) {
        if (it->matched < FewestMatched || it->matched <= tally.value(it.key()).value(0) || (best && best->matched >= it->matched))
            continue;
        const OtherSource source = others.source(it.key()).value_or(OtherSource{});
        best = findingIn(it.key(), source, it->matched, checked);
        best->datesSwapped = true;
        best->exampleHere = it->example.here.toString(Qt::ISODate);
        best->exampleThere = it->example.there.toString(Qt::ISODate);
        best->dateOrder = dateOrder;
        best->sourceDateOrder = source.dateOrder;
    }
    return best;
}

/// "03/04/2016", "3.4.16": a date whose day and month could each be the other.
bool readsTwoWays(const QString &time)
{
    static const QRegularExpression date(QStringLiteral("^\\s*(\\d{1,2})[./-](\\d{1,2})[./-]\\d{2,4}(?!\\d)"));
    const auto m = date.match(time);
    const int first = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int second = m.hasMatch() ? m.captured(2).toInt() : 0;
    return first != second && first >= 1 && first <= 12 && second >= 1 && second <= 12;
}

} // namespace

std::optional<QPair<QList<qint64>, int>> ShiftedRecords::consistentShift(const QMap<qint64, int> &byShift)
{
    QList<QPair<int, qint64>> ranked; // count, shift
    for (auto it = byShift.cbegin(); it != byShift.cend(); ++it) {
        if (it.key() != 0)
            ranked.append({it.value(), it.key()});
    }
    if (ranked.isEmpty())
        return std::nullopt;
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<qint64> shifts{ranked.first().second};
    int matched = ranked.first().first;
    if (ranked.size() > 1 && qAbs(ranked.at(1).second - ranked.first().second) == 4 * QuarterHourMs) {
        shifts.append(ranked.at(1).second);
        matched += ranked.at(1).first;
    }
    int elsewhere = 0;
    for (const auto &[count, shift] : std::as_const(ranked))
        elsewhere += shifts.contains(shift) ? 0 : count;
    std::sort(shifts.begin(), shifts.end());
    if (matched < FewestMatched || matched < 4 * elsewhere || matched <= byShift.value(0))
        return std::nullopt;
    return qMakePair(shifts, matched);
}

QString ShiftedRecords::shiftText(qint64 shiftMs)
{
    const qint64 minutes = qAbs(shiftMs) / 60000;
    const QString amount = minutes % 60 == 0 ? ShiftedRecords::tr("%1 h").arg(minutes / 60)
                           : minutes < 60    ? ShiftedRecords::tr("%1 min").arg(minutes)
                                             : ShiftedRecords::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return shiftMs > 0 ? ShiftedRecords::tr("%1 later").arg(amount) : ShiftedRecords::tr("%1 earlier").arg(amount);
}

QString ShiftedRecords::shiftsText(const QList<qint64> &shiftsMs)
{
    QStringList shifts;
    for (const qint64 shift : shiftsMs)
        shifts.append(shiftText(shift));
    return shifts.join(tr(" or "));
}

QString ShiftedRecords::zonePhrase(const QString &zone, bool declared)
{
    if (declared)
        return ShiftedRecords::tr("in %1, the zone declared on import").arg(zone);
    if (zone == u"stated in records")
        return ShiftedRecords::tr("in the zones its records state");
    return ShiftedRecords::tr("in %1, as the file states").arg(zone);
}

void ShiftedRecords::Sample::offer(const EventRecord &event)
{
    if (m_offered++ % m_stride != 0)
        return;
    m_datesReadTwoWays = m_datesReadTwoWays || readsTwoWays(event.timeRaw);
    m_probes.append({event.subtype, event.utcMs, event.initiator.normalized, event.counterpart.normalized,
                     event.clientIp.isEmpty() ? QString() : IpAddressFlags::addressOf(event.clientIp), event.deviceCount, event.timeZone,
                     event.evidenceClass == EvidenceClass::Communication});
    if (m_probes.size() < Size)
        return;
    // Full: keep every other record kept (those at multiples of twice the stride) and go on so.
    QList<Probe> halved;
    for (qsizetype i = 0; i < m_probes.size(); i += 2)
        halved.append(m_probes.at(i));
    m_probes = halved;
    m_stride *= 2;
}

std::optional<ShiftedRecords::Finding> ShiftedRecords::find(OtherRecords &others, const QString &formatId,
                                                            const QList<Probe> &probes, const DateOrderRead &dateOrder)
{
    // Only sources of the file's format can hold the same records.
    if (probes.isEmpty() || !others.anyOtherOfFormat(formatId))
        return std::nullopt;
    // Each probe is looked for at every quarter hour within a day and two hours of its time,
    // and, where a day/month order was declared (the file's, or another file's of its format),
    // at its date swapped and a day either side. Only there: an order settled from the data is
    // right (a day above 12 settled it). The other sources are read as records are found in
    // them, not all beforehand: a case may hold thousands.
    const auto swappable = [&](qint64 id) {
        const auto source = others.source(id);
        return source && source->format == formatId &&
               (dateOrder.declared() || source->dateOrder.declared());
    };
    std::optional<bool> maySwap; // asked once a date reads both ways
    QHash<QString, std::optional<QTimeZone>> zones;
    Tally tally;
    QHash<qint64, SwapTally> swaps;
    for (const Probe &probe : probes) {
        tallyProbe(others.atQuarterHours(probe), probe, tally);
        const auto swap = swappedDate(probe, zones);
        if (swap && !maySwap)
            maySwap = dateOrder.declared() || others.anyOtherWithDeclaredOrder(formatId);
        if (swap && *maySwap)
            tallySwapped(others.atAndADayFrom(probe, swap->utcMs), *swap, swappable, swaps);
    }
    const auto shifted = mostShifted(tally, others, formatId, int(probes.size()));
    return mostSwapped(swaps, tally, others, dateOrder, int(probes.size()), shifted);
}

QJsonObject ShiftedRecords::Finding::toJson() const
{
    QJsonArray shifts;
    for (const qint64 shift : shiftsMs)
        shifts.append(shift);
    QJsonObject json{{QStringLiteral("source"), sourceName},
                     {QStringLiteral("source_id"), sourceId},
                     {QStringLiteral("source_zone"), sourceZone},
                     {QStringLiteral("source_zone_declared"), sourceZoneDeclared},
                     {QStringLiteral("shifts_ms"), shifts},
                     {QStringLiteral("matched"), matched},
                     {QStringLiteral("checked"), checked}};
    if (datesSwapped) {
        json.insert(QStringLiteral("dates_swapped"), true);
        json.insert(QStringLiteral("example_here"), exampleHere);
        json.insert(QStringLiteral("example_there"), exampleThere);
        json.insert(QStringLiteral("date_order"), dateOrder.order);
        json.insert(QStringLiteral("date_order_from"), dateOrder.from);
        json.insert(QStringLiteral("source_date_order"), sourceDateOrder.order);
        json.insert(QStringLiteral("source_date_order_from"), sourceDateOrder.from);
    }
    if (readByOtherRules()) {
        json.insert(QStringLiteral("zone_rules"), zoneRules);
        json.insert(QStringLiteral("source_zone_rules"), sourceZoneRules);
    }
    return json;
}

std::optional<ShiftedRecords::Finding> ShiftedRecords::Finding::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const auto text = [&json](const char *key) { return json.value(QLatin1StringView(key)).toString(); };
    Finding finding;
    finding.sourceName = text("source");
    finding.sourceId = json.value(QStringLiteral("source_id")).toInteger(-1); // none where found before ids were kept
    finding.sourceZone = text("source_zone");
    finding.sourceZoneDeclared = json.value(QStringLiteral("source_zone_declared")).toBool();
    finding.matched = json.value(QStringLiteral("matched")).toInt();
    finding.checked = json.value(QStringLiteral("checked")).toInt();
    for (const QJsonValue &shift : json.value(QStringLiteral("shifts_ms")).toArray())
        finding.shiftsMs.append(qint64(shift.toDouble()));
    finding.datesSwapped = json.value(QStringLiteral("dates_swapped")).toBool();
    finding.exampleHere = text("example_here");
    finding.exampleThere = text("example_there");
    finding.dateOrder = {text("date_order"), text("date_order_from")};
    finding.sourceDateOrder = {text("source_date_order"), text("source_date_order_from")};
    finding.zoneRules = text("zone_rules");
    finding.sourceZoneRules = text("source_zone_rules");
    return finding;
}

QString ShiftedRecords::warning(const Finding &finding, const QString &zone, bool zoneDeclared, bool beforeImport)
{
    return found(finding, zone, zoneDeclared) + u' ' + consequence(finding, beforeImport);
}

QString ShiftedRecords::found(const Finding &finding, const QString &zone, bool zoneDeclared)
{
    if (finding.datesSwapped)
        return tr("%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but "
                  "their date, its day and month swapped (%3 here, %4 there): the same records, their dates read in "
                  "two orders? This file's dates were read %5, those of “%2” %6.",
                  nullptr, finding.matched)
            .arg(finding.checked)
            .arg(finding.sourceName, finding.exampleHere, finding.exampleThere, orderPhrase(finding.dateOrder),
                 orderPhrase(finding.sourceDateOrder));
    const QString shifted =
        tr("%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but "
           "their time, %3 here than there: the same records, read in two zones? This file was read %4, “%2” %5.",
           nullptr, finding.matched)
            .arg(finding.checked)
            .arg(finding.sourceName, shiftsText(finding.shiftsMs), zonePhrase(zone, zoneDeclared),
                 zonePhrase(finding.sourceZone, finding.sourceZoneDeclared));
    if (!finding.readByOtherRules())
        return shifted;
    return shifted + u' ' +
           tr("Their local times were read by two versions of the tz database's rules, %1 here and %2 there: where a "
              "zone's rules changed between them (its daylight-saving dates, its offset), one local time reads as two "
              "UTC times.")
               .arg(finding.zoneRules, finding.sourceZoneRules);
}

bool ShiftedRecords::Finding::readByOtherRules() const
{
    return !datesSwapped && !zoneRules.isEmpty() && !sourceZoneRules.isEmpty() && zoneRules != sourceZoneRules;
}

QString ShiftedRecords::consequence(const Finding &finding, bool beforeImport)
{
    // Before the import (a dry run, the dialog's preview) nothing stands in the case yet: the
    // file's own zone or order can still be declared; a file the case holds, only imported anew.
    if (finding.datesSwapped)
        return beforeImport ? tr("Imported so, they would not be joined as duplicates and would stand twice in the case: "
                                 "declare the order each provider wrote its dates in (for a file the case holds already, "
                                 "import the files again into a new case).",
                                 nullptr, finding.matched)
                            : tr("They are not joined as duplicates and stand twice in the case; if an order was wrong, "
                                 "import the files again into a new case, each in the order its provider wrote its dates in.",
                                 nullptr, finding.matched);
    return beforeImport ? tr("Imported so, they would not be joined as duplicates and would stand twice in the case: "
                             "declare the zone each provider wrote its file in (for a file the case holds already, import "
                             "the files again into a new case).",
                             nullptr, finding.matched)
                        : tr("They are not joined as duplicates and stand twice in the case; if a zone was wrong, import "
                             "the files again into a new case, each in the zone its provider wrote it in.",
                             nullptr, finding.matched);
}
