#include "utf8lines.h"

#include <QIODevice>

bool Utf8Lines::scan(QIODevice &device, const ReadWatch &watch)
{
    const qint64 start = device.pos();
    m_lineStart = start;
    QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 offset = start;
    const qint64 size = device.size();
    for (;;) {
        if (watch.progress && size > 0)
            watch.progress(double(offset) / double(size));
        if (watch.stopped && watch.stopped()) {
            m_cancelled = true;
            return false;
        }
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0)
            return false;
        if (got == 0)
            break;
        feed(reinterpret_cast<const unsigned char *>(chunk.constData()), got, offset);
        offset += got;
    }
    if (m_continuations > 0)
        invalidByte(); // the file ends inside a sequence
    if (offset > m_lineStart || m_lineInvalid)
        endLine(offset, offset);
    return device.seek(start);
}

void Utf8Lines::feed(const unsigned char *data, qint64 size, qint64 offset)
{
    for (qint64 i = 0; i < size; ++i) {
        const unsigned char b = data[i];
        if (m_continuations > 0) {
            if (b >= m_low && b <= m_high) {
                --m_continuations;
                m_low = 0x80;
                m_high = 0xBF;
                continue;
            }
            invalidByte(); // and b is read afresh below
        }
        if (b < 0x80) {
            const bool lf = b == '\n';
            if (lf && m_afterCr)
                m_lineStart = offset + i + 1;
            else if (lf || b == '\r')
                endLine(offset + i, offset + i + 1);
            m_afterCr = b == '\r';
            continue;
        }
        m_afterCr = false;
        m_lineNonAscii = true;
        // The lead bytes and the first continuation's range of well-formed UTF-8 (RFC 3629):
        // no overlong forms, no surrogates, nothing past U+10FFFF.
        if (b >= 0xC2 && b <= 0xDF) {
            m_continuations = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_continuations = 2;
            m_low = b == 0xE0 ? 0xA0 : 0x80;
            m_high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_continuations = 3;
            m_low = b == 0xF0 ? 0x90 : 0x80;
            m_high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            invalidByte();
        }
    }
}

void Utf8Lines::invalidByte()
{
    m_lineInvalid = true;
    m_continuations = 0;
    m_low = 0x80;
    m_high = 0xBF;
}

void Utf8Lines::endLine(qint64 at, qint64 next)
{
    if (m_continuations > 0)
        invalidByte(); // a line end inside a sequence
    if (m_lineInvalid)
        m_invalid.push_back({m_lineStart, at, m_line});
    else if (m_lineNonAscii)
        ++m_utf8Lines;
    ++m_line;
    m_lineStart = next;
    m_lineInvalid = m_lineNonAscii = false;
}
