#include "contactgraph.h"

#include "contactgraph_p.h"
#include "eventfilter.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace ContactGraphParts;

namespace {

/// The handles that are no one party: a withheld number's words, a masked number or address.
const QLatin1StringView NoOnePartyIds("(SELECT id FROM handles WHERE kind = 'withheld' OR kind = 'masked')");

/// The filter's conditions over events "e" with a counterpart, whoever the parties are.
QStringList filterParts(const GraphFilter &filter, QVariantList &values)
{
    QStringList parts{QStringLiteral("e.counterpart_id IS NOT NULL")};
    if (filter.fromMs) {
        parts.append(QStringLiteral("e.utc_ms >= ?"));
        values.append(*filter.fromMs);
    }
    if (filter.toMs) {
        parts.append(QStringLiteral("e.utc_ms < ?"));
        values.append(*filter.toMs);
    }
    QStringList marks;
    for (EvidenceClass cls : filter.classes) {
        marks.append(QStringLiteral("?"));
        values.append(evidenceClassKey(cls));
    }
    parts.append(QStringLiteral("e.class IN (%1)").arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(u',')));
    if (!filter.subtypes.isEmpty()) {
        marks.clear();
        for (const QString &subtype : filter.subtypes) {
            marks.append(QStringLiteral("?"));
            values.append(subtype);
        }
        parts.append(QStringLiteral("e.subtype IN (%1)").arg(marks.join(u',')));
    }
    if (!filter.sourceIds.isEmpty())
        parts.append(EventFilter::sourcesTerm(filter.sourceIds, filter.withDuplicates, &values));
    return parts;
}

} // namespace

QString ContactGraphParts::whereOf(const GraphFilter &filter, QVariantList &values)
{
    // A record whose party's number was withheld, or is masked, may be anyone's: drawn, every such
    // record would join at one node, and two targets called by different people would share a contact.
    QStringList parts = filterParts(filter, values);
    parts.append(QStringLiteral("e.initiator_id NOT IN %1").arg(NoOnePartyIds));
    parts.append(QStringLiteral("e.counterpart_id NOT IN %1").arg(NoOnePartyIds));
    return parts.join(QStringLiteral(" AND "));
}

