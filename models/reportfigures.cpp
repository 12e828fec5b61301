#include "reportfigures.h"

#include "casequeries.h"

#include <QDateTime>

#include <algorithm>
#include <vector>

namespace {

/// A withheld number's words or a masked handle: many people's records may be written alike.
bool noOneParty(const QString &kind)
{
    return kind == u"withheld" || kind == u"masked";
}

} // namespace

void ReportFigures::add(const EventRow &event)
{
    const std::optional<EvidenceClass> evidenceClass = evidenceClassFromKey(event.evidenceClass);
    if (!evidenceClass)
        return;
    const auto index = size_t(*evidenceClass);
    ++m_events;
    ++m_counts[index];
    if (!m_firstMs)
        m_firstMs = event.utcMs;
    m_lastMs = event.utcMs; // the events come in time order
    ReportHandleFigures &initiator = handle(event.initiatorId, event.initiator,
                                            event.initiatorLabel, event.initiatorKind, event.utcMs);
    switch (*evidenceClass) {
    case EvidenceClass::Lookup:
        ++initiator.lookupsMade;
        break;
    case EvidenceClass::Communication:
        ++initiator.sent;
        break;
    case EvidenceClass::Connection:
        ++initiator.connections;
        break;
    }
    if (event.counterpartId) { // counted as the handle list counts it (CaseQueries::countsByHandle)
        ReportHandleFigures &counterpart =
            handle(*event.counterpartId, event.counterpart, event.counterpartLabel,
                   event.counterpartKind, event.utcMs);
        ++(*evidenceClass == EvidenceClass::Lookup          ? counterpart.lookedUp
           : *evidenceClass == EvidenceClass::Communication ? counterpart.received
                                                            : counterpart.connections);
    }
    if (!event.clientIp.isEmpty()) {
        ReportIpFigures &ip = m_ips[event.clientIp];
        if (ip.counts == ClassCounts{})
            ip.firstMs = event.utcMs;
        ip.lastMs = event.utcMs;
        ++ip.counts[index];
        if (!event.clientIpRaw.isEmpty() && event.clientIpRaw != event.clientIp)
            ip.otherWritings.insert(event.clientIpRaw);
    }
    addToPairs(event, *evidenceClass);
    if (m_sequenceMs > 0)
        addToSequences(event, *evidenceClass);
    ++m_bySource[event.sourceId][index];
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(event.utcMs, m_zone);
    ++m_perDay[local.date()][index];
    ++m_perHour[size_t(local.time().hour())][index];
    ++m_perWeekday[size_t(local.date().dayOfWeek() - 1)][index];
}

void ReportFigures::addToPairs(const EventRow &event, EvidenceClass evidenceClass)
{
    if (evidenceClass == EvidenceClass::Connection || !event.counterpartId)
        return; // a connection is the account's own: no edge
    const auto index = size_t(evidenceClass);
    if (noOneParty(event.initiatorKind) || noOneParty(event.counterpartKind))
        ++m_noOneParty[index];
    else
        ++m_pairs[{event.initiatorId, *event.counterpartId}][index];
}

QList<ReportPairFigures> ReportFigures::pairs() const
{
    // Sorted by the handles' places in the order of their shown names: a whole case's million
    // pairs compare as numbers, not as text.
    QList<std::pair<QString, qint64>> names;
    names.reserve(m_handles.size());
    for (auto it = m_handles.cbegin(); it != m_handles.cend(); ++it)
        names.append({it->shown, it.key()});
    std::sort(names.begin(), names.end());
    QHash<qint64, qsizetype> rank;
    rank.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        rank.insert(names[i].second, i);
    struct Ranked
    {
        std::pair<qsizetype, qsizetype> places;
        ReportPairFigures pair;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(size_t(m_pairs.size()));
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it)
        ranked.push_back({{rank.value(it.key().first), rank.value(it.key().second)},
                          {it.key().first, it.key().second, it.value()[0], it.value()[1]}});
    std::sort(ranked.begin(), ranked.end(),
              [](const Ranked &a, const Ranked &b) { return a.places < b.places; });
    QList<ReportPairFigures> pairs;
    pairs.reserve(qsizetype(ranked.size()));
    for (const Ranked &r : ranked)
        pairs.append(r.pair);
    return pairs;
}

std::array<qint64, 2> ReportFigures::eitherWay(qint64 a, qint64 b) const
{
    const std::array<qint64, 2> one = m_pairs.value({a, b});
    if (a == b)
        return one;
    const std::array<qint64, 2> other = m_pairs.value({b, a});
    return {one[0] + other[0], one[1] + other[1]};
}

ReportPairKinds ReportFigures::pairKinds() const
{
    ReportPairKinds kinds;
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        const auto [a, b] = it.key();
        if (a > b && m_pairs.contains({b, a}))
            continue; // counted from the other side
        const std::array<qint64, 2> counts = eitherWay(a, b);
        ++(counts[1] == 0   ? kinds.lookupsOnly
           : counts[0] == 0 ? kinds.communicationsOnly
                            : kinds.both);
    }
    return kinds;
}

