// Finding a table's header rows: the first one after the metadata block, and further down,
// another return's joined into the file. Which part of a workbook is read is in
// tableimporterparts.cpp; the rows under a header in tableimporter.cpp; the subscriber of one
// subscriber's records in tableimportersubscriber.cpp.
#include "tableimporter.h"

#include "headerclasscheck.h"

#include <QRegularExpression>

QStringList TableImporter::matchedHeaders() const
{
    // A header cell wrapped over lines in its cell ("Lookup\nHandle") is named on one line, a
    // mark no one sees in it by its code point.
    QStringList found;
    for (auto it = m_match.columns.cbegin(); it != m_match.columns.cend(); ++it)
        found.append(QStringLiteral("\"%1\"").arg(HandleNormalizer::withUnseenShown(m_header.at(it.value()).simplified())));
    found.sort();
    return found;
}

std::optional<TableImporter::Opened> TableImporter::reopen(const Options &options, QString *error) const
{
    auto reader = m_reader.reopen(error);
    if (!reader)
        return std::nullopt;
    auto importer = std::make_unique<TableImporter>(*reader, options);
    if (m_lentHeader) {
        importer->readByLentHeader(*m_lentHeader);
    } else if (!importer->readHeader()) {
        *error = importer->fatalError();
        return std::nullopt;
    }
    importer->m_partsAlsoRead = m_partsAlsoRead;
    importer->m_continuable = m_continuable;
    importer->m_twoClassParts = m_twoClassParts;
    importer->m_unreadParts = m_unreadParts;
    return Opened{std::move(reader), std::move(importer)};
}

TableImporter::Peek TableImporter::peek(const QString &path)
{
    Peek peek;
    qsizetype bestFilled = 0;
    int parts = 1;
    std::unique_ptr<TableReader> reader;
    for (int part = 0; part < parts; ++part) {
        reader = part == 0 ? TableReader::open(path, &peek.error) : reader->openPart(part, &peek.error);
        if (!reader)
            return {{}, {}, peek.error, {}};
        parts = reader->partCount();
        const QList<TableRow> rows = TableReader::readRows(*reader, MaxHeaderSearchRows);
        for (const TableRow &row : rows) {
            const qsizetype filled = row.filledCount();
            if (filled > bestFilled) {
                peek.header = row.cells;
                peek.rows = rows;
                peek.part = parts > 1 ? reader->partName() : QString();
                bestFilled = filled;
            }
        }
    }
    if (peek.header.isEmpty())
        peek.error = tr("the file has no rows");
    return peek;
}

QStringList TableImporter::peekHeader(const QString &path, QString *error)
{
    Peek peeked = peek(path);
    *error = peeked.error;
    return peeked.header;
}

bool TableImporter::readHeader()
{
    if (!m_options.profile && m_options.formatId != u"auto" && !TableFormat::byId(m_options.formatId)) {
        m_fatalError = tr("unknown format \"%1\"").arg(m_options.formatId);
        return false;
    }
    if (m_options.profile && m_options.profile->byPosition)
        return readByPosition();
    if (searchHeader())
        return true;
    m_fatalError = whyHeaderUnread();
    if (m_fatalError.isEmpty()) {
        m_headerMissing = true;
        m_fatalError = noHeaderFoundText();
    }
    return false;
}

bool TableImporter::searchHeader()
{
    TableRow row;
    QList<TableRow> above;
    while (m_classConflict.isEmpty() && m_metadataLines.size() < MaxHeaderSearchRows && m_reader.next(row)) {
        if (tryHeader(row)) {
            setRecordsAboveAside(above);
            return true;
        }
        m_metadataLines.append(row.raw);
        m_metadataLineNumbers.append(row.line);
        above.append(std::move(row));
    }
    return m_metadataLines.size() >= MaxHeaderSearchRows && m_reader.marksHeadings() &&
           findLaterHeader();
}

