#include "statedperiod.h"

#include "timestampparser.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

QList<StatedPeriod> StatedPeriod::find(const QJsonObject &metadata)
{
    QList<StatedPeriod> periods = allIn(metadata);
    periods.removeIf([](const StatedPeriod &p) { return !p.isRead(); });
    return periods;
}

StatedPeriod::Reading StatedPeriod::readingOf(const QJsonObject &metadata)
{
    // An .xlsx keeps a date cell's value, its day number, as the line's words; the .xls reader
    // writes a whole day's cell as its date (a number there is a number), a text file saved from
    // either the date as shown.
    const bool workbook = metadata.value(QStringLiteral("reader")).toString() == u"xlsx";
    const bool date1904 = metadata.value(QStringLiteral("date_system")).toString() == u"1904";
    return {metadata.value(QStringLiteral("date_order")).toString(),
            workbook ? std::optional(TimestampParser::excelEpoch(date1904)) : std::nullopt};
}

QList<StatedPeriod> StatedPeriod::allIn(const QJsonObject &metadata)
{
    // A text file's first block is every line above its header, from line 1: where a case
    // imported before the lines' numbers were kept holds as many lines as that, each is known.
    const bool text = metadata.value(QStringLiteral("reader")).toString() == u"csv";
    const int above = metadata.value(QStringLiteral("header_line")).toInt() - 1;
    const bool counted =
        text && metadata.value(QStringLiteral("metadata_lines")).toArray().size() == above;
    const Reading reading = readingOf(metadata);
    QList<StatedPeriod> periods = inBlock(metadata, counted ? 1 : 0, reading);
    for (const QJsonValue &later : metadata.value(QStringLiteral("later_returns")).toArray())
        periods += inBlock(later.toObject(), 0, reading);
    return periods;
}

QList<StatedPeriod> StatedPeriod::inBlock(const QJsonObject &block, int firstLine,
                                          const Reading &reading)
{
    const QJsonArray lines = block.value(QStringLiteral("metadata_lines")).toArray();
    const QJsonArray numbers = block.value(QStringLiteral("metadata_line_numbers")).toArray();
    const auto lineOf = [&numbers, firstLine](qsizetype i) {
        return i < numbers.size() ? numbers.at(i).toInt() : firstLine > 0 ? firstLine + int(i) : 0;
    };
    // A block states one: its first line read as a period, else its start and end on lines of
    // their own, else the first said and not read (a period read is not passed over for it).
    std::optional<StatedPeriod> found;
    for (qsizetype i = 0; i < lines.size() && !(found && found->isRead()); ++i) {
        auto period = read(lines.at(i).toString(), reading);
        if (!period || (found && !period->isRead()))
            continue;
        period->line = lineOf(i);
        found = period;
    }
    qsizetype startIndex = -1;
    qsizetype endIndex = -1;
    if (!(found && found->isRead())) {
        if (auto pair = inTwoLines(lines, reading, &startIndex, &endIndex);
            pair && (!found || pair->isRead())) {
            pair->line = lineOf(startIndex);
            pair->endLine = lineOf(endIndex);
            found = pair;
        }
    }
    if (!found)
        return {};
    found->headerLine = block.value(QStringLiteral("header_line")).toInt();
    return {*found};
}

