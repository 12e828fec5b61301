#include "jsonrecordsreader.h"

#include "jsonrecordfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// @p member, `"key": value`, as an object of that one member; empty if it was cut short.
QJsonObject objectOf(const JsonRecordSplitter::Member &member)
{
    return QJsonDocument::fromJson(QString(u'{' + member.text + u'}').toUtf8()).object();
}

/// The names @p member lists, if it is `"key": [names]`, each a string or an object with a string
/// under "name" (any case); the member's key before them. Nothing if it lists anything else.
std::optional<std::pair<QString, QStringList>> namesListed(const JsonRecordSplitter::Member &member)
{
    const QJsonObject object = objectOf(member);
    if (object.size() != 1 || !object.begin()->isArray())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue &value : object.begin()->toArray()) {
        QJsonValue name = value;
        const QJsonObject described = value.toObject(); // {"name": "Timestamp", "type": …}
        for (auto it = described.begin(); it != described.end(); ++it) {
            if (it.key().compare(u"name", Qt::CaseInsensitive) == 0)
                name = *it;
        }
        if (!name.isString())
            return std::nullopt;
        names.append(name.toString());
    }
    if (names.isEmpty() || !JsonRecordSplitter::mayNameColumns(object.begin().key()))
        return std::nullopt;
    return std::pair{object.begin().key(), names};
}

/// The key of @p member; empty if it was cut short.
QString keyOf(const JsonRecordSplitter::Member &member)
{
    const QJsonObject object = objectOf(member);
    return object.isEmpty() ? QString() : object.begin().key();
}

/// The keys of the objects holding the member at the end of @p path, each followed by a dot.
QString prefixOf(const QString &path)
{
    return path.left(path.lastIndexOf(u'.') + 1);
}

/// Whether @p key is one of @p keys, in any case.
bool oneOf(QStringView key, std::initializer_list<QStringView> keys)
{
    return std::any_of(keys.begin(), keys.end(), [key](QStringView one) {
        return key.compare(one, Qt::CaseInsensitive) == 0;
    });
}

/// Whether @p key (its path within the records' object) is a count of an answer's records.
bool countsRecords(QStringView key)
{
    return oneOf(key, {u"numFound", u"total", u"total.value", u"total_count", u"totalCount",
                       u"totalSize", u"count", u"@odata.count"});
}

/// Whether @p key and @p value say that more records follow the answer's: a page's link or cursor
/// (by its last key: `next`, `paging.next`, `meta.next_token`), or a flag.
bool marksMore(const QString &key, const QString &value)
{
    const QStringView last = QStringView(key).sliced(key.lastIndexOf(u'.') + 1);
    if (oneOf(last, {u"cursor", u"next", u"next_url", u"nextLink", u"next_token", u"nextPageToken",
                     u"nextRecordsUrl", u"next_cursor", u"_scroll_id", u"scroll_id"}))
        return !value.isEmpty();
    if (oneOf(last, {u"truncated", u"incomplete_results", u"has_more"}))
        return value == u"true";
    return oneOf(last, {u"done"}) && value == u"false";
}

/// The first two characters of @p head that are not white space, decoded in @p encoding.
std::pair<QChar, QChar> firstTwo(const QByteArray &head, int mark,
                                 JsonRecordSplitter::Encoding encoding)
{
    QStringDecoder decoder(JsonRecordSplitter::converterOf(encoding));
    const QString text = decoder(QByteArrayView(head).sliced(mark));
    std::pair<QChar, QChar> two;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (!two.first.isNull()) {
            two.second = c;
            break;
        }
        two.first = c;
    }
    return two;
}

} // namespace

