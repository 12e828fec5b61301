#include "handlenormalizer.h"

#include <QRegularExpression>

#include <algorithm>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

/// The number a SIP URI addresses, as VoLTE call records write parties
/// ("sip:+12025550143@ims.example.net;user=phone"); empty if its user part is no number.
QString numberOfSipUri(const QString &text)
{
    static const QRegularExpression sip(QStringLiteral("^sips?:([+0-9][0-9().\\-]*)@[^@]+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = sip.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The address of a mail name-addr ("Dana Reyes <dana@example.com>", "<dana@example.com>"), as
/// mail and messaging exports write a party; empty if @p text is none.
QString addressInAngles(const QString &text)
{
    static const QRegularExpression nameAddr(QStringLiteral("^[^<>@]*<([^<>\\s@]+@[^<>\\s@]+)>$"));
    const auto m = nameAddr.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The number of a WhatsApp account's JID ("12025550143@s.whatsapp.net", "…@c.us"), as device
/// extractions write WhatsApp parties: its user part is the number in international form
/// without its "+". Empty if @p text is none.
QString numberOfWhatsAppJid(const QString &text)
{
    static const QRegularExpression jid(QStringLiteral("^\\+?([0-9]{6,15})@(?:s\\.whatsapp\\.net|c\\.us)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = jid.match(text);
    return m.hasMatch() ? u'+' + m.captured(1) : QString();
}

/// Digits of other scripts ("１２０２…", Arabic-Indic) as ASCII, and a fullwidth plus as "+", for
/// a number written in them.
QString withAsciiDigits(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() > 0x7F && c.isDigit())
            c = QChar(u'0' + c.digitValue());
        else if (c == QChar(0xFF0B))
            c = u'+';
    }
    return text;
}

QString stripScheme(QString text)
{
    static const QStringList schemes{QStringLiteral("tel:"), QStringLiteral("mailto:"),
                                     QStringLiteral("sms:"), QStringLiteral("imessage:"),
                                     QStringLiteral("facetime:")};
    for (const QString &scheme : schemes) {
        if (!text.startsWith(scheme, Qt::CaseInsensitive))
            continue;
        QString rest = text.mid(scheme.size()).trimmed();
        // A tel URI's parameters (";phone-context=…") are not part of the number; its extension
        // (";ext=12") is, as the number of the line behind a switchboard.
        if (scheme == u"tel:" && rest.contains(u';')) {
            static const QRegularExpression extension(QStringLiteral(";\\s*ext\\s*=\\s*([0-9]{1,7})(?:;|$)"),
                                                      QRegularExpression::CaseInsensitiveOption);
            const auto m = extension.match(rest);
            rest.truncate(rest.indexOf(u';'));
            if (m.hasMatch())
                rest += QStringLiteral(";ext=") + m.captured(1);
        }
        return rest;
    }
    if (text.startsWith(QStringLiteral("sip"), Qt::CaseInsensitive)) {
        if (const QString number = numberOfSipUri(text); !number.isEmpty())
            return number;
    }
    return text;
}

/// Marks of Unicode's "format" category: no one sees them, yet they sit in text copied out of PDFs,
/// web pages and right-to-left exports (a number wrapped in direction marks), and make a spelling
/// that looks like another a second handle. The two joiners are kept beside a letter or emoji
/// beyond ASCII, which they shape, and so can tell two names apart; between ASCII characters
/// ("ali\u200Dce") they shape nothing.
bool isUnseenMark(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c <= 0x7F || QChar::category(c) != QChar::Other_Format)
        return false;
    if (c != 0x200C && c != 0x200D)
        return true;
    const bool shapesBefore = i > 0 && text.at(i - 1).unicode() > 0x7F;
    const bool shapesAfter = i + 1 < text.size() && text.at(i + 1).unicode() > 0x7F;
    return !shapesBefore && !shapesAfter;
}

QString withoutUnseenMarks(QStringView raw, bool *removed)
{
    QString text;
    *removed = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i).unicode() > 0x7F && isUnseenMark(raw, i)) {
            if (!*removed)
                text = raw.left(i).toString(); // the first mark: what came before it is kept
            *removed = true;
        } else if (*removed) {
            text.append(raw.at(i));
        }
    }
    return *removed ? text : raw.toString();
}

