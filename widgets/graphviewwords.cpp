#include "graphview.h"

#include "figurelinks.h"
#include "handlenormalizer.h"
#include "sourcechoices.h"
#include "sourcelistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

// The words the graph says of itself beside its figures: what it is drawn of, and why parts of it
// or all of it are not drawn.

QString GraphView::scopeText() const
{
    QStringList words;
    if (request().filter.fromMs)
        words.append(m_window->text() + u'.');
    if (m_source->currentIndex() > 0 && request().filter.withDuplicates)
        words.append(
            tr("Drawn from: %1, with the duplicates it held.").arg(m_source->currentText()));
    else if (m_source->currentIndex() > 0)
        words.append(tr("Drawn from: %1.").arg(m_source->currentText()));
    return words.join(u' ');
}

QString GraphView::sourceDrawsNothingText() const
{
    // An empty graph of a source that stored no event of its own says where its records are; of
    // a login log, that its events are no edges (the legend's two classes).
    if (QString nothing =
            SourceChoices::nothingStoredText(m_source, m_sourceRows, m_withDuplicates->isChecked());
        !nothing.isEmpty())
        return nothing;
    const QList<qint64> ids = SourceChoices::chosen(m_source);
    if (!SourceListModel::storedConnectionsOnly(ids, m_sourceRows))
        return {};
    return ids.size() == 1 ? tr("the source chosen holds connections alone (an account's own "
                                "logins), which are no edges: the events table lists them")
                           : tr("the sources chosen hold connections alone (an account's own "
                                "logins), which are no edges: the events table lists them");
}

QString GraphView::leftOutText(const ContactGraph &graph, bool linked)
{
    QStringList sentences;
    for (const NoOneParty kind : {NoOneParty::Withheld, NoOneParty::Masked}) {
        const std::array<qint64, 2> &leftOut =
            kind == NoOneParty::Withheld ? graph.withheld : graph.masked;
        QStringList counts;
        for (const EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication}) {
            if (const qint64 count = leftOut[cls == EvidenceClass::Lookup ? 0 : 1]; count > 0)
                counts.append(EvidenceClassText::pluralCount(cls, count));
        }
        if (counts.isEmpty())
            continue;
        const QString words = kind == NoOneParty::Withheld
                                  ? tr("Not drawn: %1 with a withheld number (\"Anonymous\", "
                                       "\"Private\"…), since each may be from someone else.")
                                  : tr("Not drawn: %1 with a masked number or address "
                                       "(\"+49171*****12\", \"[REDACTED]\"…), since two people "
                                       "may be written alike.");
        const QString figure = counts.join(QStringLiteral(" · "));
        const QString href =
            kind == NoOneParty::Withheld ? QStringLiteral("withheld") : QStringLiteral("masked");
        sentences.append(linked ? words.toHtmlEscaped().arg(FigureLinks::anchor(href, figure))
                                : words.arg(figure));
    }
    return sentences.join(u' ');
}

QString GraphView::focusMissingText(const ContactGraph &graph) const
{
    if (!m_focus->isChecked() || !m_selected || !graph.nodes.isEmpty())
        return {};
    // The stored kind is these words' (HandleNormalizer gave it): the name says it as well.
    if (HandleNormalizer::saysNumberWithheld(m_selectedName))
        return tr("“%1” is a withheld number: the graph draws none of its records.")
            .arg(m_selectedName);
    if (HandleNormalizer::saysPartMasked(m_selectedName))
        return tr("“%1” is masked: the graph draws none of its records.").arg(m_selectedName);
    return tr("“%1” has no edge in the graph as filtered.").arg(m_selectedName);
}
