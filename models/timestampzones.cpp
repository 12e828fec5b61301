// TimestampParser's zones as a file names them: labels beside a time or in a header ("UTC",
// "+02:00", "EDT", "MESZ", "ET"), the tz database's ids and those it names as abbreviations are
// written ("EST", "CET"), a column giving each row's zone, and a zone written after an offset
// (Java's "[America/New_York]", Go's "CEST"), which must agree with it. Each names its zone only
// where that is all it can mean; the rest wait for the analyst's zone.
#include "timestampparser.h"

#include "timeformat.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

std::optional<QTimeZone> TimestampParser::zoneFromLabel(QStringView label)
{
    const QString text = label.trimmed().toString().toUpper();
    if (text == u"UTC" || text == u"GMT" || text == u"Z" || text == u"UT")
        return QTimeZone::utc();
    // "+02:00", "-0500", and after UTC or GMT an hour of one digit too ("UTC+5", "GMT+5:30"), as
    // ISO 8601 means them (not POSIX's inverted "GMT+5").
    static const QRegularExpression offset(
        QStringLiteral("^(?:(?:UTC|GMT)([+-])(\\d{1,2})|([+-])(\\d{2})):?(\\d{2})?$"));
    const auto m = offset.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool named = !m.captured(1).isEmpty();
    const int hours = m.captured(named ? 2 : 4).toInt();
    const int minutes = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int sign = m.captured(named ? 1 : 3) == u"-" ? -1 : 1;
    return QTimeZone(sign * (hours * 3600 + minutes * 60));
}

std::optional<QTimeZone> TimestampParser::zoneFromDeclaration(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (auto zone = zoneFromLabel(text))
        return zone;
    const QByteArray id = text.trimmed().toUtf8();
    if (!isZoneOfTheDatabase(id))
        return std::nullopt;
    const QTimeZone zone(id);
    if (zone.isValid())
        return zone;
    return std::nullopt;
}

namespace {

/// Abbreviations written in other languages, as the tz database writes them.
const QHash<QString, QString> &abbreviationsElsewhere()
{
    static const QHash<QString, QString> names{
        {u"MEZ"_qs, u"CET"_qs},  {u"MESZ"_qs, u"CEST"_qs}, {u"OEZ"_qs, u"EET"_qs},  {u"OESZ"_qs, u"EEST"_qs},
        {u"WEZ"_qs, u"WET"_qs},  {u"WESZ"_qs, u"WEST"_qs}, {u"MET"_qs, u"CET"_qs},  {u"MEST"_qs, u"CEST"_qs},
        {u"MEZT"_qs, u"CEST"_qs}, {u"HEC"_qs, u"CET"_qs},  {u"HAEC"_qs, u"CEST"_qs}};
    return names;
}

/// Names of a North American clock, standard time or daylight time alike.
const QHash<QString, QStringList> &clockNames()
{
    static const QHash<QString, QStringList> names{{u"ET"_qs, {u"EST"_qs, u"EDT"_qs}},
                                                   {u"CT"_qs, {u"CST"_qs, u"CDT"_qs}},
                                                   {u"MT"_qs, {u"MST"_qs, u"MDT"_qs}},
                                                   {u"PT"_qs, {u"PST"_qs, u"PDT"_qs}},
                                                   {u"AKT"_qs, {u"AKST"_qs, u"AKDT"_qs}}};
    return names;
}

} // namespace

bool TimestampParser::labelNames(const QString &label, const QString &called)
{
    const QString upper = label.toUpper();
    const QString name = called.toUpper();
    return upper == name || abbreviationsElsewhere().value(upper) == name || clockNames().value(upper).contains(name);
}

bool TimestampParser::namesTheClock(const QString &label)
{
    return clockNames().contains(label.toUpper());
}

namespace {

/// The tz database's zones named as abbreviations are written.
const QStringList &abbreviationNamedZones()
{
    static const QStringList names{u"EST"_qs, u"MST"_qs, u"HST"_qs, u"CET"_qs, u"EET"_qs, u"WET"_qs, u"MET"_qs};
    return names;
}

} // namespace

std::optional<QTimeZone> TimestampParser::zoneOfHeaderLabel(const QString &label)
{
    if (abbreviationNamedZones().contains(label.trimmed(), Qt::CaseInsensitive))
        return std::nullopt;
    return zoneFromDeclaration(label);
}

bool TimestampParser::isAbbreviationNamedZone(const QTimeZone &zone)
{
    return abbreviationNamedZones().contains(QString::fromUtf8(zone.id()));
}

