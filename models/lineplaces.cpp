#include "lineplaces.h"

#include "htmltablereader.h"
#include "pdfpages.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <tuple>

void LinePlace::addTo(QJsonObject &json, const QString &prefix) const
{
    if (pageTextLine > 0)
        json.insert(prefix + QStringLiteral("text_line"), pageTextLine);
    if (pdfPage > 0) {
        json.insert(prefix + QStringLiteral("pdf_page"), pdfPage);
        json.insert(prefix + QStringLiteral("pdf_page_line"), pdfPageLine);
    }
}

LinePlace LinePlaces::of(qint64 sourceId, int line)
{
    auto known = m_sources.constFind(sourceId);
    if (known == m_sources.cend()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "SELECT json_extract(metadata, '$.reader'), json_extract(metadata, '$.page_row_lines'),"
            " json_extract(metadata, '$.pdf.page_first_lines') FROM sources WHERE id = ?"));
        query.addBindValue(sourceId);
        Source source;
        if (query.exec() && query.next()) {
            if (query.value(0).toString() == u"html")
                source.rowLines = QJsonDocument::fromJson(query.value(1).toByteArray()).array();
            for (const QJsonValue &first :
                 QJsonDocument::fromJson(query.value(2).toByteArray()).array())
                source.pdfFirstLines.append(first.toInt());
        }
        known = m_sources.insert(sourceId, source);
    }
    LinePlace place;
    place.pageTextLine = HtmlTableReader::lineOfRow(known->rowLines, line);
    if (!known->pdfFirstLines.isEmpty())
        std::tie(place.pdfPage, place.pdfPageLine) = PdfPages::pageOf(known->pdfFirstLines, line);
    return place;
}
