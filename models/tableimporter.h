#pragma once

#include "calltypesnotknown.h"
#include "carrierwords.h"
#include "decimalmarkreading.h"
#include "durations.h"
#include "eventrecord.h"
#include "handlenormalizer.h"
#include "headermatcher.h"
#include "noonepartyrecords.h"
#include "normalizedspellings.h"
#include "numberswithamark.h"
#include "repeatedhourorder.h"
#include "severalhandles.h"
#include "strayspellings.h"
#include "subscriberaddresses.h"
#include "tableformat.h"
#include "tablereader.h"
#include "timestampparser.h"
#include "zonerules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <vector>

/// @brief Reads a table file (any TableReader) as one of the TableFormats: finds the header
/// row after the metadata block, then turns each row into an event or a rejected row.
/// Pure logic over a reader: no database, usable for import and for dry-run preview alike.
class TableImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)
public:
    static constexpr int MaxHeaderSearchRows = 60;

    struct Options
    {
        QString formatId = QStringLiteral("auto");
        std::optional<TableFormat> profile; ///< an analyst's mapping; replaces recognition
        std::optional<QTimeZone> declaredZone;
        QString region = QStringLiteral("US");
        DateOrder dateOrder = DateOrder::Unknown;
        QString dateOrderSource; ///< "declared by analyst" or "settled from the data"
        /// Where the data settled the order: the first line whose date can be read one way
        /// only, and its time as written (kept on the source, for the expert to check).
        int dateOrderLine = 0;
        QString dateOrderText;
        /// The decimal mark of durations like "1.234" (1234 or 1.234 by the mark), as declared
        /// or as the data settled it (ImportJob reads the column once more where a first reading
        /// met one); Unknown: such a duration stops the import to ask.
        DecimalMarkDeclared decimalMark;
        /// Read a worksheet without a header row whose first row fills the columns of the
        /// records in the worksheet before it as going on from them, by their header (an
        /// export past Excel's row limit that does not repeat it). The analyst's choice: the
        /// workbook cannot say whether the sheet continues them.
        bool readContinuedWorksheets = false;
        /// The subscriber whose side one subscriber's records are written from, as the analyst
        /// declares it where no column and no line above the header names them (the return's
        /// cover letter or file name does). A line above the header that names one wins.
        QString subscriber;
        /// A count the file's times are written as, declared by the analyst whatever its format
        /// (TimestampParser::declarableFormats()); empty: as the format reads them.
        QString timestampFormat;
        /// The file's times, read as a spreadsheet's day counts, shown rounded by a number
        /// format (ImportJob reads them all first): a time as short as a rounded one is refused.
        std::optional<SerialRounding> serialRounding = std::nullopt;
        /// What a reader running a program of its own is told (the import cancelled) and tells
        /// (how far it has got).
        ReadWatch watch;
        /// The handles the job's other files were read to, by spelling; none: this file's alone.
        std::shared_ptr<NormalizedSpellings> spellings;
        /// The file is what a compressed file held up to where it was cut short: a last line
        /// without a line end is what the cut left of a record, rejected.
        bool inputCutShort = false;
        /// Open a PDF protected by a password, each tried in turn (the import's; kept nowhere).
        QStringList passwords;
        /// The rows under the header are read to the end: a worksheet's may be parsed ahead on
        /// a thread of its own (ReadAheadReader). Off for a preview of the first rows, whose
        /// notes (hidden rows, damage) are of the rows it read, not of rows parsed beyond them.
        bool readToTheEnd = true;
    };

    /// @brief What a file that opens to no table lacks, for the analyst to give.
    struct Missing
    {
        bool header = false;     ///< it was read, and no part has a header row: a column mapping
        bool subscriber = false; ///< the first part has one, but no subscriber is named or declared
        bool format = false;     ///< a part's fits formats of two evidence classes: which is asked
        int formatPart = 0;      ///< that part (a worksheet behind a cover sheet)
        bool password = false;   ///< it is protected by a password: none was given, or not its own
    };

    enum class Outcome { Event, Rejected, End, Fatal };

    TableImporter(TableReader &reader, Options options);

    /// A table file opened and read up to its header row.
    struct Opened
    {
        std::unique_ptr<TableReader> reader;
        std::unique_ptr<TableImporter> importer;
    };
    /// @brief Opens @p path and reads up to its header row: of a workbook, the first worksheet
    /// or, where that has none, the first worksheet after it that has (a cover sheet before the
    /// records). Nullopt with @p error set to the first worksheet's reason when none has, and
    /// @p missing (if given) saying what the analyst could give: a mapping where the file was
    /// read and no part has a header row, a subscriber where the first part's records name none
    /// (HeaderMatch::subscriberAbove), a password where it is protected by one.
    static std::optional<Opened> open(const QString &path, const Options &options, QString *error,
                                      Missing *missing = nullptr);
    /// @brief Every part of @p path that has a header row, each read up to it: a text file,
    /// or each worksheet of a workbook that holds records (not a cover sheet or notes), in
    /// workbook order, with (Options::readContinuedWorksheets) each worksheet going on from
    /// the records before it without a header row; each knows the others are read. Empty, with
    /// @p error and @p missing set as open() sets them, when no part has a header row.
    static std::vector<Opened> openAll(const QString &path, const Options &options, QString *error,
                                       Missing *missing = nullptr);
    /// @brief The same part, from its first row, read with other @p options (a day/month order
    /// settled from its data), knowing the same other parts read.
    std::optional<Opened> reopen(const Options &options, QString *error) const;

    /// @brief For building a mapping: the likely header and the rows it is among, as written.
    struct Peek
    {
        QStringList header;   ///< empty if the file has no rows (error set)
        QList<TableRow> rows; ///< the first rows of the part (worksheet) the header is in
        QString error;
        QString part; ///< that worksheet, when the workbook has several
    };
    /// @brief The first row among the first ones that has the most filled cells (of a
    /// workbook, in any worksheet), with the rows around it.
    static Peek peek(const QString &path);
    static QStringList peekHeader(const QString &path, QString *error);

    /// @brief Reads up to the header row; false with fatalError() set if none is found.
    bool readHeader();
    Outcome next(EventRecord *event, RejectedRow *rejected);
    /// @brief The raw time text of every remaining row (to settle the day/month order), and
    /// into @p lines, if given, each one's line.
    QStringList remainingTimeTexts(QList<int> *lines = nullptr);
    /// @brief The same of the duration, to settle its decimal mark.
    QStringList remainingDurationTexts(QList<int> *lines = nullptr);

    /// @brief Whether @p text ("-", "N/A", "null", "\\N") is a provider's way of writing that a
    /// field has no value.
    static bool saysNoValue(const QString &text);

    QString fatalError() const { return m_fatalError; }
    /// @brief Whether readHeader() failed for want of a header row (rather than an unreadable file).
    bool headerMissing() const { return m_headerMissing; }
    int fatalLine() const { return m_fatalLine; }
    bool zoneMissing() const { return m_zoneMissing; }
    bool dateOrderMissing() const { return m_dateOrderMissing; }
    /// @brief Whether reading stopped at a duration like "1.234" that no declared mark decides.
    bool decimalMarkMissing() const { return m_decimalMarkMissing; }
    /// @brief The durations the decimal mark decided, as the metadata "duration_decimal_mark"
    /// keeps them; empty where none was.
    QJsonObject decimalMarkRead() const;
    const TableFormat &format() const { return *m_format; }
    QString recognition() const { return m_recognition; }
    /// @brief The same, not naming the worksheet (for texts that name it apart).
    QString recognitionInPart() const { return m_recognitionInPart; }
    int headerLine() const { return m_headerLine; }
    /// @brief The worksheet before this one, whose records it goes on from without a header
    /// row of its own (read by theirs); empty for a part read by its own header row.
    QString continuedWorksheet() const { return m_lentHeader ? m_lentHeader->continues : QString(); }
    /// @brief The worksheets not read that could be, as going on from the records before them.
    QStringList continuableWorksheets() const;
    /// @brief A format the first time rejected as unreadable looks written in ("excel", "unix",
    /// "unix-ms"), none being declared; empty otherwise.
    QString timestampFormatItMayBe() const { return m_timestampFormatItMayBe; }
    /// @brief Whether the times are read as a spreadsheet's day counts (SerialRounding may apply).
    bool readsSpreadsheetDays() const { return m_timeParser && m_timeParser->readsSpreadsheetDays(); }
    /// @brief What the import leaves out and the analyst must know (a workbook's other worksheets).
    QStringList warnings() const;
    static QString unreadPartWarning(const UnreadPart &part);
    /// @brief @p part as a source's metadata keeps it (an entry of "unread_worksheets").
    static QJsonObject unreadPartJson(const UnreadPart &part);
    /// @brief The parts not read, as metadata() records them for the source.
    static QList<UnreadPart> unreadParts(const QJsonObject &metadata);
    /// @brief Where a header row of another format opens a part read as that format (from the
    /// source's metadata, or this importer's rows read so far).
    static QStringList formatChangeNotes(const QJsonObject &metadata);
    QStringList formatChangeNotes() const;
    /// @brief What reading the part met that its rows do not show: where it stopped at damage
    /// to the part (after the rows before it), cells read as empty. Known once reading ended.
    QStringList readingNotes() const;
    /// @brief What of the file's layout is no record and was not counted as rows, in words: said
    /// beside the import's figures, where readingNotes() warn.
    QStringList layoutNotes() const;
    /// @brief What metadata "header_time_label" says: the header's label for the times ("(EST)",
    /// "(local)"), which names no zone, read in the declared zone, and how often that zone is
    /// called otherwise; empty if it is not there.
    static QString headerLabelNote(const QJsonObject &metadata);
    /// @brief What metadata "time_zone_column" says, in words; empty if it is not there.
    static QString zoneColumnNote(const QJsonObject &metadata);
    /// @brief What metadata "date_order_header" says: the day/month order a header's pattern
    /// ("Date (dd/mm/yyyy)") settled; empty if it is not there.
    static QString dateOrderHeaderNote(const QJsonObject &metadata);
    /// @brief The day/month order a header's pattern settled, none declaring one; Unknown otherwise.
    DateOrder headerDateOrder() const;
    /// @brief The first line above the header that speaks of a time zone ("All times are UTC",
    /// "Zeitzone: MEZ"), with its number; nullopt where none does.
    std::optional<std::pair<int, QString>> zoneWordsAbove() const;
    /// @brief The metadata keys of @p reading: encoding, lines_read_as_windows_1252,
    /// lines_with_unpaired_surrogates, character_references_replaced, control_characters_kept,
    /// excel_text_formulas (those with lines only).
    static void addTextReading(const TextReading &reading, QJsonObject *meta);
    /// @brief The header lines of further returns of the first one's format joined to this
    /// file (so far read).
    QList<int> laterReturnLines() const;
    /// @brief Whether a header row further down opened a later part (of any format).
    bool hasLaterParts() const { return !m_laterReturns.isEmpty(); }
    /// @brief How many later parts header rows further down have opened so far
    /// (EventRecord::returnInFile of the last one's records).
    int laterPartCount() const { return int(m_laterReturns.size()); }
    /// @brief The metadata a stated period is read from (StatedPeriod): the lines above the
    /// header rows read so far, the reader, the day/month order. Asked between the batches of a
    /// read, while none is pending (a reader reading ahead pauses for it).
    QJsonObject statedPeriodMetadata() const;
    /// @brief Whether reading the file added to its metadata (returns joined in, a last line
    /// without a line end, two-digit years, times in the repeated hour or without seconds, blank
    /// lines, text read otherwise than the rest — an HTML page's lines are known only once read —
    /// rows the sheet hides, a last row on a worksheet's limit, handles and ids a spreadsheet
    /// altered): it is written again once the file is read.
    bool metadataGrewWhileReading() const;
    /// @brief What metadata.two_digit_year, repeated_hour and repeated_hour_by_order say, in words (empty where
    /// the metadata has neither).
    static QStringList timeReadingNotes(const QJsonObject &metadata);
    /// @brief What metadata "ids_rounded" says, in words: record and call ids a spreadsheet
    /// rounded (a rounded call id joins no legs).
    static QStringList roundedIdNotes(const QJsonObject &metadata);
    /// @brief What metadata "handles_without_plus" says, in words; empty if it is not there.
    static QString lostPlusNote(const QJsonObject &metadata);
    /// @brief The note on handles written as dialled within a country ("0171 2345678", "0049 …")
    /// that are no number of the region they were read in (metadata
    /// "dialled_numbers_not_of_region"); empty if none.
    static QString dialledNote(const QJsonObject &metadata);
    /// @brief The note on numbers written without a country code, as the carriers a built-in
    /// format is of write them, read in another region (metadata "numbers_of_format_region");
    /// empty if none.
    static QString formatRegionNote(const QJsonObject &metadata);
    /// @brief What metadata "handles_with_stray_characters" says, in words; empty if it is not there.
    static QString strayCharactersNote(const QJsonObject &metadata);
    /// @brief The first spellings @p spellings names ({count, first: [{written, @p readKey}]}),
    /// each as @p pattern puts them ("%1 as %2"), "…" after them where there are more.
    static QStringList firstSpellingsShown(const QJsonObject &spellings, const QString &readKey, const QString &pattern);
    /// @brief What metadata "timestamp_format_declared" or "timestamp_format_header" says, in
    /// words; empty if neither is there.
    static QString declaredTimestampFormatNote(const QJsonObject &metadata);
    /// @brief What metadata "duration_unit" says, in words; empty if it is not there.
    static QString durationUnitNote(const QJsonObject &metadata);
    /// @brief What metadata "ends_at_row_limit" says, in words; empty if it is not there.
    static QString rowLimitNote(const QJsonObject &metadata);
    /// @brief Whether the last row read is the last a spreadsheet program's worksheet holds.
    bool endsAtRowLimit() const { return m_reader.rowLimits().contains(m_lastLine); }
    QJsonObject metadata() const;
    /// @brief "UTC (stated in header)", "stated in each record", or the declared zone.
    QString zoneDescription() const;
    /// @brief The tz database's zones whose rules read a time of the file so far.
    const QStringList &ruledZones() const { return m_zonesRead.ruled(); }
    bool zoneDeclared() const;
    double progress() const { return m_reader.progress(); }
    const TableReader &reader() const { return m_reader; }
    /// @brief The other parts of the file read as sources of their own (TableReader::partIndex),
    /// every part having been searched for a header row: the rest are named as not imported.
    void setPartsAlsoRead(QList<int> parts);

