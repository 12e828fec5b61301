#include "casereport_p.h"

#include "crossreferencemodel.h"
#include "graphlayout.h"
#include "reportchart.h"
#include "reportgraph.h"
#include "sourcelistmodel.h"
#include "sourceperiods.h"
#include "sourcereading.h"
#include "timeformat.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {

QString numberCell(qint64 value)
{
    return QStringLiteral("<td class=\"n\">%1</td>").arg(value);
}

} // namespace

void CaseReportWriter::writeSources(const QList<SourceRow> &sources)
{
    section(QStringLiteral("sources"));
    m_html.paragraph(tr(
        "Each file imported into the case, with its SHA-256 as it was read (only read, never "
        "changed). The figures are the source's whole; the last column, the part of them in this "
        "report. Appendix C says how each file was read."));
    if (sources.isEmpty()) {
        m_html.paragraph(tr("Nothing has been imported into the case."));
        return;
    }
    m_html.tableStart({tr("Source"), tr("File"), tr("SHA-256"), tr("Format"), tr("Time zone"),
                       tr("Imported"), tr("Rows read"), tr("Accepted"), tr("Duplicate"),
                       tr("Rejected"), tr("In this report")});
    QStringList unaccounted;
    for (const SourceRow &source : sources) {
        m_html.row(sourceCells(source), QStringLiteral("source-%1").arg(source.id));
        if (source.accepted + source.duplicate + source.rejected != source.rowsRead)
            unaccounted.append(QStringLiteral("#%1").arg(source.id));
    }
    m_html.tableEnd();
    caveatIfLookups(std::accumulate(
        sources.cbegin(), sources.cend(), qint64(0), [](qint64 sum, const SourceRow &source) {
            return sum + source.acceptedByClass[size_t(EvidenceClass::Lookup)];
        }));
    if (unaccounted.isEmpty())
        m_html.paragraph(
            tr("For every source, the rows read are the rows accepted, the duplicates and the rows "
               "rejected: no row is unaccounted for."));
    else
        m_html.paragraph(tr("The rows read are not the rows accepted, the duplicates and the rows "
                            "rejected for: %1.")
                             .arg(unaccounted.join(QStringLiteral(", "))));
    m_html.paragraph(howToCheck());
}

QString CaseReportWriter::howToCheck()
{
    // The reader checks without LookupLens: the hash is the file's, whatever program computes it.
    return tr("A file is the one imported when any SHA-256 program gives it the hash above "
              "(sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash in Windows PowerShell). "
              "LookupLens checks every file of the case and its GeoIP databases at once "
              "(File → Verify the evidence…, or lookuplens-cli verify).");
}

QStringList CaseReportWriter::sourceCells(const SourceRow &source) const
{
    QStringList file{ReportHtml::cell(source.shownName()), ReportHtml::path(source.filePath)};
    QStringList hashes{source.sha256};
    if (!source.containerSha256.isEmpty()) {
        file = QStringList{ReportHtml::cell(source.placeInContainer()),
                           tr("inside %1").toHtmlEscaped().arg(ReportHtml::path(source.filePath))};
        hashes = QStringList{tr("%1 (the file)").arg(source.containerSha256),
                             tr("%1 (%2 inside it)").arg(source.sha256, source.placeInContainer())};
    }
    file.append(ReportHtml::cell(tr("%1 bytes").arg(QLocale::c().toString(source.fileSize))));
    const QString zone = source.zoneDeclared ? tr("%1, declared at import").arg(source.timeZone)
                                             : tr("%1, as the file states").arg(source.timeZone);
    return {QStringLiteral("#%1").arg(source.id),
            ReportHtml::joinLines(file),
            QStringLiteral("<code>%1</code>").arg(ReportHtml::cellLines(hashes)),
            ReportHtml::cell(source.format),
            ReportHtml::cell(zone),
            ReportHtml::cellLines(
                {TimeFormat::storedUtc(source.importedAt), tr("by %1").arg(source.importedBy)}),
            numberCell(source.rowsRead),
            ReportHtml::cellLines({QString::number(source.accepted),
                                   EvidenceClassText::countsText(source.acceptedByClass)}),
            numberCell(source.duplicate),
            numberCell(source.rejected),
            ReportHtml::cell(EvidenceClassText::countsText(m_figures.bySource().value(source.id)))};
}

void CaseReportWriter::writeReadingOf(const QList<SourceRow> &sources)
{
    section(QStringLiteral("reading"));
    const SourceRelations relations(sources);
    for (const SourceRow &source : sources) {
        m_html.heading(
            3, QStringLiteral("#%1 %2").arg(QString::number(source.id), source.shownName()));
        QStringList lines = SourceListModel::notes(source, relations);
        lines += SourceReading::lines(source);
        m_html.lines(lines, QStringLiteral("reading"));
    }
}

