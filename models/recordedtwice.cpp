#include "recordedtwice.h"

#include "otherrecords.h"

#include <QHash>
#include <QJsonArray>

namespace {

const QString WhatsApp = QStringLiteral("whatsapp");

/// What one other source holds of the probes: at each shift of whole quarter hours (0: the
/// same time), how many, and the largest gap from those quarter hours.
struct GapTally
{
    QMap<qint64, int> byShift;
    QMap<qint64, qint64> mostApartMs;

    void count(qint64 shift, qint64 apart)
    {
        ++byShift[shift];
        mostApartMs[shift] = qMax(mostApartMs.value(shift), apart);
    }
};

/// A record @p gapMs from the probe (the probe's time minus its), as whole quarter hours and
/// how far from them; none where it is further than MostApartMs from any.
std::optional<QPair<qint64, qint64>> nearQuarter(qint64 gapMs)
{
    constexpr qint64 quarter = ShiftedRecords::QuarterHourMs;
    const qint64 quarters = (gapMs + (gapMs < 0 ? -quarter : quarter) / 2) / quarter; // rounded
    const qint64 apart = qAbs(gapMs - quarters * quarter);
    if (apart > RecordedTwice::MostApartMs)
        return std::nullopt;
    return qMakePair(quarters * quarter, apart);
}

/// Counts a probe for a source holding one communication like it within MostApartMs, not two
/// (a call dropped and made again a minute later is two calls in both records); or, where it
/// holds none so near, at the shift of quarter hours where it holds one, if that is the only
/// one near any (read in two zones). One of this file's format at the same moment is its
/// duplicate, joined already: no second record.
void tallyCommunication(const QList<OtherRecords::Found> &found, const ShiftedRecords::Probe &probe,
                        const QString &formatId, OtherRecords &others,
                        QHash<qint64, GapTally> &tally)
{
    QHash<qint64, QList<QPair<qint64, qint64>>> nearBySource; // shift, apart
    for (const auto &[sourceId, utcMs] : found) {
        const auto source = others.source(sourceId);
        const qint64 gap = probe.utcMs - utcMs;
        const auto near =
            source && source->format != WhatsApp && !(gap == 0 && source->format == formatId)
                ? nearQuarter(gap)
                : std::nullopt;
        if (near)
            nearBySource[sourceId].append(*near);
    }
    for (auto it = nearBySource.cbegin(); it != nearBySource.cend(); ++it) {
        QList<QPair<qint64, qint64>> atNoShift;
        for (const auto &near : *it) {
            if (near.first == 0)
                atNoShift.append(near);
        }
        if (atNoShift.size() == 1)
            tally[it.key()].count(0, atNoShift.first().second);
        else if (it->size() == 1) // the one record near, at a shift
            tally[it.key()].count(it->first().first, it->first().second);
    }
}

QString apartText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    // No break between a figure and its unit ("5\u00a0s"), which a wrapped message split.
    return seconds < 60 ? RecordedTwice::tr("%1\u00a0s").arg(seconds)
                        : RecordedTwice::tr("%1\u00a0min %2\u00a0s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

std::optional<RecordedTwice::Finding> RecordedTwice::find(OtherRecords &others, const QString &formatId,
                                                          const QList<ShiftedRecords::Probe> &probes)
{
    // Any but WhatsApp's, whose records are known by their ids.
    if (!others.anyOtherOfFormat(WhatsApp, false))
        return std::nullopt;
    constexpr qint64 reach = ShiftedRecords::MostShiftMs + MostApartMs;
    QHash<qint64, GapTally> tally;
    int checked = 0;
    for (const ShiftedRecords::Probe &probe : probes) {
        if (!probe.communication)
            continue;
        ++checked;
        tallyCommunication(others.communications(probe, probe.utcMs - reach, probe.utcMs + reach),
                           probe, formatId, others, tally);
    }
    std::optional<Finding> best;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        const ShiftedRecords::OtherSource other =
            others.source(it.key()).value_or(ShiftedRecords::OtherSource{});
        // Read in two zones where the shift rule holds; else, any found at the same time is a
        // sign: calls between two handles are seldom that close.
        const auto shift = ShiftedRecords::consistentShift(it->byShift);
        const int matched = shift ? shift->second : it->byShift.value(0);
        if (matched == 0 || (best && best->matched >= matched))
            continue;
        best = Finding{other.name, it.key(), other.zone, other.zoneDeclared, {}, matched, checked, 0};
        for (const qint64 shiftMs : shift ? shift->first : QList<qint64>{0})
            best->mostApartMs = qMax(best->mostApartMs, it->mostApartMs.value(shiftMs));
        if (shift)
            best->shiftsMs = shift->first;
    }
    return best;
}

QJsonObject RecordedTwice::Finding::toJson() const
{
    QJsonArray shifts;
    for (const qint64 shift : shiftsMs)
        shifts.append(shift);
    return {{QStringLiteral("source"), sourceName},
            {QStringLiteral("source_id"), sourceId},
            {QStringLiteral("source_zone"), sourceZone},
            {QStringLiteral("source_zone_declared"), sourceZoneDeclared},
            {QStringLiteral("shifts_ms"), shifts},
            {QStringLiteral("matched"), matched},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("most_apart_ms"), mostApartMs}};
}

