#pragma once

#include "tablereader.h"

#include <QFile>

#include <memory>

/// @brief Streams one worksheet of an Excel 2003 XML Spreadsheet (the "XML Spreadsheet 2003"
/// that report servers still export as .xml or .xls): each <Row> a row numbered as Excel
/// numbers it (ss:Index honoured), each <Cell>'s <Data> as written ("2016-09-12T14:03:07.000"
/// for a DateTime), a merged cell filling the cells it spans; comments are not cells. Parsed by
/// libxml2's SAX parser a piece at a time: no DTD, nothing fetched.
class XmlSpreadsheetReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlSpreadsheetReader)
public:
    /// @brief Reads the worksheet at @p sheet (0 = the first) in workbook order.
    explicit XmlSpreadsheetReader(const QString &path, int sheet = 0);
    ~XmlSpreadsheetReader() override;
    XmlSpreadsheetReader(const XmlSpreadsheetReader &) = delete;
    XmlSpreadsheetReader &operator=(const XmlSpreadsheetReader &) = delete;

    /// @brief Whether @p head (a file's first bytes) begins an XML Spreadsheet 2003.
    static bool looksLikeXmlSpreadsheet(const QByteArray &head);

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("xml-spreadsheet"); }
    bool isSpreadsheet() const override { return true; }
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    int partCount() const override { return m_survey ? int(m_survey->sheetNames.size()) : 0; }
    QString partName() const override { return m_survey ? m_survey->sheetNames.value(m_sheetIndex) : QString(); }
    int partIndex() const override { return m_sheetIndex; }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override { return openPart(m_sheetIndex, error); }

    class Parser; ///< the SAX callbacks (public for the source file only)

private:
    /// What a first reading of the whole file found, shared by the readers of its worksheets.
    struct Survey
    {
        QStringList sheetNames;
        QList<int> rowsWithValues; ///< of each worksheet
    };
    XmlSpreadsheetReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey);
    /// @brief Reads the whole file once for its worksheets' names and rows with values.
    bool survey();
    void openSheet(int sheet);
    bool parseMore();

    QString m_path;
    int m_sheetIndex = 0;
    std::shared_ptr<const Survey> m_survey;
    QFile m_file;
    std::unique_ptr<Parser> m_parser;
    bool m_ended = false;
    QString m_fatalError;
};