void CaseReportWriter::writeWhatRecordsShow(const QList<SourceRow> &sources)
{
    section(QStringLiteral("classes"));
    m_html.paragraph(
        tr("In this report: %1.").arg(EvidenceClassText::countsText(m_figures.counts())));
    if (m_figures.firstMs())
        m_html.paragraph(tr("The first event is of %1, the last of %2.")
                             .arg(TimeFormat::display(*m_figures.firstMs(), m_params.zone),
                                  TimeFormat::display(*m_figures.lastMs(), m_params.zone)));
    m_html.paragraph(EvidenceClassText::lookupCaveat(), QStringLiteral("caveat"));
    m_html.paragraph(tr(
        "A communication records that a message or call was carried (carrier call and SMS records, "
        "a messenger's message and call logs)."));
    m_html.paragraph(tr(
        "A connection records an account's own connection to the service from a client IP (a login "
        "log). It names no other party."));
    m_html.paragraph(tr(
        "A client IP is the address the provider saw a request come from. Where a database places "
        "it, the place is the database's estimate for the address as of its build date, within an "
        "accuracy radius; it is not the device's position."));
    m_html.paragraph(tr("Each source's times were read in the time zone its format states or the "
                        "analyst declared at "
                        "import (section 1), and are stored in UTC."));
    qint64 rejected = 0;
    qint64 duplicates = 0;
    for (const SourceRow &source : sources) {
        rejected += source.rejected;
        duplicates += source.duplicate;
    }
    m_html.paragraph(
        rejected == 0 ? tr("Every row the sources hold was read: none was rejected.")
                      : tr("%n row(s) of the sources could not be read as events: Appendix B lists "
                           "each with its reason.",
                           nullptr, int(qMin<qint64>(rejected, INT_MAX))));
    if (duplicates > 0)
        m_html.paragraph(
            tr("%n row(s) repeated a record already read (overlapping returns, or a call's other "
               "leg): "
               "each record is counted once, and where else it appears is named beside it in "
               "Appendix A.",
               nullptr, int(qMin<qint64>(duplicates, INT_MAX))));
    writePeriodGaps();
}

void CaseReportWriter::findPeriodGaps(const QList<SourceRow> &sources)
{
    QSet<qint64> chosen;
    for (auto it = m_figures.bySource().cbegin(); it != m_figures.bySource().cend(); ++it)
        chosen.insert(it.key());
    m_gaps = SourcePeriods::gapsBetween(sources, chosen, &m_gapSources);
}

void CaseReportWriter::writePeriodGaps()
{
    if (m_gaps.isEmpty())
        return;
    m_html.paragraph(tr(
        "Each source covers the time from its first record to its last (or the period its provider "
        "states), as Appendix C gives it. Between them:"));
    QStringList lines;
    for (const PeriodGap &gap : std::as_const(m_gaps))
        lines.append(SourcePeriods::describeGap(gap, m_params.zone,
                                                m_gapSources.value(gap.beforeSourceId),
                                                m_gapSources.value(gap.afterSourceId)));
    m_html.lines(lines, QStringLiteral("gaps"));
}

void CaseReportWriter::writeHandles()
{
    section(QStringLiteral("handles"));
    const QList<ReportHandleFigures> handles = m_figures.handles();
    if (handles.isEmpty()) {
        m_html.paragraph(tr("No handle is in this report."));
        return;
    }
    m_html.paragraph(
        tr("Each handle of this report's events, on either side, with its events of each class and "
           "direction."));
    m_html.tableStart({tr("Handle"), tr("Lookups made"), tr("Looked up by others"),
                       tr("Communications sent"), tr("Communications received"), tr("Connections"),
                       tr("First event"), tr("Last event")});
    for (const ReportHandleFigures &handle : handles)
        m_html.row({handleCell(handle), numberCell(handle.lookupsMade), numberCell(handle.lookedUp),
                    numberCell(handle.sent), numberCell(handle.received),
                    numberCell(handle.connections),
                    ReportHtml::cellLines(timeText(handle.firstMs).split(u'\n')),
                    ReportHtml::cellLines(timeText(handle.lastMs).split(u'\n'))});
    m_html.tableEnd();
    caveatIfLookups(m_figures.counts()[size_t(EvidenceClass::Lookup)]);
}

