#include "jsonrecordsplitter.h"

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qsizetype KeptOfOverlong = 200;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

QStringConverter::Encoding JsonRecordSplitter::converterOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case Encoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case Encoding::Utf8:
        break;
    }
    return QStringConverter::Utf8;
}

JsonRecordSplitter::JsonRecordSplitter(const QString &path, Layout layout, Encoding encoding,
                                       QString key, std::vector<Utf8Lines::Line> windows1252)
    : m_file(path), m_layout(layout), m_encoding(encoding), m_key(std::move(key)),
      m_windows1252(std::move(windows1252))
{
}

JsonRecordSplitter::Encoding JsonRecordSplitter::encodingOf(const QByteArray &head, int *markBytes)
{
    *markBytes = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        *markBytes = 3;
        return Encoding::Utf8;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        *markBytes = 2;
        return head.at(0) == '\xFF' ? Encoding::Utf16LE : Encoding::Utf16BE;
    }
    // JSON begins with an ASCII character: a zero byte beside it says UTF-16 without a mark.
    if (head.size() >= 2 && head.at(0) != 0 && head.at(1) == 0)
        return Encoding::Utf16LE;
    if (head.size() >= 2 && head.at(0) == 0 && head.at(1) != 0)
        return Encoding::Utf16BE;
    return Encoding::Utf8;
}

bool JsonRecordSplitter::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open for reading: %1").arg(m_file.errorString());
        return false;
    }
    int mark = 0;
    encodingOf(m_file.peek(4), &mark);
    m_file.seek(mark);
    m_offset = mark;
    m_decoder.emplace(converterOf(m_encoding));
    return true;
}

bool JsonRecordSplitter::fill()
{
    if (m_watch.progress)
        m_watch.progress(progress());
    if (m_watch.stopped && m_watch.stopped()) {
        m_readError = ReadWatch::cancelledError();
        return false;
    }
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    const qint64 got = m_file.read(chunk.data(), chunk.size());
    if (got < 0)
        m_readError = tr("cannot read the file: %1").arg(m_file.errorString());
    if (got <= 0)
        return false;
    chunk.truncate(got);
    const QByteArrayView bytes(chunk);
    m_buffer.clear();
    m_pos = 0;
    qint64 at = 0;
    // The lines of a UTF-8 file that are not UTF-8 are read as Windows-1252, each whole.
    while (at < got && m_next1252 < m_windows1252.size()) {
        const Utf8Lines::Line &line = m_windows1252.at(m_next1252);
        const qint64 begin = std::max(line.begin - m_offset, at);
        if (begin >= got)
            break;
        const qint64 end = std::min(line.end - m_offset, got);
        m_buffer += (*m_decoder)(bytes.sliced(at, begin - at));
        m_buffer += m_decoder1252(bytes.sliced(begin, end - begin));
        at = end;
        if (line.end - m_offset <= got)
            ++m_next1252;
        else
            break;
    }
    if (at < got)
        m_buffer += (*m_decoder)(bytes.sliced(at));
    m_offset += got;
    return true;
}

bool JsonRecordSplitter::next(Record &record)
{
    while (!m_done && !m_eof) {
        if (m_pos < m_buffer.size()) {
            if (!takeStringRun())
                feed(m_buffer.at(m_pos++));
            continue;
        }
        if (!fill() && m_readError.isEmpty())
            finish();
        else if (!m_readError.isEmpty())
            m_eof = true; // no record is said cut short by a cancel or a failed read
    }
    if (!m_done)
        return false;
    record = std::move(*m_done);
    m_done.reset();
    return true;
}

