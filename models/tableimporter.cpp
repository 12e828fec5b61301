#include "tableimporter.h"

#include "durations.h"
#include "ipaddressflags.h"
#include "sha.h"

#include <QJsonArray>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <array>
#include <charconv>
#include <climits>

namespace {

/// What QString::number writes, without allocating a string for it.
QStringView decimal(qint64 value, std::array<char16_t, 24> &buffer)
{
    std::array<char, 24> digits;
    const char *end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    std::copy(static_cast<const char *>(digits.data()), end, buffer.begin());
    return QStringView(buffer.data(), end - digits.data());
}

std::optional<int> parseWholeNumber(const QString &text)
{
    // Nearly every cell is a few plain digits: read them without a conversion to double.
    if (!text.isEmpty() && text.size() <= 9
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        int value = 0;
        for (const QChar c : text)
            value = value * 10 + (c.unicode() - u'0');
        return value;
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value != double(qint64(value)) || value < 0 || value > 1e9)
        return std::nullopt;
    return int(value);
}

/// @p address and @p port (an empty or placeholder port is none) as @p e's client's.
std::optional<QString> readClientIp(const QString &address, const QString &port, EventRecord *e)
{
    e->clientIp = address;
    if (!port.isEmpty() && !TableImporter::saysNoValue(port)) {
        e->clientPort = IpAddressFlags::portNumber(port);
        // "443.0": a port column with a gap in it, read as decimals and written back (pandas).
        if (const auto whole = e->clientPort ? std::nullopt : parseWholeNumber(port); whole && *whole <= 65535)
            e->clientPort = whole;
        if (!e->clientPort)
            return TableImporter::tr("the port \"%1\" is not a number from 0 to 65535").arg(port);
    }
    if (const std::optional<int> written = IpAddressFlags::portWrittenWith(e->clientIp)) {
        // "198.51.100.14:443" in the IP column: the port goes with the address, unless a port
        // column says otherwise, which is not ours to settle.
        if (e->clientPort && *e->clientPort != *written)
            return TableImporter::tr("the client IP \"%1\" names port %2, the port column %3")
                .arg(e->clientIp, QString::number(*written), QString::number(*e->clientPort));
        e->clientPort = written;
    }
    return std::nullopt;
}

} // namespace

TableImporter::TableImporter(TableReader &reader, Options options)
    : m_reader(reader), m_options(std::move(options)), m_normalizer(m_options.region)
{
}

/// "-", "N/A", "null": a provider's way of writing that a field has no value. For a number a
/// record may lack (port, device count, duration) it is read as none, not as a bad number that
/// would cost the whole record (a lookup, with its time, parties and address); the row keeps it.
/// For a party it is no handle: read as one, every record without the party would meet the
/// others at one node "NULL" of the graph.
bool TableImporter::saysNoValue(const QString &text)
{
    // "\N": MySQL's and PostgreSQL's text exports write a null so.
    static const QStringList placeholders{u"-"_qs,      u"--"_qs,   u"n/a"_qs, u"na"_qs, u"null"_qs,
                                          u"(null)"_qs, u"none"_qs, u"nil"_qs, u"\\N"_qs};
    if (text.isEmpty() || text.front().isDigit()) // nearly every cell: a number, asked of every row
        return false;
    return text.size() <= 8 && placeholders.contains(text.trimmed(), Qt::CaseInsensitive);
}

std::optional<QString> TableImporter::otherTableProblem(const TableRow &row)
{
    // Mapped by column number, a file has no header: what a reader took for one (a headerless
    // fixed-width file's first line, parted as headings are) is a record.
    if (row.heading && !m_format->byPosition) {
        m_otherTableLine = 0;
        if (row.cells == m_header || laterHeader(row))
            return std::nullopt; // another part, which opensAnotherReturn() reads on by
        m_otherTableLine = row.line;
        return tr("the header of another table, whose columns are not those of %1: its rows are not read by the "
                  "columns of the table above; to read them, map a copy of that table alone")
            .arg(m_format->shownTitle());
    }
    if (m_otherTableLine == 0)
        return std::nullopt;
    return tr("in the table under the header at line %1, whose columns are not those of %2; to read its rows, map "
              "a copy of that table alone")
        .arg(m_otherTableLine)
        .arg(m_format->shownTitle());
}