std::optional<RecordedTwice::Finding> RecordedTwice::Finding::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return std::nullopt;
    Finding finding;
    finding.sourceName = json.value(QStringLiteral("source")).toString();
    finding.sourceId = json.value(QStringLiteral("source_id")).toInteger(-1); // none where found before ids were kept
    finding.sourceZone = json.value(QStringLiteral("source_zone")).toString();
    finding.sourceZoneDeclared = json.value(QStringLiteral("source_zone_declared")).toBool();
    for (const QJsonValue &shift : json.value(QStringLiteral("shifts_ms")).toArray())
        finding.shiftsMs.append(qint64(shift.toDouble()));
    finding.matched = json.value(QStringLiteral("matched")).toInt();
    finding.checked = json.value(QStringLiteral("checked")).toInt();
    finding.mostApartMs = qint64(json.value(QStringLiteral("most_apart_ms")).toDouble());
    return finding;
}

QString RecordedTwice::warning(const Finding &finding, const QString &zone, bool zoneDeclared, bool beforeImport)
{
    return found(finding, zone, zoneDeclared) + u' ' + consequence(finding, beforeImport);
}

QString RecordedTwice::found(const Finding &finding, const QString &zone, bool zoneDeclared)
{
    if (!finding.shiftsMs.isEmpty())
        return tr("%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same "
                  "two handles, of the same kind, %3 here than there (give or take %4): the same calls or messages in "
                  "the records of two providers (each party's carrier keeps its own), read in two zones? This file was "
                  "read %5, “%2” %6.",
                  nullptr, finding.matched)
            .arg(finding.checked)
            .arg(finding.sourceName, ShiftedRecords::shiftsText(finding.shiftsMs), apartText(finding.mostApartMs),
                 ShiftedRecords::zonePhrase(zone, zoneDeclared),
                 ShiftedRecords::zonePhrase(finding.sourceZone, finding.sourceZoneDeclared));
    return tr("%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two "
              "handles, of the same kind, at most %3 apart: the same calls or messages in the records of two providers "
              "(each party's carrier keeps its own)?",
              nullptr, finding.matched)
        .arg(finding.checked)
        .arg(finding.sourceName, apartText(finding.mostApartMs));
}

QString RecordedTwice::consequence(const Finding &finding, bool beforeImport)
{
    // Before the import nothing stands in the case yet: the file's own zone can still be declared.
    if (!finding.shiftsMs.isEmpty())
        return beforeImport ? tr("No key of theirs joins them, so imported, each would stand twice in the case and be "
                                 "counted twice among its communications: declare the zone each provider wrote its file in "
                                 "(for a file the case holds already, import the files again into a new case).",
                                 nullptr, finding.matched)
                            : tr("No key of theirs joins them, so each stands twice in the case and is counted twice among "
                                 "its communications; if a zone was wrong, import the files again into a new case, each in "
                                 "the zone its provider wrote it in.",
                                 nullptr, finding.matched);
    return beforeImport ? tr("No key of theirs joins them, so imported, each would stand twice in the case and be counted "
                             "twice among its communications.",
                             nullptr, finding.matched)
                        : tr("No key of theirs joins them, so each stands twice in the case and is counted twice among its "
                             "communications.",
                             nullptr, finding.matched);
}
