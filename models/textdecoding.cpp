#include "textdecoding.h"

#include <QStringDecoder>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

} // namespace

char16_t TextDecoding::windows1252High(unsigned char byte)
{
    return (byte >= 0x80 && byte < 0xA0) ? Cp1252High[byte - 0x80] : char16_t(byte);
}

QString TextDecoding::windows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (char c : bytes)
        *dst++ = QChar(windows1252High(static_cast<unsigned char>(c)));
    return out;
}

bool TextDecoding::replaceUnpairedSurrogates(QString &text)
{
    bool replaced = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = QChar::ReplacementCharacter;
        replaced = true;
    }
    return replaced;
}

std::optional<QStringDecoder::Encoding> TextDecoding::utf16WithoutMark(QByteArrayView head)
{
    // Three in four code units with their high byte alone zero, and hardly any the other way
    // round: no 8-bit text has zeros so regularly placed (a NUL here and there is damage).
    const qsizetype units = qMin<qsizetype>(head.size(), 4096) / 2;
    if (units < 4)
        return std::nullopt;
    qsizetype little = 0;
    qsizetype big = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const bool firstZero = head[2 * i] == 0;
        const bool secondZero = head[2 * i + 1] == 0;
        little += !firstZero && secondZero;
        big += firstZero && !secondZero;
    }
    if (little * 4 >= units * 3 && big * 20 <= units)
        return QStringDecoder::Utf16LE;
    if (big * 4 >= units * 3 && little * 20 <= units)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

QByteArray TextDecoding::headAsUtf8(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE"))
        return QString(QStringDecoder(QStringDecoder::Utf16LE).decode(head.sliced(2))).toUtf8();
    if (head.startsWith("\xFE\xFF"))
        return QString(QStringDecoder(QStringDecoder::Utf16BE).decode(head.sliced(2))).toUtf8();
    if (const auto utf16 = utf16WithoutMark(head))
        return QString(QStringDecoder(*utf16).decode(head)).toUtf8();
    return head.toByteArray();
}

int TextDecoding::digitValue(QChar c, bool hex)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (hex && c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (hex && c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}