QString TableImporter::whyHeaderUnread() const
{
    if (!m_reader.fatalError().isEmpty())
        return m_reader.fatalError();
    if (const QString damage = m_reader.damage(); !damage.isEmpty())
        return tr("%1, before a header row the import knows").arg(damage);
    if (!m_classConflict.isEmpty()) // a header was found, of two classes: the format is asked for
        return m_classConflict;
    if (m_subscriberMissingLine >
        0) // a header was found: no mapping is missing, but whose records they are
        return subscriberMissingText();
    if (m_options.inputCutShort && m_metadataLines.size() < MaxHeaderSearchRows) {
        // All there is was read, and no header in it: the cut came before one ended. No mapping
        // would help.
        return tr(
            "the file was cut short before a header row the import knows ended: the %n line(s) it "
            "holds have none, so none of its records can be read",
            "", int(m_metadataLines.size()));
    }
    // Nothing at all, or nothing but blank lines (cells empty): no mapping would help. (A worksheet
    // of a workbook of several is passed over for the next, as one without a header.)
    const bool onlyPart = m_reader.partCount() <= 1;
    if (onlyPart && m_metadataLines.isEmpty())
        return tr("the file has no rows");
    // All of it read, not only where a header is looked for, and every line blank.
    if (onlyPart && m_metadataLines.size() < MaxHeaderSearchRows &&
        std::all_of(m_metadataLines.cbegin(), m_metadataLines.cend(), [](const QString &line) {
            return std::all_of(line.cbegin(), line.cend(),
                               [](QChar c) { return c.isSpace() || c == u',' || c == u';'; });
        }))
        return tr("the file has no rows: its %n line(s) are blank", "",
                  int(m_metadataLines.size()));
    return {};
}

QString TableImporter::noHeaderFoundText() const
{
    if (m_options.profile) {
        // Its own spellings named: a column renamed in this delivery is then seen at once.
        return tr("no header row in the first %1 rows has the columns the profile names for %2: %3 "
                  "(headers compared in lower case, by their letters and digits)")
            .arg(MaxHeaderSearchRows)
            .arg(HeaderMatcher::requirement(*m_options.profile),
                 HeaderMatcher::namedColumns(*m_options.profile));
    }
    if (m_options.formatId == u"auto")
        return tr("no header row of a known format was found in the first %1 rows; the "
                  "file needs a column mapping (--profile)")
            .arg(MaxHeaderSearchRows);
    return tr("no header row with %1 was found in the first %2 rows")
        .arg(HeaderMatcher::requirement(*TableFormat::byId(m_options.formatId)),
             QString::number(MaxHeaderSearchRows));
}

void TableImporter::setRecordsAboveAside(const QList<TableRow> &above)
{
    static constexpr Field PartyFields[] = {Field::Initiator, Field::Counterpart, Field::LocalParty, Field::RemoteParty};
    // A row above the header whose cells fit the columns below, its time reading, is a record
    // (rows pasted above a header, a first page that lost its header), not a line of the
    // metadata block, where it went uncounted: rejected, saying why, so it is counted and shown.
    // Not read: nothing in the file says its cells are those columns.
    for (const TableRow &row : above) {
        if (!row.error.isEmpty() || !looksLikeRecord(row))
            continue;
        if (const ParsedTime time = readTimeCells(row); !time.ok && !time.needsDateOrder && !time.zoneMissing)
            continue;
        const bool party = std::any_of(std::begin(PartyFields), std::end(PartyFields), [&](Field field) {
            return m_normalizer.normalize(cell(row, field)).kind != HandleKind::Other;
        });
        if (!party) // a date range above the header ("2016-08-28 00:00:00,to,…") names no one
            continue;
        const qsizetype at = m_metadataLineNumbers.indexOf(row.line);
        m_metadataLines.removeAt(at);
        m_metadataLineNumbers.removeAt(at);
        m_released.append(RejectedRow{row.line,
                                      tr("a record above the header row at line %1: its cells fit that header's columns "
                                         "and its time reads, but no header above it names its columns, so it is not "
                                         "read (to read it, import a copy with the row below the header)")
                                          .arg(m_headerLine),
                                      row.raw, false});
    }
}

bool TableImporter::findLaterHeader()
{
    // A printout of several tables may hold the one this import reads below a long one it does
    // not (a spool's first query): among the headers the reader marks. Every row above it is
    // then a row of another table, rejected as such (read again from the start by next()).
    QString error;
    auto again = m_reader.reopen(&error);
    if (!again)
        return false;
    m_metadataLines.clear();
    m_metadataLineNumbers.clear();
    TableRow row;
    while (m_reader.next(row)) {
        if (row.heading && tryHeader(row)) {
            m_rowsAbove = std::move(again);
            return true;
        }
    }
    return false;
}

