#pragma once

#include "xmlsheetreader.h"

/// @brief Streams one worksheet of an Excel 2003 XML Spreadsheet (the "XML Spreadsheet 2003"
/// that report servers still export as .xml or .xls): each <Row> a row numbered as Excel
/// numbers it (ss:Index honoured), each <Cell>'s <Data> as written ("2016-09-12T14:03:07.000"
/// for a DateTime), a merged cell filling the cells it spans; comments are not cells. Parsed by
/// libxml2's SAX parser a piece at a time: no DTD, nothing fetched.
class XmlSpreadsheetReader final : public XmlSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlSpreadsheetReader)
public:
    /// @brief Reads the worksheet at @p sheet (0 = the first) in workbook order.
    explicit XmlSpreadsheetReader(const QString &path, int sheet = 0);

    /// @brief Whether @p head (a file's first bytes) begins an XML Spreadsheet 2003.
    static bool looksLikeXmlSpreadsheet(const QByteArray &head);

    QString kind() const override { return QStringLiteral("xml-spreadsheet"); }
    QList<int> rowLimits() const override { return {65536}; }

private:
    XmlSpreadsheetReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey);
    std::unique_ptr<QIODevice> openXml(QString *error) const override;
    std::unique_ptr<SheetParser> makeParser(int only) const override;
    std::unique_ptr<XmlSheetReader> makePart(int sheet, std::shared_ptr<const Survey> survey) const override;
    QString unreadable(const QString &why) const override;
    QString noSheet(int sheet) const override;
};
