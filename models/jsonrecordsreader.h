#pragma once

#include "jsonrecordsplitter.h"
#include "tablereader.h"

#include <memory>
#include <mutex>

/// @brief A table written as JSON: an array of objects, objects one after another (JSON Lines),
/// or an object holding arrays of them (`{"account": …, "messages": […], "calls": […]}`), as
/// database dumps, portals' and programs' exports and many leaked samples are written. Each
/// object is a row, its keys the columns (the keys of every record, in the order first met: a
/// first reading collects them), a nested object's keys joined to its own by a dot; its line is
/// the line it begins on and its raw text the object as written. An array of arrays is read as
/// rows of cells in order. Of an object holding arrays of objects or of arrays, each array is a
/// part (as a workbook's worksheets are) and the object's other members are the metadata block
/// above the header; an array of arrays beside a list of the columns' names (pandas'
/// `{"columns": […], "data": [[…], …]}`, a SQL endpoint's `{"columns": [{"name": …}], "rows":
/// […]}`) has those names as its header.
class JsonRecordsReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordsReader)
public:
    /// The names of the columns of an array of arrays, as a member beside it lists them.
    struct ColumnList
    {
        QString key; ///< the member's path of keys (`columns`, `response.columns`)
        QStringList names;
        int line = 0;
    };
    /// What the object holding an array says of the whole answer it is part of: its count of the
    /// records (Solr's `numFound`, a search engine's `total.value`, an API's `count`), or that
    /// more follow (a `cursor`, a `next` page, `"done": false`), at the member's line.
    struct Stated
    {
        QString key; ///< the path of keys (`response.numFound`, `hits.total.value`)
        QString value;
        int line = 0;
        bool atLeast = false; ///< a count "at least" (Elasticsearch's `"relation": "gte"`)
    };
    /// What a first reading of the file learnt.
    struct Survey
    {
        QString path;
        JsonRecordSplitter::Layout layout = JsonRecordSplitter::Layout::Array;
        JsonRecordSplitter::Encoding encoding = JsonRecordSplitter::Encoding::Utf8;
        bool byteOrderMark = false;
        std::vector<Utf8Lines::Line> windows1252;
        QList<int> windows1252Lines;
        /// Layout::Member: the arrays of records, by key, with how many records (objects or
        /// arrays) each holds.
        QList<std::pair<QString, qint64>> arrays;
        QStringList arraysOfArrays; ///< those of them whose records are arrays alone
        QList<JsonRecordSplitter::Member> members; ///< the top object's other members
        QHash<QString, ColumnList> columnLists;    ///< by the key of the array of arrays they name
        QHash<QString, Stated> statedCounts;       ///< by the key of the array they count
        QHash<QString, Stated> moreToFollow;       ///< by the key of the array they go on from
        int values = 0; ///< Layout::Sequence: the values at the top level, counted to two
        QString error;  ///< why the first reading stopped (a cancel), if it did
        /// The columns of each part read so far and the line of its first object: a reader
        /// opened again (a preview, a second look) reads them from here, not the whole file again.
        mutable std::mutex lock;
        mutable QHash<int, std::pair<QStringList, int>> columns;
    };

    /// @brief A reader of @p path if @p head, its first bytes, begins a JSON array of objects or
    /// arrays, or an object; else nullptr. Its fatalError() is set if it cannot be read. The first
    /// readings of the file (for its layout, for its columns) tell @p watch how far they have
    /// got and stop when it says the import was cancelled; so do those of its other parts.
    static std::unique_ptr<JsonRecordsReader> ifJson(const QString &path, const QByteArray &head,
                                                     const ReadWatch &watch = {});
    /// @brief Whether @p path holds a table of records as JSON: an array of objects or arrays,
    /// two or more values one after another, or an object holding an array of objects or arrays
    /// (not a single object without one: a return's manifest, a program's settings). For a folder's
    /// files, of which only such are imported.
    static bool holdsRecords(const QString &path);

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override { return m_records ? m_records->progress() : 1.0; }
    QString kind() const override { return QStringLiteral("json"); }
    QString textEncoding() const override;
    bool textWithoutByteOrderMark() const override
    {
        return m_survey->encoding != JsonRecordSplitter::Encoding::Utf8 && !m_survey->byteOrderMark;
    }
    QList<int> linesReadAsWindows1252() const override { return m_survey->windows1252Lines; }
    int unterminatedLastLine() const override { return m_records ? m_records->endsOpenAt() : 0; }
    QStringList readingNotes() const override;
    QJsonObject readerMetadata() const override;
    int partCount() const override { return std::max<int>(1, int(m_survey->arrays.size())); }
    QString partName() const override;
    int partIndex() const override { return m_part; }
    bool partsAreArrays() const override
    {
        return m_survey->layout == JsonRecordSplitter::Layout::Member;
    }
    bool headerIsKeys() const override { return !m_columns.isEmpty() && m_columnList.isEmpty(); }
    QString columnNamesMember() const override { return m_columnList; }
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override;

private:
    JsonRecordsReader(std::shared_ptr<const Survey> survey, int part, ReadWatch watch);
    /// @brief What a first look at @p path, whose first bytes are @p head, finds; nullptr if it
    /// is no JSON of records.
    static std::shared_ptr<Survey> survey(const QString &path, const QByteArray &head,
                                          const ReadWatch &watch = {});
    /// @brief Reads the file through once: its columns (the keys of its objects, in the order first
    /// met) and the line of its first object, for the part read; or takes them from the list of
    /// names beside an array of arrays.
    bool readColumns();
    /// @brief Finds the lists of names beside the @p arraysOfArrays (columnListsOf); one listing
    /// objects is then a member, no array of records, and one naming none no member.
    static void takeColumnLists(Survey &survey, const QStringList &arraysOfArrays);
    /// @brief The lists of names beside the arrays of arrays @p arrays among @p members: one
    /// array of arrays to an object, one member beside it that may name columns
    /// (JsonRecordSplitter::mayNameColumns) listing strings or objects with a name.
    static QHash<QString, ColumnList>
    columnListsOf(const QStringList &arrays, const QList<JsonRecordSplitter::Member> &members);
    /// @brief Finds, among the members beside each array of records (in its object, or an object
    /// there), a count of the answer's records and a mark that more follow.
    static void takeStatedCounts(Survey &survey);
    /// @brief What the answer states of its records' count and more to follow, beside the records
    /// read, in words.
    QStringList statedCountNotes() const;
    /// @brief The rows of the metadata block: each member's fields (a nested object's each).
    void takeMembers();
    /// @brief @p record as a row of the table.
    TableRow rowOf(const JsonRecordSplitter::Record &record);
    std::unique_ptr<JsonRecordSplitter> splitter() const;
    QString layoutNote() const;

    std::shared_ptr<const Survey> m_survey;
    int m_part = 0;
    ReadWatch m_watch; ///< while the import that opened it runs
    QStringList m_columns;
    QHash<QString, int> m_columnOf;
    QString m_columnList; ///< the member whose list names the columns, if one does
    int m_headerLine = 0;
    std::unique_ptr<JsonRecordSplitter> m_records;
    QList<TableRow> m_pending; ///< the metadata block and the header, given before the records
    qint64 m_arraysRead = 0;
    QString m_fatalError;
};
