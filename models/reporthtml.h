#pragma once

#include "sha.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

/// @brief Writes a report's HTML to a device, buffered, every text escaped: headings,
/// paragraphs, tables. The first failed write is kept (error()) and nothing more is written.
class ReportHtml final
{
public:
    explicit ReportHtml(QIODevice &out) : m_out(out) {}
    ~ReportHtml() { flush(); }

    /// @brief The page's start: its language (an HTML lang code, "en"), title and style sheet.
    void begin(const QString &language, const QString &title);
    void end();
    void heading(int level, const QString &text, const QString &id = {});
    /// @brief A list of links to the headings named by id (the report's contents).
    void links(const QList<std::pair<QString, QString>> &idsAndTitles);
    void paragraph(const QString &text, const QString &cssClass = {});
    /// @brief Lines of text in one block, each escaped.
    void lines(const QStringList &lines, const QString &cssClass = {});
    void tableStart(const QStringList &headings, const QString &cssClass = {});
    /// @brief A row of cells given as HTML (see cell()); @p id names the row for links.
    void row(const QStringList &cellsHtml, const QString &id = {});
    void tableEnd();
    /// @brief Markup written as it is (a chart's SVG).
    void raw(const QString &html);
    /// @brief @p text escaped, in @p tag with @p cssClass when given ("code", "mark").
    static QString cell(const QString &text, const QString &tag = {}, const QString &cssClass = {});
    /// @brief Lines of escaped text in one cell.
    static QString cellLines(const QStringList &lines);
    /// @brief Lines of HTML in one cell, each as given.
    static QString joinLines(const QStringList &linesHtml);
    /// @brief A file's path, escaped, that may break after each folder's name: a long path has no
    /// space to break at and would otherwise widen its table past the page.
    static QString path(const QString &path);
    bool flush();
    QString error() const { return m_error; }
    /// @brief The SHA-256 of every byte written, in hex (after end()).
    QString sha256() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    void append(const QString &html);

    QIODevice &m_out;
    QByteArray m_buffer;
    QString m_error;
    Sha::Sha256 m_hash;
};
