#include "handlenormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace {

/// The characters redacted returns and leaked samples write in place of hidden digits or
/// letters: "+49171*****12", "202-555-XXXX", "j•••@example.com", "███".
bool isMaskCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'*':
    case u'x':
    case u'X':
    case u'#':
    case u'\u2022': // •
    case u'\u25CF': // ●
    case u'\u25A0': // ■
    case u'\u2588': // █
    case u'\u2592': // ▒
    case u'\u2026': // … where digits were cut (counted twice: it always hides one or more)
        return true;
    default:
        return false;
    }
}

/// Words a redaction writes for a whole party, lower case, brackets and quotes taken off.
const QSet<QString> &redactionWords()
{
    static const QSet<QString> words{
        u"redacted"_qs, u"redacted number"_qs, u"number redacted"_qs, u"redacted phone"_qs, u"redacted email"_qs,
        u"removed"_qs, u"anonymised"_qs, u"anonymized"_qs, u"masked"_qs, u"geschwärzt"_qs,
        u"unkenntlich gemacht"_qs, u"anonymisiert"_qs, u"caviardé"_qs, u"anonymisé"_qs, u"censuré"_qs,
        u"omissis"_qs, u"oscurato"_qs, u"censurado"_qs, u"anonimizado"_qs, u"zwartgelakt"_qs, u"weggelakt"_qs,
        u"geanonimiseerd"_qs,
    };
    return words;
}

/// @p text without the quotes and brackets a whole value may stand in.
QStringView withoutWrapping(QStringView text)
{
    static const QString Around = QStringLiteral("[]<>{}\"' \u201C\u201D\u201E\u2018\u2019");
    while (!text.isEmpty() && Around.contains(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && Around.contains(text.back()))
        text.chop(1);
    return text;
}

/// A GSM service code dialled ("#31#…", "**21*+4917…#", "*100#"), as carriers log the digits
/// dialled: its stars and hashes hide nothing.
bool isServiceCode(QStringView text)
{
    static const QRegularExpression code(QStringLiteral("^[*#]{1,2}[0-9]{1,3}[*#]"));
    if (text.isEmpty() || (text.front() != u'*' && text.front() != u'#'))
        return false;
    return text.endsWith(u'#') || code.match(text.toString()).hasMatch();
}

/// "+49171*****12", "(202) 555-XXXX", "+1 202 555 01xx", "***", "XXXXXXXX": digits and the
/// punctuation of a number, some or all hidden. At least two characters hidden, and six digits
/// and hidden characters in all ("x12" after a number is its extension); with no digit, three
/// hidden by a mark that is no letter, or six ("xxx" may be an account's name).
bool isMaskedNumber(QStringView text)
{
    if (isServiceCode(text))
        return false;
    int digits = 0;
    int xs = 0;
    int hidden = 0;
    if (text.endsWith(u"...")) { // a number cut short where it was copied ("+1 202 555..."), as "…"
        text.chop(3);
        hidden += 2;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 0x80) {
            ++digits;
        } else if (isMaskCharacter(c)) {
            hidden += c == u'\u2026' ? 2 : 1;
            xs += c == u'x' || c == u'X' ? 1 : 0;
        } else if (!(c == u'+' && i == 0) && !QStringView(u" ()./-").contains(c)) {
            return false;
        }
    }
    if (digits == 0)
        return hidden >= 6 || (hidden >= 3 && xs < hidden);
    return hidden >= 2 && digits + hidden >= 6;
}

/// "j***@example.com", "jo••••@g****.com": an address with letters hidden (never with "x" or "#",
/// which addresses hold).
bool isMaskedAddress(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || text.contains(u' '))
        return false;
    for (QChar c : text) {
        if (c != u'x' && c != u'X' && c != u'#' && isMaskCharacter(c))
            return true;
    }
    return false;
}

} // namespace

bool HandleNormalizer::saysPartMasked(QStringView text)
{
    // Asked of every party that is neither a number nor an address, and of every address.
    const QStringView value = withoutWrapping(text);
    if (value.isEmpty() || value.size() > 256) // an address is at most 254 characters
        return false;
    if (isMaskedNumber(value) || isMaskedAddress(value))
        return true;
    if (value.size() > 24)
        return false;
    QString words = value.toString().toLower();
    words.replace(u'_', u' ');
    return redactionWords().contains(words.simplified());
}
