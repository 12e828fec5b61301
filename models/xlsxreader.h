#pragma once

#include "tablereader.h"

#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

/// @brief Streams the first worksheet of an XLSX workbook: shared strings, inline strings,
/// numbers (dates stay serial numbers; the importer reads them knowing the column).
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader() override;

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("xlsx"); }
    bool isSpreadsheet() const override { return true; }
    bool date1904() const override { return m_date1904; }

private:
    bool readEntry(const QString &name, QByteArray *out);
    bool readWorkbook(QString *sheetPath);
    bool readSharedStrings();
    QString readCellValue(const QString &type);
    QString readInlineString();

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    QStringList m_sharedStrings;
    qint64 m_sheetSize = 0;
    bool m_date1904 = false;
    int m_lastRow = 0;
    QString m_fatalError;
};