void CaseReportWriter::writeContacts()
{
    const QList<ReportPairFigures> pairs = m_figures.pairs();
    const ClassCounts &noOneParty = m_figures.noOnePartyCounts();
    if (pairs.isEmpty() && noOneParty == ClassCounts{})
        return;
    m_html.heading(3, tr("Who looked up or communicated with whom"), QStringLiteral("pairs"));
    writeContactsPicture(pairs);
    caveatIfLookups(m_figures.counts()[size_t(EvidenceClass::Lookup)]);
    const qint64 notDrawn = noOneParty[size_t(EvidenceClass::Lookup)] +
                            noOneParty[size_t(EvidenceClass::Communication)];
    if (notDrawn > 0)
        m_html.paragraph(
            tr("Not drawn or listed: %1 and %2 with a withheld number's words or a masked handle "
               "on one side, which is no one party.")
                .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup,
                                                    noOneParty[size_t(EvidenceClass::Lookup)]),
                     EvidenceClassText::pluralCount(
                         EvidenceClass::Communication,
                         noOneParty[size_t(EvidenceClass::Communication)])));
    if (pairs.isEmpty())
        return;
    const ReportPairKinds kinds = m_figures.pairKinds();
    m_html.paragraph(
        tr("The pairs of handles taken either way, whoever initiated: with lookups only (no "
           "communication between the two among these events), %1; with communications only, %2; "
           "with both, %3.")
            .arg(kinds.lookupsOnly)
            .arg(kinds.communicationsOnly)
            .arg(kinds.both));
    m_html.tableStart({tr("Initiator"), tr("Counterpart"), tr("Lookups"), tr("Communications"),
                       tr("Between the two, either way")});
    for (const ReportPairFigures &pair : pairs)
        m_html.row({ReportHtml::cell(m_figures.shown(pair.fromId)),
                    ReportHtml::cell(m_figures.shown(pair.toId)), numberCell(pair.lookups),
                    numberCell(pair.communications),
                    ReportHtml::cell(eitherWayText(m_figures.eitherWay(pair.fromId, pair.toId)))});
    m_html.tableEnd();
}

QString CaseReportWriter::eitherWayText(const std::array<qint64, 2> &counts)
{
    if (counts[1] == 0)
        return tr("lookups only");
    return counts[0] == 0 ? tr("communications only") : tr("both");
}

void CaseReportWriter::writeContactsPicture(const QList<ReportPairFigures> &pairs)
{
    const qsizetype handles = ReportGraph::handlesOf(pairs);
    if (handles == 0)
        return;
    const bool some = handles > ReportGraph::MostHandlesDrawn;
    const ContactGraph graph = ReportGraph::graphOf(
        some ? ReportGraph::amongBusiest(pairs, ReportGraph::MostHandlesDrawn) : pairs, m_figures);
    const GraphLayout::Result layout = GraphLayout::compute(graph);
    if (!layout.error.isEmpty()) {
        m_html.paragraph(layout.error);
        return;
    }
    m_html.raw(ReportGraph::svg(graph, layout.positions));
    if (some)
        m_html.paragraph(tr("%n handle(s) in these events, too many to draw legibly: drawn are "
                            "the %1 with the most lookups and communications, and the pairs "
                            "between them; the table lists every pair.",
                            nullptr, int(handles))
                             .arg(ReportGraph::MostHandlesDrawn));
    m_html.paragraph(
        tr("Each handle drawn is a point, named beside it; an arrow runs from the handle that "
           "looked up or sent to the other, one for each "
           "class: lookups dashed with a hollow head, communications solid with a filled head. "
           "Where the points stand is Graphviz's layout (%1) and means nothing. Connections are "
           "the account's own and are not drawn.")
            .arg(layout.engine));
}

QString CaseReportWriter::handleCell(const ReportHandleFigures &handle)
{
    // Its records may be many people's: its figures are no one party's (as the handle list says).
    if (handle.kind == u"withheld")
        return ReportHtml::cellLines(
            {handle.shown, tr("the records' words for a number caller ID did not give: no "
                              "one party")});
    if (handle.kind == u"masked")
        return ReportHtml::cellLines(
            {handle.shown, tr("characters hidden by a redaction: no one party")});
    return ReportHtml::cell(handle.shown);
}

