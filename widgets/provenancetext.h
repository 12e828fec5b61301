#pragma once

#include <QString>

/// @brief The provenance panel's text as it is built: a title, the lookup caveat, rows of
/// label and value, headings and verbatim blocks; as HTML for the panel and as "Label: value"
/// lines for the clipboard, the two kept the same.
struct ProvenanceText
{
    QString html;
    QString plain;

    void title(const QString &text)
    {
        html += QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
        plain += text + u'\n';
    }
    void caveat(const QString &text)
    {
        html += QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
        plain += text + u'\n';
    }
    /// The labels take a third of a narrow dock and wrap; the values keep the rest, so that an
    /// ISO time or a hash is not broken mid-figure. A long word of a label (German's
    /// "Zeichenreferenzen") holds soft hyphens where it may break, which the clipboard does not get.
    void openTable() { html += QStringLiteral("<table cellspacing='4' width='100%'>"); }
    void closeTable() { html += QStringLiteral("</table>"); }
    void row(const QString &label, const QString &value)
    {
        // A value of several lines (a call's events) keeps them.
        html += QStringLiteral("<tr><td width='30%'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        plainRow(label, value);
    }
    /// A row whose value leads somewhere (@p href, a link the panel follows); the clipboard gets
    /// the value alone.
    void linkRow(const QString &label, const QString &value, const QString &href)
    {
        html +=
            QStringLiteral("<tr><td width='30%'><b>%1</b></td><td><a href=\"%2\">%3</a></td></tr>")
                .arg(label.toHtmlEscaped(), href.toHtmlEscaped(), value.toHtmlEscaped());
        plainRow(label, value);
    }
    void plainRow(const QString &label, const QString &value)
    {
        plain += QString(label).remove(QChar::SoftHyphen) + QStringLiteral(": ") + value + u'\n';
    }
    /// A paragraph that leads somewhere (@p href); the clipboard gets its words alone.
    void link(const QString &text, const QString &href)
    {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(href.toHtmlEscaped(), text.toHtmlEscaped());
        plain += text + u'\n';
    }
    void heading(const QString &text)
    {
        html += QStringLiteral("<p><b>%1</b></p>").arg(text.toHtmlEscaped());
        plain += text + QStringLiteral(":\n");
    }
    void verbatim(const QString &text)
    {
        // Wrapped at the panel's edge: a record of a page written on one line is hundreds of
        // characters long. Its own line ends stay; the copy for the clipboard is as written.
        html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(text.toHtmlEscaped());
        plain += text + u'\n';
    }
};