private:
    using CallKind = CarrierWords::CallKind;
    /// @brief Notes @p row's call type where its @p kind (readClass()'s) is not known.
    void noteCallTypeNotKnown(const TableRow &row, const CallKind *kind);
    /// @brief Reads rows until one is a header row (tryHeader), the rows above it kept as the
    /// source's metadata lines; false where none is found.
    bool searchHeader();
    /// @brief Why no header was read where the file itself says (unreadable, damaged, of two
    /// classes, empty or blank, cut short, whose records unsaid); empty where no header row was
    /// found in a file that has rows.
    QString whyHeaderUnread() const;
    QString subscriberMissingText() const;
    /// @brief That no header row the format or profile knows was found, naming the columns looked
    /// for.
    QString noHeaderFoundText() const;
    bool tryHeader(const TableRow &row);
    /// @brief Says which format the header row found has and where it is (recognition(),
    /// recognitionInPart()), @p found the columns and the subscriber it names.
    void setRecognition(const QString &found);
    /// @brief For a profile that numbers the columns of a file without a header row: every
    /// row is a record, read by the columns' numbers, as wide as its rows (widthOf) or as the
    /// highest column numbered.
    bool readByPosition();
    /// @brief How many columns the file's records have, from its first @p rows.
    int widthOf(const QList<TableRow> &rows) const;
    /// @brief Why a text file whose rows are @p width wide cannot be read by @p profile's numbers.
    std::optional<QString> columnPastRows(const TableFormat &profile, int width) const;
    void describeNumberedColumns();
    /// @brief Whether @p row fills most of the numbered columns, with a time where the profile places it.
    bool fillsNumberedColumns(const TableRow &row) const;
    /// The header a worksheet without one is read by: that of the records in the worksheet
    /// before it, which it goes on from.
    struct LentHeader
    {
        QString continues; ///< the worksheet before, going on from which this one is read
        QString sheet;     ///< the worksheet whose header row it is
        int line = 0;
        QStringList header;
        const TableFormat *format = nullptr;
        HeaderMatch match;
    };
    /// @brief The header the rows read so far go by, to lend a worksheet going on from them.
    LentHeader headerToLend() const;
    void readByLentHeader(const LentHeader &lent);
    /// @brief Whether the first row with values of the worksheet @p part of @p book fills the
    /// columns of @p lent, as a record going on from its rows would.
    static bool goesOn(const TableReader &book, int part, const LentHeader &lent, const Options &options);
    void describeLentHeader();
    /// @brief Tells each part of a file read which others are, and which worksheets not read
    /// could be (@p continuable: each with the worksheet before it).
    static void tellWhatIsRead(std::vector<Opened> &parts, const QList<std::pair<QString, QString>> &continuable,
                               const QList<std::pair<QString, QString>> &twoClasses);
    void useHeader(const TableFormat *format, const HeaderMatch &match, const TableRow &row);
    /// "unix" or "unix-ms" where the timestamp column's header names a count since 1970; empty otherwise.
    QString countNamedByHeader() const;
    /// Metadata "timestamp_format_header": the count the header names and the header.
    void addTimestampFormatNamed(QJsonObject *meta) const;
    /// Metadata of the lines above the header, the header and how it was recognised, the reader
    /// and worksheet, the format and the analyst's profile.
    void addHeaderReading(QJsonObject *meta) const;
    /// Metadata "subscriber": the one the lines above the header name, or the analyst declared.
    void addSubscriber(QJsonObject *meta) const;
    /// Metadata "unread_worksheets" and "later_returns".
    void addParts(QJsonObject *meta) const;
    /// Metadata "date_order", "date_order_from" and, where a header's pattern settled it, "date_order_header".
    void addDateOrder(QJsonObject *meta) const;
    /// Metadata "time_zone_column": the header of the column giving each row's zone.
    void addZoneColumn(QJsonObject *meta) const;
    /// Metadata "header_time_label" (headerLabelNote()).
    void addHeaderLabel(QJsonObject *meta) const;
    /// Sets m_headerLabel up for the header just matched.
    void useHeaderLabel();
    /// @brief Whether @p row, rejected, is the header row of another return of this format
    /// joined to the file; if so it is used from here on, with the rows held as its metadata.
    /// A header of two evidence classes is not: @p rejected says so, and the rows under it are
    /// rejected as another table's.
    bool opensAnotherReturn(const TableRow &row, RejectedRow *rejected);
    /// @brief The next row's outcome, or nullopt for another return's header row.
    std::optional<Outcome> readRow(EventRecord *event, RejectedRow *rejected);
    /// @brief Whether a rejected @p row fills most of the columns the header places, as a
    /// record does and a metadata line ("DSID 123", "Period: …", blank) does not.
    bool looksLikeRecord(const TableRow &row) const;
    QJsonArray laterReturnsJson() const;
    const QList<UnreadPart> &unreadParts() const;
    static void addAccount(const QStringList &metadataLines, QJsonObject *meta);
    /// The subscriber whose side a file's records are written from, named by a line above
    /// its header rather than in a column of its own, or declared by the analyst.
    struct Subscriber
    {
        int line = 0;   ///< the line naming them; 0 where the analyst declared them
        QString text;   ///< that line as written
        QString handle; ///< the handle as written in it
    };
    /// @brief The subscriber a line of @p lines (numbered by @p numbers) names as the records'
    /// own ("Target Number: (202) 555-0100", "MSISDN,+4915112345678"): a valid number or an
    /// address. A later line naming another (compared as handles) is put in @p other.
    std::optional<Subscriber> findSubscriber(const QStringList &lines, const QList<int> &numbers,
                                             std::optional<Subscriber> *other = nullptr) const;
    /// @brief "%1 (line %2) and %3 (line %4)": the two subscribers m_subscribersNamed holds.
    QString subscribersNamedText() const;
    /// @brief The subscriber of a return, from the lines above its header row (@p lines, numbered
    /// by @p numbers), or the analyst's declaration where those name none or two
    /// (m_subscribersNamed).
    std::optional<Subscriber> settleSubscriber(const QStringList &lines, const QList<int> &numbers);
    /// @brief The subscriber of a return joined below, whose header row is at @p headerLine, from
    /// the lines above it: none named leaves the one before; two, none declared, leave its rows
    /// unsettled (m_subscriberUnsettled).
    void laterSubscriber(const QStringList &lines, const QList<int> &numbers, int headerLine);
    /// @brief The subscriber the analyst declared (Options::subscriber), if valid; line 0, no text.
    std::optional<Subscriber> declaredSubscriber() const;
    /// @brief Whether @p handle, as written, is a valid phone number or an e-mail address.
    bool namesASubscriber(const QString &handle) const;
    /// @brief How a text file was read: its encoding, the lines read in another, the line it
    /// ends inside without a line end.
    void addTextReading(QJsonObject *meta) const;
    /// @brief Adds "duration_unit" ({unit, header or declared_by}) where durations are not seconds.
    void addDurationUnit(QJsonObject *meta) const;
    /// @brief Adds "ids_rounded" ({record_id, call_id: {count, first_line, first_text}}).
    void addRoundedIds(QJsonObject *meta) const;
    /// @brief Adds "handles_without_plus" ({region, count, first: [{written, with_plus}]}).
    void addLostPlus(QJsonObject *meta) const;
    void noteDialled(const QString &raw);
    void addDialled(QJsonObject *meta) const;
    /// @brief Counts @p raw where it is a number without a country code and the built-in
    /// format's carriers write their region's (TableFormat::numberRegion), not the one in force.
    void noteOfFormatRegion(const QString &raw);
    /// @brief Adds "numbers_of_format_region" ({format, format_region, region, count, first}).
    void addOfFormatRegion(QJsonObject *meta) const;
    /// @brief Adds "hidden_rows" (runs) and "worksheet_hidden" where the sheet hides any.
    void addHiddenInSheet(QJsonObject *meta) const;
    /// @brief The table's columns (those its header names) the worksheet hides: each one's
    /// letters, header and the fields read from it (none: kept among the row's other columns).
    QJsonArray hiddenColumnsJson() const;
    /// @brief The table's columns holding one of @p cells (by column, their rows), as
    /// hiddenColumnsJson() gives them, each with its rows ("rows": runs): values their number
    /// format shows as nothing, formulas.
    QJsonArray cellColumnsJson(const QMap<int, QList<int>> &cells) const;
    /// @brief A column of the table: its letters, header and the fields read from it.
    QJsonObject columnJson(int column) const;
    /// @brief Adds "formula_cells" and "formulas_without_result" (runs) where the sheet has any,
    /// and their cells by column: "formula_columns", "formula_columns_without_result".
    void addFormulas(QJsonObject *meta) const;
    void addTimeReading(QJsonObject *meta) const; ///< two-digit years, times in the repeated hour
    void describeRecognition();
    /// @brief The headers of the columns read, quoted, on one line each, sorted.
    QStringList matchedHeaders() const;
    std::optional<QString> rowProblem(const TableRow &row) const;
    /// @brief Why a JSON array of @p count values under a header of @p width is no record: its
    /// values, no delimited fields (@p numbered: no header, the rows' width).
    static QString valuesProblem(qsizetype count, qsizetype width, bool numbered);
    Outcome buildEvent(const TableRow &row, EventRecord *event, RejectedRow *rejected);
    /// The outcome where the row's @p time stops it (unreadable) or the file (a zone or a
    /// day/month order to declare); nullopt where the time was read.
    std::optional<Outcome> stopForTime(const TableRow &row, const ParsedTime &time, RejectedRow *rejected);
    /// @brief Counts what the time @p text of the record at @p line shows of how the file writes its times.
    void noteTimeRead(int line, const QString &text, const ParsedTime &time);
    /// @brief The format's class and subtype, or those the row's call type (else a direction
    /// naming a text) names, that kind into @p kind (none where neither is read); why the row
    /// cannot be read where its call type is refused. @p kind points into m_callKinds or at
    /// m_textByDirection: valid until the next row's is read.
    std::optional<QString> readClass(const TableRow &row, EventRecord *event,
                                     const CallKind **kind);
    /// @brief The call the record joins and its provider's key (both keys, for a time that
    /// occurs twice), made with the subtype @p kind keys it by (CallKind::keySubtype).
    void keyEvent(const TableRow &row, const ParsedTime &time, const CallKind *kind,
                  EventRecord *event);
    /// @brief The record's or call's @p id (of @p field: Field::RecordId, Field::CallId) as the
    /// number it stands for, to join what it names; empty where a spreadsheet rounded it, which
    /// is counted.
    QString idToJoin(const QString &id, Field field, int line);
    /// @brief Notes @p raw if it reads as a valid number only with the "+" Excel drops.
    void noteLostPlus(const QString &raw);
    /// @brief Counts the time @p text of the record at @p line as giving seconds or minutes only.
    void noteClockPrecision(int line, const QString &text, bool zoneInText);
    /// Counts the hour of the clock at @p colon in @p text (ClockHours).
    void noteClockHour(int line, const QString &text, qsizetype colon);
    /// @brief Counts the time @p utcMs of the record at @p line, read in the declared zone, as
    /// one the zone is not called by the header's label at ("(EST)" over a July time in New York).
    void noteHeaderLabelReading(int line, qint64 utcMs);
    std::optional<QString> readParties(const TableRow &row, EventRecord *event);
    std::optional<QString> readNumbers(const TableRow &row, EventRecord *event) const;
    /// @brief The subscriber's own address (SubscriberAddresses): its client IP where it began the record.
    std::optional<QString> readSubscriberAddress(const TableRow &row, EventRecord *event);
    /// @brief The mark @p duration is read by: the declared or settled one, else a workbook's
    /// point for a dot (its numbers are stored so), else Unknown.
    DecimalMark decimalMarkFor(const QString &duration) const;
    /// @brief The declared or settled mark, else the format's (a column mapping's).
    DecimalMarkDeclared decimalMarkDeclared() const;
    /// @brief Fatal where the row's duration needs a decimal mark none decides (the import asks).
    std::optional<Outcome> stopForDecimalMark(const TableRow &row);
    /// @brief Counts the row's duration where a declared or settled mark decided it.
    void noteDecimalMark(const TableRow &row);
    void findUnmappedColumns();
    void keepUnmappedColumns(const TableRow &row, EventRecord *event) const;
    bool writeExtraJson(const TableRow &row, EventRecord *event) const;
    Outcome reject(const TableRow &row, const QString &reason, RejectedRow *rejected) const;
    QString cell(const TableRow &row, Field field) const;
    static bool isParty(Field field);
    /// @brief Counts @p row's line where a value read (not a party's) begins with Excel's apostrophe.
    void noteExcelApostrophes(const TableRow &row);
    QString timeText(const TableRow &row) const;
    /// @brief The text a date cell and a time cell give together.
    static QString joinedDateAndTime(const QString &date, const QString &time);
    ParsedTime parseTime(const QString &text) const;
    /// @brief The record's time, from its timestamp cell or its date and time cells.
    /// The row's time, in the zone its zone column gives where the file has one.
    ParsedTime readTime(const TableRow &row) const;
    /// Whether the file has a zone column and its header names the times' zone nowhere else.
    bool readsZoneColumn() const;
    /// The time the row's time cells give, without its zone column's.
    ParsedTime readTimeCells(const TableRow &row) const;
    QString dedupeKey(const EventRecord &event, const QString &recordId, QStringView subtype) const;
    NormalizedHandle normalized(const QString &raw, int *spelling);
    /// The numbering of EventRecord::initiatorSpelling/counterpartSpelling: the job's, shared by
    /// its files, or this importer's own.
    const void *spellingTable() const
    {
        return m_options.spellings ? static_cast<const void *>(m_options.spellings.get()) : this;
    }
    std::optional<QTimeZone> effectiveDeclaredZone() const;

    TableReader &m_reader;
    Options m_options;
    HandleNormalizer m_normalizer;
    struct KnownSpelling
    {
        NormalizedHandle handle;
        int number; ///< EventRecord::initiatorSpelling/counterpartSpelling
    };
    QHash<QString, KnownSpelling> m_spellings; ///< a return repeats few spellings many times
    /// Handles written as digits only that are no number of the region but valid with a "+"
    /// before them (as Excel leaves them), with that number; the first few, in file order.
    QHash<QString, QString> m_lostPlus;
    /// Record ids [0] and call ids [1] rounded by a spreadsheet's scientific notation.
    struct RoundedIds
    {
        qint64 count = 0;
        std::pair<qint64, QString> first; ///< line and text
    };
    std::array<RoundedIds, 2> m_roundedIds;
    QStringList m_lostPlusFirst;
    /// Handles written as national numbers ("0171 2345678") that are no number of the region:
    /// how many spellings, and the first few.
    QSet<QString> m_dialled;
    QStringList m_dialledFirst;
    /// Numbers without a country code in a format whose carriers write another region's.
    QSet<QString> m_ofFormatRegion;
    QStringList m_ofFormatRegionFirst;
    static constexpr qsizetype MaxLostPlusNamed = 3;
    QString m_timestampFormatItMayBe;
    QList<int> m_apostropheLines; ///< lines whose values read began with Excel's apostrophe, set aside
    StraySpellings m_straySpellings;
    SeveralHandlesInOneCell m_severalHandles;
    NumbersWithAMark m_numbersWithAMark;
    CallTypesNotKnown m_callTypesNotKnown;
    SubscriberAddresses m_subscriberAddresses;
    NoOnePartyRecords m_withheld{HandleKind::Withheld};
    NoOnePartyRecords m_masked{HandleKind::Masked};
    QHash<QString, CallKind> m_callKinds;      ///< callKind() of each call type met so far
    CallKind m_textByDirection{EvidenceClass::Communication, {}, {}}; ///< the last row's text its direction named
    const TableFormat *m_format = nullptr;      ///< the format of the part being read
    const TableFormat *m_firstFormat = nullptr; ///< the format of the file's first header
    HeaderMatch m_match;
    QStringList m_header;
    QList<QPair<int, QString>> m_unmappedColumns; ///< column and its key in extra (a repeat numbered)
    /// The same columns in the order, and with the key text, of QJsonObject's compact JSON:
    /// `"header":`, one per column.
    QList<QPair<int, QByteArray>> m_extraJsonKeys;
    QStringList m_metadataLines;
    QList<int> m_metadataLineNumbers;
    std::optional<Subscriber> m_subscriber;      ///< see HeaderMatch::subscriberAbove: the one read now
    std::optional<Subscriber> m_firstSubscriber; ///< the first header's, which the source keeps
    /// Why the first header row found was not recognised: it fits formats of two evidence classes.
    QString m_classConflict;
    int m_subscriberMissingLine = 0;        ///< a header row wanting a subscriber no line above names
    /// The first two subscribers the lines above a header row name, where they name two: whose
    /// records they are is the analyst's to declare.
    std::optional<std::pair<Subscriber, Subscriber>> m_subscribersNamed;
    /// Why the rows of a return joined below have no subscriber (two named above its header, none
    /// declared): each is rejected with it.
    QString m_subscriberUnsettled;
    QStringList m_firstHeader;
    /// A return joined to this file after the first (`cat a.csv b.csv`): its own metadata
    /// block and header row.
    struct LaterReturn
    {
        int headerLine = 0;
        QStringList metadataLines;
        QList<int> metadataLineNumbers; ///< each of metadataLines' line (a worksheet's row)
        QStringList header;
        const TableFormat *format = nullptr; ///< the format its header names
    };
    /// @brief The format whose header @p row is, to read the rows after it by: this file's, or
    /// (recognising formats) another built-in one; null if none.
    std::optional<std::pair<const TableFormat *, HeaderMatch>> laterHeader(const TableRow &row) const;
    QList<LaterReturn> m_laterReturns;
    /// @brief Why @p row is rejected for standing in a table of columns this format names
    /// nothing of, or for being its header (an aligned spool's next query: its rows are not
    /// read by the columns of the table before it); nullopt for a row of a table read.
    std::optional<QString> otherTableProblem(const TableRow &row);
    /// @brief Whether a header of this import's format stands further down, among the headers
    /// of a printout of several tables; if so it is used, and the rows above it are to be
    /// rejected (m_rowsAbove).
    bool findLaterHeader();
    /// @brief Rejects the rows of @p above (the rows read before the header) that are records by
    /// the header's columns, taking them out of the metadata block.
    void setRecordsAboveAside(const QList<TableRow> &above);
    /// @brief The next row above a header findLaterHeader() found, rejected; false past them.
    bool rejectRowAbove(RejectedRow *rejected);
    /// The next row's outcome, a blank line's too (nextUnblank() counts those).
    Outcome nextRow(EventRecord *event, RejectedRow *rejected);
    /// The next row's outcome, blank lines counted and passed over; next() places it in time.
    Outcome nextUnblank(EventRecord *event, RejectedRow *rejected);
    std::unique_ptr<TableReader> m_rowsAbove; ///< the file read again up to that header
    int m_otherTableLine = 0; ///< the header line of such a table the rows read stand in, or 0
    mutable std::optional<QList<UnreadPart>> m_unreadParts; ///< unreadParts(), once asked
    std::optional<QList<int>> m_partsAlsoRead; ///< set by openAll(), which searched every part
    std::optional<LentHeader> m_lentHeader;  ///< set where this part goes on from the one before
    /// Worksheets not read, each with the worksheet before it whose records it could go on from.
    QList<std::pair<QString, QString>> m_continuable;
    /// Worksheets not read, each with why its header row, of two evidence classes, was not.
    QList<std::pair<QString, QString>> m_twoClassParts;
    QList<RejectedRow> m_held;     ///< rejected rows that may be another return's metadata block
    /// How many of the rows held, from the first, end with one that looks like a record: those
    /// stay rejected rows even when a header follows, so a bad record is never taken for metadata.
    qsizetype m_heldRecords = 0;
    bool m_lastRejectedIsRecord = false; ///< looksLikeRecord() of the row readRow() last rejected
    QList<RejectedRow> m_released; ///< held rows found not to be, to be returned in order
    struct Pending
    {
        Outcome outcome;
        EventRecord event;
        RejectedRow rejected;
    };
    std::optional<Pending> m_afterReleased; ///< the row that ended them, returned after them
    int m_headerLine = 0;
    std::optional<TimestampParser> m_timeParser;
    /// As the duration's header names it ("Duration (min)"); seconds where it names none.
    DurationUnit m_durationUnit = DurationUnit::Seconds;
    bool m_durationUnitNamed = false; ///< by the header; else declared by the format's profile, or seconds
    DecimalMarkReading m_decimalMarkReading; ///< the durations the decimal mark decided
    /// "unix" or "unix-ms" where the timestamp's header names its count and nothing declares a format
    QString m_timestampFormatNamed;
    QString m_dateOrderHeader; ///< the header whose pattern settled the day/month order, none declaring it
    bool m_anyReadInDeclaredZone = false; ///< a time read in the zone declared, stating none of its own
    ZonesRead m_zonesRead; ///< the tz database's zones whose rules read or checked a time
    /// The zone column's values read so far (TimestampParser::rowZoneOf()).
    mutable QHash<QString, std::optional<TimestampParser::RowZone>> m_rowZones;
    /// The header's label for the times where it names no zone and the declared zone reads them.
    struct HeaderLabelReading
    {
        QString label;                  ///< "EST", "local"
        std::optional<QTimeZone> zone;  ///< declared, where the label is an abbreviation to check
        int otherwise = 0;              ///< times the zone is not called so at
        int firstLine = 0;
        QString called;                 ///< what the zone is called at the first of them
        std::optional<int> labelOffset; ///< seconds east of UTC at a time the zone is called so
        qint64 lastQuarter = -1;        ///< the quarter hour last asked (transitions fall on one)
        QString lastCalled;
    } m_headerLabel;
    QString m_recognition;
    QString m_recognitionInPart;
    QString m_fatalError;
    int m_fatalLine = 0;
    bool m_anyZoneInRecords = false;
    std::optional<std::pair<qint64, QString>> m_twoDigitYear; ///< the first line whose year has two digits, and its time
    /// Records whose time as written gives minutes but no seconds, the first of them, and those
    /// giving seconds: a file of the first kind only was likely saved from Excel as CSV.
    qint64 m_minuteTimes = 0;
    qint64 m_minuteTimesZoned = 0; ///< of them, those writing their zone (no spreadsheet's date cell)
    std::optional<std::pair<qint64, QString>> m_firstMinuteTime;
    qint64 m_secondTimes = 0;
    bool timesWithoutSeconds() const { return m_minuteTimes > 0 && m_secondTimes == 0; }
    /// The hours of the clocks written (a 12-hour clock without AM or PM reads every afternoon
    /// time 12 hours early): how many, the latest, whether one said AM or PM, the first.
    struct ClockHours
    {
        qint64 times = 0;
        int latest = -1;
        bool meridiem = false;
        std::optional<std::pair<qint64, QString>> first;
    } m_clockHours;
    /// Enough times, none past 12 nor marked AM or PM.
    bool clockNeverPastNoon() const;
    static constexpr qint64 ClockHoursToTell = 50;
    /// Records whose local time falls in the hour repeated as daylight saving ends, held until
    /// the file's order places them, and counted.
    RepeatedHourOrder m_hourOrder;
    std::optional<Outcome> m_endAfterHour; ///< the end of the file, told once the records held are
    static constexpr qsizetype MaxBlankLinesKept = 1000; ///< the lines named; all are counted
    QList<int> m_blankLines;
    qint64 m_blankLineCount = 0;
    int m_lastLine = 0; ///< of the rows read past the header
    bool m_zoneMissing = false;
    bool m_headerMissing = false;
    bool m_dateOrderMissing = false;
    bool m_decimalMarkMissing = false;
};
