#include "casedatabase.h"
#include "casequeries.h"
#include "contactgraph.h"
#include "contactgraph_p.h"
#include "democase.h"
#include "graphexport.h"
#include "graphlayout.h"
#include "importjob.h"
#include "testsupport.h"
#include "timeformat.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <future>
#include <random>

using TestSupport::scalar;

/// The contact graph of the demo case against independent SQL; exports parsed back edge by edge;
/// focus, insights, layout determinism and its cache; the CLI.
class tst_ContactGraph : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void edgesMatchSqlPerClassAndDirection();
    void aPairWithBothClassesHasTwoEdges();
    void timeWindowAndClassFilter();
    void subtypeAndSourceFilters();
    void aSourcesDuplicatesAreDrawnWhenAsked();
    void edgesComeInHandleAndClassOrder();
    void focusAndHops();
    void aNeighbourhoodIsTheWholeGraphFocused();
    void insightsKeepTheClassesApart();
    void edgeEventsAreWhatTheEdgesCount();
    void sequencesMatchABruteForceEitherWay();
    void sequencesFromCommunicationsReadTheCommunicationsFirst();
    void ipsOfAFewHandlesAmongMany();
    void withheldNumbersAreNoOneParty();
    void maskedPartiesAreNoOneParty();
    void graphMlParsesBackEdgeByEdge();
    void gexfParsesBackWithIntervals();
    void layoutIsDeterministicAndCached();
    void layoutHangsOnTheGraphAlone();
    void aLayoutNoLongerWantedIsNotRun();
    void cliGraph();
    void jsonIsWrittenAsQJsonDocumentWritesIt();

private:
    int node(const ContactGraph &g, const QString &handle) const { return g.nodeOf(handle); }
    /// "from>to|class" → count from SQL.
    QHash<QString, qint64> sqlEdges(const QString &extraWhere = {}) const;
    static QHash<QString, qint64> graphEdges(const ContactGraph &g);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<CaseDatabase> m_db;
    ContactGraph m_graph;
};

void tst_ContactGraph::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(m_demo, &error), qPrintable(error));
    m_db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_graph = ContactGraph::build(m_db->db());
}

QHash<QString, qint64> tst_ContactGraph::sqlEdges(const QString &extraWhere) const
{
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("SELECT i.normalized, c.normalized, e.class, count(*) FROM events e JOIN handles i ON i.id = e.initiator_id"
                          " JOIN handles c ON c.id = e.counterpart_id WHERE e.class IN ('lookup', 'communication') %1"
                          " GROUP BY 1, 2, 3")
               .arg(extraWhere));
    QHash<QString, qint64> edges;
    while (q.next())
        edges.insert(q.value(0).toString() + u'>' + q.value(1).toString() + u'|' + q.value(2).toString(), q.value(3).toLongLong());
    return edges;
}

QHash<QString, qint64> tst_ContactGraph::graphEdges(const ContactGraph &g)
{
    QHash<QString, qint64> edges;
    for (const GraphEdge &e : g.edges)
        edges.insert(g.nodes[e.from].handle + u'>' + g.nodes[e.to].handle + u'|' + evidenceClassKey(e.evidenceClass), e.count);
    return edges;
}

void tst_ContactGraph::edgesMatchSqlPerClassAndDirection()
{
    QCOMPARE(graphEdges(m_graph), sqlEdges());
    QCOMPARE(m_graph.nodes.size(), 8);
    const GraphNode &target = m_graph.nodes[node(m_graph, u"+12025550143"_qs)];
    QCOMPARE(target.out[0], 13); // lookups made
    QCOMPARE(target.in[0], 3);   // looked up by others
    QCOMPARE(target.out[1] + target.in[1], 10);
    QCOMPARE(target.ips, (QStringList{u"100.64.20.5"_qs, u"216.160.83.56"_qs, u"81.2.69.142"_qs}));
    for (const GraphEdge &e : m_graph.edges) {
        const QString from = m_graph.nodes[e.from].handle;
        const QString to = m_graph.nodes[e.to].handle;
        QSqlQuery q(m_db->db());
        q.prepare(QStringLiteral("SELECT min(e.utc_ms), max(e.utc_ms) FROM events e JOIN handles i ON i.id = e.initiator_id"
                                 " JOIN handles c ON c.id = e.counterpart_id WHERE i.normalized = ? AND c.normalized = ? AND e.class = ?"));
        q.addBindValue(from);
        q.addBindValue(to);
        q.addBindValue(evidenceClassKey(e.evidenceClass));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(e.firstMs, q.value(0).toLongLong());
        QCOMPARE(e.lastMs, q.value(1).toLongLong());
    }
}

void tst_ContactGraph::aPairWithBothClassesHasTwoEdges()
{
    const int a = node(m_graph, u"+12025550143"_qs);
    const int b = node(m_graph, u"+13125550147"_qs);
    QList<EvidenceClass> classes;
    for (const GraphEdge &e : m_graph.edges) {
        if (e.from == a && e.to == b)
            classes.append(e.evidenceClass);
    }
    std::sort(classes.begin(), classes.end());
    QCOMPARE(classes, (QList<EvidenceClass>{EvidenceClass::Lookup, EvidenceClass::Communication}));
}

void tst_ContactGraph::timeWindowAndClassFilter()
{
    GraphFilter filter;
    filter.fromMs = 1772928000000; // 2026-03-08T00:00:00Z
    filter.toMs = 1773532800000;   // 2026-03-15T00:00:00Z
    const ContactGraph week = ContactGraph::build(m_db->db(), filter);
    QCOMPARE(graphEdges(week), sqlEdges(QStringLiteral("AND e.utc_ms >= 1772928000000 AND e.utc_ms < 1773532800000")));
    filter = {};
    filter.classes = {EvidenceClass::Lookup};
    const ContactGraph lookups = ContactGraph::build(m_db->db(), filter);
    QCOMPARE(graphEdges(lookups), sqlEdges(QStringLiteral("AND e.class = 'lookup'")));
    for (const GraphEdge &e : lookups.edges)
        QCOMPARE(e.evidenceClass, EvidenceClass::Lookup);
}