bool TableImporter::tryHeader(const TableRow &row)
{
    if (!row.error.isEmpty())
        return false;
    const TableFormat *best = nullptr;
    HeaderMatch bestMatch;
    const QList<TableFormat> profileOnly = m_options.profile ? QList<TableFormat>{*m_options.profile} : QList<TableFormat>{};
    for (const TableFormat &format : m_options.profile ? profileOnly : TableFormat::builtIn()) {
        if (!m_options.profile && m_options.formatId != u"auto" && format.id != m_options.formatId)
            continue;
        const auto match = HeaderMatcher::match(format, row.cells);
        if (match && (!best || match->fieldsMatched > bestMatch.fieldsMatched)) {
            best = &format;
            bestMatch = *match;
        }
    }
    if (!best)
        return false;
    if (!m_options.profile && m_options.formatId == u"auto") { // a format the analyst chose is read as chosen
        if (const auto conflict = HeaderClassCheck::find(*best, bestMatch, row.cells)) {
            m_classConflict = HeaderClassCheck::firstHeaderText(*conflict, row.line, m_reader.headerIsKeys(),
                                                                m_reader.columnNamesMember());
            return false;
        }
    }
    if (bestMatch.subscriberAbove) {
        m_subscriber = m_firstSubscriber = settleSubscriber(m_metadataLines, m_metadataLineNumbers);
        if (!m_subscriber) {
            m_subscriberMissingLine = row.line;
            return false;
        }
    }
    useHeader(m_options.profile ? &*m_options.profile : best, bestMatch, row);
    m_firstFormat = m_format;
    m_headerLine = row.line;
    m_firstHeader = row.cells;
    QStringList found = matchedHeaders();
    if (m_subscriber && m_subscriber->line > 0)
        found.append(tr("the subscriber, %1, named at line %2")
                         .arg(m_subscriber->handle, QString::number(m_subscriber->line)));
    else if (m_subscriber && m_subscribersNamed)
        found.append(
            tr("the subscriber, %1, declared by the analyst where the lines above name two, %2")
                .arg(m_subscriber->handle, subscribersNamedText()));
    else if (m_subscriber)
        found.append(tr("the subscriber, %1, declared by the analyst").arg(m_subscriber->handle));
    setRecognition(found.join(QStringLiteral(", ")));
    return true;
}

void TableImporter::setRecognition(const QString &found)
{
    // A JSON file's header is its records' keys, given at its first record's line, or the names a
    // member lists beside its rows: no row of it.
    const bool keys = m_reader.headerIsKeys();
    const QString list = m_reader.columnNamesMember();
    const QString title = m_format->shownTitle();
    const QString line = QString::number(m_headerLine);
    m_recognitionInPart =
        !list.isEmpty() ? tr("%1: the names its member \"%3\" lists (line %2) have %4").arg(title, line, list, found)
        : keys          ? tr("%1: the keys of its records (the first's at line %2) have %3").arg(title, line, found)
                        : tr("%1: the header row at line %2 has %3").arg(title, line, found);
    m_recognition = m_recognitionInPart;
    if (m_reader.partCount() <= 1)
        return;
    // In a workbook of several worksheets, a line number means something only with its sheet.
    const QString part = m_reader.partName();
    m_recognition =
        !list.isEmpty()
            ? tr("%1: the names the member \"%5\" lists (line %2) for the array \"%3\" have %4")
                  .arg(title, line, part, found, list)
        : keys ? tr("%1: the keys of the records of the array \"%3\" (the first's at line %2) have %4")
                     .arg(title, line, part, found)
        : m_reader.partsAreArrays() ? tr("%1: the header row at line %2 of the array \"%3\" has %4")
                                          .arg(title, line, part, found)
                                    : tr("%1: the header row at line %2 of the worksheet \"%3\" has %4")
                                          .arg(title, line, part, found);
}

