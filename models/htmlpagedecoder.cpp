#include "htmlpagedecoder.h"

#include "textdecoding.h"

#include <QRegularExpression>

namespace {

/// A line longer than this is handed out in pieces (cut after a tag): a page written on one line.
constexpr qsizetype MaxHeldLine = 1024 * 1024;

void noteLine(QList<int> &lines, int line)
{
    if (lines.isEmpty() || lines.constLast() != line)
        lines.append(line);
}

/// Whether @p value is a character an XML tree (libxml2's) can hold.
bool isXmlChar(char32_t value)
{
    return value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
           || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
}

/// The label a page's first 1024 bytes declare in a `<meta charset>` or `<meta http-equiv>`.
QString declaredCharset(QByteArrayView head)
{
    static const QRegularExpression meta(QStringLiteral("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([^\\s\"';/>]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 1024))));
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

/// The first line end (LF, CRLF or CR) in @p data from @p at to @p end: its index, or -1 if
/// none; @p next is set to where the line after it begins.
template <typename Char>
qsizetype lineEndIn(const Char *data, qsizetype at, qsizetype end, qsizetype *next)
{
    for (qsizetype i = at; i < end; ++i) {
        if (data[i] == Char('\n') || data[i] == Char('\r')) {
            *next = data[i] == Char('\r') && i + 1 < end && data[i + 1] == Char('\n') ? i + 2 : i + 1;
            return i;
        }
    }
    return -1;
}

/// Where the last whole line of @p data ends: a CR at its very end may be the first half of a
/// CRLF, whose LF has yet to come.
template <typename Char>
qsizetype wholeLinesEndIn(const Char *data, qsizetype size)
{
    for (qsizetype i = size; i > 0; --i) {
        if (data[i - 1] == Char('\n') || (data[i - 1] == Char('\r') && i < size))
            return i;
    }
    return 0;
}

} // namespace

HtmlPageDecoder::HtmlPageDecoder(QByteArrayView head)
{
    settleEncoding(head);
}

void HtmlPageDecoder::settleEncoding(QByteArrayView head)
{
    m_reading.encoding = QStringLiteral("UTF-8");
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_skip = 3;
        m_declared = true;
        return;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        const bool little = head.startsWith("\xFF\xFE");
        m_skip = 2;
        m_mode = Mode::Decoder;
        m_decoder.emplace(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_reading.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return;
    }
    // A page saved as "Unicode" by a program that writes no mark (as a CSV file may be): known
    // by its zero bytes. Read as UTF-8, every other byte of it was a NUL.
    if (const auto utf16 = TextDecoding::utf16WithoutMark(head)) {
        m_mode = Mode::Decoder;
        m_decoder.emplace(*utf16);
        m_reading.encoding = *utf16 == QStringDecoder::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        m_reading.withoutByteOrderMark = true;
        return;
    }
    const QString label = declaredCharset(head);
    m_declared = !label.isEmpty();
    // As browsers do: the labels of Latin-1 and ASCII name Windows-1252, and a page cannot be
    // UTF-16 by its own declaration (it could not have been read to find it).
    static const QStringList windows1252{u"windows-1252"_qs, u"cp1252"_qs, u"x-cp1252"_qs, u"iso-8859-1"_qs,
                                         u"iso8859-1"_qs, u"iso_8859-1"_qs, u"latin1"_qs, u"l1"_qs,
                                         u"us-ascii"_qs, u"ascii"_qs, u"ansi_x3.4-1968"_qs};
    if (label.isEmpty() || label == u"utf-8" || label == u"utf8" || label.startsWith(u"utf-16"))
        return;
    if (windows1252.contains(label)) {
        m_mode = Mode::Windows1252;
        m_reading.encoding = QStringLiteral("Windows-1252");
        return;
    }
    m_decoder.emplace(label.toLatin1().constData());
    if (!m_decoder->isValid()) {
        m_error = tr("the page declares its text to be in \"%1\", an encoding not known here").arg(label);
        return;
    }
    m_mode = Mode::Decoder;
    m_reading.encoding = QString::fromLatin1(m_decoder->name());
}

HtmlPageDecoder::Piece HtmlPageDecoder::decode(QByteArrayView bytes, bool last)
{
    const qsizetype skipped = qMin(m_skip, bytes.size());
    m_skip -= skipped;
    appendText(bytes.sliced(skipped), last);
    Piece piece;
    takeLines(cutPoint(m_text, last), piece);
    if (last && !m_declared && m_utf8BeyondAscii == 0 && !m_reading.windows1252Lines.isEmpty()) {
        // A page declaring nothing, with no line of UTF-8 beyond ASCII: a Windows-1252 page.
        m_reading.encoding = QStringLiteral("Windows-1252");
        m_reading.windows1252Lines.clear();
    }
    return piece;
}

void HtmlPageDecoder::appendText(QByteArrayView bytes, bool last)
{
    if (m_mode == Mode::Windows1252) {
        m_text += TextDecoding::windows1252(bytes);
        return;
    }
    if (m_mode == Mode::Decoder) {
        m_text += (*m_decoder)(bytes);
        return;
    }
    m_bytes += bytes;
    qsizetype cut = last ? m_bytes.size() : wholeLinesEndIn(m_bytes.constData(), m_bytes.size());
    if (cut == 0 && m_bytes.size() > MaxHeldLine) { // after an ASCII byte: never inside a character
        cut = m_bytes.size();
        while (cut > 0 && (static_cast<unsigned char>(m_bytes.at(cut - 1)) >= 0x80 || m_bytes.at(cut - 1) == '\r'))
            --cut;
    }
    for (qsizetype at = 0; at < cut;) {
        qsizetype next = cut;
        const bool ended = lineEndIn(m_bytes.constData(), at, cut, &next) >= 0;
        appendUtf8Line(QByteArrayView(m_bytes).sliced(at, next - at));
        m_byteLine += ended ? 1 : 0;
        at = next;
    }
    m_bytes.remove(0, cut);
}

void HtmlPageDecoder::appendUtf8Line(QByteArrayView line)
{
    // Each part of the line up to a '>' on its own: a byte of Windows-1252 in one text of a page
    // written on one line made the whole line Windows-1252, every UTF-8 letter of it changed.
    // A '>' is never inside a UTF-8 character. A line of UTF-8 is one part.
    if (appendIfUtf8(line))
        return;
    for (qsizetype at = 0; at < line.size();) {
        const qsizetype tagEnd = line.indexOf('>', at);
        const qsizetype next = tagEnd < 0 ? line.size() : tagEnd + 1;
        const QByteArrayView part = line.sliced(at, next - at);
        if (!appendIfUtf8(part)) {
            m_text += TextDecoding::windows1252(part);
            noteLine(m_reading.windows1252Lines, m_byteLine);
        }
        at = next;
    }
}

bool HtmlPageDecoder::appendIfUtf8(QByteArrayView bytes)
{
    m_utf8Line.resetState();
    const QString text = m_utf8Line.decode(bytes);
    if (m_utf8Line.hasError())
        return false;
    m_text += text;
    if (text.size() != bytes.size()) // a character of more than one byte
        ++m_utf8BeyondAscii;
    return true;
}

qsizetype HtmlPageDecoder::cutPoint(const QString &text, bool last)
{
    if (last)
        return text.size();
    if (const qsizetype end = wholeLinesEndIn(text.utf16(), text.size()); end > 0)
        return end;
    if (text.size() <= MaxHeldLine)
        return 0;
    // A reference never holds a '>'; failing one, stop short of the last '&' and of a pair's half.
    qsizetype cut = text.lastIndexOf(u'>') + 1;
    if (cut == 0) {
        const qsizetype amp = text.lastIndexOf(u'&');
        cut = amp >= 0 && amp > text.size() - 64 ? amp : text.size();
    }
    while (cut > 0 && (text.at(cut - 1).isHighSurrogate() || text.at(cut - 1) == u'\r'))
        --cut;
    return cut;
}

void HtmlPageDecoder::takeLines(qsizetype end, Piece &piece)
{
    // Each line end (LF, CRLF or a lone CR) handed on as LF, the one libxml2 counts lines by.
    for (qsizetype at = 0; at < end;) {
        qsizetype next = end;
        const qsizetype lineEnd = lineEndIn(m_text.utf16(), at, end, &next);
        QString line = m_text.sliced(at, (lineEnd >= 0 ? lineEnd : end) - at);
        if (TextDecoding::replaceUnpairedSurrogates(line))
            noteLine(m_reading.unpairedSurrogateLines, m_line);
        if (lineEnd >= 0)
            line += u'\n';
        appendForParser(line, piece);
        piece.text += line;
        m_line += lineEnd >= 0 ? 1 : 0;
        at = next;
    }
    m_text.remove(0, end);
}

void HtmlPageDecoder::appendForParser(const QString &line, Piece &piece)
{
    QList<Piece::Shift> shifts;
    const QString rewritten = forParser(line, &shifts);
    // Written a stretch at a time, each shift's end (an index of the line) made a byte of the
    // piece; a stretch ends after a reference, never inside a surrogate pair.
    qsizetype index = 0;
    for (Piece::Shift &shift : shifts) {
        piece.forParser += QStringView(rewritten).sliced(index, shift.parserEnd - index).toUtf8();
        index = shift.parserEnd;
        shift.parserEnd = piece.forParser.size();
    }
    piece.forParser += QStringView(rewritten).sliced(index).toUtf8();
    piece.shifts += shifts;
}

QString HtmlPageDecoder::forParser(const QString &line, QList<Piece::Shift> *shifts)
{
    qsizetype at = line.indexOf(u"&#");
    if (at < 0)
        return line;
    QString out;
    qsizetype copied = 0;
    for (; at >= 0; at = line.indexOf(u"&#", at + 1)) {
        qsizetype i = at + 2;
        const bool hex = i < line.size() && (line.at(i) == u'x' || line.at(i) == u'X');
        i += hex ? 1 : 0;
        const qsizetype digits = i;
        char32_t value = 0;
        for (int d; i < line.size() && (d = TextDecoding::digitValue(line.at(i), hex)) >= 0; ++i)
            value = qMin<char32_t>(value * (hex ? 16 : 10) + char32_t(d), 0x110000);
        const qsizetype end = i < line.size() && line.at(i) == u';' ? i + 1 : i;
        QString replacement;
        if (i == digits) // "&#;" is no reference: its text, as a browser shows it
            replacement = QStringLiteral("&amp;#");
        else if (value >= 0x80 && value <= 0x9F && TextDecoding::windows1252High(uchar(value)) != 0xFFFD)
            replacement = QStringLiteral("&#x%1;").arg(uint(TextDecoding::windows1252High(uchar(value))), 0, 16);
        else if (!isXmlChar(value))
            replacement = QStringLiteral("&#xFFFD;");
        else
            continue;
        out += QStringView(line).sliced(copied, at - copied);
        out += replacement;
        const qsizetype replaced = i == digits ? 2 : end - at; // a reference is ASCII: its bytes
        shifts->append({out.size(), replaced - replacement.size()});
        copied = i == digits ? at + 2 : end;
        if (replacement == u"&#xFFFD;")
            noteLine(m_reading.replacedReferenceLines, m_line);
    }
    out += QStringView(line).sliced(copied);
    return out;
}
