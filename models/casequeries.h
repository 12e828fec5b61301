#pragma once

#include "eventfilter.h"
#include "lineplaces.h"
#include "placename.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

struct CaseStats
{
    qint64 events = 0;
    qint64 lookups = 0;
    qint64 communications = 0;
    qint64 connections = 0;
    qint64 handles = 0;
    qint64 withheldHandles = 0; ///< of the handles, a withheld number's words (HandleKind::Withheld)
    qint64 maskedHandles = 0;   ///< of the handles, those masked (HandleKind::Masked)
    qint64 sources = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    std::optional<qint64> firstMs;
    std::optional<qint64> lastMs;
};

/// @brief One handle with its counts split by class and direction; never one merged figure.
struct HandleSummary
{
    qint64 id = 0;
    QString handle;
    QString label; ///< the analyst's alias, if any
    QString kind;
    QString validity;
    QStringList spellings;
    qint64 lookupsOut = 0;
    qint64 lookupsIn = 0;
    qint64 commsOut = 0;
    qint64 commsIn = 0;
    qint64 connections = 0;
    std::optional<qint64> firstMs;
    std::optional<qint64> lastMs;
};

/// @brief The analyst's mark on an event: their note (may be empty), who set it and when.
struct EventMark
{
    QString note;
    QString setAt; ///< ISO 8601 UTC, as the audit log writes it
    QString setBy;
    bool operator==(const EventMark &) const = default;
};

/// @brief A further place an event's record stands: a source that held it again, or held
/// another leg of its call.
struct EventOccurrence
{
    qint64 sourceId = 0;
    QString source; ///< the source's name as shown
    int line = 0;
    QString kind; ///< "duplicate" or "call-leg", as event_occurrences.kind
    bool operator==(const EventOccurrence &) const = default;
};

/// @brief One stored event with the names behind its ids, for output and display.
struct EventRow
{
    qint64 id = 0;
    QString evidenceClass;
    QString subtype;
    qint64 utcMs = 0;
    QString timeRaw;
    QString timeZone;
    QString initiator;
    QString initiatorRaw;
    QString counterpart;
    QString counterpartRaw;
    qint64 initiatorId = 0;
    std::optional<qint64> counterpartId;
    QString initiatorLabel;
    QString counterpartLabel;
    QString initiatorKind; ///< handleKindKey(): "withheld" and "masked" are no one party
    QString counterpartKind;
    QString clientIp;    ///< the address (canonical form), or the text when it is no address
    QString clientIpRaw; ///< as the provider wrote it
    std::optional<int> clientPort;
    std::optional<int> deviceCount;
    std::optional<double> durationSeconds;
    QString extra;
    qint64 sourceId = 0;
    QString sourceName;
    int line = 0;
    QString raw;
    std::optional<EventMark> mark; ///< set when the analyst marked the event
    /// Where else its record stands, by source and line; read only where asked
    /// (CaseQueries::forEachEvent's withOccurrences).
    QList<EventOccurrence> alsoIn;
};

struct SourceRow
{
    qint64 id = 0;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString sha256;
    QString importedAt;
    QString importedBy;
    QString format;
    QString timeZone;
    bool zoneDeclared = false;
    QString importerVersion;
    qint64 rowsRead = 0;
    qint64 accepted = 0;
    ClassCounts acceptedByClass{}; ///< the events of the accepted rows, by class
    qint64 rejected = 0;
    qint64 duplicate = 0;
    QJsonObject metadata;
    QString part; ///< the worksheet, where the file gave several sources; empty otherwise
    /// Where the source is a document read from inside the file at filePath (a WhatsApp
    /// delivery's page): that file's SHA-256, the one the analyst can check; sha256 and
    /// fileSize are the document's. Empty otherwise.
    QString containerSha256;
    /// The time of its first and of its last record (accepted or duplicate), UTC ms; none where
    /// it has none. The records span this stretch; they say nothing of the time outside it.
    std::optional<qint64> recordsFirstMs;
    std::optional<qint64> recordsLastMs;
    /// @brief For a document read from inside the file at filePath: where in it
    /// ("delivery-1.zip › records.html"); the name shown otherwise.
    QString placeInContainer() const;
    /// @brief The name shown: the file's, and the worksheet where the file gave several sources.
    QString shownName() const { return PlaceName::within(fileName, part); }
};

