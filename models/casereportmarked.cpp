#include "casereport_p.h"

#include "timeformat.h"

void CaseReportWriter::writeMarked()
{
    section(QStringLiteral("marked"));
    m_html.paragraph(tr("The events of this report that the analyst marked in LookupLens, with the "
                        "note written then, who marked each and when. A mark and its note are the "
                        "analyst's, not the provider's: they change no event, and no figure of "
                        "this report counts them. Each event's number leads to its row of "
                        "Appendix A, where its source line stands."));
    if (m_marked.isEmpty()) {
        m_html.paragraph(tr("None."));
        return;
    }
    ClassCounts counts{};
    for (const EventRow &event : std::as_const(m_marked)) {
        if (const auto evidenceClass = evidenceClassFromKey(event.evidenceClass))
            ++counts[size_t(*evidenceClass)];
    }
    m_html.paragraph(tr("Marked: %1.").arg(EvidenceClassText::countsText(counts)));
    caveatIfLookups(counts[size_t(EvidenceClass::Lookup)]);
    m_html.tableStart({tr("Event"), tr("Time"), tr("Class"), tr("Initiator and counterpart"),
                       tr("The analyst's note"), tr("Marked")});
    for (const EventRow &event : std::as_const(m_marked))
        m_html.row(markedCells(event));
    m_html.tableEnd();
}

QStringList CaseReportWriter::markedCells(const EventRow &event) const
{
    // The id is a number: the link needs no escaping.
    return {QStringLiteral("<a href=\"#event-%1\">#%1</a>").arg(event.id),
            ReportHtml::cellLines(timeText(event.utcMs).split(u'\n')),
            classCell(event.evidenceClass, event.subtype),
            ReportHtml::cell(CaseQueries::partiesText(event)),
            event.mark->note.isEmpty() ? ReportHtml::cell(tr("(no note)"), QStringLiteral("em"))
                                       : ReportHtml::cellLines(event.mark->note.split(u'\n')),
            ReportHtml::cellLines({event.mark->setBy, TimeFormat::storedUtc(event.mark->setAt)})};
}