std::shared_ptr<JsonRecordsReader::Survey>
JsonRecordsReader::survey(const QString &path, const QByteArray &head, const ReadWatch &watch)
{
    using Layout = JsonRecordSplitter::Layout;
    int mark = 0;
    auto survey = std::make_shared<Survey>();
    survey->path = path;
    survey->encoding = JsonRecordSplitter::encodingOf(head, &mark);
    survey->byteOrderMark = mark > 0;
    const auto [first, second] = firstTwo(head, mark, survey->encoding);
    const bool array =
        first == u'[' && (second == u'{' || second == u'[' || second == u']'); // "[]": none
    if (!array && !(first == u'{' && second == u'"'))
        return nullptr; // a table of another kind (no CSV begins so)
    survey->layout = array ? Layout::Array : Layout::Sequence;
    if (survey->encoding == JsonRecordSplitter::Encoding::Utf8) {
        QFile file(path);
        Utf8Lines lines;
        if (file.open(QIODevice::ReadOnly) && file.seek(mark) && lines.scan(file, watch)) {
            survey->windows1252 = lines.invalidLines();
            for (const Utf8Lines::Line &line : survey->windows1252)
                survey->windows1252Lines.append(line.number);
        }
        if (lines.cancelled()) {
            survey->error = ReadWatch::cancelledError();
            return survey;
        }
    }
    if (!array) { // objects one after another, or a single one holding the arrays of records
        JsonRecordSplitter values(path, Layout::Sequence, survey->encoding, {},
                                  survey->windows1252);
        values.watch(watch); // one object is read to its end: it may be the whole file
        QString error;
        JsonRecordSplitter::Record value;
        if (values.open(&error)) {
            while (values.recordsRead() < 2 && values.next(value)) {
            }
        }
        survey->error = values.readError();
        survey->values = values.recordsRead();
        if (values.recordsRead() == 1 && !values.arraysOfRecords().isEmpty()) {
            survey->layout = Layout::Member;
            survey->arrays = values.arraysOfRecords();
            survey->members = values.otherMembers();
            survey->arraysOfArrays = values.arraysOfArrays();
            takeColumnLists(*survey, survey->arraysOfArrays);
            takeStatedCounts(*survey);
        }
    }
    return survey;
}

void JsonRecordsReader::takeColumnLists(Survey &survey, const QStringList &arraysOfArrays)
{
    survey.columnLists = columnListsOf(arraysOfArrays, survey.members);
    // A list of objects naming an array's columns is that array's header, a member of the object
    // as a list of strings is, not a table of its own; one naming none is a table.
    QStringList used;
    for (const ColumnList &list : std::as_const(survey.columnLists))
        used.append(list.key);
    survey.arrays.removeIf([&](const auto &array) { return used.contains(array.first); });
    survey.members.removeIf([&](const auto &member) {
        return member.arrayOfRecords && !used.contains(member.prefix + keyOf(member));
    });
}

void JsonRecordsReader::takeStatedCounts(Survey &survey)
{
    for (const auto &[array, records] : std::as_const(survey.arrays)) {
        const QString prefix = prefixOf(array);
        for (const JsonRecordSplitter::Member &member : std::as_const(survey.members)) {
            if (member.prefix != prefix)
                continue;
            const JsonRecordFields::Fields fields =
                JsonRecordFields::read(QString(u'{' + member.text + u'}'));
            for (qsizetype i = 0; fields.error.isEmpty() && i < fields.keys.size(); ++i) {
                const QString &key = fields.keys.at(i);
                const QString &value = fields.values.at(i);
                // Elasticsearch counts past 10,000 as "at least": {"value": 10000, "relation": "gte"}
                const bool atLeast =
                    fields.values.value(fields.keys.indexOf(key.section(u'.', 0, -2) + u".relation")) ==
                    u"gte";
                const Stated stated{prefix + key, value, member.line, atLeast};
                bool number = false;
                value.toLongLong(&number);
                if (number && countsRecords(key) && !survey.statedCounts.contains(array))
                    survey.statedCounts.insert(array, stated);
                else if (marksMore(key, value) && !survey.moreToFollow.contains(array))
                    survey.moreToFollow.insert(array, stated);
            }
        }
    }
}

