#pragma once

#include "helperprogram.h"

#include <QtGlobal>

#include <vector>

class QIODevice;

/// @brief Which lines of a text file are not valid UTF-8. A file of UTF-8 may hold a few lines
/// of another encoding (a byte damaged; records pasted in from a Windows-1252 export): read
/// whole as either encoding, every accented letter of the other would change. Lines are
/// numbered as the CSV reader numbers them (LF, CRLF or a lone CR ends one).
class Utf8Lines
{
public:
    /// The bytes of one line, without its line end.
    struct Line
    {
        qint64 begin = 0;
        qint64 end = 0;
        int number = 0;
    };

    /// @brief Reads @p device from its position (the start of line 1) to its end, then seeks
    /// back there. False if it cannot be read, or if @p watch, told how far the reading has got
    /// at each chunk, says the import was cancelled (cancelled()).
    bool scan(QIODevice &device, const ReadWatch &watch = {});
    bool cancelled() const { return m_cancelled; }
    /// @brief The lines holding a byte sequence that is not UTF-8, in file order.
    const std::vector<Line> &invalidLines() const { return m_invalid; }
    /// @brief How many lines hold UTF-8 beyond ASCII and nothing invalid.
    qint64 utf8Lines() const { return m_utf8Lines; }

private:
    void feed(const unsigned char *data, qint64 size, qint64 offset);
    void endLine(qint64 at, qint64 next);
    void invalidByte();

    std::vector<Line> m_invalid;
    bool m_cancelled = false;
    qint64 m_utf8Lines = 0;
    qint64 m_lineStart = 0;
    int m_line = 1;
    bool m_lineInvalid = false;
    bool m_lineNonAscii = false;
    bool m_afterCr = false;       ///< an LF here ends no line: the CR before it did
    int m_continuations = 0;      ///< bytes still owed to the sequence begun
    unsigned char m_low = 0x80;   ///< the range the next continuation byte must be in
    unsigned char m_high = 0xBF;
};