bool JsonRecordSplitter::takeStringRun()
{
    // Most of a record is the text of its strings: taken a run at a time, up to what a character
    // at a time must see (the closing quote, an escape, a line end).
    if (!m_inString || m_escaped || m_readingKey ||
        (!m_frames.empty() && m_frames.front().inMember && !m_inRecordArray))
        return false;
    qsizetype end = m_pos;
    while (end < m_buffer.size()) {
        const char16_t c = m_buffer.at(end).unicode();
        if (c == u'"' || c == u'\\' || c == u'\n' || c == u'\r')
            break;
        ++end;
    }
    if (end == m_pos)
        return false;
    const QStringView run = QStringView(m_buffer).sliced(m_pos, end - m_pos);
    m_pos = end;
    if (m_inRecord && !m_overlong && m_current.text.size() + run.size() <= MaxRecordChars)
        m_current.text += run;
    else if (m_inRecord)
        for (const QChar c : run)
            append(c);
    return true;
}

void JsonRecordSplitter::finish()
{
    m_eof = true;
    if (m_inRecord && m_scalarRecord) {
        endRecord();
    } else if (m_inRecord) {
        m_endsOpenAt = m_line;
        endRecord(tr("the file ends inside the record: it may have been cut short"));
    } else if ((m_layout == Layout::Array && !m_arrayClosed) ||
               (m_layout == Layout::Member && m_depth > 0)) {
        m_endsOpenAt = m_line;
    }
    unwindFrames();
}

void JsonRecordSplitter::unwindFrames()
{
    // The file ends inside the objects followed: each one's open member is cut short and left out;
    // the members ended are kept where the object holds arrays of objects.
    while (!m_frames.empty()) {
        Frame cut = std::move(m_frames.back());
        m_frames.pop_back();
        if (m_frames.empty()) {
            m_otherMembers = std::move(cut.members);
        } else if (cut.holdsArrays) {
            m_frames.back().members += cut.members;
            m_frames.back().holdsArrays = true;
        }
    }
}

