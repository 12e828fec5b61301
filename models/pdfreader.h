#pragma once

#include "pdfpages.h"
#include "tablereader.h"

#include <memory>

/// @brief Reads the table a PDF prints (a carrier's or a portal's report): its text as Poppler
/// lays it out (PdfPages), read as aligned text (AlignedTextReader) — its columns where the
/// headings over them begin, the headings again atop each page and the lines printed at the
/// head or foot of every page (letterhead, page numbers) layout, not rows. A row's line is its
/// line in the PDF's text, its raw text that line as laid out; readerMetadata() maps lines to pages.
class PdfReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)
public:
    /// @brief Reads the PDF at @p path, its reader watched by @p watch (cancel, how far it has
    /// got), opened with the one of @p passwords that opens it if it is protected by one.
    explicit PdfReader(const QString &path, const ReadWatch &watch = {}, const QStringList &passwords = {});
    /// @brief It is protected by a password, and none was given, or not its own.
    bool needsPassword() const { return m_pages->needsPassword(); }

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    QStringList readingNotes() const override;
    double progress() const override { return m_text ? m_text->progress() : 1.0; }
    QString kind() const override { return QStringLiteral("pdf"); }
    std::unique_ptr<TableReader> reopen(QString *error) const override;
    void expectWidth(qsizetype fields) override { m_text->expectWidth(fields); }
    void setRecordTest(std::function<bool(const TableRow &)> isRecord) override { m_text->setRecordTest(std::move(isRecord)); }
    bool marksHeadings() const override { return m_text && m_text->marksHeadings(); }
    QJsonObject readerMetadata() const override;

private:
    PdfReader(std::shared_ptr<const PdfPages> pages);
    static QString noTableError();
    void openText();

    std::shared_ptr<const PdfPages> m_pages;
    std::unique_ptr<TableReader> m_text; ///< the reader of the PDF's text
    QString m_fatalError;
};