/// @brief Where an event comes from, all of it: for the provenance panel.
struct EventProvenance
{
    EventRow event;
    QString sourcePath;
    QString sourceSha256;
    QString containerSha256; ///< see SourceRow::containerSha256
    QString innerZip;        ///< the ZIP inside the container the document was read from, if any
    QString innerZipSha256;
    /// How the part read was encrypted in its ZIP ("AES", "ZipCrypto"), decrypted with the
    /// password the analyst gave; empty if it was not.
    QString zipEncryption;
    /// How the part read was decrypted (a ZIP's entry, a workbook Excel encrypted), in words; empty
    /// if it was not.
    QString decryption;
    QString sourceWorksheet; ///< the worksheet read, for a workbook; its line is that sheet's row
    QString sourceFileName;  ///< the file's name (a container's document's), without the worksheet
    /// Where the worksheet has no header row and goes on from the records before it, the
    /// worksheet whose header row (at headerLine) named its columns; empty otherwise.
    QString headerWorksheet;
    int headerLine = 0;
    /// The file has no header row: the columns the analyst's mapping numbered, in words
    /// ("timestamp in column 2, …"); empty for a file read by its header.
    QString numberedColumns;
    /// The encoding a text file's line was read in ("UTF-8"; "Windows-1252" for a line of a
    /// UTF-8 file that is not UTF-8); empty for a spreadsheet or a source imported before.
    QString textEncoding;
    bool lineNotInFileEncoding = false; ///< the line was read in another encoding than the file
    bool lineUnterminated = false;      ///< the file ends inside the line: it may be cut short
    /// Other records of the source stand on the same line (a page written without line breaks):
    /// what is said of the line is not said of this record alone.
    bool lineHoldsOtherRecords = false;
    bool lineIsSheetRow = false; ///< the line is a worksheet's row (a workbook, an .ods, an XML Spreadsheet)
    bool lineIsPageRow = false;  ///< the line is an HTML page's table row (its <tr>), not a line of its text
    bool sourceIsJson = false;   ///< read from a JSON file: its part (sourceWorksheet) is an array of records
    int pageTextLine = 0;        ///< of such a row, the line of the page's text its <tr> stands on (0: not known)
    bool lineHiddenInSheet = false; ///< the worksheet's row is hidden or filtered out: Excel does not show it
    bool lineHasFormula = false; ///< a cell of the worksheet's row is a formula's result, as the file saved it
    bool lineFormulaWithoutResult = false; ///< a formula of the row has no result saved: read as empty
    bool worksheetHidden = false;   ///< the worksheet is hidden in its workbook
    QJsonArray hiddenColumns;       ///< the worksheet's columns Excel does not show (metadata "hidden_columns")
    /// The columns of this row whose cell's number format shows its value as nothing (metadata
    /// "values_shown_blank", those holding the row).
    QJsonArray valuesShownBlank;
    /// The columns of this row holding a formula's result (metadata "formula_columns"), and a
    /// formula without one ("formula_columns_without_result"); none in a case stored before
    /// formulas were named by column.
    QJsonArray formulaColumns;
    QJsonArray formulaColumnsWithoutResult;
    bool dateSystem1904 = false;    ///< the workbook counts its date serials from 1904-01-01
    /// Where the record's time is written as a date that reads either way (04/09/2016): how the
    /// source's day/month order was settled, in words (SourceReading::dateOrderRead); empty
    /// otherwise.
    QString dateOrderRead;
    /// How the source's numbers without a country code were read, where a region was declared
    /// for its file (SourceReading::numberRegionText); empty where the case's region read them.
    QString numberRegionRead;
    /// The tz database's release whose rules read the record's time, where its zone has rules
    /// (ZoneRules; metadata "zone_rules"); empty for UTC, an offset, or a source imported before.
    QString zoneRules;
    bool lineHasUnpairedSurrogates = false; ///< UTF-16 code units that are no text, read as U+FFFD
    bool lineHasReplacedReferences = false; ///< an HTML character reference naming no character, read as U+FFFD
    /// For a PDF, whose line is one of the text its pages hold: the page (from 1) and the line
    /// on it; 0 for any other file.
    int pdfPage = 0;
    int pdfPageLine = 0;
    struct Occurrence
    {
        QString sourceName;
        QString sourceSha256;
        int line = 0;
        QString raw;
        QString kind; ///< "duplicate" or "call-leg"
        qint64 sourceId = 0;
    };
    QList<Occurrence> occurrences; ///< every other place the same record appears
};