QString TimestampParser::abbreviationNamedZoneNote(const QTimeZone &zone)
{
    // "EST" declared for New York's clock reads its summer times an hour off; "CET" declared for
    // a system that kept +01:00 all year reads them an hour off the other way.
    const QString name = QString::fromUtf8(zone.id());
    // Hawaii keeps no daylight-saving time: its HST is the region's clock.
    static const QHash<QString, QString> regions{{u"EST"_qs, u"America/New_York"_qs}, {u"MST"_qs, u"America/Denver"_qs}};
    if (!isAbbreviationNamedZone(zone) || name == u"HST")
        return {};
    const auto offsetIn = [&zone](int month) {
        return TimeFormat::offsetText(zone.offsetFromUtc(QDateTime(QDate(2016, month, 15), QTime(12, 0), QTimeZone::utc())));
    };
    if (!zone.hasDaylightTime())
        return tr("the zone declared, %1, is the tz database's zone of that name: UTC%2 all year, not a region's clock; "
                  "to read a region's daylight-saving time too, declare the region's zone (%3)")
            .arg(name, offsetIn(1), regions.value(name));
    return tr("the zone declared, %1, is the tz database's zone of that name: UTC%2, UTC%3 in summer; if the provider "
              "kept UTC%2 all year, declare UTC%2")
        .arg(name, offsetIn(1), offsetIn(7));
}

bool TimestampParser::isZoneOfTheDatabase(const QByteArray &id)
{
    // Qt reads an id it does not find in the tz database as a POSIX rule: "EDT", "CST", "PDT",
    // any word at all, becomes a valid zone at UTC+00:00, and a carrier's local times would be
    // read as UTC without a word. Its list of ids leaves out the database's links (US/Eastern,
    // Asia/Calcutta, EST5EDT, Etc/GMT+5), which are zones too: a file of the database is one.
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    if (id.isEmpty() || id.startsWith('/') || id.contains(".."))
        return false;
    const QString database = qEnvironmentVariableIsEmpty("TZDIR") ? QStringLiteral("/usr/share/zoneinfo")
                                                                   : qEnvironmentVariable("TZDIR");
    QFile file(database + u'/' + QString::fromUtf8(id));
    return file.open(QIODevice::ReadOnly) && file.read(4) == "TZif";
}

QString TimestampParser::zoneShown(const QString &zoneUsed)
{
    // Kept in these words in the case (and the CLI's JSON): shown in the analyst's.
    if (zoneUsed == u"stated in records")
        return tr("stated in records");
    if (zoneUsed == u"unstated")
        return tr("unstated");
    return zoneUsed;
}

QString TimestampParser::misreadZoneNote(const QString &zoneUsed)
{
    // What a zone used was recorded as: "UTC", "+02:00", a zone's id, "America/New_York (EDT)"
    // (an abbreviation read through it), "stated in records". Anything else was a word Qt read
    // as a zone at +00:00 before this version refused it.
    if (zoneUsed.isEmpty() || zoneUsed == u"stated in records" || zoneUsed == u"unstated" || zoneFromLabel(zoneUsed))
        return {};
    const QString id = zoneUsed.section(u' ', 0, 0);
    if (isZoneOfTheDatabase(id.toUtf8()) || zoneFromLabel(id))
        return {};
    return tr("\"%1\" is no time zone: versions of LookupLens before this one read such a name as UTC+00:00, so "
              "these times may be hours off; import the file again with its zone declared")
        .arg(zoneUsed);
}

QString TimestampParser::zoneName(const QTimeZone &zone)
{
    if (zone == QTimeZone::utc() || zone.id() == "UTC")
        return QStringLiteral("UTC");
    const QByteArray id = zone.id();
    if (id.startsWith("UTC") && id.size() > 3) {
        // Fixed offsets: print them the way ISO 8601 does.
        return TimeFormat::offsetText(zone.offsetFromUtc(QDateTime::currentDateTimeUtc())); // fixed offset
    }
    return QString::fromUtf8(id);
}

bool TimestampParser::sameOffsetAt(const QTimeZone &one, const QTimeZone &other, qint64 utcMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return one.offsetFromUtc(at) == other.offsetFromUtc(at);
}

std::optional<TimestampParser::RowZone> TimestampParser::rowZoneOf(const QString &text)
{
    QString written = text.trimmed();
    static const QRegularExpression offsetWithSpaces(QStringLiteral("^(?:UTC|GMT)\\s+[+-]"), QRegularExpression::CaseInsensitiveOption);
    if (offsetWithSpaces.match(written).hasMatch())
        written.remove(QRegularExpression(QStringLiteral("\\s+"))); // "UTC -05:00"
    if (auto zone = zoneFromLabel(written))
        return RowZone{zone, {}};
    if (const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(written.toUtf8()); !iana.isEmpty())
        return RowZone{QTimeZone(iana), {}};
    if (auto zone = zoneOfHeaderLabel(written))
        return RowZone{zone, {}};
    static const QRegularExpression abbreviation(QStringLiteral("^[A-Za-z]{2,5}$"));
    if (abbreviation.match(written).hasMatch())
        return RowZone{std::nullopt, written};
    return std::nullopt;
}

