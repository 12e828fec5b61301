#include "casereport.h"

#include "casereport_p.h"
#include "sourcefiles.h"
#include "sqlerrortext.h"
#include "timeformat.h"

#include <QFileInfo>
#include <QSqlQuery>

CaseReport::Result CaseReport::write(QSqlDatabase db, const Params &params, QIODevice &out,
                                     const std::function<bool(qint64)> &goOn)
{
    return CaseReportWriter(db, params, out, goOn).run();
}

QString CaseReport::sourcesScope(const QList<SourceRow> &sources, const QList<qint64> &ids)
{
    if (ids.size() == 1) {
        for (const SourceRow &source : sources) {
            if (source.id == ids.first())
                return tr("Read from the source #%1, %2.")
                    .arg(QString::number(source.id), source.shownName());
        }
    }
    QStringList files;
    for (const SourceFile &file : SourceFiles::of(sources)) {
        if (std::any_of(file.sourceIds.cbegin(), file.sourceIds.cend(),
                        [&ids](qint64 id) { return ids.contains(id); }))
            files.append(file.name);
    }
    return tr("Read from the %n source(s) %1, of %2.", nullptr, int(ids.size()))
        .arg(SourceFiles::idRanges(ids), files.join(QStringLiteral(", ")));
}

QStringList CaseReport::scopeLines(QSqlDatabase db, const EventFilter &filter,
                                   const QTimeZone &zone, const QString &chosenDescription)
{
    if (filter.selectsAll())
        return {tr("Every event of the case.")};
    const CaseQueries queries(db);
    QStringList lines;
    if (filter.handleId) {
        const QString handle = queries.normalizedHandle(*filter.handleId);
        if (filter.otherHandleId)
            lines.append(tr("The events between %1 and %2.")
                             .arg(handle, queries.normalizedHandle(*filter.otherHandleId)));
        else if (filter.side == EventFilter::HandleSide::Initiator)
            lines.append(tr("The events %1 initiated.").arg(handle));
        else if (filter.side == EventFilter::HandleSide::Counterpart)
            lines.append(tr("The events with %1 as counterpart.").arg(handle));
        else
            lines.append(tr("The events of %1, as initiator or counterpart.").arg(handle));
    }
    if (filter.evidenceClass)
        lines.append(tr("Class: %1.").arg(EvidenceClassText::label(*filter.evidenceClass)));
    if (!filter.subtype.isEmpty())
        lines.append(tr("Subtype: %1.").arg(EvidenceClassText::subtypeLabel(filter.subtype)));
    if (filter.fromMs)
        lines.append(tr("From %1.").arg(TimeFormat::display(*filter.fromMs, zone)));
    if (filter.toMs)
        lines.append(tr("Up to %1.").arg(TimeFormat::display(*filter.toMs, zone)));
    if (!filter.clientIp.isEmpty())
        lines.append(tr("From the client IP %1.").arg(filter.clientIp));
    if (!filter.sourceIds.isEmpty())
        lines.append(sourcesScope(queries.sources(), filter.sourceIds));
    if (!filter.sourceIds.isEmpty() && filter.withDuplicates)
        lines.append(tr("With the events first stored from another source that the %n source(s) "
                        "held again (their duplicates), each under the source and line it was "
                        "first stored from.",
                        nullptr, int(filter.sourceIds.size())));
    if (!filter.rawText.isEmpty())
        lines.append(tr("Whose record as written holds \"%1\".").arg(filter.rawText));
    if (filter.markedOnly)
        lines.append(tr("Only the events the analyst marked."));
    if (filter.chosenIds && chosenDescription.isEmpty())
        lines.append(
            tr("The %n event(s) chosen on a chart.", nullptr, int(filter.chosenIds->size())));
    else if (filter.chosenIds)
        lines.append(tr("The %n event(s) behind the figure chosen on a chart: %1.", nullptr,
                        int(filter.chosenIds->size()))
                         .arg(chosenDescription));
    return lines;
}

CaseReportWriter::CaseReportWriter(QSqlDatabase db, const CaseReport::Params &params,
                                   QIODevice &out, const std::function<bool(qint64)> &goOn)
    : m_db(db), m_params(params), m_goOn(goOn), m_queries(db),
      m_figures(params.zone, params.sequenceMinutes), m_html(out), m_places(db)
{
}

CaseReport::Result CaseReportWriter::run()
{
    CaseReport::Result result;
    if (!gather(result))
        return result;
    const QList<SourceRow> sources = m_queries.sources();
    findPeriodGaps(sources);
    writeIntroduction(sources);
    writeSources(sources);
    writeWhatRecordsShow(sources);
    writeHandles();
    writeContacts();
    writeChart();
    writePatterns();
    writeIps();
    writeSequences();
    writeMarked();
    if (!writeEvents(result))
        return result;
    writeRejected();
    writeReadingOf(sources);
    writeAuditLog();
    m_html.end();
    result.error = m_html.error();
    result.written = m_figures.events();
    result.sha256 = m_html.sha256();
    return result;
}