std::optional<StatedPeriod> StatedPeriod::inTwoLines(const QJsonArray &lines,
                                                     const Reading &reading, qsizetype *startIndex,
                                                     qsizetype *endIndex)
{
    // "Start Date: 2016-08-28" above "End Date: 2016-09-21" ("Period Start", "From", "To" …),
    // and as German, French, Spanish, Portuguese, Italian and Dutch returns write them ("Von",
    // "Bis", "Date de début", "Fecha de fin", "Data inizio", "Einddatum" …); Vodafone Idea's
    // (India) "From Date :- 01/01/2026 00:00:00" above "Till Date :- …".
    static const QString prefix =
        QStringLiteral("^\\W*(?:(?:search|period|date|log|requested|request)\\s+)?");
    static const QRegularExpression starts(
        prefix + QStringLiteral("(?:start(?:ing)?(?:\\s+date)?|from(?:\\s+date)?|begin(?:ning)?(?:\\s+date)?|"
                                "first\\s+date|von|vom|beginn|startdatum|anfangsdatum|du|d[ée]but|"
                                "date\\s+de\\s+d[ée]but|desde|fecha\\s+(?:de\\s+inicio|inicial)|"
                                "data\\s+(?:de\\s+in[íi]cio|inicial|(?:di\\s+)?inizio)|dal|van|"
                                "begindatum)(?!\\p{L})"
                                "\\s*(?:[:#]\\s*-?)?\\s*(.+?)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ends(
        prefix + QStringLiteral("(?:end(?:ing)?(?:\\s+date)?|to(?:\\s+date)?|till(?:\\s+date)?|through|thru|until|"
                                "last\\s+date|"
                                "bis|ende|enddatum|au|fin|date\\s+de\\s+fin|hasta|"
                                "fecha\\s+(?:de\\s+fin|final)|at[ée]|data\\s+(?:de\\s+fim|final|"
                                "(?:di\\s+)?fine)|al|tot(?:\\s+en\\s+met)?|t/m|einddatum)(?!\\p{L})"
                                "\\s*(?:[:#]\\s*-?)?\\s*(.+?)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch start;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString plain = plainLine(lines.at(i).toString());
        if (*startIndex < 0) {
            if (start = starts.match(plain); start.hasMatch())
                *startIndex = i;
        } else if (const QRegularExpressionMatch end = ends.match(plain); end.hasMatch()) {
            *endIndex = i;
            const QString text = lines.at(*startIndex).toString().trimmed() +
                                 QStringLiteral(" … ") + lines.at(i).toString().trimmed();
            return fromEnds(text, start.captured(1), end.captured(1), reading);
        }
    }
    return std::nullopt;
}

QStringView StatedPeriod::unquoted(QStringView end)
{
    // Airtel's (India) title quotes each end: "… from '01-Apr-2026' to '30-Apr-2026'" (the last
    // quote is left to the line's end, which takes what is no word).
    static constexpr QStringView quotes = u"'\"‘’“”";
    while (!end.isEmpty() && quotes.contains(end.front()))
        end = end.sliced(1);
    while (!end.isEmpty() && quotes.contains(end.back()))
        end.chop(1);
    return end;
}

QString StatedPeriod::plainLine(const QString &line)
{
    // A spreadsheet's cells come apart by tabs, a CSV's by commas or, as Excel saves one in
    // much of Europe, semicolons: "Period, 2016-08-28, through", "Zeitraum;01.09.2016;bis".
    return QString(line).replace(u'\t', u' ').replace(u',', u' ').replace(u';', u' ').simplified();
}

std::optional<StatedPeriod> StatedPeriod::read(const QString &text, const Reading &reading)
{
    // A label, then each end as StatedDate reads it: "Period 2016-08-28 through 2016-09-21", and
    // in the languages of the carriers LookupLens reads: "Zeitraum: 01.09.2016 bis 30.09.2016",
    // "Période du 1er septembre 2016 au 30 septembre 2016", "Periodo: del 01/09/2016 al
    // 30/09/2016", "Período: 01/09/2016 até 30/09/2016", "Periodo dal 01/09/2016 al 30/09/2016",
    // "Periode: 01-09-2016 t/m 30-09-2016". The label may stand in quotes of its own, as a JSON
    // member's key or a quoted cell does: "Period": "2016-08-28 through 2016-09-21".
    static const QRegularExpression period(
        QStringLiteral(
            "^\\W*(?:(?:requested|request|search|log|time|date)\\s+)?"
            "(?:periods?|range|dates|\\p{L}*zeitraum|p[ée]riode|per[íi]odo|rango\\s+de\\s+fechas)"
            "(?!\\p{L})"
            "(?:\\s+(?:demand[ée]e|solicitad[oa]|richiesto|consultad[oa]))?"
            "[\"'”]?\\s*[:#]?\\s*[\"'“]?\\s*(?:(?:from|vom|von|du|del|dal|desde|de|van)\\s+)?(.+?)"
            "\\s+(?:through|thru|to|until|bis|au|al|hasta|at[ée]|a|tot\\s+en\\s+met|t/m|tot|-|–|—)"
            "\\s+(.+?)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = period.match(plainLine(text));
    if (!m.hasMatch())
        return inWords(text, reading);
    return fromEnds(text.trimmed(), m.captured(1), m.captured(2), reading);
}

std::optional<StatedPeriod> StatedPeriod::inWords(const QString &text, const Reading &reading)
{
    // A carrier's title names its period in a sentence: "Call detail records for 202-555-0143
    // from 09/01/2016 through 09/30/2016", "Verkehrsdaten vom 01.09.2016 bis 30.09.2016",
    // "Records between 09/01/2016 and 09/30/2016", "entre le 01/09/2016 et le 30/09/2016". With
    // no label, its ends must both be dates: "calls from 555-0143 to 555-0199" is no period, and
    // is not said to be one.
    static const QRegularExpression fromTo(
        QStringLiteral(
            "(?:^|\\s)(?:from|vom|von|du|del|dal|desde|van)\\s+(.+?)"
            "\\s+(?:through|thru|to|till|until|bis|au|al|hasta|at[ée]|tot\\s+en\\s+met|t/m|tot)"
            "\\s+(.+?)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QString article = QStringLiteral("(?:(?:the|dem|le|el|o|il)\\s+)?");
    static const QRegularExpression between(
        QStringLiteral("(?:^|\\s)(?:between|zwischen|entre|tra|tussen)\\s+") + article +
            QStringLiteral("(.+?)\\s+(?:and|und|et|y|e|en)\\s+") + article +
            QStringLiteral("(.+?)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString plain = plainLine(text);
    for (const QRegularExpression *shape : {&fromTo, &between}) {
        const QRegularExpressionMatch m = shape->match(plain);
        if (!m.hasMatch())
            continue;
        auto stated = fromEnds(text.trimmed(), m.captured(1), m.captured(2), reading);
        if (stated && stated->datesRead != DatesRead::NotRead)
            return stated;
    }
    return std::nullopt;
}

std::optional<StatedPeriod> StatedPeriod::fromEnds(const QString &text, const QString &fromText,
                                                   const QString &toText, const Reading &reading)
{
    static const QRegularExpression digit(QStringLiteral("\\d"));
    const auto from = StatedDate::read(unquoted(fromText), reading.dayNumbersFrom);
    const auto to = StatedDate::read(unquoted(toText), reading.dayNumbersFrom);
    StatedPeriod stated;
    stated.text = text;
    if (!from || !to) // said where both ends hold a number: a period of some kind, not read
        return stated.notRead(NotRead::Form, fromText.contains(digit) && toText.contains(digit));
    if (!stated.settleOrder(*from, *to, reading.order))
        return stated.notRead(NotRead::Orders, true);
    // A zone written once, after its end, is both ends'.
    stated.zone = to->zone.isEmpty() ? from->zone : to->zone;
    if (!from->zone.isEmpty() && from->zone != stated.zone)
        return stated.notRead(NotRead::Zones, true);
    if (!stated.zone.isEmpty() && !TimestampParser::zoneFromDeclaration(stated.zone))
        return stated.notRead(NotRead::Form, true);
    if (stated.datesRead == DatesRead::NotSettled)
        return stated;
    if (stated.datesRead == DatesRead::AsDayNumbers)
        stated.dayNumbersFrom = *reading.dayNumbersFrom;
    stated.first = from->inOrder(stated.order);
    stated.firstTime = from->time;
    stated.last = to->inOrder(stated.order);
    stated.lastTime = to->time;
    stated.lastToMinute = to->timeToMinute;
    stated.twoDigitYear = from->twoDigitYear ? from->text : to->twoDigitYear ? to->text : QString();
    const QTimeZone utc = QTimeZone::utc(); // only to order its ends
    if (!stated.first.isValid() || !stated.last.isValid())
        return stated.notRead(NotRead::Form, true);
    if (stated.end(utc) <= stated.start(utc))
        return stated.notRead(NotRead::Backwards, true);
    return stated;
}

std::optional<StatedPeriod> StatedPeriod::notRead(NotRead why, bool said)
{
    if (!said)
        return std::nullopt;
    datesRead = DatesRead::NotRead;
    notReadWhy = why;
    first = last = QDate();
    firstTime = lastTime = QTime();
    return *this;
}

bool StatedPeriod::settleOrder(const StatedDate &from, const StatedDate &to,
                               const QString &sourceOrder)
{
    using Form = StatedDate::Form;
    if (from.form == Form::DayNumber || to.form == Form::DayNumber)
        datesRead = DatesRead::AsDayNumbers;
    if (from.form != Form::Numbers && to.form != Form::Numbers)
        return true;
    // One period's two dates are written alike: one that can be read one way only reads both.
    const QString fromOrder = from.onlyOrder();
    const QString toOrder = to.onlyOrder();
    if (!fromOrder.isEmpty() && !toOrder.isEmpty() && fromOrder != toOrder)
        return false;
    if (!fromOrder.isEmpty() || !toOrder.isEmpty()) {
        datesRead = DatesRead::InTheirOnlyOrder;
        order = fromOrder.isEmpty() ? toOrder : fromOrder;
        settledBy = fromOrder.isEmpty() ? to.text : from.text;
    } else if (!sourceOrder.isEmpty()) {
        datesRead = DatesRead::InTheSourcesOrder;
        order = sourceOrder;
    } else {
        datesRead = DatesRead::NotSettled;
    }
    return true;
}

std::optional<std::pair<qint64, qint64>> StatedPeriod::span(const QList<StatedPeriod> &periods,
                                                            const QString &zoneName)
{
    // Each in the zone its line states, else the source's: from the first start to the last end.
    std::optional<std::pair<qint64, qint64>> whole;
    for (const StatedPeriod &period : periods) {
        const auto zone = TimestampParser::zoneFromDeclaration(period.zoneIn(zoneName));
        if (!zone)
            continue;
        const qint64 from = period.start(*zone).toMSecsSinceEpoch();
        const qint64 to = period.end(*zone).toMSecsSinceEpoch();
        whole = whole ? std::pair{std::min(whole->first, from), std::max(whole->second, to)}
                      : std::pair{from, to};
    }
    return whole;
}

QString StatedPeriod::zoneIn(const QString &sourceZone) const
{
    return zone.isEmpty() ? sourceZone : zone;
}

QDateTime StatedPeriod::start(const QTimeZone &zone) const
{
    return firstTime.isValid() ? QDateTime(first, firstTime, zone) : first.startOfDay(zone);
}

QDateTime StatedPeriod::end(const QTimeZone &zone) const
{
    // The moment after it: the next day's midnight, a gap after it said from there.
    if (!lastTime.isValid())
        return last.addDays(1).startOfDay(zone);
    return QDateTime(last, lastTime, zone).addSecs(lastToMinute ? 60 : 1);
}

StatedPeriod StatedPeriod::wholeOf(const QList<StatedPeriod> &periods)
{
    // Ordered by their local times: every period of a source is read in its one zone.
    const QTimeZone utc = QTimeZone::utc();
    StatedPeriod whole = periods.first();
    for (const StatedPeriod &period : periods) {
        if (period.start(utc) < whole.start(utc)) {
            whole.first = period.first;
            whole.firstTime = period.firstTime;
        }
        if (period.end(utc) > whole.end(utc)) {
            whole.last = period.last;
            whole.lastTime = period.lastTime;
            whole.lastToMinute = period.lastToMinute;
        }
    }
    return whole;
}

QString StatedPeriod::datesReadKey() const
{
    switch (datesRead) {
    case DatesRead::AsWritten:
        return QStringLiteral("as_written");
    case DatesRead::InTheirOnlyOrder:
        return QStringLiteral("their_only_order");
    case DatesRead::InTheSourcesOrder:
        return QStringLiteral("the_files_order");
    case DatesRead::AsDayNumbers:
        return QStringLiteral("day_numbers");
    case DatesRead::NotSettled:
        return QStringLiteral("not_settled");
    case DatesRead::NotRead:
        break;
    }
    return QStringLiteral("not_read");
}

std::optional<std::pair<qint64, qint64>> StatedPeriod::spanIn(const QString &zoneName) const
{
    if (!isRead())
        return std::nullopt;
    return span({*this}, zoneName);
}

QList<StatedPeriod> StatedPeriod::ofReturn(const QList<StatedPeriod> &periods, int headerLine)
{
    QList<StatedPeriod> its;
    std::copy_if(periods.begin(), periods.end(), std::back_inserter(its),
                 [headerLine](const StatedPeriod &p) { return p.headerLine == headerLine; });
    return its;
}

std::pair<bool, bool> StatedPeriod::beyond(std::pair<qint64, qint64> stated,
                                           std::pair<qint64, qint64> records)
{
    // span()'s end is the moment after the period: a record there is past it.
    return {records.first < stated.first, records.second >= stated.second};
}
