#include "durations.h"

#include <QHash>
#include <QRegularExpression>

std::optional<DurationUnit> Durations::unitOf(const QString &label)
{
    // Compared without case or dots: "Min.", "sec", "Sek.", "hh:mm", "MM:SS".
    static const QHash<QString, DurationUnit> units{
        {QStringLiteral("s"), DurationUnit::Seconds},           {QStringLiteral("sec"), DurationUnit::Seconds},
        {QStringLiteral("secs"), DurationUnit::Seconds},        {QStringLiteral("second"), DurationUnit::Seconds},
        {QStringLiteral("seconds"), DurationUnit::Seconds},     {QStringLiteral("sek"), DurationUnit::Seconds},
        {QStringLiteral("sekunden"), DurationUnit::Seconds},    {QStringLiteral("ms"), DurationUnit::Milliseconds},
        {QStringLiteral("msec"), DurationUnit::Milliseconds},   {QStringLiteral("millis"), DurationUnit::Milliseconds},
        {QStringLiteral("milliseconds"), DurationUnit::Milliseconds},
        {QStringLiteral("min"), DurationUnit::Minutes},         {QStringLiteral("mins"), DurationUnit::Minutes},
        {QStringLiteral("minute"), DurationUnit::Minutes},      {QStringLiteral("minutes"), DurationUnit::Minutes},
        {QStringLiteral("minuten"), DurationUnit::Minutes},     {QStringLiteral("h"), DurationUnit::Hours},
        {QStringLiteral("hr"), DurationUnit::Hours},            {QStringLiteral("hrs"), DurationUnit::Hours},
        {QStringLiteral("hour"), DurationUnit::Hours},          {QStringLiteral("hours"), DurationUnit::Hours},
        {QStringLiteral("std"), DurationUnit::Hours},           {QStringLiteral("stunden"), DurationUnit::Hours},
        {QStringLiteral("mm:ss"), DurationUnit::MinutesSeconds}, {QStringLiteral("m:ss"), DurationUnit::MinutesSeconds},
        {QStringLiteral("min:sec"), DurationUnit::MinutesSeconds}, {QStringLiteral("mi:ss"), DurationUnit::MinutesSeconds},
        {QStringLiteral("hh:mm"), DurationUnit::HoursMinutes},  {QStringLiteral("h:mm"), DurationUnit::HoursMinutes},
        {QStringLiteral("hh:mi"), DurationUnit::HoursMinutes},  {QStringLiteral("std:min"), DurationUnit::HoursMinutes},
        {QStringLiteral("hh:mm:ss"), DurationUnit::Seconds},    {QStringLiteral("h:mm:ss"), DurationUnit::Seconds},
        {QStringLiteral("hh:mi:ss"), DurationUnit::Seconds},
        // As French, Spanish, Portuguese, Italian and Dutch headers name them: "Durée
        // (secondes)", "Duración (segundos)", "Durata (minuti)", "Duur (seconden)".
        {QStringLiteral("sekunde"), DurationUnit::Seconds},     {QStringLiteral("secondes"), DurationUnit::Seconds},
        {QStringLiteral("seg"), DurationUnit::Seconds},         {QStringLiteral("segundos"), DurationUnit::Seconds},
        {QStringLiteral("secondi"), DurationUnit::Seconds},     {QStringLiteral("minuto"), DurationUnit::Minutes},
        {QStringLiteral("minutos"), DurationUnit::Minutes},     {QStringLiteral("minuti"), DurationUnit::Minutes},
        {QStringLiteral("heures"), DurationUnit::Hours},        {QStringLiteral("horas"), DurationUnit::Hours},
        {QStringLiteral("ore"), DurationUnit::Hours},           {QStringLiteral("seconden"), DurationUnit::Seconds},
        {QStringLiteral("uur"), DurationUnit::Hours}};
    QString key = label.trimmed().toLower();
    key.remove(u'.');
    const auto found = units.constFind(key);
    return found == units.cend() ? std::nullopt : std::optional<DurationUnit>(*found);
}

QString Durations::key(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Seconds: return QStringLiteral("seconds");
    case DurationUnit::Milliseconds: return QStringLiteral("milliseconds");
    case DurationUnit::Minutes: return QStringLiteral("minutes");
    case DurationUnit::Hours: return QStringLiteral("hours");
    case DurationUnit::MinutesSeconds: return QStringLiteral("mm:ss");
    case DurationUnit::HoursMinutes: return QStringLiteral("hh:mm");
    }
    return {};
}

std::optional<DurationUnit> Durations::fromKey(const QString &key)
{
    for (const DurationUnit unit : all()) {
        if (Durations::key(unit) == key)
            return unit;
    }
    return std::nullopt;
}