bool TableImporter::looksLikeRecord(const TableRow &row) const
{
    // Excel pads a metadata row to the table's width, so the count of fields cannot tell; the
    // cells filled can. A metadata line fills one or two ("DSID", "9990001112").
    qsizetype placed = 0;
    qsizetype filled = 0;
    for (const int column : std::as_const(m_match.columns)) {
        ++placed;
        if (column < row.cells.size() && !row.cells.at(column).trimmed().isEmpty())
            ++filled;
    }
    return filled >= 3 && 2 * filled >= placed;
}

std::optional<QString> TableImporter::rowProblem(const TableRow &row) const
{
    if (!row.error.isEmpty())
        return row.error;
    if (row.isBlank())
        return tr("blank line");
    const auto headerSize = m_header.size();
    if (row.cells.size() == headerSize)
        return std::nullopt; // as wide as the header, as nearly every row is
    const bool numbered = m_format->byPosition; // no header row: as wide as most rows are
    const bool values = m_reader.kind() == u"json"; // an array's values: no delimiter to stray
    if (row.cells.size() > headerSize) {
        for (qsizetype i = headerSize; i < row.cells.size(); ++i) {
            if (!row.cells.at(i).trimmed().isEmpty() && values)
                return valuesProblem(row.cells.size(), headerSize, numbered);
            if (!row.cells.at(i).trimmed().isEmpty())
                return (numbered ? tr("%1 fields where the file's rows have %2 (a stray delimiter?)")
                                 : tr("%1 fields where the header has %2 (a stray delimiter?)"))
                    .arg(row.cells.size())
                    .arg(headerSize);
        }
    }
    // A line of one field under a wider header is no record cut short but a line of the
    // report's own: a rule of dashes under the header, "*** END OF REPORT ***", "CDR COUNT : 2".
    if (row.cells.size() == 1 && headerSize >= 3 && !m_reader.isSpreadsheet() && !values)
        return (numbered ? tr("1 field where the file's rows have %1: a line of text, not a row of the table "
                              "(a title, a rule or the report's end?)")
                         : tr("1 field where the header has %1: a line of text, not a row of the table (a title, "
                              "a rule or the report's end?)"))
            .arg(headerSize);
    // Spreadsheets leave empty trailing cells out; a text file that does so lost a field.
    if (row.cells.size() < headerSize && values)
        return valuesProblem(row.cells.size(), headerSize, numbered);
    if (row.cells.size() < headerSize && !m_reader.isSpreadsheet())
        return (numbered ? tr("%1 fields where the file's rows have %2 (a missing field?)")
                         : tr("%1 fields where the header has %2 (a missing field?)"))
            .arg(row.cells.size())
            .arg(headerSize);
    return std::nullopt;
}

QString TableImporter::valuesProblem(qsizetype count, qsizetype width, bool numbered)
{
    const int n = int(std::min<qsizetype>(count, INT_MAX));
    return (numbered ? tr("%n value(s) where the file's rows have %1", nullptr, n)
                     : tr("%n value(s) where the header has %1", nullptr, n))
        .arg(width);
}

TableImporter::Outcome TableImporter::reject(const TableRow &row, const QString &reason,
                                             RejectedRow *rejected) const
{
    *rejected = RejectedRow{row.line, reason, row.raw, row.error.isEmpty() && !row.heading && row.isBlank()};
    return Outcome::Rejected;
}

bool TableImporter::isParty(Field field)
{
    return field == Field::Initiator || field == Field::Counterpart || field == Field::LocalParty
           || field == Field::RemoteParty;
}

QString TableImporter::cell(const TableRow &row, Field field) const
{
    const int column = m_match.columns.value(field, -1);
    if (column < 0 || column >= row.cells.size())
        return {};
    QString value = row.cells.at(column).trimmed(); // shares the cell's text where nothing is trimmed
    // Excel's apostrophe that keeps a cell's text as typed ("'2016-09-12 14:03:07"), which some
    // exports write before every value: no part of a time, an address or a number. A party's is
    // left to the handle rules, which keep it before a name ("'sam"). India's carriers write
    // every value between two ("'15/04/2026'"): the second is no part of it either.
    if (value.startsWith(u'\'') && !isParty(field)) {
        const bool between = value.size() >= 3 && value.endsWith(u'\'');
        return value.sliced(1, value.size() - (between ? 2 : 1)).trimmed();
    }
    return value;
}

void TableImporter::noteExcelApostrophes(const TableRow &row)
{
    for (auto it = m_match.columns.cbegin(); it != m_match.columns.cend(); ++it) {
        if (isParty(it.key()) || it.value() >= row.cells.size())
            continue;
        const QString &value = row.cells.at(it.value());
        const bool marked = !value.isEmpty() && (value.front() == u'\'' || (value.front().isSpace() && value.trimmed().startsWith(u'\'')));
        if (marked) {
            m_apostropheLines.append(row.line);
            return;
        }
    }
}