/// @brief A row of a source stored as no event of its own: the same record as an event first
/// read elsewhere (or earlier in the same file), or another leg of a call already stored.
struct DuplicateRowRecord
{
    int line = 0;
    QString kind; ///< "duplicate" or "call-leg", as event_occurrences.kind
    qint64 eventId = 0;
    QString firstSourceName; ///< where the event was first read
    int firstLine = 0;
    QString raw;
    LinePlace place;      ///< of line, in this source's file
    LinePlace firstPlace; ///< of firstLine, in the first source's
    qint64 firstSourceId = 0;
};

struct RejectedRowRecord
{
    qint64 sourceId = 0;
    QString sourceName;
    int line = 0;
    QString reason;
    QString raw;
    LinePlace place; ///< of line, where it is no line of the file's text
};

/// @brief Read-only questions asked of a case. Thread affinity: the thread owning @p db.
class CaseQueries final
{
    Q_DECLARE_TR_FUNCTIONS(CaseQueries)
public:
    explicit CaseQueries(QSqlDatabase db);

    /// @brief Where @p line, which is no line of the file's text, stands in it (@p place: an HTML
    /// page's row, a PDF's line), in words; empty for a line of the text.
    static QString whereText(int line, const LinePlace &place);

    CaseStats stats() const;
    /// @brief The first and last event's time, through the time index: at once, however large
    /// the case (stats() counts every class as well).
    std::pair<std::optional<qint64>, std::optional<qint64>> timeSpan() const;
    /// @brief The id of @p handleId's first (or last) event, on either side: the event behind
    /// the handle list's "first seen" (or "last seen").
    std::optional<qint64> edgeEventOf(qint64 handleId, bool last) const;
    /// @brief The id of the event behind source @p sourceId's first (or last) record: the event
    /// the record became, or the one it was linked to as a duplicate; none where the source holds
    /// no record, or where that record (a call's further leg) was read at another time than its
    /// call's.
    std::optional<qint64> edgeRecordOfSource(qint64 sourceId, bool last) const;
    /// @brief The id of the first (or last) event from client IP @p ip (as the case stores it).
    std::optional<qint64> edgeEventOfIp(const QString &ip, bool last) const;
    /// @brief Every handle with its counts; @p ok (if given) is false when the case could not
    /// be read to the end (the list is then incomplete).
    QList<HandleSummary> handleSummaries(bool *ok = nullptr) const;
    QList<SourceRow> sources() const;
    /// @brief The sources @p ids (those of them the case holds), in id order: where only a few
    /// of a case's sources, perhaps thousands, are wanted (those of some events).
    QList<SourceRow> sources(const QSet<qint64> &ids) const;
    /// @brief Rejected rows of one source, or of every source when @p sourceId is empty.
    QList<RejectedRowRecord> rejectedRows(std::optional<qint64> sourceId) const;
    /// @brief The rows of @p sourceId counted as duplicates, by line: one per row, each with the
    /// event it was linked to and where that event was first read.
    QList<DuplicateRowRecord> duplicateRows(qint64 sourceId) const;
    QHash<EvidenceClass, qint64> countByClass(const EventFilter &filter) const;
    /// @brief Streams matching events in time order without holding them all in memory, until
    /// @p visit returns false; with @p withOccurrences, each with the other places its record
    /// stands (EventRow::alsoIn).
    bool forEachEvent(const EventFilter &filter, const std::function<bool(const EventRow &)> &visit,
                      QString *error = nullptr, bool withOccurrences = false) const;
    /// @brief The handle a spelling refers to: normalised with the case's region, or a raw
    /// spelling seen in a source.
    std::optional<qint64> resolveHandle(const QString &spelling, const QString &region) const;
    /// @brief Whether an event of the case has this client IP, however it is written (as the
    /// events filter matches it). Read from the addresses' own table: quick on any case.
    bool hasClientIp(const QString &written) const;
    /// @brief The subtypes the case's events have, as stored, sorted. Reads every event: off
    /// the window's thread on a large case.
    QStringList subtypes() const;
    /// @brief Whether any event of the case matches @p filter (stopping at the first).
    bool anyEventMatches(const EventFilter &filter) const;
    /// @brief The normalised form of a handle, or an empty string for an unknown id.
    QString normalizedHandle(qint64 handleId) const;
    std::optional<EventProvenance> provenance(qint64 eventId) const;
    /// @brief Lookups and communications between two handles, either direction, in time order.
    QList<EventRow> pairEvents(qint64 handleA, qint64 handleB) const;
    /// @brief "label (normalised)" or the normalised form: how a handle is shown everywhere.
    static QString displayHandle(const QString &normalized, const QString &label);
    /// @brief "initiator → counterpart" as displayHandle() names them; the initiator alone for a
    /// connection.
    static QString partiesText(const EventRow &event);

