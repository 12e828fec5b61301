#pragma once

#include "helperprogram.h"
#include "utf8lines.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <optional>
#include <vector>

/// @brief The records of a JSON file, each as the text written: the elements of its top-level
/// array, the values written one after another (JSON Lines, or objects simply concatenated), or
/// the elements of one array of objects or of arrays a single top-level object holds under a key
/// (`{"data": […]}`, `{"columns": […], "data": [[…], …]}`), or
/// under a path of keys through the objects it holds (`{"response": {"docs": […]}}`, named
/// `response.docs`).
/// Reads in chunks and never holds more than one record, so that a file written on one line
/// (as most programs write JSON) is read whatever its size; a record over 1 MiB is rejected
/// without being held. Strings are followed, so brackets within them count for nothing.
class JsonRecordSplitter
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordSplitter)
public:
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;

    enum class Layout
    {
        Array,    ///< `[ {…}, {…} ]`
        Sequence, ///< `{…}` `{…}`, a record a line or not
        Member, ///< `{"key": [ {…}, {…} ], …}` (or `[ […], […] ]`): the array under the key (or
                ///< the path of keys, joined by dots) the splitter was given
    };
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE
    };

    /// One record: where it begins, its text as written, and why it cannot be read (empty if it
    /// may be: its text is then to be parsed).
    struct Record
    {
        int line = 0;
        QString text;
        QString error;
    };
    /// A member of the top-level object, or of an object it holds that holds arrays of records,
    /// other than those arrays: its line, its text, and the keys of the objects holding it, each
    /// followed by a dot (`response.` for `numFound` in `{"response": {"numFound": 2, …}}`).
    struct Member
    {
        int line = 0;
        QString text;
        QString prefix;
        /// An array of objects under a key that may name columns (mayNameColumns), whole: a SQL
        /// endpoint's `"columns": [{"name": …, "type": …}, …]` beside its rows. Among the arrays
        /// of records too: which it is, the reader decides.
        bool arrayOfRecords = false;
    };
    /// Objects within the top-level object are looked into for arrays of records down to this
    /// many keys; a member deeper is kept whole.
    static constexpr int MaxKeyPath = 6;
    /// A member other than an array of records is kept to this many characters, then cut.
    static constexpr qsizetype MaxMemberChars = 4096;

    /// @brief Reads @p path laid out as @p layout (its records under @p key for Layout::Member),
    /// in @p encoding; the @p windows1252 lines of a UTF-8 file (Utf8Lines) read as Windows-1252.
    JsonRecordSplitter(const QString &path, Layout layout, Encoding encoding, QString key = {},
                       std::vector<Utf8Lines::Line> windows1252 = {});

    /// @brief The encoding @p head, a file's first bytes, is written in, by its byte-order mark or
    /// zero bytes, and how many bytes of the mark to skip.
    static Encoding encodingOf(const QByteArray &head, int *markBytes);
    /// @brief Qt's name for @p encoding.
    static QStringConverter::Encoding converterOf(Encoding encoding);

    /// @brief Tells @p watch how far the reading has got at each chunk, and stops it (readError())
    /// when it says the import was cancelled: for the first readings of a file, before the
    /// import reads its rows and watches them itself.
    void watch(ReadWatch watch) { m_watch = std::move(watch); }
    /// @brief Opens the file; false with the reason in @p error if it cannot be read.
    bool open(QString *error);
    /// @brief The next record; false at the end of the file or when it can no longer be read
    /// (readError()).
    bool next(Record &record);
    QString readError() const { return m_readError; }
    double progress() const;
    /// @brief The line the file ends on inside a record or its array, so that it may have been
    /// cut short; 0 if it ends where the records and their array do. Known at the end.
    int endsOpenAt() const { return m_endsOpenAt; }
    /// @brief The members of the file's first value, if an object, that are no array of records
    /// (small ones whole, a long one cut but for one that may name the columns, which is given
    /// even if an array of objects, Member::arrayOfRecords; an object holding an array of records
    /// is given as its own members); and the keys of the arrays of records, objects or arrays (a
    /// path of keys joined by dots, where within an object the first value holds), with how many
    /// records each holds.
    const QList<Member> &otherMembers() const { return m_otherMembers; }
    const QList<std::pair<QString, qint64>> &arraysOfRecords() const { return m_arraysOfRecords; }
    /// @brief Those of the arrays of records whose records are all arrays (rows of cells in order).
    const QStringList &arraysOfArrays() const { return m_arraysOfArrays; }
    /// @brief Whether a member under @p key may list the columns of an array of arrays beside it
    /// (pandas' `"columns"`, a SQL endpoint's `"columns": [{"name": …}]`): kept whole, not cut.
    static bool mayNameColumns(QStringView key);
    /// @brief How many records were read so far (of Layout::Sequence, the top-level values).
    int recordsRead() const { return m_recordsEnded; }
    /// @brief Whether the file was read to its end (so that recordsRead() counts them all).
    bool readToTheEnd() const { return m_eof && m_readError.isEmpty(); }