QHash<QString, JsonRecordsReader::ColumnList>
JsonRecordsReader::columnListsOf(const QStringList &arrays,
                                 const QList<JsonRecordSplitter::Member> &members)
{
    QHash<QString, ColumnList> lists;
    for (const QString &array : arrays) {
        const QString prefix = prefixOf(array);
        const auto beside = [&](const QString &other) { return prefixOf(other) == prefix; };
        if (std::count_if(arrays.begin(), arrays.end(), beside) > 1)
            continue; // two arrays of arrays in one object: which the names are of, it does not say
        QList<ColumnList> found;
        for (const JsonRecordSplitter::Member &member : members) {
            if (member.prefix != prefix)
                continue;
            if (const auto names = namesListed(member))
                found.append(ColumnList{prefix + names->first, names->second, member.line});
        }
        if (found.size() == 1)
            lists.insert(array, found.first());
    }
    return lists;
}

std::unique_ptr<JsonRecordsReader>
JsonRecordsReader::ifJson(const QString &path, const QByteArray &head, const ReadWatch &watch)
{
    auto found = survey(path, head, watch);
    if (!found)
        return nullptr;
    return std::unique_ptr<JsonRecordsReader>(new JsonRecordsReader(std::move(found), 0, watch));
}

bool JsonRecordsReader::holdsRecords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto found = survey(path, file.peek(4096));
    // A single object holding no array of records is a manifest or settings, not a table.
    return found && (found->layout != JsonRecordSplitter::Layout::Sequence || found->values > 1);
}

JsonRecordsReader::JsonRecordsReader(std::shared_ptr<const Survey> survey, int part,
                                     ReadWatch watch)
    : m_survey(std::move(survey)), m_part(part), m_watch(std::move(watch))
{
    if (!m_survey->error.isEmpty()) {
        m_fatalError = m_survey->error;
        return;
    }
    if (!readColumns())
        return;
    m_records = splitter();
    if (QString error; !m_records->open(&error)) {
        m_fatalError = error;
        m_records.reset();
        return;
    }
    takeMembers();
    if (!m_columns.isEmpty()) {
        TableRow header;
        header.line = m_headerLine;
        header.cells = m_columns;
        header.raw = m_columns.join(u'\t');
        m_pending.append(header);
    }
}

std::unique_ptr<JsonRecordSplitter> JsonRecordsReader::splitter() const
{
    const bool member = m_survey->layout == JsonRecordSplitter::Layout::Member;
    return std::make_unique<JsonRecordSplitter>(
        m_survey->path, m_survey->layout, m_survey->encoding,
        member ? m_survey->arrays.at(m_part).first : QString(), m_survey->windows1252);
}

bool JsonRecordsReader::readColumns()
{
    if (const auto list = m_survey->columnLists.constFind(partName());
        list != m_survey->columnLists.cend()) {
        m_columnList = list->key;
        m_columns = list->names;
        m_headerLine = list->line;
        return true;
    }
    {
        const std::lock_guard<std::mutex> guard(m_survey->lock);
        if (const auto known = m_survey->columns.constFind(m_part);
            known != m_survey->columns.cend()) {
            std::tie(m_columns, m_headerLine) = *known;
            for (int i = 0; i < m_columns.size(); ++i)
                m_columnOf.insert(m_columns.at(i), i);
            return true;
        }
    }
    const auto pass = splitter();
    pass->watch(m_watch);
    if (!pass->open(&m_fatalError))
        return false;
    JsonRecordSplitter::Record record;
    while (pass->next(record)) {
        if (!record.error.isEmpty())
            continue;
        // Qt's check is left to the reading of the rows: a record that is no JSON is rejected
        // there.
        const JsonRecordFields::Fields fields = JsonRecordFields::readUnchecked(record.text);
        if (!fields.isObject || !fields.error.isEmpty())
            continue;
        if (m_headerLine == 0)
            m_headerLine = record.line;
        for (const QString &key : fields.keys) {
            if (!m_columnOf.contains(key)) {
                m_columnOf.insert(key, int(m_columns.size()));
                m_columns.append(key);
            }
        }
    }
    m_fatalError = pass->readError();
    if (!m_fatalError.isEmpty())
        return false;
    const std::lock_guard<std::mutex> guard(m_survey->lock);
    m_survey->columns.insert(m_part, {m_columns, m_headerLine});
    return true;
}

