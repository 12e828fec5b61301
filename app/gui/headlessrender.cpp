#include "headlessrender.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "caseinputs.h"
#include "casequeries.h"
#include "graphview.h"
#include "graphwiring.h"
#include "ipsummary.h"
#include "mapview.h"
#include "patternsview.h"
#include "timelineview.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

std::optional<QSize> HeadlessRender::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 64 || size.height() < 64 || size.width() > 20000 || size.height() > 20000)
        return std::nullopt;
    return size;
}

bool HeadlessRender::run(const Request &request, QString *error)
{
    if (request.out.isEmpty()) {
        *error = tr("--render needs --out FILE.png or FILE.pdf");
        return false;
    }
    const QString suffix = QFileInfo(request.out).suffix().toLower();
    const bool svg = suffix == u"svg" && request.kind == u"graph";
    if (suffix != u"png" && suffix != u"pdf" && !svg) {
        *error = request.kind == u"graph" ? tr("%1: the output must end in .png, .svg or .pdf").arg(request.out)
                                          : tr("%1: the output must end in .png or .pdf").arg(request.out);
        return false;
    }
    if (const QString input = inputNamed(request); !input.isEmpty()) {
        *error = input;
        return false;
    }
    if (request.kind == u"map")
        return renderMap(request, error);
    if (request.kind == u"timeline" || request.kind == u"patterns")
        return renderHandleView(request, error);
    if (request.kind == u"graph")
        return renderGraph(request, error);
    *error = tr("unknown view to render \"%1\" (known: map, timeline, patterns, graph)").arg(request.kind);
    return false;
}

QString HeadlessRender::inputNamed(const Request &request)
{
    QString unopened;
    const auto db = CaseDatabase::open(request.casePath, CaseDatabase::Access::ReadOnly, &unopened);
    return db ? CaseInputs::whyNeverWritten(db->db(), request.out) : QString();
}

bool HeadlessRender::renderMap(const Request &request, QString *error)
{
    const auto db =
        CaseDatabase::open(request.casePath, CaseDatabase::accessFor(request.casePath), error);
    if (!db)
        return false;
    MapView map;
    map.resize(request.size);
    map.setIps(IpSummaries::of(db->db()));
    map.fitToData();
    if (!map.exportTo(request.out, request.size, error))
        return false;
    recordExport(*db, QStringLiteral("export-map"),
                 QJsonObject{{QStringLiteral("file"), QFileInfo(request.out).absoluteFilePath()},
                             {QStringLiteral("database"), map.database()}});
    return true;
}

bool HeadlessRender::renderHandleView(const Request &request, QString *error)
{
    if (request.handle.isEmpty()) {
        *error = tr("--render %1 needs --handle H").arg(request.kind);
        return false;
    }
    const auto db =
        CaseDatabase::open(request.casePath, CaseDatabase::accessFor(request.casePath), error);
    if (!db)
        return false;
    const auto handle = CaseQueries(db->db()).resolveHandle(request.handle, db->region());
    if (!handle) {
        *error = tr("no handle \"%1\" in %2").arg(request.handle, request.casePath);
        return false;
    }
    const QTimeZone zone = db->displayZone();
    const TimelineData data = TimelineSeries::build(db->db(), {*handle}, request.fromMs, request.toMs);
    bool ok = false;
    if (request.kind == u"patterns") {
        PatternsView view;
        view.resize(request.size);
        view.setDisplayZone(zone);
        view.setData(data);
        ok = view.exportTo(request.out, request.size, error);
    } else {
        TimelineView view;
        view.resize(request.size);
        view.setDisplayZone(zone);
        view.setIpPlaces(IpSummaries::shortPlaces(IpSummaries::of(db->db())));
        view.setData(data);
        if (request.fromMs || request.toMs) {
            const auto [from, to] = view.timeRange();
            view.setTimeRange(request.fromMs.value_or(from), request.toMs.value_or(to));
        }
        ok = view.exportTo(request.out, request.size, error);
    }
    if (ok)
        recordExport(
            *db, QStringLiteral("export-") + request.kind,
            QJsonObject{{QStringLiteral("file"), QFileInfo(request.out).absoluteFilePath()},
                        {QStringLiteral("handle"), request.handle}});
    return ok;
}

bool HeadlessRender::renderGraph(const Request &request, QString *error)
{
    GraphRequest wanted;
    wanted.scope.hops = request.hops;
    wanted.filter.fromMs = request.fromMs;
    wanted.filter.toMs = request.toMs;
    {
        const auto db =
            CaseDatabase::open(request.casePath, CaseDatabase::accessFor(request.casePath), error);
        if (!db)
            return false;
        if (!request.focus.isEmpty()) {
            wanted.scope.focusHandle = CaseQueries(db->db()).resolveHandle(request.focus, db->region());
            if (!wanted.scope.focusHandle) {
                *error = tr("no handle \"%1\" in %2").arg(request.focus, request.casePath);
                return false;
            }
        }
    }
    const GraphWiring::Built built = GraphWiring::build(request.casePath, wanted);
    GraphView view;
    view.resize(request.size);
    view.setGraph(built.graph, built.positions);
    if (!view.exportTo(request.out, request.size, error))
        return false;
    const auto db =
        CaseDatabase::open(request.casePath, CaseDatabase::accessFor(request.casePath), error);
    if (db)
        recordExport(
            *db, QStringLiteral("export-graph-image"),
            QJsonObject{{QStringLiteral("file"), QFileInfo(request.out).absoluteFilePath()},
                        {QStringLiteral("focus"), request.focus},
                        {QStringLiteral("nodes"), built.graph.nodes.size()},
                        {QStringLiteral("edges"), built.graph.edges.size()}});
    return db != nullptr;
}

void HeadlessRender::recordExport(const CaseDatabase &db, const QString &action,
                                  QJsonObject details)
{
    AuditLog::addSha256Of(&details, details.value(QStringLiteral("file")).toString());
    const QString why = AuditLog::recordOrSayWhyNot(db, action, details);
    if (why.isEmpty())
        return;
    qWarning(
        "lookuplens: %s",
        qPrintable(tr("note: this picture is not recorded in the case's audit log: %1").arg(why)));
}
