#include "serialrounding.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

// A file of two times, each to 8.64 s or coarser, each a whole second: one Excel wrote whole is
// so in one time of 216, two in 46,656.
constexpr int CoarseDecimals = 4;
constexpr int CoarseTimesEnough = 2;

bool givesWholeSecond(const QString &text)
{
    const double seconds = QString(text).replace(u',', u'.').toDouble() * 86400.0;
    return std::abs(seconds - std::round(seconds)) <= 0.0005;
}

QString resolution(int decimals)
{
    return QLocale::c().toString(86400.0 / std::pow(10.0, decimals), 'g', 3);
}

} // namespace

int SerialRounding::decimalsOf(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,7}(?:[.,](\\d{1,17}))?$"));
    const QRegularExpressionMatch m = number.match(text);
    return m.hasMatch() ? int(m.capturedLength(1)) : -1;
}

std::optional<SerialRounding> SerialRounding::of(const QStringList &texts)
{
    int full = 0;
    int coarse = 0;
    SerialRounding found;
    for (const QString &written : texts) {
        const QString text = written.trimmed();
        const int decimals = decimalsOf(text);
        if (decimals >= FullDecimals) {
            ++full;
        } else if (decimals >= 0 && !givesWholeSecond(text)) {
            return SerialRounding{text, false, decimals}; // rounded: no other time needs looking at
        } else if (decimals >= 0 && decimals <= CoarseDecimals) {
            if (coarse++ == 0)
                found.example = text;
            found.decimals = qMax(found.decimals, decimals);
        }
    }
    if (full > 0 || coarse < CoarseTimesEnough)
        return std::nullopt;
    found.everyTimeShort = true;
    return found;
}

QString SerialRounding::reason(const QString &text) const
{
    if (everyTimeShort) {
        return tr("timestamp \"%1\" may have been rounded: no time of the file has the digits Excel writes (at most %n "
                  "decimal(s) of a day: to %2 s), as when a worksheet's number format rounds them; save the column "
                  "with a date and time format from the file as delivered",
                  nullptr, decimals)
            .arg(text, resolution(decimals));
    }
    return tr("timestamp \"%1\" may have been rounded: the file's times were rounded by a worksheet's number format "
              "(\"%2\" gives its time of day to %3 s only), and this one has no more digits than a rounded one; save "
              "the column with a date and time format from the file as delivered")
        .arg(text, example, resolution(decimalsOf(example)));
}