void tst_ContactGraph::subtypeAndSourceFilters()
{
    GraphFilter filter;
    filter.subtypes = {u"call"_qs};
    const ContactGraph calls = ContactGraph::build(m_db->db(), filter);
    QCOMPARE(graphEdges(calls), sqlEdges(QStringLiteral("AND e.subtype = 'call'")));
    QCOMPARE(calls.edges.size(), 4); // the demo's six calls: two pairs, each called both ways
    filter = {};
    filter.sourceIds = {2}; // the carrier records
    const ContactGraph carrier = ContactGraph::build(m_db->db(), filter);
    QCOMPARE(graphEdges(carrier), sqlEdges(QStringLiteral("AND e.source_id = 2")));
    for (const GraphEdge &e : carrier.edges)
        QCOMPARE(e.evidenceClass, EvidenceClass::Communication);
}

void tst_ContactGraph::aSourcesDuplicatesAreDrawnWhenAsked()
{
    // The second IDS return stores three lookups of its own and holds four more the first return
    // gave first: drawn from it alone, three edges of one event; with its duplicates, each of the
    // three twice and a fourth pair.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"duplicates.llcase"_qs),
                                              {u"ids/ids-sample.csv"_qs, u"ids/ids-joined.csv"_qs});
    QVERIFY(db);
    GraphFilter second;
    second.sourceIds = {2};
    const QString lookup = u"|lookup"_qs;
    QCOMPARE(graphEdges(ContactGraph::build(db->db(), second)),
             (QHash<QString, qint64>{{u"+12015550123>+12025550143"_qs + lookup, 1},
                                     {u"+12025550143>+13125550147"_qs + lookup, 1},
                                     {u"+12025550143>+1 200 555 0100"_qs + lookup, 1}}));
    second.withDuplicates = true;
    QCOMPARE(graphEdges(ContactGraph::build(db->db(), second)),
             (QHash<QString, qint64>{{u"+12015550123>+12025550143"_qs + lookup, 2},
                                     {u"+12025550143>+13125550147"_qs + lookup, 2},
                                     {u"+12025550143>+1 200 555 0100"_qs + lookup, 2},
                                     {u"+12025550143>dana.reyes@example.com"_qs + lookup, 1}}));
    GraphFilter first; // it repeats nothing: its duplicates add nothing
    first.sourceIds = {1};
    const auto own = graphEdges(ContactGraph::build(db->db(), first));
    first.withDuplicates = true;
    QCOMPARE(graphEdges(ContactGraph::build(db->db(), first)), own);
}