void CaseReportWriter::writeChart()
{
    section(QStringLiteral("time"));
    const QMap<QDate, ClassCounts> periods = m_figures.perPeriod();
    if (periods.isEmpty()) {
        m_html.paragraph(tr("No events."));
        return;
    }
    const ReportFigures::Period period = m_figures.period();
    m_html.raw(ReportChart::svg(periods, period, m_gaps, m_params.zone));
    m_html.paragraph(
        tr("Events per %1, in %2; the periods without events are drawn at 0. Lookups: dashed line, "
           "hollow circles. Communications: solid line, filled circles. Connections: dotted line, "
           "upright ticks.")
            .arg(ReportChart::periodText(period), TimeFormat::zoneLabel(m_params.zone)));
    if (!m_gaps.isEmpty())
        m_html.paragraph(tr("Hatched: a %1 wholly between returns, which no source of these events "
                            "covers (section 2): its 0 shows nothing of that time.")
                             .arg(ReportChart::periodText(period)));
    caveatIfLookups(m_figures.counts()[size_t(EvidenceClass::Lookup)]);
    QStringList names;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it)
        names.append(ReportChart::periodName(it.key(), period));
    countsTable(tr("Period"), names, periods.values());
}

void CaseReportWriter::writePatterns()
{
    if (m_figures.events() == 0)
        return;
    const QString zone = TimeFormat::zoneLabel(m_params.zone);
    m_html.heading(3, tr("Hour of the day and day of the week"), QStringLiteral("patterns"));
    m_html.paragraph(
        tr("The same events by the hour and the day of the week of their times in %1. A time in "
           "this zone is not necessarily the local time of whoever used the device.")
            .arg(zone));
    caveatIfLookups(m_figures.counts()[size_t(EvidenceClass::Lookup)]);
    const std::array<ClassCounts, 24> &hours = m_figures.perHour();
    m_html.raw(ReportChart::hoursSvg(hours, zone));
    QStringList hourNames;
    for (int hour = 0; hour < 24; ++hour)
        hourNames.append(QStringLiteral("%1:00\u2013%1:59").arg(hour, 2, 10, QLatin1Char('0')));
    countsTable(tr("Hour (%1)").arg(zone), hourNames, {hours.cbegin(), hours.cend()});
    const std::array<ClassCounts, 7> &weekdays = m_figures.perWeekday();
    m_html.raw(ReportChart::weekdaysSvg(weekdays, zone));
    QStringList dayNames;
    for (int day = 0; day < 7; ++day)
        dayNames.append(ReportChart::weekdayName(day));
    countsTable(tr("Day of the week (%1)").arg(zone), dayNames,
                {weekdays.cbegin(), weekdays.cend()});
}

void CaseReportWriter::countsTable(const QString &heading, const QStringList &names,
                                   const QList<ClassCounts> &counts)
{
    m_html.tableStart({heading, tr("Lookups"), tr("Communications"), tr("Connections")});
    for (qsizetype i = 0; i < names.size(); ++i)
        m_html.row({ReportHtml::cell(names[i]), numberCell(counts[i][0]), numberCell(counts[i][1]),
                    numberCell(counts[i][2])});
    m_html.tableEnd();
}

void CaseReportWriter::writeSequences()
{
    if (m_params.sequenceMinutes <= 0)
        return;
    section(QStringLiteral("sequences"));
    m_html.paragraph(
        tr("Each lookup of this report followed, within %n minute(s), by a communication of this "
           "report "
           "between the same two handles (either way), with the first such communication (one of "
           "the same millisecond counts as following it, as in the contact graph). A "
           "sequence in "
           "time, not a cause: the lookup does not show that the communication was made because of "
           "it. "
           "A withheld number's words or a masked handle is no one party, and not measured.",
           nullptr, m_params.sequenceMinutes));
    const QList<ReportSequence> sequences = m_figures.sequences();
    if (sequences.isEmpty()) {
        m_html.paragraph(tr("None."));
        return;
    }
    m_html.tableStart({tr("Lookup"), tr("Then the communication"), tr("After")});
    for (const ReportSequence &sequence : sequences) {
        const QStringList lookup{QStringLiteral("#%1").arg(sequence.lookupId),
                                 timeText(sequence.lookupMs),
                                 tr("%1 looked up %2").arg(sequence.lookupFrom, sequence.lookupTo)};
        const QStringList communication{
            QStringLiteral("#%1").arg(sequence.communicationId), timeText(sequence.communicationMs),
            QStringLiteral("%1 \u2192 %2 (%3)")
                .arg(sequence.communicationFrom, sequence.communicationTo,
                     EvidenceClassText::subtypeLabel(sequence.subtype))};
        m_html.row({ReportHtml::cellLines(lookup.join(u'\n').split(u'\n')),
                    ReportHtml::cellLines(communication.join(u'\n').split(u'\n')),
                    ReportHtml::cell(CrossReferenceModel::formatGap(sequence.communicationMs -
                                                                    sequence.lookupMs))});
    }
    m_html.tableEnd();
    m_html.paragraph(EvidenceClassText::lookupCaveat(), QStringLiteral("caveat"));
}
