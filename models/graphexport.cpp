#include "graphexport.h"

#include "jsontext.h"
#include "timeformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <functional>

namespace {

const char *const EdgeCaveat = "A lookup edge records that a device asked whether the other handle can be reached; it does "
                           "not show that any message or call took place. Lookup and communication edges are separate; "
                           "there is no merged weight.";

const char *const WithheldNote = "Records whose initiator or counterpart is a withheld number (\"Anonymous\", \"Private\" "
                                 "and the like) are not drawn: each may be from someone else, and one node for them all "
                                 "would join everyone they reached.";

const char *const MaskedNote = "Records whose initiator or counterpart is a masked number or address (\"+49171*****12\", "
                               "\"[REDACTED]\" and the like) are not drawn (those with a withheld number as well are counted there): two "
                               "people may be written alike, and one node for them would join everyone they reached.";

/// The records withheld numbers, then masked parties, keep out of the graph, counted by class: a
/// sentence for each that leaves any out.
QStringList leftOutSentences(const ContactGraph &graph)
{
    // Exports are written in English, as their caveat is, whatever the language of the window.
    const auto count = [](qint64 n, const char *one) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1StringView(one), n == 1 ? QString() : QStringLiteral("s"));
    };
    QStringList sentences;
    for (const auto &[leftOut, note] : {std::pair{graph.withheld, WithheldNote}, std::pair{graph.masked, MaskedNote}}) {
        if (leftOut[0] > 0 || leftOut[1] > 0)
            sentences.append(QStringLiteral("Not drawn: %1 and %2. %3")
                                 .arg(count(leftOut[0], "lookup"), count(leftOut[1], "communication"), QString::fromLatin1(note)));
    }
    return sentences;
}

QJsonObject leftOutObject(const std::array<qint64, 2> &leftOut, const char *note)
{
    return {{u"lookups"_qs, leftOut[0]}, {u"communications"_qs, leftOut[1]}, {u"note"_qs, QString::fromLatin1(note)}};
}

QString displayName(const GraphNode &n)
{
    return n.label.isEmpty() ? n.handle : QStringLiteral("%1 (%2)").arg(n.label, n.handle);
}

void key(QXmlStreamWriter &xml, const QString &id, const QString &forWhat, const QString &name, const QString &type)
{
    xml.writeStartElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), forWhat);
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
    xml.writeEndElement();
}

void data(QXmlStreamWriter &xml, const QString &keyId, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), keyId);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

QList<QPair<QString, QString>> nodeValues(const GraphNode &n)
{
    return {{u"handle"_qs, n.handle},
            {u"label"_qs, displayName(n)},
            {u"kind"_qs, n.kind},
            {u"lookups_out"_qs, QString::number(n.out[0])},
            {u"lookups_in"_qs, QString::number(n.in[0])},
            {u"communications_out"_qs, QString::number(n.out[1])},
            {u"communications_in"_qs, QString::number(n.in[1])},
            {u"ips"_qs, n.ips.join(QStringLiteral(" "))}};
}

QList<QPair<QString, QString>> edgeValues(const GraphEdge &e)
{
    return {{u"class"_qs, evidenceClassKey(e.evidenceClass)},
            {u"count"_qs, QString::number(e.count)},
            {u"first"_qs, TimeFormat::isoUtc(e.firstMs)},
            {u"last"_qs, TimeFormat::isoUtc(e.lastMs)}};
}

bool isNumber(const QString &name)
{
    return name == u"count" || name.endsWith(u"_out") || name.endsWith(u"_in");
}

/// The bytes a writer of @p device puts out, for the QByteArray forms.
QByteArray written(const std::function<bool(QIODevice *)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(&buffer);
    return bytes;
}

/// @p object as QJsonDocument indents it when @p depth levels deep (four spaces a level, the
/// first line's indent left to the caller, no newline at the end).
QByteArray indented(const QJsonObject &object, int depth)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);
    return text.replace("\n", QByteArray("\n").append(4 * depth, ' '));
}

/// Writes the members of an array one level below the document's top, as QJsonDocument does;
/// @p text gives each member's text two levels deep.
template <typename List, typename Text>
bool writeArray(QIODevice *out, const char *name, const List &list, Text text)
{
    bool ok = out->write(QByteArray("    \"") + name + "\": [") >= 0;
    for (qsizetype i = 0; ok && i < list.size(); ++i)
        ok = out->write((i > 0 ? ",\n        " : "\n        ") + text(list[i])) >= 0;
    return ok && out->write("\n    ]") >= 0;
}

