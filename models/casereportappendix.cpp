#include "casereport_p.h"

#include "auditloglist.h"
#include "casequeries.h"
#include "caseschema.h"
#include "sqlerrortext.h"
#include "timeformat.h"

#include <QSqlError>

namespace {

/// A handle as the report names it: its normalised form (and label), and as the record wrote it
/// where that differs.
QString eventHandleCell(const QString &normalized, const QString &label, const QString &raw)
{
    QStringList lines{CaseQueries::displayHandle(normalized, label)};
    if (!raw.isEmpty() && raw != normalized)
        lines.append(CaseReport::tr("written: %1").arg(raw));
    return ReportHtml::cellLines(lines);
}

} // namespace

bool CaseReportWriter::writeEvents(CaseReport::Result &result)
{
    section(QStringLiteral("events"));
    m_html.paragraph(tr("Every event this report counts, in time order: where it was read (source "
                        "and line) and the "
                        "record as the provider wrote it."));
    if (m_figures.events() == 0) {
        m_html.paragraph(tr("No events."));
        return true;
    }
    caveatIfLookups(m_figures.counts()[size_t(EvidenceClass::Lookup)]);
    m_html.tableStart({tr("Event"), tr("Time"), tr("Class"), tr("Initiator"), tr("Counterpart"),
                       tr("Client IP"), tr("Source and line"), tr("Record as written")});
    QString error;
    const bool read = m_queries.forEachEvent(
        m_params.filter,
        [this](const EventRow &event) {
            m_html.row(eventCells(event), QStringLiteral("event-%1").arg(event.id));
            return progress() && m_html.error().isEmpty();
        },
        &error);
    m_html.tableEnd();
    result.cancelled = m_stopped;
    if (!read)
        result.error = error;
    else if (!m_html.error().isEmpty())
        result.error = m_html.error();
    return read && !m_stopped && result.error.isEmpty();
}

QStringList CaseReportWriter::eventCells(const EventRow &event)
{
    QStringList time = timeText(event.utcMs).split(u'\n');
    if (!event.timeRaw.isEmpty())
        time.append(tr("written: %1").arg(event.timeRaw));
    QStringList details;
    if (event.deviceCount)
        details.append(tr("devices: %1").arg(*event.deviceCount));
    if (event.durationSeconds)
        details.append(tr("duration: %1 s").arg(*event.durationSeconds));
    QString ip = event.clientIpRaw.isEmpty() ? event.clientIp : event.clientIpRaw;
    if (event.clientPort)
        ip = tr("%1, port %2").arg(ip).arg(*event.clientPort);
    QStringList place{tr("#%1 %2, line %3")
                          .arg(QString::number(event.sourceId), event.sourceName)
                          .arg(event.line)};
    if (const QString where =
            CaseQueries::whereText(event.line, m_places.of(event.sourceId, event.line));
        !where.isEmpty())
        place.append(where);
    QString placeHtml = ReportHtml::cellLines(place);
    if (m_hasOccurrences)
        placeHtml += occurrencesText(event.id);
    QString classHtml = classCell(event.evidenceClass, event.subtype);
    if (!details.isEmpty())
        classHtml += QStringLiteral("<br>") + ReportHtml::cellLines(details);
    QString idHtml = QStringLiteral("#%1").arg(event.id);
    if (event.mark) // and back: to the section that gives the analyst's note
        idHtml +=
            QStringLiteral("<br><a href=\"#marked\">%1</a>").arg(tr("marked").toHtmlEscaped());
    return {idHtml,
            ReportHtml::cellLines(time),
            classHtml,
            eventHandleCell(event.initiator, event.initiatorLabel, event.initiatorRaw),
            event.counterpartId
                ? eventHandleCell(event.counterpart, event.counterpartLabel, event.counterpartRaw)
                : QString(),
            ReportHtml::cell(ip),
            placeHtml,
            ReportHtml::cell(event.raw, QStringLiteral("code"))};
}

QString CaseReportWriter::occurrencesText(qint64 eventId)
{
    if (!m_occurrences) {
        m_occurrences.emplace(m_db);
        m_occurrences->prepare(
            QStringLiteral("SELECT o.source_id, %1, o.line, o.kind FROM event_occurrences o"
                           " JOIN sources s ON s.id = o.source_id WHERE o.event_id = ?"
                           " ORDER BY o.source_id, o.line")
                .arg(CaseSchema::sourceNameSql(QStringLiteral("s"))));
    }
    m_occurrences->addBindValue(eventId);
    QStringList lines;
    if (m_occurrences->exec()) {
        while (m_occurrences->next()) {
            const QString place =
                tr("#%1 %2, line %3")
                    .arg(m_occurrences->value(0).toString(), m_occurrences->value(1).toString())
                    .arg(m_occurrences->value(2).toInt());
            lines.append(m_occurrences->value(3).toString() == u"call-leg"
                             ? tr("another leg of the call: %1").arg(place)
                             : tr("also at %1").arg(place));
        }
    }
    return lines.isEmpty() ? QString() : QStringLiteral("<br>") + ReportHtml::cellLines(lines);
}

void CaseReportWriter::writeRejected()
{
    section(QStringLiteral("rejected"));
    const QList<RejectedRowRecord> rows = m_queries.rejectedRows(std::nullopt);
    if (rows.isEmpty()) {
        m_html.paragraph(tr("None: every row of every source was read."));
        return;
    }
    m_html.paragraph(
        tr("Each row of the case's sources that was not read as an event, with the reason."));
    m_html.tableStart({tr("Source and line"), tr("Reason"), tr("Record as written")});
    for (const RejectedRowRecord &row : rows) {
        QStringList place{
            tr("#%1 %2, line %3").arg(QString::number(row.sourceId), row.sourceName).arg(row.line)};
        if (const QString where = CaseQueries::whereText(row.line, row.place); !where.isEmpty())
            place.append(where);
        m_html.row({ReportHtml::cellLines(place), ReportHtml::cell(row.reason),
                    ReportHtml::cell(row.raw, QStringLiteral("code"))});
    }
    m_html.tableEnd();
}

void CaseReportWriter::writeAuditLog()
{
    section(QStringLiteral("audit"));
    m_html.paragraph(
        tr("The case's audit log as it stood when this report was written: every import, export, "
           "report, label, check and change made in the case, oldest first, with the account "
           "that made it and when. Each report and export is recorded with the SHA-256 of what "
           "was written; the record of this report follows once it is written."));
    m_html.tableStart(AuditLogList::headings());
    for (const AuditEntry &entry : AuditLogList::of(m_db))
        m_html.row({QStringLiteral("<td class=\"n\">%1</td>").arg(entry.id),
                    ReportHtml::cell(TimeFormat::storedUtc(entry.at)),
                    ReportHtml::cell(entry.osUser),
                    ReportHtml::cellLines({AuditLogList::actionText(entry.action), entry.action}),
                    ReportHtml::cell(AuditLogList::detailsText(entry), QStringLiteral("code"))});
    m_html.tableEnd();
}
