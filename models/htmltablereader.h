#pragma once

#include "htmlpagedecoder.h"
#include "tablereader.h"

#include <QFile>

#include <deque>
#include <memory>
#include <optional>

/// @brief Streams the rows of the tables of an HTML page, as web portals export "Excel" files
/// (an HTML table saved as .xls or .html) and as Excel opens them: each <tr> a row numbered in
/// page order, each <td>/<th> a cell of its text with white space collapsed (a colspan filling
/// the cells it spans). Parsed by libxml2's HTML push parser, a piece at a time, its text
/// decoded first by HtmlPageDecoder (whose findings by line are given here by row: a row is the
/// page's "line"); nothing is fetched from the network.
class HtmlTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableReader)
public:
    explicit HtmlTableReader(const QString &path);
    ~HtmlTableReader() override;
    HtmlTableReader(const HtmlTableReader &) = delete;
    HtmlTableReader &operator=(const HtmlTableReader &) = delete;

    /// @brief Whether @p head (a file's first bytes) begins an HTML page, read for its tables
    /// (TableReader::open tries an XML Spreadsheet, whose <Table> is not HTML's, first).
    static bool looksLikeHtmlTable(const QByteArray &head);

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("html"); }
    /// Read as a spreadsheet is: a row may leave its last cells out.
    bool isSpreadsheet() const override { return true; }
    bool readsAlone() const override { return true; }
    std::unique_ptr<TableReader> reopen(QString *error) const override;
    QString textEncoding() const override { return m_decoder ? m_decoder->reading().encoding : QString(); }
    /// The rows holding a line of a UTF-8 page that is not UTF-8, read as Windows-1252.
    QList<int> linesReadAsWindows1252() const override;
    QList<int> linesWithUnpairedSurrogates() const override;
    QList<int> linesWithReplacedReferences() const override;
    bool textReadingKnownAtEnd() const override { return true; }
    /// @brief "page_row_lines": the line of the page's text each row's <tr> stands on, in runs
    /// (lineOfRow() reads them). Known once the page has been read.
    QJsonObject readerMetadata() const override;
    /// @brief The line of the page's text the <tr> of @p row stands on, from @p runs
    /// ("page_row_lines"); 0 if they do not say.
    static int lineOfRow(const QJsonArray &runs, int row);

    /// What the parser's callbacks build (public for them; not part of the interface).
    struct Builder;

private:
    /// @brief Parses the next piece of the page; false once it is all parsed.
    bool parseMore();

    QString m_path;
    QFile m_file;
    std::optional<HtmlPageDecoder> m_decoder;
    std::unique_ptr<Builder> m_builder;
    void *m_context = nullptr; ///< htmlParserCtxtPtr
    bool m_ended = false;
    QString m_fatalError;
};