bool looksLikePhone(const QString &text)
{
    // Only digits and the punctuation people type around them; at least three digits.
    static const QRegularExpression phoneChars(QStringLiteral("^\\+?[0-9 ()./\\-]+$"));
    if (!phoneChars.match(text).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3;
}

bool looksLikeEmail(const QString &text)
{
    // A colon before the "@" makes it a URI ("sip:alice@example.net"), not a mail address.
    static const QRegularExpression email(QStringLiteral("^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

/// Whether @p handle is a number or an address, which Excel's apostrophe before it is no part of.
/// A word keeps it ("'Private", "'sam"): Excel needs it before what it would read as a number or
/// a date, so before a word it may be the text's own.
bool isNumberOrAddress(const NormalizedHandle &handle)
{
    return handle.kind == HandleKind::Phone || handle.kind == HandleKind::Email;
}

/// Whether @p text is ASCII digits alone: a short code ("911", "57645"), which Excel would read
/// as a number, so an apostrophe before it is Excel's.
bool isDigitsOnly(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// The kind of a party that is neither a number nor an address: the words for a withheld
/// number, a masked one, or anything else.
HandleKind kindOfOther(const QString &text)
{
    if (HandleNormalizer::saysNumberWithheld(text))
        return HandleKind::Withheld;
    return HandleNormalizer::saysPartMasked(text) ? HandleKind::Masked : HandleKind::Other;
}

} // namespace

QString handleKindKey(HandleKind kind)
{
    switch (kind) {
    case HandleKind::Phone:
        return QStringLiteral("phone");
    case HandleKind::Email:
        return QStringLiteral("email");
    case HandleKind::Other:
        return QStringLiteral("other");
    case HandleKind::Withheld:
        return QStringLiteral("withheld");
    case HandleKind::Masked:
        return QStringLiteral("masked");
    }
    return {};
}

QString handleCheckKey(HandleCheck check)
{
    switch (check) {
    case HandleCheck::Valid:
        return QStringLiteral("valid");
    case HandleCheck::PossibleNotValid:
        return QStringLiteral("possible-not-valid");
    case HandleCheck::NotAPhoneNumber:
        return QStringLiteral("not-a-phone-number");
    }
    return {};
}

HandleNormalizer::HandleNormalizer(const QString &region)
    : m_region(region.toUpper()),
      m_northAmerican(PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(m_region.toStdString()) == 1)
{
}

bool HandleNormalizer::isKnownRegion(const QString &region)
{
    return knownRegions().contains(region.toUpper());
}

QStringList HandleNormalizer::knownRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList codes;
    for (const std::string &region : regions)
        codes.append(QString::fromStdString(region));
    return codes;
}

QString HandleNormalizer::withUnseenShown(QStringView raw)
{
    QString shown;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (isUnseenMark(raw, i))
            shown += QStringLiteral("\u27E8U+%1\u27E9").arg(raw.at(i).unicode(), 4, 16, QChar(u'0')).toUpper();
        else
            shown += raw.at(i);
    }
    return shown;
}

NormalizedHandle HandleNormalizer::normalize(QStringView raw) const
{
    // Whitespace runs (a handle wrapped over two lines) count as one space.
    bool unseen = false;
    const QString text = withoutUnseenMarks(raw, &unseen).simplified();
    // Excel's prefix that keeps a cell's text as typed ("'+12025550143"), which some exports
    // write into the file: not part of a number, an address or a short code of digits ("'57645").
    if (text.size() > 1 && text.front() == u'\'') {
        NormalizedHandle handle = normalizeVisible(text.mid(1).trimmed());
        if (isNumberOrAddress(handle) || isDigitsOnly(handle.normalized)) {
            handle.strayLeftOut = true;
            return handle;
        }
    }
    // A value in quotes of its own ("\"dana.reyes@example.com\"": an export that quotes its values,
    // quoted again by the CSV writer; Airtel's "'AD-Airtel-S'"): the quotes are no part of a
    // number, an address or a name, and no service lets a handle hold them round itself. Read
    // again within them, so "\"'9000000101'\"" (quoted twice) is the number too.
    if (const QString inner = withinQuotes(text); !inner.isEmpty()) {
        NormalizedHandle handle = normalize(inner);
        handle.strayLeftOut = !handle.isEmpty();
        return handle;
    }
    NormalizedHandle handle = normalizeVisible(text);
    handle.strayLeftOut = unseen && !handle.isEmpty();
    return handle;
}

QString HandleNormalizer::withinQuotes(const QString &text)
{
    // Asked of every handle an import reads: most start with a digit, "+" or a letter.
    static constexpr std::pair<char16_t, char16_t> Pairs[] = {
        {u'"', u'"'}, {u'\'', u'\''}, {u'\u201C', u'\u201D'}, {u'\u201E', u'\u201C'}, {u'\u2018', u'\u2019'},
        {u'\u00AB', u'\u00BB'}};
    if (text.size() < 3)
        return {};
    for (const auto &[open, close] : Pairs) {
        if (text.front() != open || text.back() != close)
            continue;
        // "\"+1 202 555 0143\", \"+1 202 555 0144\"": two values each in its quotes, not one in a pair.
        const QStringView inner = QStringView(text).mid(1, text.size() - 2);
        if (inner.contains(open) || inner.contains(close))
            return {};
        return inner.trimmed().toString();
    }
    return {};
}

NormalizedHandle HandleNormalizer::normalizeVisible(const QString &visible) const
{
    QString text = stripScheme(visible);
    if (text.isEmpty())
        return {};
    if (const QString address = addressInAngles(text); !address.isEmpty())
        text = stripScheme(address);
    if (const QString number = numberOfWhatsAppJid(text); !number.isEmpty()) {
        if (const NormalizedHandle phone = normalizePhone(number); phone.check == HandleCheck::Valid)
            return phone;
    }
    if (looksLikeEmail(text)) {
        const bool anonymous = text.startsWith(QStringLiteral("anonymous@"), Qt::CaseInsensitive) && saysNumberWithheld(text);
        const HandleKind kind = anonymous ? HandleKind::Withheld : saysPartMasked(text) ? HandleKind::Masked : HandleKind::Email;
        return {text.toLower(), kind, HandleCheck::NotAPhoneNumber};
    }
    // A number column read as decimals and written back (pandas, a database export): only a
    // valid number is read so, "12345.0" is no phone number.
    if (const QString digits = wholeNumberWrittenAsDecimal(text); !digits.isEmpty()) {
        if (const NormalizedHandle phone = normalizePhone(digits); phone.check == HandleCheck::Valid)
            return phone;
    }
    if (looksLikePhone(text)) {
        // A number cut short where it was copied ("+1 202 555...") is written as a number is, and
        // no one number: read as one, two cut alike would be one party. Whole before its dots, it
        // is that number, as it always was.
        const NormalizedHandle phone = normalizePhone(text);
        if (phone.check != HandleCheck::Valid && text.endsWith(QStringLiteral("...")) && saysPartMasked(text))
            return {text, HandleKind::Masked, HandleCheck::NotAPhoneNumber};
        return phone;
    }
    if (const auto number = numberWithExtension(text))
        return *number;
    // Only a number is read so: "user١٢٣" and "user123" may be two accounts.
    if (const QString digits = withAsciiDigits(text); digits != text && looksLikePhone(digits))
        return normalizePhone(digits);
    bool lost = false;
    if (const auto digits = expandScientific(text, &lost); digits && !lost)
        return normalizePhone(*digits);
    // Carriers log the digits dialled: the call went to the number after the code. Only a
    // number that is valid after it is taken; anything else stays as typed.
    if (const QString number = numberAfterServiceCode(text); !number.isEmpty()) {
        if (const NormalizedHandle phone = normalizePhone(number); phone.check == HandleCheck::Valid)
            return phone;
    }
    return {text, kindOfOther(text), HandleCheck::NotAPhoneNumber};
}

QString HandleNormalizer::wholeNumberWrittenAsDecimal(const QString &text)
{
    // Asked of every handle an import reads: most have no decimal point, or end in another digit.
    if (!text.endsWith(u'0') || !(text.contains(u'.') || text.contains(u',')))
        return {};
    static const QRegularExpression decimal(QStringLiteral("^(\\+?[0-9]{7,17})[.,]0+$"));
    const auto m = decimal.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<QString> HandleNormalizer::expandScientific(QStringView text, bool *lost)
{
    // Asked of every handle an import reads: most fail at their first letter or the lack of an "E".
    const QStringView trimmed = text.trimmed();
    const auto isPart = [](QChar c) { return c.isDigit() || c == u'+' || c == u'.' || c == u',' || c == u'e' || c == u'E'; };
    if (trimmed.size() > 24 || !std::all_of(trimmed.begin(), trimmed.end(), isPart)
        || !(trimmed.contains(u'e') || trimmed.contains(u'E')))
        return std::nullopt;
    static const QRegularExpression scientific(QStringLiteral("^\\+?([0-9])(?:[.,]([0-9]+))?[eE]\\+?([0-9]{1,2})$"));
    const auto m = scientific.match(trimmed.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(2);
    const int exponent = m.captured(3).toInt();
    if (fraction.size() > exponent)
        return std::nullopt; // not a whole number: no phone number was written so
    *lost = fraction.size() < exponent; // the zeros that would follow are a guess
    return *lost ? QString() : m.captured(1) + fraction;
}

std::optional<NormalizedHandle> HandleNormalizer::numberWithExtension(const QString &text) const
{
    // Asked of handles that are neither a number nor an address: most have no digit at their end.
    if (text.isEmpty() || !text.back().isDigit())
        return std::nullopt;
    static const QRegularExpression extension(
        QStringLiteral("^(\\+?[0-9 ()./\\-]*[0-9])[\\s,]*(?:;\\s*ext\\s*=|ext\\.?|extn\\.?|extension|x)\\s*([0-9]{1,7})$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = extension.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const NormalizedHandle number = normalizePhone(m.captured(1));
    if (number.check != HandleCheck::Valid) // a guess at either part could join two lines
        return std::nullopt;
    return NormalizedHandle{number.normalized + QStringLiteral(";ext=") + m.captured(2), HandleKind::Phone, HandleCheck::Valid};
}

QString HandleNormalizer::numberAfterServiceCode(const QString &text) const
{
    // "#31#" and "*31#" (GSM: withhold or show the caller's number for this call) everywhere;
    // "*67" and "*82" (the same) in the North American plan, where they mean nothing else.
    static const QRegularExpression gsm(QStringLiteral("^[#*]31#[\\s\\-]*"));
    static const QRegularExpression northAmerican(QStringLiteral("^\\*(?:67|82)[\\s\\-]*"));
    for (const QRegularExpression *code : {&gsm, &northAmerican}) {
        if (code == &northAmerican && !m_northAmerican)
            continue;
        if (const auto m = code->match(text); m.hasMatch()) {
            const QString number = text.mid(m.capturedLength());
            return looksLikePhone(number) ? number : QString();
        }
    }
    return {};
}

QString HandleNormalizer::withLostPlus(QStringView raw) const
{
    const QString text = raw.trimmed().toString();
    const bool digitsOnly = text.size() >= 8 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                                return c >= u'0' && c <= u'9';
                            });
    if (!digitsOnly || normalizePhone(text).check == HandleCheck::Valid)
        return {};
    const NormalizedHandle international = normalizePhone(u'+' + text);
    return international.check == HandleCheck::Valid ? international.normalized : QString();
}

bool HandleNormalizer::writtenAsDialled(QStringView raw)
{
    const QStringView text = raw.trimmed();
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            if (digits == 0 && c != u'0')
                return false;
            ++digits;
        } else if (!QStringView(u" -./()").contains(c)) {
            return false;
        }
    }
    return digits >= 6 && digits <= 17; // "00" and a country code before up to 15 digits
}

NormalizedHandle HandleNormalizer::normalizePhone(const QString &text) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error = util->Parse(text.toStdString(), m_region.toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsPossibleNumber(number))
        return {text, HandleKind::Other, HandleCheck::NotAPhoneNumber};
    if (util->IsValidNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        return {QString::fromStdString(e164), HandleKind::Phone, HandleCheck::Valid};
    }
    // Possible but not valid: adding a country code or dropping digits would be a guess that
    // could merge two different people, so the number stays exactly as typed.
    return {text, HandleKind::Phone, HandleCheck::PossibleNotValid};
}