void tst_ContactGraph::edgesComeInHandleAndClassOrder()
{
    // Node numbers follow the edges' order: by initiator, counterpart and class name.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT initiator_id, counterpart_id, class FROM events WHERE class <> 'connection'"
                                  " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
    QStringList expected;
    while (q.next())
        expected.append(u"%1>%2|%3"_qs.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(q.value(2).toString()));
    QStringList actual;
    for (const GraphEdge &e : m_graph.edges) {
        actual.append(u"%1>%2|%3"_qs.arg(m_graph.nodes[e.from].handleId)
                          .arg(m_graph.nodes[e.to].handleId)
                          .arg(evidenceClassKey(e.evidenceClass)));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(m_graph.nodes.first().handleId, q.exec(QStringLiteral("SELECT min(initiator_id) FROM events")) && q.next()
                                                 ? q.value(0).toLongLong()
                                                 : -1);
}

void tst_ContactGraph::focusAndHops()
{
    const int dana = node(m_graph, u"dana.reyes@example.com"_qs);
    const ContactGraph one = m_graph.focus(dana, 1);
    QStringList handles;
    for (const GraphNode &n : one.nodes)
        handles.append(n.handle);
    handles.sort();
    QCOMPARE(handles, (QStringList{u"+12025550143"_qs, u"dana.reyes@example.com"_qs}));
    QCOMPARE(one.edges.size(), 1);
    QCOMPARE(m_graph.focus(dana, 2).nodes.size(), 8); // everyone is within two hops through the target
    QCOMPARE(m_graph.focus(dana, 0).nodes.size(), 1);
    const ContactGraph busy = m_graph.withMinimumCount(3);
    for (const GraphEdge &e : busy.edges)
        QVERIFY(e.count >= 3);
    QCOMPARE(busy.edges.size(), 3); // target→+1312 lookups (4) and communications (4), target→dana lookups (3)
}

namespace {

/// Every field of every node and edge, in the graph's order.
QStringList described(const ContactGraph &g)
{
    QStringList lines;
    for (const GraphNode &n : g.nodes)
        lines.append(QStringLiteral("node %1 %2 %3 %4 out %5/%6 in %7/%8 degree %9 ips %10")
                         .arg(n.handleId)
                         .arg(n.handle, n.label, n.kind)
                         .arg(n.out[0])
                         .arg(n.out[1])
                         .arg(n.in[0])
                         .arg(n.in[1])
                         .arg(n.degree)
                         .arg(n.ips.join(u' ')));
    for (const GraphEdge &e : g.edges)
        lines.append(QStringLiteral("edge %1>%2 %3 %4 %5-%6")
                         .arg(e.from)
                         .arg(e.to)
                         .arg(evidenceClassKey(e.evidenceClass))
                         .arg(e.count)
                         .arg(e.firstMs)
                         .arg(e.lastMs));
    return lines;
}

/// Lookups and calls between 30 handles, some of them the demo's, with self-lookups and pairs
/// in both directions; skewed, so that some pairs have several events.
void writeRandomContacts(const QString &idsPath, const QString &callsPath)
{
    std::mt19937 random(20261129);
    const auto handle = [&random]() {
        const int n = int(std::min(random() % 30, random() % 30)); // low numbers more often
        return n == 0 ? QStringLiteral("+12025550143") : QStringLiteral("+1202555%1").arg(1000 + n);
    };
    const auto time = [&random]() {
        return QStringLiteral("2026-03-%1 %2:%3:00")
            .arg(1 + random() % 28, 2, 10, QChar(u'0'))
            .arg(random() % 24, 2, 10, QChar(u'0'))
            .arg(random() % 60, 2, 10, QChar(u'0'));
    };
    QFile ids(idsPath);
    QFile calls(callsPath);
    QVERIFY(ids.open(QIODevice::WriteOnly) && calls.open(QIODevice::WriteOnly));
    ids.write("IDS Query Logs\nDSID 9990001112\n\nTimestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    calls.write("Call ID,Start Time (UTC),Originating Number,Terminating Number,Call Type,Duration (s),Cell Site\n");
    for (int i = 0; i < 300; ++i) {
        const QString from = handle();
        const QString to = i % 25 == 0 ? from : handle();
        ids.write(QStringLiteral("%1,%2,%3,198.51.100.%4,1\n").arg(time(), from, to).arg(i % 7).toUtf8());
        calls.write(QStringLiteral("R-%1,%2,%3,%4,Voice,60,DC-0412\n").arg(i).arg(time(), handle(), handle()).toUtf8());
    }
}

} // namespace

void tst_ContactGraph::aNeighbourhoodIsTheWholeGraphFocused()
{
    // Read through the indexes, a neighbourhood is node for node (numbering included) and edge
    // for edge what the whole graph gives once focused: any handle, hops, minimum and filter.
    const QString path = m_dir.filePath(QStringLiteral("contacts.llcase"));
    QVERIFY(QFile::copy(m_demo, path));
    ImportParams params;
    params.casePath = path;
    params.files = {m_dir.filePath(QStringLiteral("contacts-ids.csv")), m_dir.filePath(QStringLiteral("contacts-calls.csv"))};
    writeRandomContacts(params.files[0], params.files[1]);
    params.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
    GraphFilter communications;
    communications.classes = {EvidenceClass::Communication};
    GraphFilter lookupsInAWindow;
    lookupsInAWindow.classes = {EvidenceClass::Lookup};
    lookupsInAWindow.fromMs = TimeFormat::parseIso(QStringLiteral("2026-03-08T00:00:00Z"));
    lookupsInAWindow.toMs = TimeFormat::parseIso(QStringLiteral("2026-03-20T00:00:00Z"));
    int viaIndexes = 0;
    int wholeGraph = 0;
    for (const GraphFilter &filter : {GraphFilter{}, communications, lookupsInAWindow}) {
        const ContactGraph whole = ContactGraph::build(db->db(), filter);
        QVERIFY2(whole.nodes.size() > 20, qPrintable(QString::number(whole.nodes.size())));
        for (const qint64 minimum : {1, 3}) {
            const ContactGraph counted = minimum > 1 ? whole.withMinimumCount(minimum) : whole;
            QList<qint64> handles;
            for (const GraphNode &n : whole.nodes)
                handles.append(n.handleId);
            handles.append(*CaseQueries(db->db()).resolveHandle(QStringLiteral("+12015550123"), QStringLiteral("US")));
            for (const qint64 handle : std::as_const(handles)) {
                int node = -1;
                for (int i = 0; i < counted.nodes.size(); ++i)
                    node = counted.nodes[i].handleId == handle ? i : node;
                for (int hops : {0, 1, 2, 3}) {
                    const GraphScope scope{minimum, handle, hops};
                    const QStringList expected = described(counted.focus(node, hops));
                    const auto neighbourhood = ContactGraph::buildNeighbourhood(db->db(), filter, scope, 1 << 30);
                    QVERIFY(neighbourhood);
                    QCOMPARE(described(*neighbourhood), expected);
                    QCOMPARE(described(ContactGraph::build(db->db(), filter, scope)), expected);
                    // Past its limit of events it gives nothing, and build() counts the whole graph.
                    if (!neighbourhood->nodes.isEmpty())
                        QVERIFY(!ContactGraph::buildNeighbourhood(db->db(), filter, scope, 0));
                    const auto limited = ContactGraph::buildNeighbourhood(db->db(), filter, scope, 40);
                    (limited ? viaIndexes : wholeGraph) += 1;
                }
            }
        }
    }
    QVERIFY(viaIndexes > 0 && wholeGraph > 0);
}

void tst_ContactGraph::insightsKeepTheClassesApart()
{
    const auto name = [&](const QPair<int, int> &p) {
        QStringList pair{m_graph.nodes[p.first].handle, m_graph.nodes[p.second].handle};
        pair.sort();
        return pair.join(u'~');
    };
    QStringList lookupOnly;
    for (const auto &p : m_graph.lookupOnlyPairs())
        lookupOnly.append(name(p));
    lookupOnly.sort();
    QCOMPARE(lookupOnly, (QStringList{u"+12015550123~+12025550143"_qs, u"+12025550143~+14155550172"_qs,
                                      u"+12025550143~+19175550110"_qs, u"+12025550143~+447700900461"_qs,
                                      u"+12025550143~dana.reyes@example.com"_qs}));
    QStringList commOnly;
    for (const auto &p : m_graph.communicationOnlyPairs())
        commOnly.append(name(p));
    QCOMPARE(commOnly, QStringList{u"+12025550143~+16175550199"_qs});
    // 08:14:03 lookup of +1312 by the target, 08:31:00 call between them: within 30 minutes.
    const auto sequences = ContactGraph::lookupThenCommunication(m_db->db(), m_graph, {}, 30);
    QVERIFY(!sequences.isEmpty());
    const GraphSequence &first = sequences.first();
    QCOMPARE(m_graph.nodes[first.from].handle, QStringLiteral("+12025550143"));
    QCOMPARE(m_graph.nodes[first.to].handle, QStringLiteral("+13125550147"));
    QCOMPARE(first.communicationMs - first.lookupMs, qint64(16 * 60 + 57) * 1000);
    for (const GraphSequence &s : sequences)
        QVERIFY(s.communicationMs - s.lookupMs <= 30 * 60000);
    QVERIFY(ContactGraph::lookupThenCommunication(m_db->db(), m_graph, {}, 10).size() < sequences.size());
}

void tst_ContactGraph::edgeEventsAreWhatTheEdgesCount()
{
    // The events behind a set of edges (the status line's figures): as many as the edges count,
    // each of its edge's class from its handle to the other, within the window — whole and within
    // a week, with every edge and with edges of one event left out (a pair may then rest on one
    // class in the graph while its handles have an event of the other: that event stays out).
    GraphFilter week;
    week.fromMs = 1772928000000; // 2026-03-08T00:00:00Z
    week.toMs = 1773532800000;   // 2026-03-15T00:00:00Z
    qint64 leftOutOfAPair = 0;
    for (const GraphFilter &filter : {GraphFilter{}, week}) {
        for (qint64 minimum : {1, 2}) {
            const ContactGraph graph = ContactGraph::build(m_db->db(), filter, GraphScope{minimum, {}, 1});
            const QList<QList<GraphEdge>> sets{graph.edgesBetween(graph.lookupOnlyPairs()), graph.edgesBetween(graph.communicationOnlyPairs()),
                                               graph.edgesOf(EvidenceClass::Lookup), graph.edgesOf(EvidenceClass::Communication)};
            for (qsizetype set = 0; set < sets.size(); ++set) {
                const QList<GraphEdge> &edges = sets[set];
                QSet<QString> shown; // "initiator>counterpart|class"
                qint64 counted = 0;
                for (const GraphEdge &e : edges) {
                    shown.insert(QStringLiteral("%1>%2|%3").arg(graph.nodes[e.from].handleId).arg(graph.nodes[e.to].handleId)
                                     .arg(evidenceClassKey(e.evidenceClass)));
                    counted += e.count;
                }
                const QList<qint64> ids = ContactGraph::edgeEventIds(m_db->db(), graph, filter, edges);
                QCOMPARE(ids.size(), counted);
                QVERIFY(counted > 0 || filter.fromMs);
                for (qint64 id : ids) {
                    const QStringList row = scalar(m_db->db(), QStringLiteral("SELECT initiator_id || '>' || counterpart_id || '|' || class"
                                                                              " || ' ' || utc_ms FROM events WHERE id = %1").arg(id))
                                                .toString()
                                                .split(u' ');
                    QVERIFY2(shown.contains(row[0]), qPrintable(row[0]));
                    QVERIFY(!filter.fromMs || (row[1].toLongLong() >= *filter.fromMs && row[1].toLongLong() < *filter.toMs));
                }
                if (set > 1)
                    continue; // a class's edges: the pairs' events of the other class are no question
                // Every event between the pairs of handles resting on one class, as an earlier
                // version listed them.
                QSet<QPair<qint64, qint64>> pairs;
                for (const GraphEdge &e : edges)
                    pairs.unite({{graph.nodes[e.from].handleId, graph.nodes[e.to].handleId}, {graph.nodes[e.to].handleId, graph.nodes[e.from].handleId}});
                QSqlQuery all(m_db->db());
                QVERIFY(all.exec(QStringLiteral("SELECT initiator_id, counterpart_id FROM events WHERE counterpart_id IS NOT NULL"
                                                " AND utc_ms >= %1 AND utc_ms < %2")
                                     .arg(filter.fromMs.value_or(0))
                                     .arg(filter.toMs.value_or(std::numeric_limits<qint64>::max()))));
                qint64 between = 0;
                while (all.next())
                    between += pairs.contains({all.value(0).toLongLong(), all.value(1).toLongLong()}) ? 1 : 0;
                leftOutOfAPair += between - counted;
            }
        }
    }
    QVERIFY(leftOutOfAPair > 0); // it occurs in the demo: listing the pairs' every event would fail above
}

namespace {

/// Lookups followed within @p windowMs by a communication between the same two handles, found
/// by looking at every pair of events: (from, to, lookup ms, first communication ms).
QList<std::tuple<QString, QString, qint64, qint64>> bruteSequences(QSqlDatabase db, qint64 windowMs, qint64 fromMs)
{
    struct Event
    {
        qint64 id, utc;
        QString cls, from, to;
    };
    QList<Event> events;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT e.id, e.utc_ms, e.class, i.normalized, c.normalized FROM events e"
                          " JOIN handles i ON i.id = e.initiator_id JOIN handles c ON c.id = e.counterpart_id"
                          " ORDER BY e.utc_ms, e.id"));
    while (q.next())
        events.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    QList<std::tuple<QString, QString, qint64, qint64>> result;
    for (const Event &lookup : std::as_const(events)) {
        if (lookup.cls != u"lookup" || lookup.utc < fromMs)
            continue;
        std::optional<qint64> first;
        for (const Event &c : std::as_const(events)) {
            const bool samePair = (c.from == lookup.from && c.to == lookup.to) || (c.from == lookup.to && c.to == lookup.from);
            if (c.cls == u"communication" && samePair && c.utc >= lookup.utc && c.utc <= lookup.utc + windowMs)
                first = first ? qMin(*first, c.utc) : c.utc;
        }
        if (first)
            result.append({lookup.from, lookup.to, lookup.utc, *first});
    }
    return result;
}

} // namespace

