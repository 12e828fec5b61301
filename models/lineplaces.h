#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// @brief Where a line that is no line of the file's text stands in it: an HTML page's row
/// (numbered as Excel numbers its <tr>s), a PDF's line (counted through the text of all its
/// pages). All 0 for a line of a text file, a worksheet's row.
struct LinePlace
{
    int pageTextLine = 0; ///< the line of the page's text the row's <tr> stands on
    int pdfPage = 0;      ///< the PDF's page, and the line on it
    int pdfPageLine = 0;
    /// @brief As a JSON listing gives it: text_line; pdf_page and pdf_page_line (where known).
    void addTo(QJsonObject &json, const QString &prefix = {}) const;
};

/// @brief The places of lines in the files of a case's sources (LinePlace), each source's
/// metadata read once.
class LinePlaces final
{
public:
    explicit LinePlaces(QSqlDatabase db) : m_db(std::move(db)) {}
    LinePlace of(qint64 sourceId, int line);

private:
    struct Source
    {
        QJsonArray rowLines;      ///< an HTML page's "page_row_lines"
        QList<int> pdfFirstLines; ///< a PDF's "pdf.page_first_lines"
    };
    QSqlDatabase m_db;
    QHash<qint64, Source> m_sources;
};