private:
    bool fill();
    /// @brief Takes the characters of a string up to the next one that matters; false if the
    /// next character is to be fed alone.
    bool takeStringRun();
    /// @brief The file has ended: a record open is cut short.
    void finish();
    /// @brief The file ended inside the objects followed: what was read of their members is kept.
    void unwindFrames();
    void feed(QChar c);
    void feedInString(QChar c);
    void feedOutside(QChar c, bool lineEnd);
    /// @brief Whether a line end ends the record open (JSON Lines, once a record has shown it).
    bool breaksAtLineEnd() const;
    /// @brief Whether a value beginning here is a record: at the records' depth, within their
    /// array.
    bool atRecordLevel() const;
    /// @brief Whether @p c, outside a string at the records' level, begins a value.
    bool beginsValue(QChar c) const;
    void beginRecord(QChar c);
    /// @brief Follows brackets, keys and commas outside strings.
    void structure(QChar c);
    void openContainer(QChar c);
    void closeContainer(QChar c);
    void endRecord(const QString &error = {});
    void append(QChar c);
    /// An object whose members are followed: the top-level object, and the objects it holds
    /// (within no array), for Layout::Member's metadata and to find the records' arrays.
    struct Frame
    {
        QString prefix; ///< the keys of the objects holding its members, each followed by a dot
        QString key;    ///< the last key read
        bool afterColon = false;
        bool inMember = false;
        Member member;
        qsizetype memberLimit = MaxMemberChars; ///< the member's text kept, past its colon
        bool memberIsArray = false;
        qint64 memberElements = 0;      ///< objects and arrays in the member's array
        qint64 memberArrays = 0;        ///< arrays among them
        bool memberIsObject = false;    ///< the member's value is an object followed as a frame
        bool nestedHoldsArrays = false; ///< that object held arrays of objects
        QList<Member> nested;           ///< that object's members, if so
        bool holdsArrays = false;       ///< an array of records is among its members, or deeper
        QList<Member> members;          ///< its members ended, those holding no array of records
    };
    /// Whether a character at this depth is among the members of the innermost followed object.
    bool atMemberLevel() const;
    void beginMemberValue(QChar c);
    /// @brief Counts an element beginning with @p c (an object or an array) of the frame's member.
    static void countElement(Frame &frame, QChar c);
    void closeFrame();
    void noteMemberChar(QChar c);
    void endMember(Frame &frame);

    QFile m_file;
    ReadWatch m_watch;
    Layout m_layout;
    Encoding m_encoding;
    QString m_key;
    std::vector<Utf8Lines::Line> m_windows1252;
    size_t m_next1252 = 0;
    std::optional<QStringDecoder> m_decoder;
    QStringDecoder m_decoder1252{"windows-1252"};
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0; ///< bytes read so far
    bool m_eof = false;
    QString m_readError;

    int m_line = 1;
    bool m_afterCr = false;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_inRecordArray = false; ///< Layout::Member: within the array under m_key
    bool m_arrayClosed = false;   ///< Layout::Array: its closing bracket read
    bool m_singleLineRecords =
        true; ///< Layout::Sequence: every record so far ended on its first line
    int m_recordsEnded = 0;

    bool m_inRecord = false;
    bool m_scalarRecord = false; ///< a value at the records' level that is no object or array
    bool m_stringRecord = false; ///< a string at the records' level
    bool m_afterArray = false;   ///< a value written after the records' array closed
    bool m_overlong = false;
    int m_recordDepth = 0;
    Record m_current;
    std::optional<Record> m_done;

    // The followed objects' members, for Layout::Member's metadata and to find the records' key.
    int m_topValues = 0;       ///< values begun at the top level (objects and arrays)
    bool m_readingKey = false; ///< the innermost frame's key
    std::vector<Frame> m_frames;
    int m_recordsDepth = 0; ///< Layout::Member: the depth of the records within their array
    QList<Member> m_otherMembers;
    QList<std::pair<QString, qint64>> m_arraysOfRecords;
    QStringList m_arraysOfArrays;
    int m_endsOpenAt = 0;
};