void tst_ContactGraph::sequencesMatchABruteForceEitherWay()
{
    // The demo has fewer communications than lookups: the sequences are found from the
    // communications' side. A copy with 30 more calls has more: found from the lookups' side.
    const QString busy = m_dir.filePath(QStringLiteral("busy.llcase"));
    QVERIFY(QFile::copy(m_demo, busy));
    const QString calls = m_dir.filePath(QStringLiteral("calls.csv"));
    QFile file(calls);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Call ID,Start Time (UTC),Originating Number,Terminating Number,Call Type,Duration (s),Cell Site\n");
    for (int i = 0; i < 30; ++i)
        file.write(QStringLiteral("X-%1,2026-03-%2 %3:%4:00,%5,+12025550143,Voice,60,DC-0412\n")
                       .arg(i)
                       .arg(2 + i % 8, 2, 10, QChar(u'0'))
                       .arg(8 + i % 14, 2, 10, QChar(u'0'))
                       .arg(i * 7 % 60, 2, 10, QChar(u'0'))
                       .arg(i % 2 ? QStringLiteral("+13125550147") : QStringLiteral("+12015550123"))
                       .toUtf8());
    file.close();
    ImportParams params;
    params.casePath = busy;
    params.files = {calls};
    QVERIFY(ImportJob::run(params).allOk());
    for (const QString &path : {m_demo, busy}) {
        QString error;
        const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
        const qint64 comms = scalar(db->db(), QStringLiteral("SELECT count(*) FROM events WHERE class = 'communication'")).toLongLong();
        QCOMPARE(comms, path == m_demo ? 10 : 40); // against 16 lookups
        const ContactGraph graph = ContactGraph::build(db->db());
        for (const qint64 fromMs : {qint64(0), *TimeFormat::parseIso(QStringLiteral("2026-03-03T00:00:00Z"))}) {
            GraphFilter filter;
            if (fromMs)
                filter.fromMs = fromMs;
            for (int minutes : {30, 600}) {
                QList<std::tuple<QString, QString, qint64, qint64>> found;
                for (const GraphSequence &s : ContactGraph::lookupThenCommunication(db->db(), graph, filter, minutes))
                    found.append({graph.nodes[s.from].handle, graph.nodes[s.to].handle, s.lookupMs, s.communicationMs});
                const auto expected = bruteSequences(db->db(), minutes * 60000LL, fromMs);
                QVERIFY(!expected.isEmpty());
                QCOMPARE(found, expected);
            }
        }
    }
}

