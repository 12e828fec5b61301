#include "tableimporter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

std::optional<int> parseWholeNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value != double(qint64(value)) || value < 0 || value > 1e9)
        return std::nullopt;
    return int(value);
}

QString subtypeForCallType(const QString &value, const QString &fallback)
{
    const QString v = value.trimmed().toLower();
    if (v.contains(QStringLiteral("sms")) || v.contains(QStringLiteral("text")) || v == u"mo-sms" || v == u"mt-sms")
        return QStringLiteral("sms");
    if (v.contains(QStringLiteral("voice")) || v.contains(QStringLiteral("call")))
        return QStringLiteral("call");
    return fallback;
}

} // namespace

TableImporter::TableImporter(TableReader &reader, Options options)
    : m_reader(reader), m_options(std::move(options)), m_normalizer(m_options.region)
{
}

bool TableImporter::readHeader()
{
    if (m_options.formatId != u"auto" && !TableFormat::byId(m_options.formatId)) {
        m_fatalError = tr("unknown format \"%1\"").arg(m_options.formatId);
        return false;
    }
    TableRow row;
    while (m_metadataLines.size() < MaxHeaderSearchRows && m_reader.next(row)) {
        if (tryHeader(row))
            return true;
        m_metadataLines.append(row.raw);
    }
    if (!m_reader.fatalError().isEmpty()) {
        m_fatalError = m_reader.fatalError();
        return false;
    }
    if (m_options.formatId == u"auto") {
        m_fatalError = tr("no header row of a known format was found in the first %1 rows; the "
                          "file needs a column mapping (--profile)")
                           .arg(MaxHeaderSearchRows);
    } else {
        const TableFormat *format = TableFormat::byId(m_options.formatId);
        QStringList needed;
        for (Field field : format->required)
            needed.append(TableFormat::fieldName(field));
        m_fatalError = tr("no header row with the columns %1 was found in the first %2 rows")
                           .arg(needed.join(QStringLiteral(", ")))
                           .arg(MaxHeaderSearchRows);
    }
    return false;
}

bool TableImporter::tryHeader(const TableRow &row)
{
    if (!row.error.isEmpty())
        return false;
    const TableFormat *best = nullptr;
    HeaderMatch bestMatch;
    for (const TableFormat &format : TableFormat::builtIn()) {
        if (m_options.formatId != u"auto" && format.id != m_options.formatId)
            continue;
        const auto match = HeaderMatcher::match(format, row.cells);
        if (match && (!best || match->fieldsMatched > bestMatch.fieldsMatched)) {
            best = &format;
            bestMatch = *match;
        }
    }
    if (!best)
        return false;
    m_format = best;
    m_match = bestMatch;
    m_header = row.cells;
    m_headerLine = row.line;
    QStringList found;
    for (auto it = m_match.columns.cbegin(); it != m_match.columns.cend(); ++it)
        found.append(QStringLiteral("\"%1\"").arg(m_header.at(it.value()).trimmed()));
    found.sort();
    m_recognition = tr("%1: the header row at line %2 has %3")
                        .arg(m_format->title)
                        .arg(m_headerLine)
                        .arg(found.join(QStringLiteral(", ")));
    m_timeParser.emplace(m_match.timestampZone, m_options.declaredZone);
    return true;
}