QString ContactGraphParts::lookupsBeforeCommunicationsQuery(const GraphFilter &lookups, qint64 window, QVariantList &values)
{
    QStringList parts;
    // Each direction on its own, so that both can go through the handles' indexes. CROSS JOIN
    // keeps the communications the outer loop: SQLite, knowing no counts, read every lookup
    // first and looked for communications around each (1M lookups, none followed: 10 s).
    for (const char *ends : {"e.initiator_id = c.initiator_id AND e.counterpart_id = c.counterpart_id",
                             "e.initiator_id = c.counterpart_id AND e.counterpart_id = c.initiator_id"}) {
        values.append(window);
        const QString where = whereOf(lookups, values);
        parts.append(QStringLiteral("SELECT e.id, e.initiator_id, e.counterpart_id, e.utc_ms, c.utc_ms FROM events c"
                                    " CROSS JOIN events e ON %1 AND e.utc_ms BETWEEN c.utc_ms - ? AND c.utc_ms"
                                    " WHERE c.class = 'communication' AND %2")
                         .arg(QLatin1StringView(ends), where));
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

namespace {

QString kindKey(NoOneParty kind)
{
    return kind == NoOneParty::Withheld ? QStringLiteral("withheld") : QStringLiteral("masked");
}

bool anyOfKind(QSqlDatabase db, NoOneParty kind)
{
    QSqlQuery any(db);
    any.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM handles WHERE kind = ?)"));
    any.addBindValue(kindKey(kind));
    return any.exec() && any.next() && any.value(0).toBool();
}

/// @p select over the events of @p filter that whereOf() leaves out for a party of @p kind. A
/// record between a withheld number and a masked one is counted under withheld numbers only,
/// so that the two counts add up to what the graph leaves out.
QSqlQuery leftOutQuery(QSqlDatabase db, const GraphFilter &filter, NoOneParty kind, const QString &select)
{
    QVariantList values;
    QStringList parts = filterParts(filter, values);
    const QString ofKind = QStringLiteral("(SELECT id FROM handles WHERE kind = '%1')").arg(kindKey(kind));
    parts.append(QStringLiteral("(e.initiator_id IN %1 OR e.counterpart_id IN %1)").arg(ofKind));
    if (kind == NoOneParty::Masked) {
        const QString withheld = QStringLiteral("(SELECT id FROM handles WHERE kind = 'withheld')");
        parts.append(QStringLiteral("e.initiator_id NOT IN %1 AND e.counterpart_id NOT IN %1").arg(withheld));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select.arg(parts.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.exec();
    return q;
}

} // namespace

QList<qint64> ContactGraph::leftOutEventIds(QSqlDatabase db, const GraphFilter &filter, NoOneParty kind)
{
    QList<qint64> ids;
    if (!anyOfKind(db, kind))
        return ids;
    QSqlQuery q = leftOutQuery(db, filter, kind, QStringLiteral("SELECT e.id FROM events e WHERE %1 ORDER BY e.utc_ms, e.id"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::array<qint64, 2> ContactGraph::leftOutCounts(QSqlDatabase db, const GraphFilter &filter, NoOneParty kind)
{
    std::array<qint64, 2> counts{};
    if (!anyOfKind(db, kind))
        return counts; // most cases: no pass over the events at all
    QSqlQuery q = leftOutQuery(db, filter, kind,
                               QStringLiteral("SELECT e.class, count(*) FROM events e WHERE %1 GROUP BY e.class"));
    while (q.next()) {
        const auto cls = evidenceClassFromKey(q.value(0).toString());
        if (cls && *cls != EvidenceClass::Connection)
            counts[classIndex(*cls)] = q.value(1).toLongLong();
    }
    return counts;
}

void ContactGraphParts::bindAll(SqliteStatement &statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString)
            statement.bind(i + 1, values[i].toString());
        else
            statement.bind(i + 1, values[i].toLongLong());
    }
}

qint64 ContactGraphParts::fewEventsLimit(sqlite3 *db)
{
    // Ids are close to dense, so the largest is near the count, and found at once.
    SqliteStatement total;
    return total.prepare(db, "SELECT coalesce(max(id), 0) FROM events") && total.next() ? total.columnInt64(0) / 8 : 0;
}

void ContactGraphParts::addEdge(ContactGraph &graph, const GraphEdge &edge)
{
    GraphNode &from = graph.nodes[edge.from];
    from.out[classIndex(edge.evidenceClass)] += edge.count;
    ++from.degree;
    GraphNode &to = graph.nodes[edge.to];
    to.in[classIndex(edge.evidenceClass)] += edge.count;
    ++to.degree;
    graph.edges.append(edge);
}

namespace {

QSqlQuery run(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

/// Every pair of handles with events of a class between them, counted in one pass over the
/// matching events: grouping them in SQL sorted every event into a temporary index, after
/// reading the table in the class index's order (about 5 s for 1M events).
QList<std::pair<PairKey, PairTally>> tallyPairs(QSqlDatabase db, const GraphFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    const QByteArray sql = QByteArray("SELECT e.initiator_id, e.counterpart_id, ") + evidenceClassValueSql()
                           + ", e.utc_ms FROM events e WHERE " + where.toUtf8();
    QHash<PairKey, PairTally> tallies;
    SqliteStatement scan;
    if (!scan.prepare(SqliteStatement::handleOf(db), sql.constData()))
        return {};
    bindAll(scan, values);
    while (scan.next()) {
        const PairKey key{scan.columnInt64(0), scan.columnInt64(1), EvidenceClass(scan.columnInt64(2))};
        const qint64 utcMs = scan.columnInt64(3);
        tallies[key].add(utcMs);
    }
    scan.reset();
    QList<std::pair<PairKey, PairTally>> pairs;
    pairs.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        pairs.append({it.key(), it.value()});
    tallies.clear();
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return pairOrder(a.first) < pairOrder(b.first); });
    return pairs;
}

/// Whether the graph's handles started few of the case's events: their IPs are then read
/// through the initiator index rather than by a pass over every event.
bool fewEventsFrom(sqlite3 *db, const QHash<qint64, int> &index)
{
    SqliteStatement count;
    if (!count.prepare(db, "SELECT count(*) FROM events WHERE initiator_id = ?"))
        return false;
    const qint64 limit = fewEventsLimit(db);
    qint64 events = 0;
    for (auto it = index.cbegin(); it != index.cend() && events <= limit; ++it) {
        count.bind(1, it.key());
        events += count.next() ? count.columnInt64(0) : limit + 1;
        count.reset();
    }
    return events <= limit;
}

/// The IPs of a few handles, each handle's through the initiator index, in byte order.
QHash<qint64, QStringList> ipsThroughIndex(sqlite3 *db, const QHash<qint64, int> &index)
{
    QHash<qint64, QStringList> result;
    SqliteStatement ips;
    if (!ips.prepare(db, "SELECT DISTINCT client_ip FROM events WHERE initiator_id = ? AND client_ip IS NOT NULL"
                         " ORDER BY client_ip"))
        return result;
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        ips.bind(1, it.key());
        QStringList texts;
        while (ips.next())
            texts.append(QString::fromUtf8(ips.columnUtf8(0)));
        ips.reset();
        if (!texts.isEmpty())
            result.insert(it.key(), texts);
    }
    return result;
}

/// The client IPs each handle in @p index connected from (over all events, whatever the
/// filter), each handle's sorted as SQLite sorts text: by its UTF-8 bytes.
QHash<qint64, QStringList> ipsByHandle(QSqlDatabase db, const QHash<qint64, int> &index)
{
    if (fewEventsFrom(SqliteStatement::handleOf(db), index))
        return ipsThroughIndex(SqliteStatement::handleOf(db), index);
    // One pass in storage order: a DISTINCT over (initiator, IP) read the table at random
    // through the initiator index and sorted every event (about 5 s for 1M events).
    QHash<QByteArray, int> ipNumbers; // a case has few distinct addresses
    QSet<std::pair<qint64, int>> seen;
    SqliteStatement scan;
    if (!scan.prepare(SqliteStatement::handleOf(db),
                      "SELECT initiator_id, client_ip FROM events NOT INDEXED WHERE client_ip IS NOT NULL"))
        return {};
    while (scan.next()) {
        const qint64 handle = scan.columnInt64(0);
        if (!index.contains(handle))
            continue;
        const QByteArray ip = scan.columnUtf8(1);
        auto number = ipNumbers.constFind(ip);
        if (number == ipNumbers.cend())
            number = ipNumbers.insert(ip, int(ipNumbers.size()));
        seen.insert({handle, *number});
    }
    scan.reset();
    QList<QByteArray> ips(ipNumbers.size());
    for (auto it = ipNumbers.cbegin(); it != ipNumbers.cend(); ++it)
        ips[it.value()] = it.key();
    QHash<qint64, QList<QByteArray>> utf8ByHandle;
    for (const auto &[handle, number] : seen)
        utf8ByHandle[handle].append(ips[number]);
    QHash<qint64, QStringList> result;
    for (auto it = utf8ByHandle.begin(); it != utf8ByHandle.end(); ++it) {
        std::sort(it->begin(), it->end()); // QByteArray compares bytes, as SQLite's BINARY does
        QStringList &texts = result[it.key()];
        for (const QByteArray &ip : std::as_const(*it))
            texts.append(QString::fromUtf8(ip));
    }
    return result;
}

/// A lookup and the first communication between the same two handles after it.
struct LookupFollowed
{
    qint64 lookupId = 0;
    qint64 initiator = 0;
    qint64 counterpart = 0;
    qint64 lookupMs = 0;
    qint64 communicationMs = 0;
};

bool fewerCommunications(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT (SELECT count(*) FROM events WHERE class = 'communication')"
                                 " < (SELECT count(*) FROM events WHERE class = 'lookup')"))
           && q.next() && q.value(0).toBool();
}

/// For each lookup matching @p lookups, the first communication within @p window after it: a
/// look for communications around every lookup (the way for a case of few lookups).
QList<LookupFollowed> followedFromLookups(QSqlDatabase db, const GraphFilter &lookups, qint64 window)
{
    QVariantList values{window}; // the subquery's parameter comes first in the text
    const QString where = whereOf(lookups, values);
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT e.id, e.initiator_id, e.counterpart_id, e.utc_ms, (SELECT min(c.utc_ms) FROM events c"
                                     " WHERE c.class = 'communication' AND c.utc_ms >= e.utc_ms AND c.utc_ms <= e.utc_ms + ?"
                                     " AND ((c.initiator_id = e.initiator_id AND c.counterpart_id = e.counterpart_id)"
                                     "  OR (c.initiator_id = e.counterpart_id AND c.counterpart_id = e.initiator_id)))"
                                     " FROM events e WHERE %1 ORDER BY e.utc_ms, e.id")
                          .arg(where),
                      values);
    QList<LookupFollowed> found;
    while (q.next()) {
        if (!q.value(4).isNull())
            found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    return found;
}

/// The same, found from the other side: the lookups in the window before each communication,
/// through the handles' indexes (the way for a case of many lookups and few communications:
/// 1M lookups took 2 s the other way).
QList<LookupFollowed> followedFromCommunications(QSqlDatabase db, const GraphFilter &lookups, qint64 window)
{
    QVariantList values;
    QSqlQuery q = run(db, lookupsBeforeCommunicationsQuery(lookups, window, values), values);
    QHash<qint64, LookupFollowed> first; // by lookup
    while (q.next()) {
        const LookupFollowed f{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                               q.value(3).toLongLong(), q.value(4).toLongLong()};
        auto it = first.find(f.lookupId);
        if (it == first.end())
            first.insert(f.lookupId, f);
        else
            it->communicationMs = qMin(it->communicationMs, f.communicationMs);
    }
    QList<LookupFollowed> found = first.values();
    std::sort(found.begin(), found.end(), [](const LookupFollowed &a, const LookupFollowed &b) {
        return std::tie(a.lookupMs, a.lookupId) < std::tie(b.lookupMs, b.lookupId);
    });
    return found;
}

} // namespace