const QList<DurationUnit> &Durations::all()
{
    static const QList<DurationUnit> units{DurationUnit::Seconds,        DurationUnit::Milliseconds,
                                           DurationUnit::Minutes,        DurationUnit::Hours,
                                           DurationUnit::MinutesSeconds, DurationUnit::HoursMinutes};
    return units;
}

QString Durations::words(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Seconds: return tr("seconds");
    case DurationUnit::Milliseconds: return tr("milliseconds");
    case DurationUnit::Minutes: return tr("minutes");
    case DurationUnit::Hours: return tr("hours");
    case DurationUnit::MinutesSeconds: return tr("minutes and seconds (m:ss)");
    case DurationUnit::HoursMinutes: return tr("hours and minutes (h:mm)");
    }
    return {};
}

bool Durations::needsMark(const QString &text)
{
    // One to three digits, the first not 0, the mark, three digits: a thousands group and a
    // fraction alike ("0.500" and "1234.5" are decimals whatever the file's mark). Read by hand:
    // every record's duration is asked.
    const QStringView written = QStringView(text).trimmed();
    const qsizetype mark = written.size() - 4;
    if (mark < 1 || mark > 3 || (written[mark] != u'.' && written[mark] != u',') || written[0] == u'0')
        return false;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (i != mark && (written[i] < u'0' || written[i] > u'9'))
            return false;
    }
    return true;
}

DecimalMark Durations::markWrittenIn(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("^[0-9]+(?::[0-9]+){1,2}([.,])[0-9]+$"));
    static const QRegularExpression one(QStringLiteral("^[0-9]+([.,])[0-9]+$"));
    static const QRegularExpression dotsGroup(
        QStringLiteral("^[0-9]{1,3}(?:\\.[0-9]{3})+(?:,[0-9]+)?$"));
    static const QRegularExpression commasGroup(
        QStringLiteral("^[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?$"));
    const QString written = text.trimmed();
    const auto mark = [](QStringView m) {
        return m == u"," ? DecimalMark::Comma : DecimalMark::Point;
    };
    // A clock's seconds are never grouped: its mark is the decimal one ("0:01:05,250").
    if (const auto m = clock.match(written); m.hasMatch())
        return mark(m.capturedView(1));
    if (const auto m = one.match(written); m.hasMatch())
        return needsMark(written) ? DecimalMark::Unknown : mark(m.capturedView(1));
    // Two marks, or one repeated: the first groups thousands ("1.234,5", "1.234.567").
    if (dotsGroup.match(written).hasMatch())
        return DecimalMark::Comma;
    if (commasGroup.match(written).hasMatch())
        return DecimalMark::Point;
    return DecimalMark::Unknown;
}

DecimalMark Durations::settleMark(const QStringList &texts, qsizetype *settledBy)
{
    qsizetype point = -1;
    qsizetype comma = -1;
    for (qsizetype i = 0; i < texts.size() && (point < 0 || comma < 0); ++i) {
        const DecimalMark mark = markWrittenIn(texts.at(i));
        if (mark == DecimalMark::Point && point < 0)
            point = i;
        else if (mark == DecimalMark::Comma && comma < 0)
            comma = i;
    }
    if ((point < 0) == (comma < 0)) // none, or both: a column written both ways settles nothing
        return DecimalMark::Unknown;
    if (settledBy)
        *settledBy = point >= 0 ? point : comma;
    return point >= 0 ? DecimalMark::Point : DecimalMark::Comma;
}

QString Durations::markKey(DecimalMark mark)
{
    switch (mark) {
    case DecimalMark::Point:
        return QStringLiteral("point");
    case DecimalMark::Comma:
        return QStringLiteral("comma");
    case DecimalMark::Unknown:
        break;
    }
    return {};
}

DecimalMark Durations::markFromKey(const QString &key)
{
    if (key == u"point")
        return DecimalMark::Point;
    return key == u"comma" ? DecimalMark::Comma : DecimalMark::Unknown;
}

QString Durations::markNeededReason(const QString &text)
{
    const QString written = text.trimmed();
    const bool comma = written.contains(u',');
    // Read with the other mark, its own separates thousands; read with its own, it is a fraction.
    const DecimalMark own = comma ? DecimalMark::Comma : DecimalMark::Point;
    const DecimalMark other = comma ? DecimalMark::Point : DecimalMark::Comma;
    return tr("the duration \"%1\" can be read as %2 (%3 separating thousands) or as %4 (%5), and no "
              "duration in the file settles which; declare the decimal mark (--decimal-mark point or comma)")
        .arg(written, plainNumber(written, other), comma ? tr("the comma") : tr("the dot"),
             plainNumber(written, own), markWords(own));
}

