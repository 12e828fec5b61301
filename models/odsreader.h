#pragma once

#include "xmlsheetreader.h"

/// @brief Streams one sheet of an OpenDocument spreadsheet (.ods, as LibreOffice saves it): each
/// <table:table-row> a row numbered as LibreOffice numbers it (repeated rows counted), each cell
/// its typed value as stored — a number's digits, a date as ISO 8601 ("2016-09-12T14:03:07"), a
/// time or duration as "14:03:07" — or its text; repeated and covered cells kept in place,
/// annotations left out. content.xml is read through the ZIP guard and libxml2's SAX parser, a
/// piece at a time.
class OdsReader final : public XmlSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)
public:
    /// @brief Reads the sheet at @p sheet (0 = the first) in document order.
    explicit OdsReader(const QString &path, int sheet = 0);

    /// @brief Whether the ZIP at @p path says it is an OpenDocument spreadsheet (its mimetype).
    static bool isOds(const QString &path);

    QString kind() const override { return QStringLiteral("ods"); }
    QList<int> rowLimits() const override { return {1048576}; }

private:
    OdsReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey);
    std::unique_ptr<QIODevice> openXml(QString *error) const override;
    std::unique_ptr<SheetParser> makeParser(int only) const override;
    QString closeWhole(QIODevice &xml) const override;
    std::unique_ptr<XmlSheetReader> makePart(int sheet, std::shared_ptr<const Survey> survey) const override;
    QString unreadable(const QString &why) const override;
    QString noSheet(int sheet) const override;
};