/// An edge as QJsonDocument writes it two levels deep, keys in alphabetical order. Written
/// here directly: a QJsonDocument per edge took 15 s for 1M edges.
QByteArray edgeJson(const ContactGraph &graph, const GraphEdge &e)
{
    QList<QPair<QString, QString>> values = edgeValues(e); // class, count, first, last
    values.append({u"source"_qs, GraphExport::nodeId(graph.nodes[e.from])});
    values.append({u"target"_qs, GraphExport::nodeId(graph.nodes[e.to])});
    QByteArray text("{");
    for (const auto &[name, value] : std::as_const(values)) {
        text += text.size() > 1 ? ",\n            " : "\n            ";
        JsonText::appendString(text, name);
        text += ": ";
        if (isNumber(name))
            text += value.toLatin1();
        else
            JsonText::appendString(text, value);
    }
    return text + "\n        }";
}

} // namespace

QString GraphExport::nodeId(const GraphNode &node)
{
    return QStringLiteral("h%1").arg(node.handleId);
}

QByteArray GraphExport::graphMl(const ContactGraph &graph)
{
    return written([&](QIODevice *out) { return graphMl(graph, out); });
}

bool GraphExport::graphMl(const ContactGraph &graph, QIODevice *out)
{
    QXmlStreamWriter xml(out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeComment(QString::fromLatin1(EdgeCaveat));
    for (const QString &leftOut : leftOutSentences(graph))
        xml.writeComment(leftOut);
    for (const auto &[name, value] : nodeValues(GraphNode{}))
        key(xml, name, QStringLiteral("node"), name, isNumber(name) ? QStringLiteral("long") : QStringLiteral("string"));
    for (const auto &[name, value] : edgeValues(GraphEdge{}))
        key(xml, name, QStringLiteral("edge"), name, isNumber(name) ? QStringLiteral("long") : QStringLiteral("string"));
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const GraphNode &n : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(n));
        for (const auto &[name, value] : nodeValues(n))
            data(xml, name, value);
        xml.writeEndElement();
    }
    for (int i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge &e = graph.edges[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes[e.from]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes[e.to]));
        for (const auto &[name, value] : edgeValues(e))
            data(xml, name, value);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return !xml.hasError();
}

QByteArray GraphExport::gexf(const ContactGraph &graph, const QHash<qint64, QPointF> &positions)
{
    return written([&](QIODevice *out) { return gexf(graph, positions, out); });
}