bool TableImporter::readByPosition()
{
    const TableFormat &profile = *m_options.profile;
    const QList<TableRow> rows = m_reader.firstRows(MaxHeaderSearchRows);
    if (rows.isEmpty()) {
        m_headerMissing = true;
        m_fatalError = tr("the file has no rows");
        return false;
    }
    const int width = widthOf(rows);
    TableRow header; // none in the file: the columns' numbers name them
    header.cells = TableFormat::positionHeader(std::max(width, profile.numberedWidth()));
    const auto match = HeaderMatcher::match(profile, header.cells);
    if (!match) {
        m_fatalError = tr("the profile must number the columns of %1").arg(HeaderMatcher::requirement(profile));
        return false;
    }
    useHeader(&profile, *match, header);
    m_firstFormat = m_format;
    m_firstHeader = header.cells;
    // Before a row is taken for a record: in a cover sheet, or another file than the analyst
    // mapped, no row fills the numbered columns with a time where the profile places it.
    if (std::none_of(rows.cbegin(), rows.cend(), [this](const TableRow &row) { return fillsNumberedColumns(row); })) {
        m_headerMissing = true;
        m_fatalError = tr("none of the first %1 rows fills the columns the mapping numbers (%2) with a time where it places one")
                           .arg(MaxHeaderSearchRows)
                           .arg(m_format->numberedColumnsText());
        return false;
    }
    if (const auto problem = columnPastRows(profile, width)) {
        m_fatalError = *problem;
        return false;
    }
    describeNumberedColumns();
    return true;
}

std::optional<QString> TableImporter::columnPastRows(const TableFormat &profile, int width) const
{
    if (m_reader.isSpreadsheet()) // it leaves a column empty in every row out
        return std::nullopt;
    for (auto it = profile.synonyms.cbegin(); it != profile.synonyms.cend(); ++it) {
        // Every row of a text file would be rejected for the missing field: said once.
        if (const int column = profile.position(it.key()); column >= width)
            return tr("the mapping numbers column %1 for the %2, but the rows of this file have %n column(s)", nullptr, width)
                .arg(column + 1)
                .arg(TableFormat::fieldName(it.key()));
    }
    return std::nullopt;
}

void TableImporter::describeNumberedColumns()
{
    m_recognitionInPart = tr("%1: no header row; columns by number, as the mapping numbers them: %2")
                              .arg(m_format->shownTitle(), m_format->numberedColumnsText());
    m_recognition = m_reader.partCount() > 1
                        ? tr("%1: the worksheet \"%2\" has no header row; columns by number, as the mapping numbers them: %3")
                              .arg(m_format->shownTitle(), m_reader.partName(), m_format->numberedColumnsText())
                        : m_recognitionInPart;
}

int TableImporter::widthOf(const QList<TableRow> &rows) const
{
    // A text file's rows are as wide as most of them: a leaked sample's first line may be cut
    // short. A spreadsheet leaves trailing empty cells out, so its widest row counts.
    QHash<qsizetype, int> rowsOfWidth;
    qsizetype width = 0;
    for (const TableRow &row : rows) {
        if (!row.error.isEmpty() || row.isBlank())
            continue;
        const int count = ++rowsOfWidth[row.cells.size()];
        if (m_reader.isSpreadsheet() ? row.cells.size() > width
                                     : count > rowsOfWidth.value(width) || (count == rowsOfWidth.value(width) && row.cells.size() > width))
            width = row.cells.size();
    }
    return int(width);
}

bool TableImporter::fillsNumberedColumns(const TableRow &row) const
{
    if (!row.error.isEmpty())
        return false;
    qsizetype filled = 0;
    for (const int column : std::as_const(m_match.columns))
        filled += column < row.cells.size() && !row.cells.at(column).trimmed().isEmpty();
    const qsizetype placed = m_match.columns.size();
    if (filled < std::min<qsizetype>(placed, 3) || 2 * filled < placed)
        return false;
    const ParsedTime time = readTimeCells(row); // a line of notes fills columns too
    return time.ok || time.needsDateOrder;
}