QString Durations::markWords(DecimalMark mark)
{
    return mark == DecimalMark::Comma ? tr("a decimal comma") : tr("a decimal point");
}

QString Durations::plainNumber(const QString &text, DecimalMark mark)
{
    if (!text.contains(u'.') && !text.contains(u','))
        return text; // "65", "2:05", "65 sec": no mark to read, and no pattern tried on each record
    const DecimalMark written = needsMark(text) ? mark : markWrittenIn(text);
    if (written == DecimalMark::Unknown)
        return text; // no mark, or not a number: read as it stands
    QString plain = text;
    plain.remove(written == DecimalMark::Comma ? u'.' : u',');
    return written == DecimalMark::Comma ? plain.replace(u',', u'.') : plain;
}

std::optional<double> Durations::readWithUnits(const QString &text)
{
    // "65 sec", "1m 5s", "1 hr 2 min 3 sec", as carriers' portals write a call's length, in the
    // languages whose carriers' words LookupLens reads too ("1 Std. 2 Min. 3 Sek.", "1 heure 5
    // secondes", "2 minutos 3 segundos", "1 ora 2 minuti"), and ISO 8601's "PT1M5S": each says
    // its own units, whatever the header says.
    static const QRegularExpression units(
        QStringLiteral("^(?:(\\d+(?:\\.\\d+)?)\\s*(?:hours|hour|hrs|hr|h|stunden|stunde|std|heures|heure|"
                       "horas|hora|ore|ora|uur)\\.?(?![a-z]))?\\s*"
                       "(?:(\\d+(?:\\.\\d+)?)\\s*(?:minutes|minute|mins|min|m|minuten|minutos|minuto|minuti|minuut)"
                       "\\.?(?![a-z]))?\\s*"
                       "(?:(\\d+(?:\\.\\d+)?)\\s*(?:seconds|second|secs|sec|s|sekunden|sekunde|sek|secondes|"
                       "seconde|segundos|segundo|seg|secondi|secondo|seconden)\\.?(?![a-z]))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iso(QStringLiteral("^PT(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *shape : {&units, &iso}) {
        const auto m = shape->match(text.trimmed());
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty() && m.captured(3).isEmpty()))
            continue;
        return m.captured(1).toDouble() * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble();
    }
    return std::nullopt;
}

std::optional<double> Durations::readClock(const QString &text, DurationUnit unit)
{
    // "2:05" is minutes and seconds unless the header says hours and minutes ("Duration
    // (hh:mm)"); three parts are hours, minutes and seconds, whatever it says.
    const QStringList parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const bool hoursAndMinutes = parts.size() == 2 && unit == DurationUnit::HoursMinutes;
    double total = 0;
    bool ok = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // Only the seconds may have a fraction ("0:01:05.250"); of hours and minutes, none.
        const bool seconds = i + 1 == parts.size() && !hoursAndMinutes;
        const double value = seconds ? parts[i].toDouble(&ok) : double(parts[i].toInt(&ok));
        if (!ok || value < 0)
            return std::nullopt;
        total = total * 60 + value;
    }
    return hoursAndMinutes ? total * 60 : total;
}

std::optional<double> Durations::read(QString text, DurationUnit unit, DecimalMark mark)
{
    // "125", "125.5", "125,5" (a decimal comma, as European exports write it), "1.234,5"; a
    // clock; units.
    text = text.trimmed();
    if (mark == DecimalMark::Unknown && needsMark(text))
        return std::nullopt;
    text = plainNumber(text, mark);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok) {
        if (number < 0)
            return std::nullopt;
        switch (unit) {
        case DurationUnit::Milliseconds: return number / 1000.0;
        case DurationUnit::Minutes: return number * 60.0;
        case DurationUnit::Hours: return number * 3600.0;
        // A count under a clock's header ("Duration (mm:ss)": "125") could be either: only 0 is both.
        case DurationUnit::MinutesSeconds:
        case DurationUnit::HoursMinutes: return number == 0 ? std::optional<double>(0.0) : std::nullopt;
        case DurationUnit::Seconds: return number;
        }
    }
    if (const auto withUnits = readWithUnits(text))
        return withUnits;
    return readClock(text, unit);
}

QString Durations::rejectReason(const QString &text, DurationUnit unit)
{
    if (needsMark(text))
        return markNeededReason(text);
    if (unit == DurationUnit::MinutesSeconds || unit == DurationUnit::HoursMinutes)
        return tr("the duration \"%1\" is not written as %2, as its header says").arg(text, words(unit));
    if (unit != DurationUnit::Seconds)
        return tr("the duration \"%1\" is not a number of %2, as its header says, or h:mm:ss").arg(text, words(unit));
    return tr("the duration \"%1\" is not a number of seconds or h:mm:ss").arg(text);
}