bool CaseReportWriter::gather(CaseReport::Result &result)
{
    QString error;
    const bool read = m_queries.forEachEvent(
        m_params.filter,
        [this](const EventRow &event) {
            m_figures.add(event);
            if (event.mark)
                m_marked.append(event);
            return progress();
        },
        &error);
    result.cancelled = m_stopped;
    if (!read)
        result.error = error;
    QSqlQuery any(m_db);
    m_hasOccurrences =
        any.exec(QStringLiteral("SELECT 1 FROM event_occurrences LIMIT 1")) && any.next();
    return read && !m_stopped;
}

bool CaseReportWriter::progress()
{
    ++m_visited;
    if (!m_goOn || m_visited % EventExport::ProgressEvery != 0)
        return true;
    // Two passes over the events, each half of the work: told in events, reaching their number.
    m_stopped = !m_goOn(m_visited / 2);
    return !m_stopped;
}

void CaseReportWriter::writeIntroduction(const QList<SourceRow> &sources)
{
    const QString caseName = QFileInfo(m_params.casePath).fileName();
    // The language its words are in, for a browser's reader and hyphenation.
    m_html.begin(tr("en", "the language the report is written in, as an HTML lang code"),
                 tr("Report on the case %1").arg(caseName));
    m_html.heading(1, tr("Report on the case %1").arg(caseName));
    QStringList meta{
        tr("Case: %1").arg(QFileInfo(m_params.casePath).absoluteFilePath()),
        tr("Written %1 by %2.")
            .arg(TimeFormat::display(m_params.writtenAtMs / 1000 * 1000, QTimeZone::utc()),
                 m_params.writtenBy),
        tr("%n source(s) imported.", nullptr, int(sources.size()))};
    if (m_params.zone != QTimeZone::utc())
        meta.append(
            tr("Times are given in UTC and in %1.").arg(TimeFormat::zoneLabel(m_params.zone)));
    else
        meta.append(tr("Times are given in UTC."));
    m_html.lines(meta, QStringLiteral("meta"));
    m_html.links(sections());
    section(QStringLiteral("scope"));
    m_html.lines(
        CaseReport::scopeLines(m_db, m_params.filter, m_params.zone, m_params.chosenDescription));
    m_html.paragraph(tr(
        "Every figure in this report counts events listed in Appendix A, each with the source, the "
        "line and the record as the provider wrote it. Lookups, communications and connections are "
        "counted apart and never added into one figure."));
    m_html.paragraph(tr("The case's audit log records this file's SHA-256 when it is written: "
                        "whether a copy is the file written is checked with File → Audit log of "
                        "this case… → Check a file written from this case…, or lookuplens-cli "
                        "audit --written FILE."));
}

void CaseReportWriter::caveatIfLookups(qint64 lookups)
{
    if (lookups > 0)
        m_html.paragraph(EvidenceClassText::lookupCaveat(), QStringLiteral("caveat"));
}

QString CaseReportWriter::timeText(qint64 utcMs) const
{
    const QString utc = TimeFormat::display(utcMs, QTimeZone::utc());
    if (m_params.zone == QTimeZone::utc())
        return utc;
    return utc + u'\n' + TimeFormat::display(utcMs, m_params.zone);
}

QString CaseReportWriter::classCell(const QString &classKey, const QString &subtype) const
{
    // A mark of its own for each class, beside its name: the class is never told by colour alone.
    const std::optional<EvidenceClass> evidenceClass = evidenceClassFromKey(classKey);
    if (!evidenceClass)
        return ReportHtml::cell(classKey);
    static const QString marks[] = {QStringLiteral("\u25CB "), QStringLiteral("\u25CF "),
                                    QStringLiteral("\u2502 ")};
    QString words = marks[int(*evidenceClass)] + EvidenceClassText::label(*evidenceClass);
    if (!subtype.isEmpty())
        words += QStringLiteral(" (%1)").arg(EvidenceClassText::subtypeLabel(subtype));
    return ReportHtml::cell(words, QStringLiteral("span"), classKey);
}

QList<std::pair<QString, QString>> CaseReportWriter::sections() const
{
    QList<std::pair<QString, QString>> sections{
        {QStringLiteral("scope"), tr("What this report covers")},
        {QStringLiteral("sources"), tr("1. What was imported")},
        {QStringLiteral("classes"), tr("2. What the records show, and what they do not")},
        {QStringLiteral("handles"), tr("3. Handles")},
        {QStringLiteral("time"), tr("4. Over time")},
        {QStringLiteral("ips"), tr("5. Client IPs")},
        {QStringLiteral("events"), tr("Appendix A. The events")},
        {QStringLiteral("rejected"), tr("Appendix B. Rows not read as events")},
        {QStringLiteral("reading"), tr("Appendix C. How each source was read")},
        {QStringLiteral("audit"), tr("Appendix D. How the case was handled")}};
    if (m_params.sequenceMinutes > 0)
        sections.insert(
            6, {QStringLiteral("sequences"), tr("6. Lookups followed by a communication")});
    const qsizetype marked = sections.size() - 4; // before the four appendices
    sections.insert(marked,
                    {QStringLiteral("marked"), tr("%1. Events the analyst marked").arg(marked)});
    return sections;
}

void CaseReportWriter::section(const QString &id)
{
    for (const auto &[sectionId, title] : sections()) {
        if (sectionId == id)
            m_html.heading(2, title, id);
    }
}
