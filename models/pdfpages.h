#pragma once

#include "helperprogram.h"
#include "pdfdump.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTemporaryFile>

#include <functional>

#include <memory>

/// @brief A PDF's text as lines, as lookuplens-pdf read it through Poppler, each page's lines
/// laid out as its characters stand (a table drawn in columns reads as columns), the pages one
/// after another and numbered as one text: that text is what a table reader reads, from a
/// file of its own, and its line numbers are an event's line (pageOf() tells the page).
class PdfPages
{
    Q_DECLARE_TR_FUNCTIONS(PdfPages)
public:
    /// @brief Reads the PDF at @p path in lookuplens-pdf, watched by @p watch, opened with
    /// the one of @p passwords that opens it if it is protected by one; error() says if it cannot be read. The last PDF
    /// read that needed no password is given again while the file is unchanged (its size and
    /// time of change), not read again: one a password opened is not kept.
    static std::shared_ptr<const PdfPages> read(const QString &path, const ReadWatch &watch = {},
                                                const QStringList &passwords = {});
    /// @brief The words for a PDF protected by a password read without one.
    static QString passwordNeeded();
    /// @brief What a source read from a PDF says of its password (@p metadata: the source's);
    /// empty for one that needed none.
    static QString openedNote(const QJsonObject &metadata);
    /// @brief Whether @p head (a file's first bytes) opens a PDF.
    static bool isPdf(const QByteArray &head);
    /// @brief The lines printed at the head or foot of every page (a letterhead, the page's
    /// number, a footer) of @p pages, numbered as the pages' lines one after another: the
    /// same text, or the same but for its numbers, among the first three or last three lines
    /// with text of at least half the pages, two at least.
    static QSet<int> furnitureLines(const QList<QStringList> &pages);

    QString error() const { return m_error; }
    /// @brief The text's file (UTF-8, a line end after each line), as long as this lives.
    QString textPath() const { return m_text ? m_text->fileName() : QString(); }
    int pageCount() const { return int(m_pageFirstLines.size()); }
    /// @brief The line of the text each page begins at, from 1.
    const QList<int> &pageFirstLines() const { return m_pageFirstLines; }
    /// @brief The page (from 1) @p line of the text is on, and its line on that page (from 1).
    static std::pair<int, int> pageOf(const QList<int> &pageFirstLines, int line);
    const QSet<int> &furniture() const { return m_furniture; }
    /// @brief What lookuplens-pdf read, but the pages' text (the text file holds it).
    const PdfDump::Document &document() const { return m_document; }
    /// @brief The file does not end as a PDF ends ("%%EOF" in its last bytes): it may be cut
    /// short, and Poppler read what it could of it.
    bool endsCut() const { return m_endsCut; }
    /// @brief The PDF is protected by a password, and none was given, or not its own.
    bool needsPassword() const { return m_document.status == PdfDump::Status::Locked; }
    /// @brief It was protected by a password, and opened with the one given.
    bool openedWithPassword() const { return m_openedWithPassword; }

private:
    PdfPages(const QString &path, const ReadWatch &watch, const QStringList &passwords);
    /// @brief Runs lookuplens-pdf on the file, with @p password on its standard input if one is given.
    static HelperProgram::Run runHelper(const QString &path, const ReadWatch &watch, const QStringList &passwords);
    void writeText(const QList<QStringList> &pages);

    QString m_error;
    PdfDump::Document m_document;
    QList<int> m_pageFirstLines;
    QSet<int> m_furniture;
    bool m_endsCut = false;
    bool m_openedWithPassword = false;
    std::unique_ptr<QTemporaryFile> m_text;
};
