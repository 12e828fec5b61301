// What a JSON file's reading leaves to say: how its records were laid out and read, the count
// an answer states of them and its mark of more to follow, kept with the source and said.
#include "jsonrecordsreader.h"

#include <QJsonObject>

#include <algorithm>
#include <climits>

QJsonObject JsonRecordsReader::readerMetadata() const
{
    using Layout = JsonRecordSplitter::Layout;
    const Layout layout = m_survey->layout;
    QJsonObject meta{
        {QStringLiteral("json_layout"), layout == Layout::Array      ? QStringLiteral("array")
                                        : layout == Layout::Sequence ? QStringLiteral("lines")
                                                                     : QStringLiteral("object")}};
    if (layout == Layout::Member)
        meta.insert(QStringLiteral("json_records_key"), partName());
    if (!m_columnList.isEmpty())
        meta.insert(QStringLiteral("json_columns_key"), m_columnList);
    else if (m_columns.isEmpty())
        meta.insert(QStringLiteral("json_header_row"), true); // arrays, the first naming them
    const auto statedJson = [](const Stated &stated) {
        QJsonObject json{{QStringLiteral("key"), stated.key},
                         {QStringLiteral("value"), stated.value},
                         {QStringLiteral("line"), stated.line}};
        if (stated.atLeast)
            json.insert(QStringLiteral("at_least"), true);
        return json;
    };
    if (const auto count = m_survey->statedCounts.constFind(partName());
        count != m_survey->statedCounts.cend())
        meta.insert(QStringLiteral("json_records_counted"), statedJson(*count));
    if (const auto more = m_survey->moreToFollow.constFind(partName());
        more != m_survey->moreToFollow.cend())
        meta.insert(QStringLiteral("json_more_to_follow"), statedJson(*more));
    return meta;
}

QStringList JsonRecordsReader::readingNotes() const
{
    QStringList notes{layoutNote()};
    notes += statedCountNotes();
    if (const int line = unterminatedLastLine(); line > 0)
        notes.append(
            tr("the file ends inside its records (line %1): it may have been cut short").arg(line));
    return notes;
}

QStringList JsonRecordsReader::statedCountNotes() const
{
    // An answer cut to a page (a search's first ten hits, an API's first page) says so beside its
    // records: the rest of what it counts is not in the file.
    QStringList notes;
    const QString array = partName();
    const qint64 held = m_records ? m_records->recordsRead() : 0;
    const bool whole = m_records && m_records->readToTheEnd(); // not a preview's first rows
    if (const auto count = m_survey->statedCounts.constFind(array);
        whole && count != m_survey->statedCounts.cend() && count->value.toLongLong() != held) {
        const QString counted =
            count->atLeast ? tr("the answer counts at least %1 records (\"%2\", line %3), but its array "
                                "\"%4\" holds %n record(s): the rest are not in the file",
                                nullptr, int(std::min<qint64>(held, INT_MAX)))
            : count->value.toLongLong() > held
                ? tr("the answer counts %1 records (\"%2\", line %3), but its array \"%4\" holds %n record(s): "
                     "the rest are not in the file",
                     nullptr, int(std::min<qint64>(held, INT_MAX)))
                : tr("the answer counts %1 records (\"%2\", line %3), but its array \"%4\" holds %n record(s)",
                     nullptr, int(std::min<qint64>(held, INT_MAX)));
        notes.append(counted.arg(count->value, count->key).arg(count->line).arg(array));
    }
    if (const auto more = m_survey->moreToFollow.constFind(array);
        more != m_survey->moreToFollow.cend())
        notes.append(tr("the answer marks more records to follow (\"%1\" at line %2: %3): the file "
                        "may be one page of a longer answer")
                         .arg(more->key)
                         .arg(more->line)
                         .arg(more->value.left(80)));
    return notes;
}

QString JsonRecordsReader::layoutNote() const
{
    using Layout = JsonRecordSplitter::Layout;
    QString note;
    switch (m_survey->layout) {
    case Layout::Array:
        note = tr("the file is JSON, an array of records");
        break;
    case Layout::Sequence:
        note = tr("the file is JSON, records one after another (JSON Lines)");
        break;
    case Layout::Member:
        note = tr("the file is JSON, one object holding the records in its array \"%1\" (its other "
                  "members "
                  "read as the metadata block)")
                   .arg(partName());
        break;
    }
    if (!m_columnList.isEmpty())
        return note + tr(": each array was read as a row, its values as cells in order under the "
                         "names the member \"%1\" (line %2) lists, its line the line it begins on")
                          .arg(m_columnList)
                          .arg(m_headerLine);
    if (m_columns.isEmpty() && m_arraysRead > 0)
        return note + tr(": each array was read as a row, its values as cells in order, its line "
                         "the line it begins on");
    note += tr(": each object was read as a row, its line the line it begins on, its keys the "
               "columns (%n column(s), "
               "a nested object's keys joined to its own by a dot)",
               nullptr, int(m_columns.size()));
    if (m_arraysRead > 0)
        note += tr("; %n array(s) of values were read as rows, their values as cells in order",
                   nullptr, int(m_arraysRead));
    return note;
}
