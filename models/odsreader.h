#pragma once

#include "tablereader.h"

#include <memory>

class QuaZip;
class QuaZipFile;

/// @brief Streams one sheet of an OpenDocument spreadsheet (.ods, as LibreOffice saves it): each
/// <table:table-row> a row numbered as LibreOffice numbers it (repeated rows counted), each cell
/// its typed value as stored — a number's digits, a date as ISO 8601 ("2016-09-12T14:03:07"), a
/// time or duration as "14:03:07" — or its text; repeated and covered cells kept in place,
/// annotations left out. content.xml is read through the ZIP guard and libxml2's SAX parser, a
/// piece at a time.
class OdsReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)
public:
    /// @brief Reads the sheet at @p sheet (0 = the first) in document order.
    explicit OdsReader(const QString &path, int sheet = 0);
    ~OdsReader() override;
    OdsReader(const OdsReader &) = delete;
    OdsReader &operator=(const OdsReader &) = delete;

    /// @brief Whether the ZIP at @p path says it is an OpenDocument spreadsheet (its mimetype).
    static bool isOds(const QString &path);

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("ods"); }
    bool isSpreadsheet() const override { return true; }
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    int partCount() const override { return m_survey ? int(m_survey->sheetNames.size()) : 0; }
    QString partName() const override { return m_survey ? m_survey->sheetNames.value(m_sheetIndex) : QString(); }
    int partIndex() const override { return m_sheetIndex; }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override { return openPart(m_sheetIndex, error); }

    class Parser; ///< the SAX callbacks (public for the source file only)

private:
    /// What a first reading of content.xml found, shared by the readers of its sheets.
    struct Survey
    {
        QStringList sheetNames;
        QList<int> rowsWithValues; ///< of each sheet
    };
    OdsReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey);
    /// @brief Opens content.xml for reading, through the ZIP guard; false with m_fatalError set.
    bool openContent();
    bool survey();
    void openSheet(int sheet);
    bool parseMore();

    QString m_path;
    int m_sheetIndex = 0;
    std::shared_ptr<const Survey> m_survey;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_content;
    qint64 m_contentSize = 0;
    qint64 m_contentRead = 0;
    std::unique_ptr<Parser> m_parser;
    bool m_ended = false;
    QString m_fatalError;
};
