#include "jsontext.h"

#include <QLocale>

#include <cmath>

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((unit >> shift) & 0xF);
}

void appendAscii(QByteArray &out, char16_t c)
{
    switch (c) {
    case u'"':
        out += "\\\"";
        return;
    case u'\\':
        out += "\\\\";
        return;
    case u'\b':
        out += "\\b";
        return;
    case u'\f':
        out += "\\f";
        return;
    case u'\n':
        out += "\\n";
        return;
    case u'\r':
        out += "\\r";
        return;
    case u'\t':
        out += "\\t";
        return;
    default:
        if (c < 0x20)
            appendEscapedUnit(out, c);
        else
            out += char(c);
    }
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *const end = text.utf16() + text.size();
    for (const char16_t *p = text.utf16(); p != end; ++p) {
        const char16_t c = *p;
        if (c < 0x80) {
            appendAscii(out, c);
        } else if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            out += QStringView(p, 2).toUtf8();
            ++p;
        } else if (QChar::isSurrogate(c)) {
            appendEscapedUnit(out, c); // no UTF-8 for half a pair
        } else {
            out += QStringView(p, 1).toUtf8();
        }
    }
    out += '"';
}

QByteArray JsonText::number(double value)
{
    return std::isfinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                                : QByteArray("null");
}