QString TimestampParser::rowZoneRefused(const QString &text, const QString &header)
{
    return tr("the time zone \"%1\" in the column \"%2\" is none LookupLens reads: an offset (-05:00, UTC-5), UTC, a "
              "zone of the tz database (America/New_York) or of Windows (Eastern Standard Time), or an abbreviation "
              "(EDT) read in the zone declared")
        .arg(text, header);
}

ParsedTime TimestampParser::readInRowZone(const RowZone &zone, const std::function<ParsedTime()> &read) const
{
    m_rowZone = zone;
    ParsedTime parsed = read();
    m_rowZone = {};
    return parsed;
}

bool TimestampParser::offsetIsZones(const ParsedTime &parsed, const std::optional<QTimeZone> &zone)
{
    const auto offset = zoneFromLabel(parsed.zoneUsed);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(parsed.utcMs, Qt::UTC);
    return zone && offset && zone->offsetFromUtc(at) == offset->offsetFromUtc(at);
}

ParsedTime TimestampParser::zoneNotTheOffsets(const QString &text, const QString &zone)
{
    return {false, 0, {},
            tr("\"%1\": the zone \"%2\" written after the offset is not one the offset is in at that time").arg(text, zone),
            false};
}

ParsedTime TimestampParser::parseWithZoneId(const QString &text) const
{
    // Java's ZonedDateTime prints its zone after the offset: "2016-09-12T10:03:07-04:00[America/
    // New_York]". The offset reads the instant; the zone must be one, and agree with it there.
    static const QRegularExpression withId(QStringLiteral("^(.*(?:[+-]\\d{2}:?\\d{2}|Z))\\[([^\\]]+)\\]$"));
    const auto m = withId.match(text);
    if (!m.hasMatch())
        return unreadableTime(text);
    ParsedTime parsed = parse(m.captured(1));
    if (!parsed.ok)
        return parsed;
    if (!offsetIsZones(parsed, zoneFromDeclaration(m.captured(2))))
        return zoneNotTheOffsets(text, m.captured(2));
    parsed.zoneUsed = tr("%1 (%2)").arg(m.captured(2), parsed.zoneUsed);
    return parsed;
}

namespace {

/// Whether @p text ends with a UTC offset ("+0200", "-04:00"), as Go and JavaScript write one
/// before a zone's name.
bool endsWithOffset(QStringView text)
{
    const auto offsetAt = [&text](qsizetype from, bool colon) {
        if (from < 0 || (text.at(from) != u'+' && text.at(from) != u'-'))
            return false;
        for (qsizetype i = from + 1; i < text.size(); ++i) {
            if (!(text.at(i).isDigit() || (colon && i == from + 3 && text.at(i) == u':')))
                return false;
        }
        return true;
    };
    return offsetAt(text.size() - 5, false) || offsetAt(text.size() - 6, true);
}

} // namespace

std::optional<ParsedTime> TimestampParser::parseWithZoneName(const QString &text) const
{
    // Go's time.Time prints an abbreviation after the offset ("2016-09-12 14:03:07 +0000 UTC",
    // "… +0200 CEST", "… +0530 +0530" for a zone without one); JavaScript's Date a zone's name in
    // brackets ("Mon Sep 12 2016 16:03:07 GMT+0200 (Central European Summer Time)"). The offset
    // reads the instant; a name that is itself an offset or UTC must agree with it.
    const bool bracketed = text.endsWith(u')');
    const qsizetype cut = bracketed ? text.lastIndexOf(QStringLiteral(" (")) : text.lastIndexOf(u' ');
    if (cut < 10 || !endsWithOffset(QStringView(text).left(cut)))
        return std::nullopt;
    const QString name = bracketed ? text.mid(cut + 2, text.size() - cut - 3) : text.mid(cut + 1);
    static const QRegularExpression nameShape(QStringLiteral("^(?:[A-Za-z]{2,5}|[+-]\\d{2}(?::?\\d{2})?)$"));
    static const QRegularExpression longName(QStringLiteral("^[A-Za-z][A-Za-z .'-]{1,60}$"));
    if (!(bracketed ? longName : nameShape).match(name).hasMatch())
        return std::nullopt;
    ParsedTime parsed = parse(QStringView(text).left(cut));
    if (!parsed.ok)
        return parsed;
    if (const auto named = zoneFromLabel(name))
        return offsetIsZones(parsed, named) ? parsed : zoneNotTheOffsets(text, name);
    parsed.zoneUsed = tr("%1 (%2)").arg(parsed.zoneUsed, name);
    return parsed;
}
