#pragma once

#include "tablereader.h"
#include "utf8lines.h"

#include <QFile>
#include <QStringDecoder>

#include <optional>

/// @brief RFC 4180 reader for CSV and TSV: UTF-8 (with or without BOM), UTF-16 LE/BE (with a
/// BOM, or without one where its zero bytes show it) or Windows-1252; CRLF, LF or CR line ends; quoted delimiters, quotes and line breaks.
/// Reads in chunks: a record over 1 MiB is rejected without being held in memory.
class CsvReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;

    /// Lines::Whole reads each line as it is, quotes and all (an aligned text table's lines, which
    /// AlignedTextReader cuts into cells by position); Lines::Rfc4180 reads CSV.
    enum class Lines { Rfc4180, Whole };

    /// @param delimiter forced delimiter, or QChar() to detect it from the first lines
    /// @param watch told how far the first reading of the file (for its encoding) has got, and
    /// stopping it when the import is cancelled
    explicit CsvReader(const QString &path, QChar delimiter = QChar(), Lines lines = Lines::Rfc4180,
                       const ReadWatch &watch = {});

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override;
    /// A CSV file saved from Excel ends where Excel's worksheet did.
    QList<int> rowLimits() const override { return {65536, 1048576}; }
    std::unique_ptr<TableReader> reopen(QString *error) const override;
    void expectWidth(qsizetype fields) override { m_expectedWidth = fields; }

    QString encodingName() const { return m_encodingName; }
    QString textEncoding() const override { return m_encodingName; }
    bool textWithoutByteOrderMark() const override { return m_withoutMark; }
    /// @brief The lines of a UTF-8 file that are not UTF-8, read as Windows-1252.
    QList<int> linesReadAsWindows1252() const override;
    QList<int> linesWithUnpairedSurrogates() const override { return m_unpairedSurrogateLines; }
    QList<int> linesWithTextFormulas() const override { return m_textFormulaLines; }
    /// @brief The text of Excel's formula of a string constant, as exports meant for Excel
    /// write a number that must stay text (="+12025550100", ="007"); nullopt for any other cell.
    static std::optional<QString> formulaText(const QString &cell);
    int unterminatedLastLine() const override { return m_unterminatedLine; }
    QChar delimiter() const { return m_delimiter; }

private:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    bool detectEncoding(const ReadWatch &watch);
    /// @brief Whether a file without a byte-order mark is UTF-8, and which lines of a UTF-8
    /// file are not; false, with the fatal error set, if it cannot be read.
    bool surveyUtf8(bool hasBom, const ReadWatch &watch);
    /// @brief Appends @p bytes, read at @p offset, decoded to the buffer: each line in its encoding.
    void appendDecoded(QByteArrayView bytes, qint64 offset);
    void detectDelimiter();
    /// @brief Reads each cell of @p row that is Excel's formula of a string as its text; whether any was.
    static bool readTextFormulas(TableRow &row);
    bool fill();
    bool atEnd();
    bool takeSimpleRecord(TableRow &row);
    QChar take();
    QChar peek();
    void finishField(TableRow &row, QString &field);
    void skipRestOfLine();
    /// @brief A record the fast path cannot take: quotes, or running past the buffer.
    void takeRecord(TableRow &row);
    /// The record takeRecord() is taking, a character at a time.
    struct RecordState
    {
        QString field;
        bool inQuotes = false;
        bool quotedField = false;
        qsizetype firstLineEnd = -1;   ///< where the record's first line ends in row.raw, if it goes on
        qsizetype lineDelimiters = -1; ///< in the line of a quoted field after its first, so far
    };
    /// @brief Takes @p c, read inside a quoted field; false where the record was rejected for it.
    bool takeQuoted(TableRow &row, RecordState &s, QChar c);
    void takeUnquoted(TableRow &row, RecordState &s, QChar c);
    /// @brief Ends the record at the line end @p c outside quotes.
    void endRecord(TableRow &row, RecordState &s, QChar c);
    /// @brief Ends the record where the file ends before a line end does.
    void endAtFileEnd(TableRow &row, RecordState &s);
    void rejectOverlong(TableRow &row, QChar last);
    /// @brief Whether a line inside a quoted field with @p delimiters delimiters holds as many
    /// fields as a record of the table.
    bool holdsARecord(qsizetype delimiters) const;
    bool fitsExpectedWidth(const TableRow &row) const;
    /// @brief Whether @p next, the character after a quote, may follow the end of a field.
    bool endsField(QChar next) const;
    /// @brief Rejects the first line of @p row, whose quoted field @p where, and reads the rest
    /// of the record (and @p taken, read past it) again as lines of their own.
    void rejectOpenQuote(TableRow &row, qsizetype firstLineEnd, const QString &taken, const QString &where);

    QFile m_file;
    Encoding m_encoding = Encoding::Utf8;
    QString m_encodingName;
    bool m_withoutMark = false; ///< UTF-16 known by its zero bytes, not by a byte-order mark
    std::optional<QStringDecoder> m_decoder;
    std::vector<Utf8Lines::Line> m_windows1252Lines; ///< of a UTF-8 file, the lines that are not
    size_t m_nextWindows1252 = 0;                    ///< the first of them not yet decoded
    QList<int> m_unpairedSurrogateLines;             ///< of a UTF-16 file, see linesWithUnpairedSurrogates()
    QList<int> m_textFormulaLines;                   ///< see linesWithTextFormulas()
    QByteArray m_chunk; ///< the bytes of the last fill()
    QString m_buffer;   ///< decoded text from m_pos on not yet taken
    qsizetype m_pos = 0;
    QChar m_delimiter;
    Lines m_lines = Lines::Rfc4180;
    int m_line = 1;
    qsizetype m_lastFieldCount = 0; ///< fields of the last record read by the fast path
    bool m_eof = false;
    qsizetype m_expectedWidth = 0; ///< the header's, once known: see expectWidth()
    int m_unterminatedLine = 0;    ///< the record the file ends inside, without a line end
    QString m_fatalError;
};
