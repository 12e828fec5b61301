#include "reporthtml.h"

#include <QIODevice>

namespace {

/// Readable on screen and on paper: the table heads repeat on each printed page, a record as
/// written keeps its spaces and breaks anywhere rather than running off the page, a long word in
/// a paragraph breaks at the page's edge, a picture shrinks to the page's width and is never cut
/// across two pages.
const char *const StyleSheet =
    "body{font-family:sans-serif;font-size:10.5pt;margin:2em;color:#000;}"
    "h1{font-size:18pt;}h2{font-size:14pt;margin-top:2em;border-bottom:1px solid #888;}"
    "table{border-collapse:collapse;margin:0.5em 0;}"
    "th,td{border:1px solid #aaa;padding:2px 5px;vertical-align:top;text-align:left;}"
    "th{background:#eee;}td.n{text-align:right;}"
    "thead{display:table-header-group;}tr{page-break-inside:avoid;}"
    "svg{display:block;max-width:100%;height:auto;page-break-inside:avoid;}"
    "code{font-family:monospace;white-space:pre-wrap;word-break:break-all;}"
    "p{overflow-wrap:break-word;}"
    ".caveat{border-left:4px solid #c27c0e;padding:4px 10px;background:#fff8e8;}"
    ".meta{color:#333;}.reading{white-space:pre-wrap;}.lookup{color:#8a5700;}.communication{color:#"
    "1f5fbf;}.connection{color:#444;}"
    "@media print{body{margin:0;}}";

QString classAttribute(const QString &cssClass)
{
    return cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass);
}

} // namespace

void ReportHtml::begin(const QString &language, const QString &title)
{
    append(
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta "
                       "charset=\"utf-8\">\n<title>%2</title>\n<style>%3</style>\n"
                       "</head>\n<body>\n")
            .arg(language.toHtmlEscaped(), title.toHtmlEscaped(), QString::fromLatin1(StyleSheet)));
}

void ReportHtml::end()
{
    append(QStringLiteral("</body>\n</html>\n"));
    flush();
}

void ReportHtml::heading(int level, const QString &text, const QString &id)
{
    const QString idAttribute = id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id);
    append(QStringLiteral("<h%1%2>%3</h%1>\n")
               .arg(QString::number(level), idAttribute, text.toHtmlEscaped()));
}

void ReportHtml::links(const QList<std::pair<QString, QString>> &idsAndTitles)
{
    QString html = QStringLiteral("<ul class=\"contents\">");
    for (const auto &[id, title] : idsAndTitles)
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(id, title.toHtmlEscaped());
    append(html + QStringLiteral("</ul>\n"));
}

void ReportHtml::paragraph(const QString &text, const QString &cssClass)
{
    append(QStringLiteral("<p%1>%2</p>\n").arg(classAttribute(cssClass), text.toHtmlEscaped()));
}

void ReportHtml::lines(const QStringList &lines, const QString &cssClass)
{
    append(QStringLiteral("<p%1>%2</p>\n").arg(classAttribute(cssClass), cellLines(lines)));
}

void ReportHtml::tableStart(const QStringList &headings, const QString &cssClass)
{
    QString html = QStringLiteral("<table%1>\n<thead><tr>").arg(classAttribute(cssClass));
    for (const QString &heading : headings)
        html += QStringLiteral("<th>%1</th>").arg(heading.toHtmlEscaped());
    append(html + QStringLiteral("</tr></thead>\n<tbody>\n"));
}

void ReportHtml::row(const QStringList &cellsHtml, const QString &id)
{
    QString html = id.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr id=\"%1\">").arg(id);
    for (const QString &cell : cellsHtml)
        html += cell.startsWith(u"<td") ? cell : QStringLiteral("<td>%1</td>").arg(cell);
    append(html + QStringLiteral("</tr>\n"));
}

void ReportHtml::tableEnd()
{
    append(QStringLiteral("</tbody>\n</table>\n"));
}

void ReportHtml::raw(const QString &html)
{
    append(html + u'\n');
}

QString ReportHtml::cell(const QString &text, const QString &tag, const QString &cssClass)
{
    if (tag.isEmpty())
        return text.toHtmlEscaped();
    return QStringLiteral("<%1%2>%3</%1>").arg(tag, classAttribute(cssClass), text.toHtmlEscaped());
}

QString ReportHtml::cellLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return joinLines(escaped);
}

QString ReportHtml::joinLines(const QStringList &linesHtml)
{
    return linesHtml.join(QStringLiteral("<br>"));
}

QString ReportHtml::path(const QString &path)
{
    QString html = path.toHtmlEscaped();
    for (const QChar separator : {u'/', u'\\'})
        html.replace(separator, QString(separator) + QStringLiteral("<wbr>"));
    return html;
}

void ReportHtml::append(const QString &html)
{
    if (!m_error.isEmpty())
        return;
    m_buffer += html.toUtf8();
    if (m_buffer.size() >= 1 << 16)
        flush();
}

bool ReportHtml::flush()
{
    if (m_buffer.isEmpty() || !m_error.isEmpty())
        return m_error.isEmpty();
    if (m_out.write(m_buffer) != m_buffer.size())
        m_error = m_out.errorString();
    m_hash.addData(m_buffer);
    m_buffer.clear();
    return m_error.isEmpty();
}