void tst_ContactGraph::sequencesFromCommunicationsReadTheCommunicationsFirst()
{
    // That way is taken when communications are fewer; SQLite, knowing no counts, put the
    // lookups in the outer loop all the same (1M lookups and no communication took 10 s).
    GraphFilter lookups;
    lookups.classes = {EvidenceClass::Lookup};
    lookups.fromMs = 0;
    QVariantList values;
    QSqlQuery q(m_db->db());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                      + ContactGraphParts::lookupsBeforeCommunicationsQuery(lookups, 1800000, values)));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList searches;
    while (q.next()) {
        if (q.value(3).toString().startsWith(QStringLiteral("SEARCH")))
            searches.append(q.value(3).toString());
    }
    QCOMPARE(searches.size(), 4); // each direction: the communications, then the lookups around one
    for (int i = 0; i < searches.size(); i += 2) {
        QVERIFY2(searches[i].startsWith(QStringLiteral("SEARCH c USING INDEX events_by_class (class=?)")), qPrintable(searches[i]));
        QVERIFY2(searches[i + 1].startsWith(QStringLiteral("SEARCH e USING INDEX events_by_")), qPrintable(searches[i + 1]));
        QVERIFY2(searches[i + 1].contains(QStringLiteral("utc_ms>? AND utc_ms<?")), qPrintable(searches[i + 1]));
    }
}

void tst_ContactGraph::ipsOfAFewHandlesAmongMany()
{
    // The demo's handles among 3,000 lookups of others: the communications graph's few
    // handles have their IPs read through the initiator index, the whole graph's in one pass
    // over the events; both as SQL lists them.
    const QString crowded = m_dir.filePath(QStringLiteral("crowded.llcase"));
    QVERIFY(QFile::copy(m_demo, crowded));
    ImportParams params;
    params.casePath = crowded;
    params.timeZone = QStringLiteral("UTC");
    params.files = {TestSupport::writeIdsCsv(m_dir.filePath(QStringLiteral("others.csv")), 3000, TestSupport::RowOrder::Time)};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(crowded, CaseDatabase::Access::ReadOnly, &error);
    GraphFilter communications;
    communications.classes = {EvidenceClass::Communication};
    const ContactGraph few = ContactGraph::build(db->db(), communications);
    const ContactGraph all = ContactGraph::build(db->db());
    QCOMPARE(few.nodes.size(), 3);
    QCOMPARE(all.nodes.size(), 45); // the demo's 8 and the generated rows' handles
    const auto sqlIps = [&db](qint64 handleId) {
        QSqlQuery q(db->db());
        q.exec(QStringLiteral("SELECT DISTINCT client_ip FROM events WHERE initiator_id = %1 AND client_ip IS NOT NULL"
                              " ORDER BY client_ip").arg(handleId));
        QStringList ips;
        while (q.next())
            ips.append(q.value(0).toString());
        return ips;
    };
    int withIps = 0;
    for (const GraphNode &n : few.nodes) {
        QCOMPARE(n.ips, sqlIps(n.handleId));
        QCOMPARE(n.ips, all.nodes[all.nodeOf(n.handle)].ips);
        withIps += n.ips.isEmpty() ? 0 : 1;
    }
    QVERIFY(withIps > 0);
    for (int i = 0; i < all.nodes.size(); i += 97)
        QCOMPARE(all.nodes[i].ips, sqlIps(all.nodes[i].handleId));
}