namespace {

void gexfAttributes(QXmlStreamWriter &xml, const QString &forWhat, const QList<QPair<QString, QString>> &values)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), forWhat);
    for (const auto &[name, value] : values) {
        xml.writeStartElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), name);
        xml.writeAttribute(QStringLiteral("title"), name);
        xml.writeAttribute(QStringLiteral("type"), isNumber(name) ? QStringLiteral("long") : QStringLiteral("string"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void gexfValues(QXmlStreamWriter &xml, const QList<QPair<QString, QString>> &list)
{
    xml.writeStartElement(QStringLiteral("attvalues"));
    for (const auto &[name, value] : list) {
        xml.writeStartElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), name);
        xml.writeAttribute(QStringLiteral("value"), value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

/// The document's head: the caveat and what the graph leaves out as its description, and the
/// graph element, dynamic so that Gephi's timeline shows when each edge held.
void gexfHead(QXmlStreamWriter &xml, const ContactGraph &graph)
{
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("LookupLens"));
    xml.writeTextElement(QStringLiteral("description"),
                         (QStringList{QString::fromLatin1(EdgeCaveat)} + leftOutSentences(graph)).join(u' '));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("datetime"));
    gexfAttributes(xml, QStringLiteral("node"), nodeValues(GraphNode{}));
    gexfAttributes(xml, QStringLiteral("edge"), edgeValues(GraphEdge{}));
}

void gexfNodes(QXmlStreamWriter &xml, const ContactGraph &graph, const QHash<qint64, QPointF> &positions)
{
    xml.writeStartElement(QStringLiteral("nodes"));
    for (const GraphNode &n : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), GraphExport::nodeId(n));
        xml.writeAttribute(QStringLiteral("label"), displayName(n));
        gexfValues(xml, nodeValues(n));
        if (positions.contains(n.handleId)) {
            xml.writeEmptyElement(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(positions[n.handleId].x()));
            xml.writeAttribute(QStringLiteral("y"), QString::number(positions[n.handleId].y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void gexfEdges(QXmlStreamWriter &xml, const ContactGraph &graph)
{
    xml.writeStartElement(QStringLiteral("edges"));
    for (int i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge &e = graph.edges[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), GraphExport::nodeId(graph.nodes[e.from]));
        xml.writeAttribute(QStringLiteral("target"), GraphExport::nodeId(graph.nodes[e.to]));
        xml.writeAttribute(QStringLiteral("label"), evidenceClassKey(e.evidenceClass));
        // The interval from the first to the last event: Gephi's timeline shows when it held.
        xml.writeAttribute(QStringLiteral("start"), TimeFormat::isoUtc(e.firstMs));
        xml.writeAttribute(QStringLiteral("end"), TimeFormat::isoUtc(e.lastMs));
        gexfValues(xml, edgeValues(e));
        xml.writeEndElement();
    }
}

} // namespace

bool GraphExport::gexf(const ContactGraph &graph, const QHash<qint64, QPointF> &positions, QIODevice *out)
{
    QXmlStreamWriter xml(out);
    xml.setAutoFormatting(true);
    gexfHead(xml, graph);
    gexfNodes(xml, graph, positions);
    gexfEdges(xml, graph);
    xml.writeEndDocument();
    return !xml.hasError();
}

QByteArray GraphExport::dot(const ContactGraph &graph)
{
    return written([&](QIODevice *out) { return dot(graph, out); });
}

bool GraphExport::dot(const ContactGraph &graph, QIODevice *out)
{
    const auto quoted = [](QString text) {
        text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return QStringLiteral("\"%1\"").arg(text);
    };
    bool ok = out->write(QStringLiteral("// %1\n").arg(QString::fromLatin1(EdgeCaveat)).toUtf8()) >= 0;
    for (const QString &leftOut : leftOutSentences(graph))
        ok = ok && out->write(QStringLiteral("// %1\n").arg(leftOut).toUtf8()) >= 0;
    ok = ok && out->write("digraph contacts {\n") >= 0;
    for (const GraphNode &n : graph.nodes)
        ok = ok && out->write(QStringLiteral("  %1 [label=%2];\n").arg(nodeId(n), quoted(displayName(n))).toUtf8()) >= 0;
    for (const GraphEdge &e : graph.edges) {
        const bool lookup = e.evidenceClass == EvidenceClass::Lookup;
        const QString line =
            QStringLiteral(
                "  %1 -> %2 [class=%3, count=%4, first=%5, last=%6, style=%7, color=%8];\n")
                .arg(nodeId(graph.nodes[e.from]), nodeId(graph.nodes[e.to]),
                     evidenceClassKey(e.evidenceClass), QString::number(e.count),
                     quoted(TimeFormat::isoUtc(e.firstMs)), quoted(TimeFormat::isoUtc(e.lastMs)),
                     lookup ? QStringLiteral("dashed") : QStringLiteral("solid"),
                     lookup ? QStringLiteral("\"#C27C0E\"") : QStringLiteral("\"#1F5FBF\""));
        ok = ok && out->write(line.toUtf8()) >= 0;
    }
    return ok && out->write("}\n") >= 0;
}

QByteArray GraphExport::json(const ContactGraph &graph, const QList<GraphSequence> &sequences, int minutes)
{
    return written([&](QIODevice *out) { return json(graph, sequences, minutes, out); });
}

bool GraphExport::json(const ContactGraph &graph, const QList<GraphSequence> &sequences, int minutes, QIODevice *out)
{
    // Written member by member, byte for byte what one QJsonDocument of the whole graph gave
    // (its keys in alphabetical order): that document took some GB for 1M edges.
    QByteArray head("{\n    \"caveat\": ");
    JsonText::appendString(head, QString::fromLatin1(EdgeCaveat));
    bool ok = out->write(head + ",\n") >= 0;
    ok = ok && writeArray(out, "edges", graph.edges, [&graph](const GraphEdge &e) { return edgeJson(graph, e); });
    if (minutes > 0) {
        QJsonArray list;
        for (const GraphSequence &q : sequences)
            list.append(QJsonObject{{u"source"_qs, nodeId(graph.nodes[q.from])},
                                    {u"target"_qs, nodeId(graph.nodes[q.to])},
                                    {u"lookup"_qs, TimeFormat::isoUtc(q.lookupMs)},
                                    {u"lookup_event_id"_qs, q.lookupId},
                                    {u"communication"_qs, TimeFormat::isoUtc(q.communicationMs)}});
        const QJsonObject sequence{{u"within_minutes"_qs, minutes},
                                   {u"note"_qs, QStringLiteral("A lookup followed by a communication between the same two "
                                                               "handles: a sequence in time, not a cause.")},
                                   {u"sequences"_qs, list}};
        ok = ok && out->write(",\n    \"lookup_then_communication\": " + indented(sequence, 1)) >= 0;
    }
    // Members in QJsonDocument's order (by name), as the test of this writer compares.
    ok = ok && out->write(",\n    \"masked_not_drawn\": " + indented(leftOutObject(graph.masked, MaskedNote), 1)) >= 0;
    ok = ok && out->write(",\n") >= 0;
    ok = ok && writeArray(out, "nodes", graph.nodes, [](const GraphNode &n) {
        QJsonObject node{{u"id"_qs, nodeId(n)}};
        for (const auto &[name, value] : nodeValues(n))
            node.insert(name, isNumber(name) ? QJsonValue(value.toLongLong()) : QJsonValue(value));
        node.insert(u"ips"_qs, QJsonArray::fromStringList(n.ips));
        return indented(node, 2);
    });
    ok = ok && out->write(",\n    \"withheld_not_drawn\": " + indented(leftOutObject(graph.withheld, WithheldNote), 1)) >= 0;
    return ok && out->write("\n}\n") >= 0;
}