    /// @brief Sets (or, with an empty label, clears) an analyst's alias; audited.
    /// @p at: when the analyst set it (now if empty).
    static bool setHandleLabel(QSqlDatabase db, qint64 handleId, const QString &label, const QString &at = {});
    /// @brief Marks an event with the analyst's @p note (trimmed; may be empty), or with
    /// std::nullopt takes the mark away; audited ("event-mark", "event-unmark"). False, and
    /// nothing written, where no such event is stored (or, taking it away, no mark is).
    /// @p at: when (now if empty).
    static bool setEventMark(QSqlDatabase db, qint64 eventId, const std::optional<QString> &note,
                             const QString &at = {});

    static const QString &eventSelect(); ///< SELECT … FROM events e JOIN …, for EventRow
    /// eventSelect()'s columns; eventSelectWithOccurrences() adds its own at this index.
    static constexpr int EventColumns = 29;
    static EventRow eventFromQuery(const class QSqlQuery &query);
    /// @brief eventSelect() with a last column giving each event's other places, for
    /// alsoInFromColumn().
    static const QString &eventSelectWithOccurrences();
    /// @brief The other places of an event, from that column's value, by source and line.
    static QList<EventOccurrence> alsoInFromColumn(const QVariant &value);

private:
    QHash<qint64, HandleSummary> countsByHandle(bool *ok) const; ///< the counts and times only
    /// @brief The sources the SQL clause @p where keeps (empty: every one), in id order.
    QList<SourceRow> sourcesWhere(const QString &where) const;
    /// @brief What @p p's source says of how it was read: its file, its header, how the event's
    /// line was read, the container it came out of.
    void addSourceReading(EventProvenance &p) const;
    /// @brief How the event's line was read (@p source: the query of addSourceReading()).
    static void addLineReading(EventProvenance &p, const class QSqlQuery &source);
    /// @brief The ZIP the source came out of, and how its file was decrypted.
    static void addContainer(EventProvenance &p, const class QSqlQuery &source);
    /// @brief Whether the event's line holds another record of other words.
    bool lineHoldsOtherRecords(const EventRow &event) const;
    /// @brief Every other place @p eventId's record appears.
    QList<EventProvenance::Occurrence> occurrences(qint64 eventId) const;
    /// @brief Sets @p p's PDF page and line on it from where the source's pages begin.
    static void setPdfPage(EventProvenance &p, const class QJsonArray &pageFirstLines);

    QSqlDatabase m_db;
};