void tst_ContactGraph::withheldNumbersAreNoOneParty()
{
    // Two targets, each called by "Anonymous": drawn, the two would share a contact. The records
    // stay events of their targets; the graph leaves them out and counts them. "Private Line Ltd"
    // is a name, not caller ID's word for no number.
    const QString path = m_dir.filePath(QStringLiteral("withheld.llcase"));
    const auto db = TestSupport::importedCase(path, {u"carrier/cdr-withheld.csv"_qs});
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), QStringLiteral("SELECT normalized, kind FROM handles WHERE kind <> 'phone' ORDER BY id")),
             (QStringList{u"Anonymous|withheld"_qs, u"Private|withheld"_qs, u"Unknown|withheld"_qs,
                          u"Rufnummer unterdrückt|withheld"_qs, u"Private Line Ltd|other"_qs}));
    const ContactGraph graph = ContactGraph::build(db->db());
    QCOMPARE(graphEdges(graph), (QHash<QString, qint64>{{u"+12025550100>+12025550143|communication"_qs, 1},
                                                        {u"Private Line Ltd>+12025550143|communication"_qs, 1}}));
    QCOMPARE(graph.withheld, (std::array<qint64, 2>{0, 5}));
    GraphFilter window;
    window.fromMs = TimeFormat::parseIso(QStringLiteral("2016-09-12T14:00:00Z"));
    window.toMs = TimeFormat::parseIso(QStringLiteral("2016-09-12T16:00:00Z"));
    QCOMPARE(ContactGraph::build(db->db(), window).withheld, (std::array<qint64, 2>{0, 2}));
    // The records left out are listed: lines 2 and 3, the window's two calls from "Anonymous".
    QStringList lines;
    for (const qint64 id : ContactGraph::leftOutEventIds(db->db(), window, NoOneParty::Withheld))
        lines.append(scalar(db->db(), QStringLiteral("SELECT line FROM events WHERE id = %1").arg(id)).toString());
    QCOMPARE(lines, (QStringList{u"2"_qs, u"3"_qs}));
    QCOMPARE(ContactGraph::leftOutEventIds(db->db(), {}, NoOneParty::Withheld).size(), 5);
    GraphFilter lookups;
    lookups.classes = {EvidenceClass::Lookup};
    QCOMPARE(ContactGraph::build(db->db(), lookups).withheld, (std::array<qint64, 2>{0, 0}));
    // A neighbourhood says what its filter left out; a withheld number has none of its own.
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550100"), QStringLiteral("US"));
    const ContactGraph focused = ContactGraph::build(db->db(), {}, GraphScope{1, target, 1});
    QCOMPARE(focused.nodes.size(), 2);
    QCOMPARE(focused.withheld, (std::array<qint64, 2>{0, 5}));
    const qint64 anonymous = scalar(db->db(), QStringLiteral("SELECT id FROM handles WHERE normalized = 'Anonymous'")).toLongLong();
    QVERIFY(ContactGraph::build(db->db(), {}, GraphScope{1, anonymous, 1}).nodes.isEmpty());
    // The events behind the edges are the drawn ones only.
    QCOMPARE(ContactGraph::edgeEventIds(db->db(), graph, {}, graph.edges).size(), 2);
    // Every export says what it leaves out, by class; JSON always has the member.
    QVERIFY(GraphExport::graphMl(graph).contains("Not drawn: 0 lookups and 5 communications. Records whose initiator"));
    QVERIFY(GraphExport::dot(graph).contains("// Not drawn: 0 lookups and 5 communications."));
    QVERIFY(!GraphExport::dot(ContactGraph::build(db->db(), lookups)).contains("Not drawn"));
    QProcess cli;
    cli.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, path, u"--format"_qs, u"json"_qs});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject notDrawn = QJsonDocument::fromJson(cli.readAllStandardOutput()).object()[u"withheld_not_drawn"_qs].toObject();
    QCOMPARE(notDrawn[u"lookups"_qs].toInteger(), 0);
    QCOMPARE(notDrawn[u"communications"_qs].toInteger(), 5);
    QVERIFY(notDrawn[u"note"_qs].toString().startsWith(u"Records whose initiator or counterpart is a withheld number"_qs));
    QCOMPARE(QJsonDocument::fromJson(GraphExport::json(m_graph)).object()[u"withheld_not_drawn"_qs][u"communications"_qs].toInteger(), 0);
}

void tst_ContactGraph::maskedPartiesAreNoOneParty()
{
    // A redacted carrier return and a redacted IDS return: two targets called by "+49171*****12",
    // and both looking up "+1312555****", would share a contact if drawn; each mask may be many
    // people's number. A call between "Anonymous" and a mask is counted once, as withheld.
    const QString path = m_dir.filePath(QStringLiteral("masked.llcase"));
    const auto db = TestSupport::importedCase(path, {u"carrier/cdr-masked.csv"_qs, u"ids/ids-masked.csv"_qs});
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), QStringLiteral("SELECT normalized, kind FROM handles WHERE kind <> 'phone' ORDER BY id")),
             (QStringList{u"+49171*****12|masked"_qs, u"202-555-XXXX|masked"_qs, u"[REDACTED]|masked"_qs,
                          u"+1 202 555 01xx|masked"_qs, u"Anonymous|withheld"_qs, u"*100#|other"_qs, u"+1312555****|masked"_qs,
                          u"d***@example.com|masked"_qs}));
    const ContactGraph graph = ContactGraph::build(db->db());
    QCOMPARE(graphEdges(graph), (QHash<QString, qint64>{{u"+12025550100>+12025550143|communication"_qs, 1},
                                                        {u"+12025550100>*100#|communication"_qs, 1},
                                                        {u"+12025550143>+12025550100|lookup"_qs, 1}}));
    QCOMPARE(graph.masked, (std::array<qint64, 2>{3, 5}));
    QCOMPARE(graph.withheld, (std::array<qint64, 2>{0, 1}));
    // The records left out are listed, in time order: the carrier's lines 2 to 6, then the lookups.
    QStringList lines;
    for (const qint64 id : ContactGraph::leftOutEventIds(db->db(), {}, NoOneParty::Masked))
        lines.append(scalar(db->db(), QStringLiteral("SELECT line FROM events WHERE id = %1").arg(id)).toString());
    QCOMPARE(lines, (QStringList{u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs, u"6"_qs, u"10"_qs, u"11"_qs, u"12"_qs}));
    GraphFilter lookups;
    lookups.classes = {EvidenceClass::Lookup};
    QCOMPARE(ContactGraph::build(db->db(), lookups).masked, (std::array<qint64, 2>{3, 0}));
    // A mask has no neighbourhood of its own; a target's says what its filter left out.
    const qint64 mask = scalar(db->db(), QStringLiteral("SELECT id FROM handles WHERE normalized = '+1312555****'")).toLongLong();
    QVERIFY(ContactGraph::build(db->db(), {}, GraphScope{1, mask, 1}).nodes.isEmpty());
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550100"), QStringLiteral("US"));
    QCOMPARE(ContactGraph::build(db->db(), {}, GraphScope{1, target, 1}).masked, (std::array<qint64, 2>{3, 5}));
    // Every export says so, after the withheld numbers' sentence.
    const QByteArray dot = GraphExport::dot(graph);
    QVERIFY(dot.contains("// Not drawn: 0 lookups and 1 communication. Records whose initiator or counterpart is a withheld"));
    QVERIFY(dot.contains("// Not drawn: 3 lookups and 5 communications. Records whose initiator or counterpart is a masked"));
    QVERIFY(GraphExport::graphMl(graph).contains("Not drawn: 3 lookups and 5 communications. Records whose initiator"));
    QVERIFY(GraphExport::gexf(graph).contains("two people may be written alike"));
    const QJsonObject json = QJsonDocument::fromJson(GraphExport::json(graph)).object();
    QCOMPARE(json[u"masked_not_drawn"_qs][u"lookups"_qs].toInteger(), 3);
    QCOMPARE(json[u"masked_not_drawn"_qs][u"communications"_qs].toInteger(), 5);
    QCOMPARE(json[u"withheld_not_drawn"_qs][u"communications"_qs].toInteger(), 1);
    QCOMPARE(QJsonDocument::fromJson(GraphExport::json(m_graph)).object()[u"masked_not_drawn"_qs][u"lookups"_qs].toInteger(), 0);
}