void JsonRecordsReader::takeMembers()
{
    for (const JsonRecordSplitter::Member &member : m_survey->members) {
        const JsonRecordFields::Fields fields =
            JsonRecordFields::read(QString(u'{' + member.text + u'}'));
        TableRow row;
        row.line = member.line;
        row.raw = member.text;
        if (!fields.error.isEmpty() || fields.keys.isEmpty()) { // cut short, or an empty object
            row.cells = QStringList{member.text};
        } else { // each key before its value, a nested object's fields one after another
            for (qsizetype i = 0; i < fields.keys.size(); ++i)
                row.cells << member.prefix + fields.keys.at(i) << fields.values.at(i);
        }
        m_pending.append(row);
    }
}

bool JsonRecordsReader::next(TableRow &row)
{
    if (!m_pending.isEmpty()) {
        row = m_pending.takeFirst();
        return true;
    }
    JsonRecordSplitter::Record record;
    if (!m_records || !m_records->next(record)) {
        if (m_records && m_fatalError.isEmpty())
            m_fatalError = m_records->readError();
        return false;
    }
    row = rowOf(record);
    return true;
}

TableRow JsonRecordsReader::rowOf(const JsonRecordSplitter::Record &record)
{
    TableRow row;
    row.line = record.line;
    row.raw = record.text;
    row.error = record.error;
    if (!row.error.isEmpty())
        return row;
    const JsonRecordFields::Fields fields = JsonRecordFields::read(record.text);
    if (!fields.error.isEmpty()) {
        row.error = fields.error;
        return row;
    }
    if (!fields.isObject) {
        ++m_arraysRead;
        row.cells = fields.values;
        return row;
    }
    row.cells = QStringList(m_columns.size());
    QList<bool> has(m_columns.size(), false);
    for (qsizetype i = 0; i < fields.keys.size(); ++i) {
        const auto column = m_columnOf.constFind(fields.keys.at(i));
        if (column == m_columnOf.cend()) { // the file changed since its columns were read
            row.cells.clear();
            row.error = tr("the record has the key \"%1\", which the first reading of the file did "
                           "not find")
                            .arg(fields.keys.at(i));
            return row;
        }
        row.cells[*column] = fields.values.at(i);
        has[*column] = true;
    }
    for (int column = 0; column < has.size(); ++column) {
        if (!has.at(column))
            row.absent.append(column);
    }
    return row;
}

QString JsonRecordsReader::textEncoding() const
{
    return QString::fromLatin1(
        QStringConverter::nameForEncoding(JsonRecordSplitter::converterOf(m_survey->encoding)));
}

QString JsonRecordsReader::partName() const
{
    return m_survey->layout == JsonRecordSplitter::Layout::Member
               ? m_survey->arrays.at(m_part).first
               : QString();
}

QList<UnreadPart> JsonRecordsReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> unread;
    if (m_survey->layout != JsonRecordSplitter::Layout::Member)
        return unread;
    for (int part = 0; part < m_survey->arrays.size(); ++part) {
        if (part == m_part || alsoRead.contains(part))
            continue;
        UnreadPart array;
        array.name = m_survey->arrays.at(part).first;
        array.rows = int(m_survey->arrays.at(part).second);
        array.array = true;
        array.ofArrays = m_survey->arraysOfArrays.contains(array.name);
        unread.append(array);
    }
    return unread;
}

std::unique_ptr<TableReader> JsonRecordsReader::openPart(int part, QString *error) const
{
    if (part < 0 || part >= partCount()) {
        *error = tr("the file has no array of records numbered %1").arg(part + 1);
        return nullptr;
    }
    auto reader =
        std::unique_ptr<JsonRecordsReader>(new JsonRecordsReader(m_survey, part, m_watch));
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}

std::unique_ptr<TableReader> JsonRecordsReader::reopen(QString *error) const
{
    return openPart(m_part, error);
}