void TableImporter::useHeader(const TableFormat *format, const HeaderMatch &match, const TableRow &row)
{
    if (format != m_format)
        m_callKinds.clear(); // an unknown call type takes the format's own subtype
    m_format = format;
    m_match = match;
    m_header = row.cells;
    m_reader.expectWidth(m_header.size());
    m_reader.setRecordTest([this](const TableRow &row) {
        const ParsedTime time = readTimeCells(row);
        return time.ok || time.needsDateOrder;
    });
    findUnmappedColumns();
    DateOrder order = m_options.dateOrder != DateOrder::Unknown ? m_options.dateOrder : m_format->dateOrder;
    // "Date (dd/mm/yyyy)": the file's own word for its dates, as "(UTC)" is for its zone.
    m_dateOrderHeader = order == DateOrder::Unknown ? m_match.dateOrderHeader : QString();
    if (!m_dateOrderHeader.isEmpty())
        order = m_match.dateOrder;
    QString timestampFormat = m_options.timestampFormat.isEmpty() ? m_format->timestampFormat : m_options.timestampFormat;
    m_timestampFormatNamed = timestampFormat.isEmpty() ? countNamedByHeader() : QString();
    if (!m_timestampFormatNamed.isEmpty())
        timestampFormat = m_timestampFormatNamed;
    m_timeParser.emplace(m_match.timestampZone, effectiveDeclaredZone(), order, timestampFormat);
    m_timeParser->setSerialRounding(m_options.serialRounding);
    useHeaderLabel();
    m_durationUnitNamed = Durations::unitOf(m_match.durationLabel).has_value();
    m_durationUnit = Durations::unitOf(m_match.durationLabel).value_or(m_format->durationUnit.value_or(DurationUnit::Seconds));
}

void TableImporter::useHeaderLabel()
{
    m_headerLabel = {};
    if (m_match.timestampZone || !m_timestampFormatNamed.isEmpty())
        return;
    m_headerLabel.label = m_match.zoneLabel;
    m_timeParser->setHeaderLabel(m_headerLabel.label);
    // An abbreviation ("EST", "MEZ"), unlike a word ("local"), says what the zone is called; a
    // fixed offset declared for it ("-05:00": the provider kept standard time) is called so always.
    static const QRegularExpression abbreviation(QStringLiteral("^[A-Z]{2,5}$"));
    const auto declared = effectiveDeclaredZone();
    if (abbreviation.match(m_headerLabel.label).hasMatch() && declared && declared->hasTransitions())
        m_headerLabel.zone = declared;
}

QString TableImporter::countNamedByHeader() const
{
    // "Timestamp (Unix)": the file says its times count seconds since 1970, as "(UTC)" says their zone.
    if (!m_match.columns.contains(Field::Timestamp) || m_match.columns.contains(Field::Time))
        return {};
    return TimestampParser::countNamedBy(m_match.zoneLabel);
}

bool TableImporter::opensAnotherReturn(const TableRow &row, RejectedRow *rejected)
{
    // A rejected row only: no data row looks like a header, and matching costs too much for every row.
    if (!row.error.isEmpty())
        return false;
    if (row.cells != m_header) {
        const auto header = laterHeader(row);
        if (!header)
            return false;
        const bool recognising = !m_options.profile && m_options.formatId == u"auto";
        if (const auto conflict = recognising ? HeaderClassCheck::find(*header->first, header->second, row.cells)
                                              : std::nullopt) {
            // Read by neither format: the rows under it are rejected as another table's.
            rejected->reason = HeaderClassCheck::laterHeaderText(*conflict);
            m_otherTableLine = row.line;
            return false;
        }
        useHeader(header->first, header->second, row);
    }
    m_otherTableLine = 0;
    LaterReturn later{row.line, {}, {}, row.cells, m_format};
    for (qsizetype i = m_heldRecords; i < m_held.size(); ++i) {
        later.metadataLines.append(m_held.at(i).raw);
        later.metadataLineNumbers.append(m_held.at(i).line);
    }
    // A return joined after this one names its own subscriber; a page's header repeated, none.
    if (m_match.subscriberAbove)
        laterSubscriber(later.metadataLines, later.metadataLineNumbers, row.line);
    m_held.resize(m_heldRecords);
    m_released = std::exchange(m_held, {});
    m_heldRecords = 0;
    m_laterReturns.append(later);
    return true;
}

std::optional<std::pair<const TableFormat *, HeaderMatch>> TableImporter::laterHeader(const TableRow &row) const
{
    if (const auto match = HeaderMatcher::match(*m_format, row.cells))
        return std::pair{m_format, *match};
    // A return of another kind joined after this one (a FaceTime log after an IDS log, call
    // records after either): read by the old header, its rows could pass for this format's
    // records, class and all.
    if (m_options.profile || m_options.formatId != u"auto")
        return std::nullopt;
    std::optional<std::pair<const TableFormat *, HeaderMatch>> best;
    for (const TableFormat &format : TableFormat::builtIn()) {
        const auto match = HeaderMatcher::match(format, row.cells);
        if (match && (!best || match->fieldsMatched > best->second.fieldsMatched))
            best = std::pair{&format, *match};
    }
    return best;
}