ParsedTime TableImporter::readTime(const TableRow &row) const
{
    if (!readsZoneColumn())
        return readTimeCells(row);
    const QString written = cell(row, Field::TimeZone).trimmed();
    if (written.isEmpty() || saysNoValue(written))
        return readTimeCells(row); // as a time without a zone: in the header's or declared zone
    auto known = m_rowZones.constFind(written); // a file has a handful of zones
    if (known == m_rowZones.cend())
        known = m_rowZones.insert(written, TimestampParser::rowZoneOf(written));
    if (!*known)
        return {false, 0, {}, TimestampParser::rowZoneRefused(written, m_header.value(m_match.columns.value(Field::TimeZone))), false};
    return m_timeParser->readInRowZone(**known, [&]() { return readTimeCells(row); });
}

TableImporter::Outcome TableImporter::buildEvent(const TableRow &row, EventRecord *event, RejectedRow *rejected)
{
    noteExcelApostrophes(row);
    const QString text = timeText(row).trimmed();
    if (text.isEmpty())
        return reject(row, tr("the %1 is empty").arg(TableFormat::fieldName(Field::Timestamp)), rejected);
    const ParsedTime time = TimestampParser::outsideAnyRecord(readTime(row), text);
    if (const std::optional<Outcome> stop = stopForTime(row, time, rejected))
        return *stop;
    noteTimeRead(row.line, text, time);
    EventRecord e;
    const CallKind *kind = nullptr;
    if (const auto problem = readClass(row, &e, &kind))
        return reject(row, *problem, rejected);
    e.utcMs = time.utcMs;
    e.timeRaw = text;
    e.timeZone = time.zoneUsed;
    if (const auto problem = readParties(row, &e))
        return reject(row, *problem, rejected);
    if (const std::optional<Outcome> stop = stopForDecimalMark(row))
        return *stop;
    if (const auto problem = readNumbers(row, &e))
        return reject(row, *problem, rejected);
    noteDecimalMark(row);
    keepUnmappedColumns(row, &e);
    e.line = row.line;
    e.raw = row.raw;
    e.returnInFile = int(m_laterReturns.size());
    keyEvent(row, time, kind, &e);
    // After the key: the address is the subscriber's, no part of what the record is, and keys
    // stored by versions that kept it in extra alone must still match.
    if (const auto problem = readSubscriberAddress(row, &e))
        return reject(row, *problem, rejected);
    m_withheld.note(e);
    m_masked.note(e);
    noteCallTypeNotKnown(row, kind);
    *event = std::move(e);
    return Outcome::Event;
}

std::optional<QString> TableImporter::readClass(const TableRow &row, EventRecord *e,
                                                const CallKind **kind)
{
    e->evidenceClass = m_format->evidenceClass;
    e->subtype = m_format->subtype;
    if (m_format->evidenceClass != EvidenceClass::Communication)
        return std::nullopt;
    // Without a call type, a direction that names a text ("SMO", "SMT") says the kind.
    const QString callType = m_match.columns.contains(Field::CallType) ? cell(row, Field::CallType) : QString();
    if (callType.isEmpty() && m_match.columns.contains(Field::Direction)) {
        if (auto text = CarrierWords::textByDirection(cell(row, Field::Direction), m_format->subtype)) {
            m_textByDirection = std::move(*text);
            *kind = &m_textByDirection;
            e->subtype = m_textByDirection.subtype;
            return std::nullopt;
        }
    }
    if (!m_match.columns.contains(Field::CallType))
        return std::nullopt;
    auto known = m_callKinds.constFind(callType); // a file has a handful of call types
    if (known == m_callKinds.cend())
        known = m_callKinds.insert(callType, CarrierWords::callKind(callType, m_format->evidenceClass, m_format->subtype));
    *kind = &*known;
    if (!known->refusal.isEmpty())
        return known->refusal;
    e->evidenceClass = known->evidenceClass;
    e->subtype = known->subtype;
    return std::nullopt;
}

