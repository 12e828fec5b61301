#include "casedatabase.h"
#include "casequeries.h"
#include "contactgraph.h"
#include "democase.h"
#include "graphexport.h"
#include "graphlayout.h"
#include "testsupport.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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
    void edgesComeInHandleAndClassOrder();
    void focusAndHops();
    void insightsKeepTheClassesApart();
    void graphMlParsesBackEdgeByEdge();
    void gexfParsesBackWithIntervals();
    void layoutIsDeterministicAndCached();
    void cliGraph();

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
    const GraphLayout::Result stored = GraphLayout::layout(m_db->db(), m_graph);
    QVERIFY(!stored.fromCache);
    QCOMPARE(stored.positions, a.positions);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM graph_positions")).toInt(), m_graph.nodes.size());
    const GraphLayout::Result again = GraphLayout::layout(m_db->db(), m_graph);
    QVERIFY(again.fromCache);
    QCOMPARE(again.positions, a.positions);
    QVERIFY(GraphLayout::keyOf(m_graph, u"neato"_qs) != GraphLayout::keyOf(m_graph.withMinimumCount(2), u"neato"_qs));
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
    QProcess bad;
    bad.start(QStringLiteral(LL_CLI_PATH), {u"graph"_qs, u"--case"_qs, m_demo, u"--format"_qs, u"json"_qs, u"--class"_qs, u"connection"_qs});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("connections are not edges"));
}

QTEST_GUILESS_MAIN(tst_ContactGraph)
#include "tst_contactgraph.moc"