void tst_ContactGraph::graphMlParsesBackEdgeByEdge()
{
    QXmlStreamReader xml(GraphExport::graphMl(m_graph));
    QHash<QString, QString> nodeHandle;
    QHash<QString, qint64> edges;
    QString currentNode, source, target, edgeClass, key;
    qint64 count = 0;
    bool inEdge = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"node") {
            currentNode = xml.attributes().value(QStringLiteral("id")).toString();
        } else if (xml.isStartElement() && xml.name() == u"edge") {
            inEdge = true;
            source = xml.attributes().value(QStringLiteral("source")).toString();
            target = xml.attributes().value(QStringLiteral("target")).toString();
        } else if (xml.isStartElement() && xml.name() == u"data") {
            key = xml.attributes().value(QStringLiteral("key")).toString();
            const QString value = xml.readElementText();
            if (!inEdge && key == u"handle")
                nodeHandle.insert(currentNode, value);
            if (inEdge && key == u"class")
                edgeClass = value;
            if (inEdge && key == u"count")
                count = value.toLongLong();
            QVERIFY2(key != u"weight", "no merged weight");
        } else if (xml.isEndElement() && xml.name() == u"edge") {
            inEdge = false;
            edges.insert(nodeHandle.value(source) + u'>' + nodeHandle.value(target) + u'|' + edgeClass, count);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(edges, sqlEdges());
}

void tst_ContactGraph::gexfParsesBackWithIntervals()
{
    QHash<qint64, QPointF> positions;
    for (const GraphNode &n : m_graph.nodes)
        positions.insert(n.handleId, QPointF(n.handleId * 10.0, 5.0));
    QXmlStreamReader xml(GraphExport::gexf(m_graph, positions));
    int edgesWithInterval = 0;
    int positioned = 0;
    QStringList classes;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"graph")
            QCOMPARE(xml.attributes().value(QStringLiteral("mode")), u"dynamic");
        if (xml.name() == u"edge") {
            const auto attributes = xml.attributes();
            QVERIFY(TimeFormat::parseIso(attributes.value(QStringLiteral("start")).toString()).has_value());
            QVERIFY(TimeFormat::parseIso(attributes.value(QStringLiteral("end")).toString()).has_value());
            classes.append(attributes.value(QStringLiteral("label")).toString());
            ++edgesWithInterval;
        }
        if (xml.name() == u"position")
            ++positioned;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(edgesWithInterval, m_graph.edges.size());
    QCOMPARE(positioned, m_graph.nodes.size());
    QCOMPARE(classes.count(u"lookup"_qs) + classes.count(u"communication"_qs), classes.size());
}

void tst_ContactGraph::layoutIsDeterministicAndCached()
{
    const GraphLayout::Result a = GraphLayout::compute(m_graph);
    const GraphLayout::Result b = GraphLayout::compute(m_graph);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.engine, QStringLiteral("neato"));
    QCOMPARE(a.positions.size(), m_graph.nodes.size());
    QCOMPARE(a.positions, b.positions); // a fixed seed: the same picture every time
    {
        // While another program's import holds the case, the layout is not kept (it waited
        // five seconds to find that out).
        QString error;
        const auto other = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        QSqlQuery lock(other->db());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer took;
        took.start();
        const GraphLayout::Result held = GraphLayout::layout(m_db->db(), m_graph);
        QVERIFY(took.elapsed() < 2000);
        QCOMPARE(held.positions, a.positions);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM graph_positions")).toInt(), 0);
    }
    const GraphLayout::Result stored = GraphLayout::layout(m_db->db(), m_graph);
    QVERIFY(!stored.fromCache);
    QCOMPARE(stored.positions, a.positions);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM graph_positions")).toInt(), m_graph.nodes.size());
    const GraphLayout::Result again = GraphLayout::layout(m_db->db(), m_graph);
    QVERIFY(again.fromCache);
    QCOMPARE(again.positions, a.positions);
    QVERIFY(GraphLayout::keyOf(m_graph, u"neato"_qs) != GraphLayout::keyOf(m_graph.withMinimumCount(2), u"neato"_qs));
}