void TableImporter::keyEvent(const TableRow &row, const ParsedTime &time, const CallKind *kind,
                             EventRecord *e)
{
    const QString callId = cell(row, Field::CallId);
    const QString recordId = cell(row, Field::RecordId);
    e->callId = idToJoin(callId, Field::CallId, row.line);
    idToJoin(recordId, Field::RecordId, row.line); // a rounded one is said
    // The ids as written: keys stored by earlier versions must still match.
    const QString &subtype = kind && !kind->keySubtype.isEmpty() ? kind->keySubtype : e->subtype;
    e->dedupeKey = dedupeKey(*e, recordId + u'|' + callId, subtype);
    if (!time.ambiguous)
        return;
    // The earlier of the two moments for now; RepeatedHourOrder may place it at the later.
    EventRecord::RepeatedHour twice{time.laterUtcMs, {}, EventRecord::RepeatedHour::Pass::Unknown};
    std::swap(e->utcMs, twice.otherUtcMs);
    twice.otherDedupeKey = dedupeKey(*e, recordId + u'|' + callId, subtype);
    std::swap(e->utcMs, twice.otherUtcMs);
    e->repeatedHour = std::move(twice);
}

void TableImporter::noteCallTypeNotKnown(const TableRow &row, const CallKind *kind)
{
    if (!kind || kind->known)
        return;
    if (const QString callType = cell(row, Field::CallType).trimmed(); !callType.isEmpty())
        m_callTypesNotKnown.note(callType, row.line);
}

std::optional<QString> TableImporter::readNumbers(const TableRow &row, EventRecord *e) const
{
    if (const auto problem = readClientIp(cell(row, Field::ClientIp), cell(row, Field::ClientPort), e))
        return problem;
    if (const QString devices = cell(row, Field::DeviceCount); !devices.isEmpty() && !saysNoValue(devices)) {
        e->deviceCount = parseWholeNumber(devices);
        if (!e->deviceCount)
            return tr("the device count \"%1\" is not a whole number").arg(devices);
    }
    if (const QString duration = cell(row, Field::Duration); !duration.isEmpty() && !saysNoValue(duration)) {
        e->durationSeconds = Durations::read(duration, m_durationUnit, decimalMarkFor(duration));
        if (!e->durationSeconds)
            return Durations::rejectReason(duration, m_durationUnit);
    }
    return std::nullopt;
}

std::optional<QString> TableImporter::readSubscriberAddress(const TableRow &row, EventRecord *e)
{
    // Only one subscriber's records say whose address it is (TableFormat refuses it beside an
    // initiator). Its column stays in extra on every row, as whether it is read depends on the row.
    if (!m_match.columns.contains(Field::LocalPartyIp))
        return std::nullopt;
    const QString address = cell(row, Field::LocalPartyIp).trimmed();
    if (address.isEmpty() || saysNoValue(address))
        return std::nullopt;
    const QString column = m_header.value(m_match.columns.value(Field::LocalPartyIp)).trimmed();
    const bool began = e->evidenceClass == EvidenceClass::Connection
                       || CarrierWords::outgoingDirection(cell(row, Field::Direction)).value_or(false);
    if (!began) {
        m_subscriberAddresses.noteKept(column, row.line);
        return std::nullopt;
    }
    if (!e->clientIp.isEmpty()) // a client IP column of its own says it
        return std::nullopt;
    if (const auto problem = readClientIp(address, cell(row, Field::LocalPartyPort), e))
        return problem;
    m_subscriberAddresses.noteRead(column);
    return std::nullopt;
}

QString TableImporter::dedupeKey(const EventRecord &event, const QString &recordId,
                                 QStringView subtype) const
{
    // Overlapping returns repeat a record with the same content; its fields are its identity,
    // joined by U+001F and hashed as UTF-8 (keys stored by earlier versions must still match).
    std::array<char16_t, 24> utcText;
    std::array<char16_t, 24> devicesText;
    const QStringView utc = decimal(event.utcMs, utcText);
    const QStringView devices = event.deviceCount ? decimal(*event.deviceCount, devicesText) : QStringView();
    const QStringView fields[] = {m_format->id, subtype, utc, event.initiator.normalized,
                                  event.counterpart.normalized, event.clientIp, devices, recordId};
    qsizetype length = std::size(fields);
    for (const QStringView field : fields)
        length += field.size() * 3;
    QVarLengthArray<char, 512> identity(length); // on the stack for any ordinary record
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *out = identity.data();
    for (size_t i = 0; i < std::size(fields); ++i) {
        if (i > 0)
            *out++ = '\x1f';
        out = utf8.appendToBuffer(out, fields[i]);
    }
    return Sha::sha1Base64(QByteArrayView(identity.data(), out - identity.data()));
}
