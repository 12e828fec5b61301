#include "recordedtwice.h"

#include "handleids.h"

#include <QHash>
#include <QSqlQuery>

namespace {

/// The other sources that may hold a communication of this file as their own record: any but
/// WhatsApp's, whose records are known by their ids. Whether each is of this file's format.
QHash<qint64, QPair<QString, bool>> otherRecorders(const QSqlDatabase &db, const QString &formatId, qint64 thisSourceId)
{
    QHash<qint64, QPair<QString, bool>> sources;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, file_name, format FROM sources WHERE id <> ? AND format <> 'whatsapp'"));
    query.addBindValue(thisSourceId);
    if (query.exec()) {
        while (query.next())
            sources.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString() == formatId});
    }
    return sources;
}

/// How many probes each other source holds once, and the largest gap among them.
struct GapTally
{
    int matched = 0;
    qint64 mostApartMs = 0;
};

/// Counts a probe for a source holding one communication like it within MostApartMs, not two
/// (a call dropped and made again a minute later is two calls in both records). One of this
/// file's format at the same moment is its duplicate, joined already: no second record.
void tallyCommunication(QSqlQuery &query, const ShiftedRecords::Probe &probe, qint64 initiator, qint64 counterpart,
                const QHash<qint64, QPair<QString, bool>> &sources, QHash<qint64, GapTally> &tally)
{
    query.addBindValue(initiator);
    query.addBindValue(probe.utcMs - RecordedTwice::MostApartMs);
    query.addBindValue(probe.utcMs + RecordedTwice::MostApartMs);
    query.addBindValue(counterpart);
    query.addBindValue(probe.subtype);
    if (!query.exec())
        return;
    QHash<qint64, QList<qint64>> gaps;
    while (query.next()) {
        const qint64 source = query.value(0).toLongLong();
        const qint64 gap = qAbs(query.value(1).toLongLong() - probe.utcMs);
        const auto other = sources.constFind(source);
        if (other != sources.cend() && !(gap == 0 && other->second))
            gaps[source].append(gap);
    }
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        if (it->size() != 1)
            continue;
        GapTally &counted = tally[it.key()];
        ++counted.matched;
        counted.mostApartMs = qMax(counted.mostApartMs, it->first());
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

std::optional<RecordedTwice::Finding> RecordedTwice::find(const QSqlDatabase &db, const QString &formatId,
                                                          const QList<ShiftedRecords::Probe> &probes, qint64 thisSourceId)
{
    const auto sources = otherRecorders(db, formatId, thisSourceId);
    if (sources.isEmpty())
        return std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT o.source_id, o.utc_ms FROM events o WHERE o.initiator_id = ? AND o.utc_ms BETWEEN ? AND ?"
                                 " AND o.counterpart_id = ? AND o.subtype = ? AND o.class = 'communication'"));
    HandleIds handles(db);
    QHash<qint64, GapTally> tally;
    int checked = 0;
    for (const ShiftedRecords::Probe &probe : probes) {
        if (!probe.communication)
            continue;
        ++checked;
        const auto initiator = handles.of(probe.initiator);
        const auto counterpart = initiator ? handles.of(probe.counterpart) : std::nullopt;
        if (counterpart)
            tallyCommunication(query, probe, *initiator, *counterpart, sources, tally);
    }
    std::optional<Finding> best;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        if (!best || it->matched > best->matched) // one found is a sign: calls between two handles are seldom that close
            best = Finding{sources.value(it.key()).first, it->matched, checked, it->mostApartMs};
    }
    return best;
}

QJsonObject RecordedTwice::Finding::toJson() const
{
    return {{QStringLiteral("source"), sourceName},
            {QStringLiteral("matched"), matched},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("most_apart_ms"), mostApartMs}};
}

std::optional<RecordedTwice::Finding> RecordedTwice::Finding::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return std::nullopt;
    return Finding{json.value(QStringLiteral("source")).toString(), json.value(QStringLiteral("matched")).toInt(),
                   json.value(QStringLiteral("checked")).toInt(), qint64(json.value(QStringLiteral("most_apart_ms")).toDouble())};
}

QString RecordedTwice::warning(const Finding &finding)
{
    return tr("%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two "
              "handles, of the same kind, at most %3 apart: the same calls or messages in the records of two providers "
              "(each party's carrier keeps its own)? No key of theirs joins them, so each stands twice in the case and "
              "is counted twice among its communications.",
              nullptr, finding.matched)
        .arg(finding.checked)
        .arg(finding.sourceName, apartText(finding.mostApartMs));
}