void tst_ContactGraph::layoutHangsOnTheGraphAlone()
{
    // The same graph with its handles' ids a dozen digits long: the same picture (the nodes
    // were once sized by their ids' text, measured with whatever fonts the machine had).
    ContactGraph longIds = m_graph;
    for (GraphNode &node : longIds.nodes)
        node.handleId += 100'000'000'000;
    const GraphLayout::Result shortOnes = GraphLayout::compute(m_graph);
    const GraphLayout::Result longOnes = GraphLayout::compute(longIds);
    QCOMPARE(longOnes.positions.size(), m_graph.nodes.size());
    for (const GraphNode &node : m_graph.nodes)
        QCOMPARE(longOnes.positions.value(node.handleId + 100'000'000'000), shortOnes.positions.value(node.handleId));
    // Layouts asked for at once, as the graph view's superseded requests are, wait their turn
    // (Graphviz keeps its state in globals): a graph large enough for them to meet.
    ContactGraph larger;
    std::mt19937 random(7);
    larger.nodes.resize(250);
    for (int i = 0; i < larger.nodes.size(); ++i)
        larger.nodes[i].handleId = i + 1;
    larger.edges.resize(600);
    for (GraphEdge &edge : larger.edges) {
        edge.from = int(random() % 250);
        edge.to = int(random() % 250);
    }
    const GraphLayout::Result alone = GraphLayout::compute(larger);
    std::vector<std::future<GraphLayout::Result>> atOnce;
    for (int i = 0; i < 4; ++i)
        atOnce.push_back(std::async(std::launch::async, [&larger]() { return GraphLayout::compute(larger); }));
    for (std::future<GraphLayout::Result> &one : atOnce)
        QCOMPARE(one.get().positions, alone.positions);
}

void tst_ContactGraph::aLayoutNoLongerWantedIsNotRun()
{
    // The graph view's superseded requests: asked once their turn comes, and dropped.
    QSqlQuery forget(m_db->db());
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM graph_positions")));
    int asked = 0;
    const GraphLayout::Result dropped = GraphLayout::layout(m_db->db(), m_graph, [&asked]() { return ++asked, false; });
    QCOMPARE(asked, 1);
    QVERIFY(dropped.abandoned);
    QVERIFY(dropped.error.isEmpty());
    QVERIFY(dropped.positions.isEmpty());
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM graph_positions")).toInt(), 0);
    const GraphLayout::Result laidOut = GraphLayout::layout(m_db->db(), m_graph, [&asked]() { return ++asked, true; });
    QCOMPARE(asked, 2);
    QVERIFY(!laidOut.abandoned);
    QCOMPARE(laidOut.positions, GraphLayout::compute(m_graph).positions);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM graph_positions")).toInt(), m_graph.nodes.size());
    // A layout kept in the case is not Graphviz's to run: not asked.
    QVERIFY(GraphLayout::layout(m_db->db(), m_graph, [&asked]() { return ++asked, false; }).fromCache);
    QCOMPARE(asked, 2);
}

void tst_ContactGraph::cliGraph()
{
    QProcess process;
    process.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, m_demo, u"--format"_qs, u"json"_qs, u"--class"_qs,
                                                u"communication"_qs, u"--focus"_qs, u"(312) 555-0147"_qs, u"--hops"_qs, u"1"_qs});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject doc = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY(doc.value(QStringLiteral("caveat")).toString().contains(QStringLiteral("no merged weight")));
    const QJsonArray edges = doc.value(QStringLiteral("edges")).toArray();
    QCOMPARE(edges.size(), 2); // +1312 and the target called and texted each other, both ways
    for (const QJsonValue &e : edges) {
        QCOMPARE(e[u"class"_qs].toString(), QStringLiteral("communication"));
        QVERIFY(!e.toObject().contains(QStringLiteral("weight")));
    }
    // JSON lists the lookup-then-communication sequences as such.
    QProcess sequences;
    sequences.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, m_demo, u"--format"_qs, u"json"_qs, u"--sequence-minutes"_qs, u"20"_qs});
    QVERIFY(sequences.waitForFinished(30000));
    const QJsonObject seq = QJsonDocument::fromJson(sequences.readAllStandardOutput()).object()[u"lookup_then_communication"_qs].toObject();
    QCOMPARE(seq[u"within_minutes"_qs].toInt(), 20);
    QCOMPARE(seq[u"sequences"_qs].toArray().size(), ContactGraph::lookupThenCommunication(m_db->db(), m_graph, {}, 20).size());
    QCOMPARE(seq[u"sequences"_qs].toArray().first()[u"lookup"_qs].toString(), QStringLiteral("2026-03-02T08:14:03Z"));
    // Each names its lookup's event, so that the figure leads to its source line.
    const qint64 lookupId = seq[u"sequences"_qs].toArray().first()[u"lookup_event_id"_qs].toInteger();
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT class || ' ' || utc_ms FROM events WHERE id = %1").arg(lookupId)).toString(),
             QStringLiteral("lookup %1").arg(*TimeFormat::parseIso(QStringLiteral("2026-03-02T08:14:03Z"))));
    // One source's events: the carrier's records (#2) join three numbers by four edges, calls
    // and texts each way, as the graph built of that source alone does.
    QProcess carrier;
    carrier.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, m_demo, u"--format"_qs,
                                                u"json"_qs, u"--source"_qs, u"2"_qs});
    QVERIFY(carrier.waitForFinished(30000));
    QCOMPARE(carrier.exitCode(), 0);
    const QJsonObject carried = QJsonDocument::fromJson(carrier.readAllStandardOutput()).object();
    GraphFilter carrierOnly;
    carrierOnly.sourceIds = {2};
    const ContactGraph carrierGraph = ContactGraph::build(m_db->db(), carrierOnly);
    QCOMPARE(carried[u"nodes"_qs].toArray().size(), 3);
    QCOMPARE(carried[u"edges"_qs].toArray().size(), 4);
    QCOMPARE(carried[u"edges"_qs].toArray().size(), carrierGraph.edges.size());
    for (const QJsonValue &e : carried[u"edges"_qs].toArray())
        QCOMPARE(e[u"class"_qs].toString(), QStringLiteral("communication"));
    QProcess bad;
    bad.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, m_demo, u"--format"_qs, u"json"_qs, u"--class"_qs, u"connection"_qs});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("connections are not edges"));
}

void tst_ContactGraph::jsonIsWrittenAsQJsonDocumentWritesIt()
{
    // The JSON is written member by member; read back and written again by QJsonDocument it is
    // the same text, byte for byte: with and without sequences, and with no edges at all.
    const QList<GraphSequence> sequences = ContactGraph::lookupThenCommunication(m_db->db(), m_graph, {}, 600);
    QVERIFY(!sequences.isEmpty());
    for (const QByteArray &json : {GraphExport::json(m_graph, sequences, 600), GraphExport::json(m_graph),
                                   GraphExport::json(ContactGraph{}, {}, 30)}) {
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json, parsed.toJson(QJsonDocument::Indented));
    }
    QCOMPARE(QJsonDocument::fromJson(GraphExport::json(m_graph)).object()[u"edges"_qs].toArray().size(), m_graph.edges.size());
    // A device that takes nothing: the command says so and fails.
    QProcess full;
    full.setStandardOutputFile(QStringLiteral("/dev/full"));
    full.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, m_demo, u"--format"_qs, u"graphml"_qs});
    QVERIFY(full.waitForFinished(30000));
    QCOMPARE(full.exitCode(), 2);
    QVERIFY(full.readAllStandardError().contains("could not write the graph"));
}

QTEST_GUILESS_MAIN(tst_ContactGraph)
#include "tst_contactgraph.moc"