void ReportFigures::addToSequences(const EventRow &event, EvidenceClass evidenceClass)
{
    if (evidenceClass == EvidenceClass::Connection || !event.counterpartId ||
        noOneParty(event.initiatorKind) || noOneParty(event.counterpartKind))
        return;
    // Every so often, not at each event: a year's lookups of pairs that never communicate would
    // otherwise all be kept.
    if (m_events % 65536 == 0)
        dropStaleLookups(event.utcMs);
    const QPair<qint64, qint64> pair{qMin(event.initiatorId, *event.counterpartId),
                                     qMax(event.initiatorId, *event.counterpartId)};
    if (evidenceClass == EvidenceClass::Lookup)
        lookupToSequences(pair, {event.id, event.utcMs, event.initiatorId, *event.counterpartId});
    else
        communicationToSequences(pair, event);
}

void ReportFigures::lookupToSequences(const QPair<qint64, qint64> &pair,
                                      const PendingLookup &lookup)
{
    const auto sameMoment = m_lastCommunication.constFind(pair);
    if (sameMoment != m_lastCommunication.cend() && sameMoment->utcMs == lookup.utcMs)
        addSequence(lookup, *sameMoment);
    else
        m_pending[pair].append(lookup);
}

void ReportFigures::communicationToSequences(const QPair<qint64, qint64> &pair,
                                             const EventRow &event)
{
    const SeenCommunication communication{
        event.id, event.utcMs, event.subtype,
        CaseQueries::displayHandle(event.initiator, event.initiatorLabel),
        CaseQueries::displayHandle(event.counterpart, event.counterpartLabel)};
    auto last = m_lastCommunication.find(pair);
    if (last == m_lastCommunication.end())
        m_lastCommunication.insert(pair, communication);
    else if (last->utcMs < event.utcMs)
        *last = communication;
    const auto pending = m_pending.find(pair);
    if (pending == m_pending.end())
        return;
    for (const PendingLookup &lookup : std::as_const(*pending)) {
        if (event.utcMs - lookup.utcMs <= m_sequenceMs)
            addSequence(lookup, communication);
    }
    m_pending.erase(pending); // each lookup is paired with the first communication after it
}

void ReportFigures::addSequence(const PendingLookup &lookup, const SeenCommunication &communication)
{
    m_sequences.append({lookup.id, lookup.utcMs, m_handles.value(lookup.fromId).shown,
                        m_handles.value(lookup.toId).shown, communication.id, communication.utcMs,
                        communication.subtype, communication.from, communication.to});
}

void ReportFigures::dropStaleLookups(qint64 utcMs)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        it->removeIf(
            [&](const PendingLookup &lookup) { return utcMs - lookup.utcMs > m_sequenceMs; });
        it = it->isEmpty() ? m_pending.erase(it) : std::next(it);
    }
    m_lastCommunication.removeIf([&](const auto &seen) { return seen.value().utcMs < utcMs; });
}

QList<ReportSequence> ReportFigures::sequences() const
{
    // Found as each communication came: put in the order of the lookups.
    QList<ReportSequence> sorted = m_sequences;
    std::sort(sorted.begin(), sorted.end(), [](const ReportSequence &a, const ReportSequence &b) {
        return std::tie(a.lookupMs, a.lookupId) < std::tie(b.lookupMs, b.lookupId);
    });
    return sorted;
}

ReportHandleFigures &ReportFigures::handle(qint64 id, const QString &normalized,
                                           const QString &label, const QString &kind, qint64 utcMs)
{
    auto it = m_handles.find(id);
    if (it == m_handles.end()) {
        it = m_handles.insert(id, {});
        it->shown = CaseQueries::displayHandle(normalized, label);
        it->kind = kind;
        it->firstMs = utcMs;
    }
    it->lastMs = utcMs;
    return *it;
}

QList<ReportHandleFigures> ReportFigures::handles() const
{
    QList<ReportHandleFigures> list = m_handles.values();
    std::sort(list.begin(), list.end(),
              [](const ReportHandleFigures &a, const ReportHandleFigures &b) {
                  return a.shown < b.shown;
              });
    return list;
}

ReportFigures::Period ReportFigures::period() const
{
    if (m_perDay.isEmpty())
        return Period::Day;
    const qint64 days = m_perDay.firstKey().daysTo(m_perDay.lastKey()) + 1;
    if (days <= 100)
        return Period::Day;
    return days <= 700 ? Period::Week : Period::Month;
}

QDate ReportFigures::periodStart(const QDate &day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        break;
    }
    return QDate(day.year(), day.month(), 1);
}

QMap<QDate, ClassCounts> ReportFigures::perPeriod() const
{
    const Period size = period();
    QMap<QDate, ClassCounts> periods;
    for (auto it = m_perDay.cbegin(); it != m_perDay.cend(); ++it)
        addCounts(periods[periodStart(it.key(), size)], it.value());
    return periods;
}