QJsonObject TableImporter::metadata() const
{
    QJsonObject meta;
    QJsonArray lines;
    for (const QString &line : m_metadataLines)
        lines.append(line);
    meta.insert(QStringLiteral("metadata_lines"), lines);
    meta.insert(QStringLiteral("header_line"), m_headerLine);
    meta.insert(QStringLiteral("header"), QJsonArray::fromStringList(m_header));
    meta.insert(QStringLiteral("recognition"), m_recognition);
    meta.insert(QStringLiteral("reader"), m_reader.kind());
    // The account the return was produced for, where the block names it.
    static const QRegularExpression dsid(QStringLiteral("\\bDSID\\b\\W*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(QStringLiteral("^\\W*(?:Target|Account Identifier|Account)\\s*[:#]\\s*(\\S.*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : m_metadataLines) {
        const QString text = QString(line).replace(u'\t', u' ').replace(u',', u' ').trimmed();
        if (auto m = dsid.match(text); m.hasMatch() && !meta.contains(QStringLiteral("account_dsid")))
            meta.insert(QStringLiteral("account_dsid"), m.captured(1));
        if (auto m = target.match(text); m.hasMatch() && !meta.contains(QStringLiteral("account_identifier")))
            meta.insert(QStringLiteral("account_identifier"), m.captured(1).trimmed());
    }
    return meta;
}

QString TableImporter::zoneDescription() const
{
    if (m_match.timestampZone)
        return TimestampParser::zoneName(*m_match.timestampZone);
    if (m_options.declaredZone)
        return TimestampParser::zoneName(*m_options.declaredZone);
    return m_anyZoneInRecords ? QStringLiteral("stated in records") : QStringLiteral("unstated");
}

TableImporter::Outcome TableImporter::next(EventRecord *event, RejectedRow *rejected)
{
    TableRow row;
    if (!m_reader.next(row)) {
        if (!m_reader.fatalError().isEmpty()) {
            m_fatalError = m_reader.fatalError();
            return Outcome::Fatal;
        }
        return Outcome::End;
    }
    if (const auto problem = rowProblem(row))
        return reject(row, *problem, rejected);
    return buildEvent(row, event, rejected);
}

std::optional<QString> TableImporter::rowProblem(const TableRow &row) const
{
    if (!row.error.isEmpty())
        return row.error;
    if (isBlank(row.cells))
        return tr("blank line");
    if (row.cells == m_header)
        return tr("the header row repeated");
    const auto headerSize = m_header.size();
    if (row.cells.size() > headerSize) {
        for (qsizetype i = headerSize; i < row.cells.size(); ++i) {
            if (!row.cells.at(i).trimmed().isEmpty())
                return tr("%1 fields where the header has %2 (a stray delimiter?)")
                    .arg(row.cells.size())
                    .arg(headerSize);
        }
    }
    // Spreadsheets leave empty trailing cells out; a text file that does so lost a field.
    if (row.cells.size() < headerSize && !m_reader.isSpreadsheet())
        return tr("%1 fields where the header has %2 (a missing field?)").arg(row.cells.size()).arg(headerSize);
    return std::nullopt;
}

TableImporter::Outcome TableImporter::reject(const TableRow &row, const QString &reason,
                                             RejectedRow *rejected) const
{
    *rejected = RejectedRow{row.line, reason, row.raw};
    return Outcome::Rejected;
}

QString TableImporter::cell(const TableRow &row, Field field) const
{
    const int column = m_match.columns.value(field, -1);
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

ParsedTime TableImporter::parseTime(const QString &text) const
{
    bool isNumber = false;
    const double serial = text.toDouble(&isNumber);
    if (isNumber && m_reader.isSpreadsheet())
        return m_timeParser->parseExcelSerial(serial, m_reader.date1904());
    return m_timeParser->parse(text);
}

TableImporter::Outcome TableImporter::buildEvent(const TableRow &row, EventRecord *event,
                                                 RejectedRow *rejected)
{
    for (Field field : m_format->required) {
        if (cell(row, field).isEmpty())
            return reject(row, tr("the %1 is empty").arg(TableFormat::fieldName(field)), rejected);
    }
    const QString timeText = cell(row, Field::Timestamp);
    const ParsedTime time = parseTime(timeText);
    if (time.zoneMissing) {
        m_zoneMissing = true;
        m_fatalLine = row.line;
        m_fatalError = time.error;
        return Outcome::Fatal;
    }
    if (!time.ok)
        return reject(row, time.error, rejected);
    m_anyZoneInRecords = m_anyZoneInRecords || time.zoneSource == ZoneSource::Text;

    EventRecord e;
    e.evidenceClass = m_format->evidenceClass;
    e.subtype = m_format->subtype;
    if (m_match.columns.contains(Field::CallType))
        e.subtype = subtypeForCallType(cell(row, Field::CallType), m_format->subtype);
    e.utcMs = time.utcMs;
    e.timeRaw = timeText;
    e.timeZone = time.zoneUsed;
    e.initiatorRaw = cell(row, Field::Initiator);
    e.counterpartRaw = cell(row, Field::Counterpart);
    e.initiator = normalized(e.initiatorRaw);
    e.counterpart = normalized(e.counterpartRaw);
    if (e.initiator.isEmpty() || e.counterpart.isEmpty())
        return reject(row, tr("a handle holds nothing but a URI prefix"), rejected);
    e.clientIp = cell(row, Field::ClientIp);
    if (const QString devices = cell(row, Field::DeviceCount); !devices.isEmpty()) {
        e.deviceCount = parseWholeNumber(devices);
        if (!e.deviceCount)
            return reject(row, tr("the device count \"%1\" is not a whole number").arg(devices), rejected);
    }
    if (const QString duration = cell(row, Field::Duration); !duration.isEmpty()) {
        bool ok = false;
        e.durationSeconds = duration.toDouble(&ok);
        if (!ok || *e.durationSeconds < 0)
            return reject(row, tr("the duration \"%1\" is not a number of seconds").arg(duration), rejected);
    }
    if (time.ambiguous) {
        e.extra.insert(QStringLiteral("time_ambiguity"),
                       tr("the local time occurs twice (daylight-saving change); the earlier "
                          "reading is used, the later would be %1")
                           .arg(QDateTime::fromMSecsSinceEpoch(time.laterUtcMs, QTimeZone::utc())
                                    .toString(Qt::ISODate)));
    }
    const QList<int> mapped = m_match.columns.values();
    for (int column = 0; column < row.cells.size() && column < m_header.size(); ++column) {
        if (!mapped.contains(column) || m_match.columns.value(Field::RecordId, -1) == column
            || m_match.columns.value(Field::CallType, -1) == column)
            e.extra.insert(m_header.at(column).trimmed(), row.cells.at(column));
    }
    e.line = row.line;
    e.raw = row.raw;
    e.dedupeKey = dedupeKey(e, cell(row, Field::RecordId));
    *event = std::move(e);
    return Outcome::Event;
}

NormalizedHandle TableImporter::normalized(const QString &raw)
{
    // Parsing a phone number costs ~100k instructions; returns repeat a few thousand spellings.
    if (const auto it = m_normalizedCache.constFind(raw); it != m_normalizedCache.cend())
        return *it;
    if (m_normalizedCache.size() > 500000)
        m_normalizedCache.clear();
    const NormalizedHandle handle = m_normalizer.normalize(raw);
    m_normalizedCache.insert(raw, handle);
    return handle;
}

QString TableImporter::dedupeKey(const EventRecord &event, const QString &recordId) const
{
    // Overlapping returns repeat a record with the same content; its fields are its identity.
    const QString identity = QStringList{m_format->id,
                                         event.subtype,
                                         QString::number(event.utcMs),
                                         event.initiator.normalized,
                                         event.counterpart.normalized,
                                         event.clientIp,
                                         event.deviceCount ? QString::number(*event.deviceCount) : QString(),
                                         recordId}
                                 .join(QChar(0x1F));
    return QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toBase64());
}