ContactGraph ContactGraph::build(QSqlDatabase db, const GraphFilter &filter)
{
    ContactGraph graph;
    QHash<qint64, int> index;
    const auto nodeFor = [&](qint64 handleId) {
        auto it = index.constFind(handleId);
        if (it != index.constEnd())
            return *it;
        GraphNode node;
        node.handleId = handleId;
        graph.nodes.append(node);
        return *index.insert(handleId, int(graph.nodes.size() - 1));
    };
    for (const auto &[key, tally] : tallyPairs(db, filter)) {
        if (key.evidenceClass == EvidenceClass::Connection)
            continue;
        const int from = nodeFor(key.from);
        addEdge(graph, {from, nodeFor(key.to), key.evidenceClass, tally.count, tally.firstMs, tally.lastMs});
    }
    describeNodes(db, graph, index);
    graph.countLeftOut(db, filter);
    return graph;
}

void ContactGraph::countLeftOut(QSqlDatabase db, const GraphFilter &filter)
{
    withheld = leftOutCounts(db, filter, NoOneParty::Withheld);
    masked = leftOutCounts(db, filter, NoOneParty::Masked);
}

void ContactGraphParts::describeNodes(QSqlDatabase db, ContactGraph &graph, const QHash<qint64, int> &index)
{
    QSqlQuery names(db);
    names.setForwardOnly(true);
    names.exec(QStringLiteral("SELECT h.id, h.normalized, h.kind, coalesce(l.label, '') FROM handles h"
                              " LEFT JOIN handle_labels l ON l.handle_id = h.id"));
    while (names.next()) {
        auto it = index.constFind(names.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        graph.nodes[*it].handle = names.value(1).toString();
        graph.nodes[*it].kind = names.value(2).toString();
        graph.nodes[*it].label = names.value(3).toString();
    }
    const QHash<qint64, QStringList> ips = ipsByHandle(db, index);
    for (auto it = ips.cbegin(); it != ips.cend(); ++it)
        graph.nodes[index.value(it.key())].ips = it.value();
}

QList<qint64> ContactGraph::edgeEventIds(QSqlDatabase db, const ContactGraph &graph, const GraphFilter &filter,
                                         const QList<GraphEdge> &edges)
{
    // Each edge as [initiator, counterpart, class]: an edge left out (below the graph's minimum
    // count, or of the other class) keeps its events out, though its handles are a pair here.
    QJsonArray ends;
    for (const GraphEdge &e : edges)
        ends.append(QJsonArray{graph.nodes.at(e.from).handleId, graph.nodes.at(e.to).handleId, evidenceClassKey(e.evidenceClass)});
    QVariantList values{QString::fromUtf8(QJsonDocument(ends).toJson(QJsonDocument::Compact))};
    const QString where = whereOf(filter, values);
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT e.id FROM events e WHERE (e.initiator_id, e.counterpart_id, e.class) IN"
                                     " (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')"
                                     " FROM json_each(?)) AND %1 ORDER BY e.utc_ms, e.id")
                          .arg(where),
                      values);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<GraphSequence> ContactGraph::lookupThenCommunication(QSqlDatabase db, const ContactGraph &graph, const GraphFilter &filter,
                                                           int withinMinutes)
{
    QHash<qint64, int> index;
    for (int i = 0; i < graph.nodes.size(); ++i)
        index.insert(graph.nodes[i].handleId, i);
    GraphFilter lookups = filter;
    lookups.classes = {EvidenceClass::Lookup};
    const qint64 window = qint64(withinMinutes) * 60000;
    const QList<LookupFollowed> found =
        fewerCommunications(db) ? followedFromCommunications(db, lookups, window) : followedFromLookups(db, lookups, window);
    QList<GraphSequence> result;
    for (const LookupFollowed &f : found) {
        const int from = index.value(f.initiator, -1);
        const int to = index.value(f.counterpart, -1);
        if (from >= 0 && to >= 0)
            result.append({from, to, f.lookupMs, f.communicationMs, f.lookupId});
    }
    return result;
}
