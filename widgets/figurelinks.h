#pragma once

#include "evidenceclass.h"

#include <QLabel>
#include <QString>
#include <QStringList>

/// @brief Figures of a label written as links to the events behind them (QLabel::linkActivated,
/// QTextBrowser::anchorClicked), so a count on screen is one click from its events.
namespace FigureLinks {

/// @brief "<a href=…>text</a>", or the text alone when there is nothing behind it (a zero);
/// the text is escaped.
inline QString anchor(const QString &href, const QString &text, bool linked = true)
{
    return linked ? QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped())
                  : text.toHtmlEscaped();
}

/// @brief "16 lookups · 10 communications · 0 connections", each count above zero a link whose
/// href is @p prefix and its class's key (evidenceClassFromKey() reads the key back).
inline QString classCounts(const ClassCounts &counts, const QString &prefix = {})
{
    QStringList parts;
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection}) {
        const qint64 count = counts[size_t(cls)];
        parts.append(anchor(prefix + evidenceClassKey(cls), EvidenceClassText::pluralCount(cls, count), count > 0));
    }
    return parts.join(QStringLiteral(" · "));
}

/// @brief Lets @p label's figures be reached from the keyboard as well (Tab to a link, Enter to
/// follow it) and its words be selected and copied.
inline void makeReachable(QLabel *label)
{
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
}

} // namespace FigureLinks