bool JsonRecordSplitter::mayNameColumns(QStringView key)
{
    for (const QStringView name : {u"columns", u"fields", u"header", u"headers"}) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

double JsonRecordSplitter::progress() const
{
    const qint64 size = m_file.size();
    return size > 0 ? double(m_offset) / double(size) : 1.0;
}

void JsonRecordSplitter::feed(QChar c)
{
    const bool lineEnd = c == u'\r' || (c == u'\n' && !m_afterCr);
    if (lineEnd && m_inRecord && !m_scalarRecord &&
        (breaksAtLineEnd() || (m_inString && m_layout == Layout::Sequence))) {
        // JSON Lines: no line end stands within a record, so the record ends with its line. And
        // none stands within a string in any JSON: the string was not closed.
        endRecord(tr("the line ends inside its record: a string or a bracket of it is not closed"));
        m_inString = m_escaped = m_readingKey = false;
        m_depth = 0;
        m_frames.clear(); // the record's members were followed (the file's first value): no more
    } else if (lineEnd && m_inString) {
        // Within an array the record goes on to its closing bracket, so that the records after it
        // are found where they stand; it is rejected for the string.
        if (m_inRecord && m_current.error.isEmpty())
            m_current.error =
                tr("a string is not closed before its line ends (line %1)").arg(m_line);
        m_inString = m_escaped = m_readingKey = false;
        if (m_inRecord)
            append(c);
    } else if (m_inString) {
        feedInString(c);
    } else {
        feedOutside(c, lineEnd);
    }
    if (lineEnd)
        ++m_line;
    m_afterCr = c == u'\r';
}

bool JsonRecordSplitter::breaksAtLineEnd() const
{
    return m_layout == Layout::Sequence && m_singleLineRecords && m_recordsEnded > 0 &&
           m_recordDepth == 0;
}

void JsonRecordSplitter::feedInString(QChar c)
{
    if (m_inRecord)
        append(c);
    noteMemberChar(c);
    if (m_escaped) {
        m_escaped = false;
    } else if (c == u'\\') {
        m_escaped = true;
    } else if (c == u'"') {
        m_inString = false;
        m_readingKey = false;
        if (m_inRecord && m_stringRecord && m_depth == m_recordDepth)
            endRecord();
        return;
    }
    if (m_readingKey && !m_frames.empty())
        m_frames.back().key += c;
}

void JsonRecordSplitter::feedOutside(QChar c, bool lineEnd)
{
    if (m_inRecord && m_scalarRecord) { // a literal, or text that is no JSON
        const bool inArray = m_recordDepth > 0 && !m_afterArray;
        if (!lineEnd && !(inArray && (c == u',' || c == u']' || c == u'}'))) {
            append(c);
            return;
        }
        endRecord();
    }
    if (!m_inRecord && atRecordLevel() && beginsValue(c))
        beginRecord(c);
    if (m_inRecord && !m_scalarRecord)
        append(c);
    structure(c);
    noteMemberChar(c);
}

bool JsonRecordSplitter::beginsValue(QChar c) const
{
    if (isSpace(c) || c == u',' || c == u':')
        return false;
    return m_depth == 0 || (c != u']' && c != u'}'); // at the top, a closing bracket is stray text
}

bool JsonRecordSplitter::atRecordLevel() const
{
    switch (m_layout) {
    case Layout::Array:
        return m_depth == 1 || (m_depth == 0 && m_arrayClosed);
    case Layout::Sequence:
        return m_depth == 0;
    case Layout::Member:
        return m_inRecordArray && m_depth == m_recordsDepth;
    }
    return false;
}

void JsonRecordSplitter::beginRecord(QChar c)
{
    m_inRecord = true;
    m_current = Record{m_line, {}, {}};
    m_recordDepth = m_depth;
    m_stringRecord = c == u'"';
    m_scalarRecord = !m_stringRecord && c != u'{' && c != u'[';
    m_afterArray = m_layout == Layout::Array && m_depth == 0;
    if (m_scalarRecord)
        append(c);
}

void JsonRecordSplitter::structure(QChar c)
{
    if (m_scalarRecord && m_inRecord)
        return; // stray text: no bracket of it counts
    switch (c.unicode()) {
    case u'"':
        m_inString = true;
        if (atMemberLevel() && !m_frames.back().afterColon && !m_frames.back().inMember) {
            Frame &frame = m_frames.back();
            frame.inMember = true;
            frame.key.clear();
            frame.member = Member{m_line, {}, frame.prefix};
            m_readingKey = true;
        }
        break;
    case u'{':
    case u'[':
        openContainer(c);
        break;
    case u'}':
    case u']':
        closeContainer(c);
        break;
    case u',':
        if (atMemberLevel())
            endMember(m_frames.back());
        break;
    case u':':
        if (atMemberLevel()) {
            Frame &frame = m_frames.back();
            frame.afterColon = true;
            // A list of the columns is read whole, as a record is, for the names it gives.
            frame.memberLimit = mayNameColumns(frame.key) ? MaxRecordChars : MaxMemberChars;
        }
        break;
    default:
        break;
    }
}

bool JsonRecordSplitter::atMemberLevel() const
{
    return !m_frames.empty() && m_depth == int(m_frames.size());
}

void JsonRecordSplitter::openContainer(QChar c)
{
    if (m_depth == 0 && m_topValues++ == 0 && c == u'{')
        m_frames.emplace_back(); // the first value's members are followed, if an object
    else if (atMemberLevel() && m_frames.back().afterColon)
        beginMemberValue(c);
    else if (!m_frames.empty() && m_depth == int(m_frames.size()) + 1 &&
             m_frames.back().memberIsArray)
        countElement(m_frames.back(), c);
    ++m_depth;
}

void JsonRecordSplitter::countElement(Frame &frame, QChar c)
{
    ++frame.memberElements;
    if (c == u'[')
        ++frame.memberArrays;
}

void JsonRecordSplitter::beginMemberValue(QChar c)
{
    Frame &frame = m_frames.back();
    const QString path = frame.prefix + frame.key;
    if (c == u'[') {
        frame.memberIsArray = true;
        frame.memberElements = frame.memberArrays = 0;
        if (m_layout == Layout::Member && path == m_key) {
            m_inRecordArray = true;
            m_recordsDepth = m_depth + 1;
        }
    } else if (m_frames.size() < MaxKeyPath) { // an object: its members are followed in turn
        frame.memberIsObject = true;
        Frame inner;
        inner.prefix = path + u'.';
        m_frames.push_back(std::move(inner));
    }
}

void JsonRecordSplitter::closeContainer(QChar c)
{
    if (m_depth == 0)
        return;
    --m_depth;
    if (atMemberLevel() && m_frames.back().memberIsArray && c == u']')
        m_inRecordArray = false; // the member goes on to its comma or the object's end
    if (!m_frames.empty() && m_depth < int(m_frames.size()))
        closeFrame();
    if (m_depth == 0 && m_layout == Layout::Array && c == u']')
        m_arrayClosed = true;
    if (m_inRecord && m_depth == m_recordDepth)
        endRecord();
}

void JsonRecordSplitter::closeFrame()
{
    Frame done = std::move(m_frames.back());
    m_frames.pop_back();
    endMember(done);
    if (m_frames.empty()) {
        m_otherMembers = std::move(done.members);
        return;
    }
    Frame &holder = m_frames.back();
    holder.nestedHoldsArrays = done.holdsArrays;
    holder.nested = std::move(done.members);
}

void JsonRecordSplitter::append(QChar c)
{
    if (m_overlong)
        return;
    if (m_current.text.size() >= MaxRecordChars) {
        m_overlong = true;
        m_current.text.truncate(KeptOfOverlong);
        m_current.text += QChar(0x2026);
        m_current.text.squeeze();
        return;
    }
    m_current.text += c;
}

void JsonRecordSplitter::endRecord(const QString &error)
{
    Record record = std::move(m_current);
    if (m_scalarRecord)
        record.text = record.text.trimmed();
    if (record.error.isEmpty())
        record.error = error;
    if (!record.error.isEmpty()) {
    } else if (m_overlong) {
        record.error = tr("the record is over 1 MiB long; it was not read");
    } else if (m_afterArray) {
        record.error =
            tr("written after the closing bracket of the file's array of records: no record");
    } else if (m_scalarRecord || m_stringRecord) {
        // A string shows its own quotes; other text is put between quotes.
        const QString shown =
            m_stringRecord ? record.text.left(80) : u'"' + record.text.left(80) + u'"';
        record.error =
            tr("a value that is no record (neither an object nor an array): %1").arg(shown);
    }
    if (record.line != m_line)
        m_singleLineRecords = false;
    ++m_recordsEnded;
    m_inRecord = m_scalarRecord = m_stringRecord = m_afterArray = m_overlong = false;
    m_done = std::move(record);
}

void JsonRecordSplitter::noteMemberChar(QChar c)
{
    if (m_inRecordArray)
        return;
    for (Frame &frame : m_frames) {
        if (!frame.inMember)
            continue;
        if (frame.member.text.size() < frame.memberLimit)
            frame.member.text += c;
        else if (frame.member.text.size() == frame.memberLimit)
            frame.member.text += QChar(0x2026);
    }
}

void JsonRecordSplitter::endMember(Frame &frame)
{
    if (!frame.inMember)
        return;
    if (frame.memberIsArray && frame.memberElements > 0) { // an array of records is no metadata
        m_arraysOfRecords.append({frame.prefix + frame.key, frame.memberElements});
        if (frame.memberArrays == frame.memberElements)
            m_arraysOfArrays.append(frame.prefix + frame.key);
        else if (frame.memberArrays == 0 && mayNameColumns(frame.key))
            frame.members.append(
                Member{frame.member.line, frame.member.text.trimmed(), frame.prefix, true});
        frame.holdsArrays = true;
    } else if (frame.memberIsObject && frame.nestedHoldsArrays) { // given as its own members
        frame.members += frame.nested;
        frame.holdsArrays = true;
    } else {
        frame.member.text = frame.member.text.trimmed();
        frame.members.append(frame.member);
    }
    frame.memberLimit = MaxMemberChars;
    frame.inMember = frame.afterColon = frame.memberIsArray = frame.memberIsObject = false;
    frame.nestedHoldsArrays = false;
    frame.nested.clear();
    frame.memberElements = frame.memberArrays = 0;
    m_inRecordArray = false;
}
