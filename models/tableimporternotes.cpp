// What a table import records and says about its file, beside its events: the source's
// metadata (the blocks above its headers, the account, joined parts, worksheets not read) and
// the notes the analyst is shown; the words of the notes about text, hidden cells, formulas and
// blank lines are in sourcenotetext.cpp. The reading itself is in tableimporter.cpp.
#include "tableimporter.h"

#include "sourcenotetext.h"

#include <QRegularExpression>

#include <functional>

namespace {

QJsonArray lineNumbersJson(const QList<int> &lines)
{
    QJsonArray numbers;
    for (const int line : lines)
        numbers.append(line);
    return numbers;
}

} // namespace

bool TableImporter::metadataGrewWhileReading() const
{
    const bool readOtherwise = m_reader.unterminatedLastLine() > 0 || m_blankLineCount > 0
                               || m_reader.textReadingKnownAtEnd() || m_reader.textReading().namesLines();
    const bool times = m_zonesRead.any() || m_twoDigitYear || m_hourOrder.anyRecords() ||
                       timesWithoutSeconds() || clockNeverPastNoon();
    const bool formulas = !m_reader.formulaRows().isEmpty() || !m_reader.formulaRowsWithoutResult().isEmpty();
    const bool altered =
        !m_reader.hiddenRows().isEmpty() || !m_reader.valuesShownBlank().isEmpty() || formulas ||
        endsAtRowLimit() || !m_lostPlus.isEmpty() || !m_dialled.isEmpty() || !m_ofFormatRegion.isEmpty() ||
        !m_straySpellings.isEmpty() || !m_severalHandles.isEmpty() || !m_numbersWithAMark.isEmpty() ||
        !m_callTypesNotKnown.isEmpty() || !m_apostropheLines.isEmpty() || !m_withheld.isEmpty() ||
        !m_masked.isEmpty() || m_roundedIds[0].count > 0 || m_roundedIds[1].count > 0 ||
        !m_subscriberAddresses.isEmpty() || !m_decimalMarkReading.isEmpty();
    return hasLaterParts() || readOtherwise || times || altered || m_headerLabel.otherwise > 0;
}

QJsonObject TableImporter::metadata() const
{
    QJsonObject meta;
    addHeaderReading(&meta);
    addDateOrder(&meta);
    addAccount(m_metadataLines, &meta);
    addSubscriber(&meta);
    addParts(&meta);
    addTextReading(&meta);
    addHiddenInSheet(&meta);
    addFormulas(&meta);
    if (endsAtRowLimit())
        meta.insert(QStringLiteral("ends_at_row_limit"), m_lastLine);
    if (!m_options.timestampFormat.isEmpty()) // the analyst's word: the file does not say so
        meta.insert(QStringLiteral("timestamp_format_declared"), m_options.timestampFormat);
    addTimestampFormatNamed(&meta);
    addHeaderLabel(&meta);
    addZoneColumn(&meta);
    addDurationUnit(&meta);
    m_decimalMarkReading.addTo(&meta, decimalMarkDeclared());
    addLostPlus(&meta);
    addDialled(&meta);
    addOfFormatRegion(&meta);
    m_straySpellings.addTo(&meta);
    m_severalHandles.addTo(&meta);
    m_numbersWithAMark.addTo(&meta);
    m_callTypesNotKnown.addTo(&meta, m_format->subtype);
    m_subscriberAddresses.addTo(&meta);
    m_withheld.addTo(&meta);
    m_masked.addTo(&meta);
    if (const QJsonArray runs = SourceNoteText::lineRuns(m_apostropheLines); !runs.isEmpty())
        meta.insert(QStringLiteral("excel_text_apostrophes"), runs);
    addRoundedIds(&meta);
    addTimeReading(&meta);
    const QJsonObject read = m_reader.readerMetadata();
    for (auto it = read.begin(); it != read.end(); ++it)
        meta.insert(it.key(), it.value());
    return meta;
}

void TableImporter::addHeaderReading(QJsonObject *meta) const
{
    QJsonArray lines;
    for (const QString &line : m_metadataLines)
        lines.append(line);
    meta->insert(QStringLiteral("metadata_lines"), lines);
    // Each line's own: a worksheet's empty rows and records read above the header are not among
    // them.
    meta->insert(QStringLiteral("metadata_line_numbers"), lineNumbersJson(m_metadataLineNumbers));
    meta->insert(QStringLiteral("header_line"), m_lentHeader ? m_lentHeader->line : m_headerLine);
    if (m_lentHeader) { // no header row of its own: read by that of the records it goes on from
        meta->insert(QStringLiteral("header_worksheet"), m_lentHeader->sheet);
        meta->insert(QStringLiteral("continues_worksheet"), m_lentHeader->continues);
    }
    if (m_firstFormat && m_firstFormat->byPosition) // every row a record, its columns numbered
        meta->insert(QStringLiteral("columns_by_position"), true);
    meta->insert(QStringLiteral("header"), QJsonArray::fromStringList(m_firstHeader));
    meta->insert(QStringLiteral("recognition"), m_recognition);
    meta->insert(QStringLiteral("reader"), m_reader.kind());
    if (!m_reader.partName().isEmpty())
        meta->insert(QStringLiteral("worksheet"), m_reader.partName());
    if (m_reader.date1904()) // its date serials count from 1904-01-01, not 1899-12-30
        meta->insert(QStringLiteral("date_system"), QStringLiteral("1904"));
    meta->insert(QStringLiteral("format_title"), m_firstFormat ? m_firstFormat->title : QString());
    if (m_options.profile)
        meta->insert(QStringLiteral("profile"), m_options.profile->toJson());
}

void TableImporter::addSubscriber(QJsonObject *meta) const
{
    if (m_firstSubscriber && m_firstSubscriber->line == 0)
        meta->insert(QStringLiteral("subscriber"), QJsonObject{{QStringLiteral("handle"), m_firstSubscriber->handle},
                                                               {QStringLiteral("declared_by_analyst"), true}});
    else if (m_firstSubscriber) // a return joined below names its own, kept with each of its events
        meta->insert(QStringLiteral("subscriber"), QJsonObject{{QStringLiteral("line"), m_firstSubscriber->line},
                                                               {QStringLiteral("text"), m_firstSubscriber->text},
                                                               {QStringLiteral("handle"), m_firstSubscriber->handle}});
}

void TableImporter::addParts(QJsonObject *meta) const
{
    if (!unreadParts().isEmpty()) {
        QJsonArray unread;
        for (const UnreadPart &part : unreadParts())
            unread.append(unreadPartJson(part));
        meta->insert(QStringLiteral("unread_worksheets"), unread);
    }
    if (!m_laterReturns.isEmpty())
        meta->insert(QStringLiteral("later_returns"), laterReturnsJson());
}

void TableImporter::addTextReading(QJsonObject *meta) const
{
    addTextReading(m_reader.textReading(), meta);
    if (const int line = m_reader.unterminatedLastLine(); line > 0)
        meta->insert(QStringLiteral("last_line_unterminated"), line);
    if (m_blankLineCount > 0) {
        QJsonObject blank{{QStringLiteral("count"), m_blankLineCount}, {QStringLiteral("runs"), SourceNoteText::lineRuns(m_blankLines)}};
        if (m_reader.kind() == u"json") // records with no value, each at the line it begins on
            blank.insert(QStringLiteral("records"), true);
        meta->insert(QStringLiteral("blank_lines"), blank);
    }
}

void TableImporter::addTextReading(const TextReading &reading, QJsonObject *meta)
{
    if (!reading.encoding.isEmpty())
        meta->insert(QStringLiteral("encoding"), reading.encoding);
    if (reading.withoutByteOrderMark)
        meta->insert(QStringLiteral("without_byte_order_mark"), true);
    if (const QJsonArray runs = SourceNoteText::lineRuns(reading.windows1252Lines); !runs.isEmpty())
        meta->insert(QStringLiteral("lines_read_as_windows_1252"), runs);
    if (const QJsonArray runs = SourceNoteText::lineRuns(reading.unpairedSurrogateLines); !runs.isEmpty())
        meta->insert(QStringLiteral("lines_with_unpaired_surrogates"), runs);
    if (const QJsonArray runs = SourceNoteText::lineRuns(reading.replacedReferenceLines); !runs.isEmpty())
        meta->insert(QStringLiteral("character_references_replaced"), runs);
    if (const QJsonArray runs = SourceNoteText::lineRuns(reading.controlCharacterLines); !runs.isEmpty())
        meta->insert(QStringLiteral("control_characters_kept"), runs);
    if (const QJsonArray runs = SourceNoteText::lineRuns(reading.textFormulaLines); !runs.isEmpty())
        meta->insert(QStringLiteral("excel_text_formulas"), runs);
}

void TableImporter::addHiddenInSheet(QJsonObject *meta) const
{
    if (const QJsonArray runs = SourceNoteText::lineRuns(m_reader.hiddenRows()); !runs.isEmpty())
        meta->insert(QStringLiteral("hidden_rows"), runs);
    if (const QJsonArray columns = hiddenColumnsJson(); !columns.isEmpty())
        meta->insert(QStringLiteral("hidden_columns"), columns);
    if (const QJsonArray columns = cellColumnsJson(m_reader.valuesShownBlank()); !columns.isEmpty())
        meta->insert(QStringLiteral("values_shown_blank"), columns);
    if (m_reader.partHidden())
        meta->insert(QStringLiteral("worksheet_hidden"), true);
}

QJsonObject TableImporter::columnJson(int column) const
{
    QStringList fields;
    for (auto it = m_match.columns.cbegin(); it != m_match.columns.cend(); ++it) {
        if (it.value() == column)
            fields.append(TableFormat::fieldKey(it.key()));
    }
    fields.sort();
    QJsonObject entry{{QStringLiteral("column"), TableReader::columnLetters(column)},
                      {QStringLiteral("header"), m_header.value(column).trimmed()}};
    if (!fields.isEmpty())
        entry.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return entry;
}

QJsonArray TableImporter::hiddenColumnsJson() const
{
    QJsonArray columns;
    for (const int column : m_reader.hiddenColumns()) {
        if (column >= m_header.size())
            break; // a report hides the columns past its last one to tidy it: none of the table
        columns.append(columnJson(column));
    }
    return columns;
}

QJsonArray TableImporter::cellColumnsJson(const QMap<int, QList<int>> &cells) const
{
    QJsonArray columns;
    for (auto it = cells.cbegin(); it != cells.cend() && it.key() < m_header.size(); ++it) {
        QJsonObject entry = columnJson(it.key());
        entry.insert(QStringLiteral("rows"), SourceNoteText::lineRuns(it.value()));
        columns.append(entry);
    }
    return columns;
}

void TableImporter::addFormulas(QJsonObject *meta) const
{
    if (const QJsonArray runs = SourceNoteText::lineRuns(m_reader.formulaRows()); !runs.isEmpty())
        meta->insert(QStringLiteral("formula_cells"), runs);
    if (const QJsonArray runs = SourceNoteText::lineRuns(m_reader.formulaRowsWithoutResult()); !runs.isEmpty())
        meta->insert(QStringLiteral("formulas_without_result"), runs);
    if (const QJsonArray columns = cellColumnsJson(m_reader.formulaCells()); !columns.isEmpty())
        meta->insert(QStringLiteral("formula_columns"), columns);
    if (const QJsonArray columns = cellColumnsJson(m_reader.formulaCellsWithoutResult()); !columns.isEmpty())
        meta->insert(QStringLiteral("formula_columns_without_result"), columns);
}

QJsonObject TableImporter::statedPeriodMetadata() const
{
    QJsonObject meta;
    addHeaderReading(&meta);
    addDateOrder(&meta);
    if (!m_laterReturns.isEmpty())
        meta.insert(QStringLiteral("later_returns"), laterReturnsJson());
    return meta;
}

QJsonArray TableImporter::laterReturnsJson() const
{
    QJsonArray returns;
    for (const LaterReturn &later : m_laterReturns) {
        QJsonObject part{
            {QStringLiteral("header_line"), later.headerLine},
            {QStringLiteral("metadata_lines"), QJsonArray::fromStringList(later.metadataLines)},
            {QStringLiteral("metadata_line_numbers"), lineNumbersJson(later.metadataLineNumbers)}};
        if (later.header != m_firstHeader)
            part.insert(QStringLiteral("header"), QJsonArray::fromStringList(later.header));
        if (later.format != m_firstFormat) {
            part.insert(QStringLiteral("format"), later.format->id);
            part.insert(QStringLiteral("format_title"), later.format->title);
        }
        addAccount(later.metadataLines, &part);
        returns.append(part);
    }
    return returns;
}

void TableImporter::addAccount(const QStringList &metadataLines, QJsonObject *meta)
{
    // The account the return was produced for, where the block names it.
    static const QRegularExpression dsid(QStringLiteral("\\bDSID\\b\\W*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(QStringLiteral("^\\W*(?:Target|Account Identifier|Account)\\s*[:#]\\s*(\\S.*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : metadataLines) {
        const QString text = QString(line).replace(u'\t', u' ').replace(u',', u' ').trimmed();
        if (auto m = dsid.match(text); m.hasMatch() && !meta->contains(QStringLiteral("account_dsid")))
            meta->insert(QStringLiteral("account_dsid"), m.captured(1));
        if (auto m = target.match(text); m.hasMatch() && !meta->contains(QStringLiteral("account_identifier")))
            meta->insert(QStringLiteral("account_identifier"), m.captured(1).trimmed());
    }
}

QList<int> TableImporter::laterReturnLines() const
{
    QList<int> lines;
    for (const LaterReturn &later : m_laterReturns) {
        if (later.format == m_firstFormat) // another format's header is named by formatChangeNotes()
            lines.append(later.headerLine);
    }
    return lines;
}

QStringList TableImporter::warnings() const
{
    QStringList warnings;
    for (const UnreadPart &part : unreadParts())
        warnings.append(unreadPartWarning(part));
    return warnings;
}

QStringList TableImporter::formatChangeNotes(const QJsonObject &metadata)
{
    QStringList notes;
    for (const QJsonValue &part : metadata.value(QStringLiteral("later_returns")).toArray()) {
        const QString title = part[QStringLiteral("format_title")].toString();
        if (!title.isEmpty())
            notes.append(tr("from line %1 the file holds a header row of another format, %2: the rows after it are "
                            "read as that format")
                             .arg(part[QStringLiteral("header_line")].toInt())
                             .arg(title));
    }
    return notes;
}

void TableImporter::addDurationUnit(QJsonObject *meta) const
{
    if (m_durationUnit == DurationUnit::Seconds)
        return; // as a duration is read where nothing names its unit
    // The header's word, or the profile's: a number is not seconds.
    QJsonObject unit{{QStringLiteral("unit"), Durations::key(m_durationUnit)}};
    unit.insert(m_durationUnitNamed ? QStringLiteral("header") : QStringLiteral("declared_by"),
                m_durationUnitNamed ? m_header.value(m_match.columns.value(Field::Duration)) : QStringLiteral("profile"));
    meta->insert(QStringLiteral("duration_unit"), unit);
}

QJsonObject TableImporter::decimalMarkRead() const
{
    QJsonObject meta;
    m_decimalMarkReading.addTo(&meta, decimalMarkDeclared());
    return meta.value(QStringLiteral("duration_decimal_mark")).toObject();
}

QString TableImporter::durationUnitNote(const QJsonObject &metadata)
{
    const QJsonObject unit = metadata.value(QStringLiteral("duration_unit")).toObject();
    const auto read = Durations::fromKey(unit.value(QStringLiteral("unit")).toString());
    if (!read || *read == DurationUnit::Seconds)
        return {};
    if (!unit.contains(QStringLiteral("header")))
        return tr("Durations read in %1, as the column mapping declares them").arg(Durations::words(*read));
    return tr("Durations read in %1, as the header \"%2\" names them")
        .arg(Durations::words(*read), unit.value(QStringLiteral("header")).toString());
}

QStringList TableImporter::readingNotes() const
{
    QJsonObject text;
    addTextReading(m_reader.textReading(), &text);
    QStringList notes = SourceNoteText::textReadingNotes(text) + m_reader.readingNotes();
    if (const auto declared = effectiveDeclaredZone(); declared && m_anyReadInDeclaredZone)
        if (const QString zone = TimestampParser::abbreviationNamedZoneNote(*declared); !zone.isEmpty())
            notes.append(zone);
    if (endsAtRowLimit())
        notes.append(rowLimitNote({{QStringLiteral("ends_at_row_limit"), m_lastLine},
                                   {QStringLiteral("reader"), m_reader.kind()}}));
    QJsonObject handles;
    addLostPlus(&handles);
    addDialled(&handles);
    m_straySpellings.addTo(&handles);
    addRoundedIds(&handles);
    if (const QString lost = lostPlusNote(handles); !lost.isEmpty())
        notes.append(lost);
    if (const QString national = dialledNote(handles); !national.isEmpty())
        notes.append(national);
    addOfFormatRegion(&handles);
    if (const QString ofFormat = formatRegionNote(handles); !ofFormat.isEmpty())
        notes.append(ofFormat);
    if (const QString stray = strayCharactersNote(handles); !stray.isEmpty())
        notes.append(stray);
    m_severalHandles.addTo(&handles);
    if (const QString several = SeveralHandlesInOneCell::note(handles); !several.isEmpty())
        notes.append(several);
    m_numbersWithAMark.addTo(&handles);
    if (const QString marked = NumbersWithAMark::note(handles); !marked.isEmpty())
        notes.append(marked);
    m_callTypesNotKnown.addTo(&handles, m_format->subtype);
    if (const QString callTypes = CallTypesNotKnown::note(handles); !callTypes.isEmpty())
        notes.append(callTypes);
    m_subscriberAddresses.addTo(&handles);
    if (const QString addresses = SubscriberAddresses::note(handles); !addresses.isEmpty())
        notes.append(addresses);
    if (const QString apostrophes = SourceNoteText::excelApostrophesNote({{QStringLiteral("excel_text_apostrophes"), SourceNoteText::lineRuns(m_apostropheLines)}});
        !apostrophes.isEmpty())
        notes.append(apostrophes);
    notes += roundedIdNotes(handles);
    if (const QString damage = m_reader.damage(); !damage.isEmpty())
        notes.append(tr("only the rows before the damage were read; %1").arg(damage));
    QJsonObject label;
    addHeaderLabel(&label);
    if (const QString note = headerLabelNote(label); !note.isEmpty())
        notes.append(note);
    QJsonObject times;
    addTimeReading(&times);
    notes += timeReadingNotes(times);
    QJsonObject formulas;
    addFormulas(&formulas);
    if (const QString unsaved = SourceNoteText::formulasWithoutResultNote(formulas); !unsaved.isEmpty())
        notes.append(unsaved);
    return notes;
}

QStringList TableImporter::layoutNotes() const
{
    QJsonObject text;
    addTextReading(&text);
    QStringList notes;
    if (const QString blank = SourceNoteText::blankLinesNote(text.value(QStringLiteral("blank_lines")).toObject()); !blank.isEmpty())
        notes.append(blank);
    QJsonObject sheet;
    addHiddenInSheet(&sheet);
    addFormulas(&sheet);
    notes += SourceNoteText::hiddenInSheetNotes(sheet);
    if (const QString formulas = SourceNoteText::formulaResultsNote(sheet); !formulas.isEmpty())
        notes.append(formulas);
    QJsonObject units;
    addTimestampFormatNamed(&units);
    if (const QString format = declaredTimestampFormatNote(units); !format.isEmpty())
        notes.append(format);
    addZoneColumn(&units);
    if (const QString zones = zoneColumnNote(units); !zones.isEmpty())
        notes.append(zones);
    addDateOrder(&units);
    if (const QString order = dateOrderHeaderNote(units); !order.isEmpty())
        notes.append(order);
    addDurationUnit(&units);
    if (const QString unit = durationUnitNote(units); !unit.isEmpty())
        notes.append(unit);
    m_decimalMarkReading.addTo(&units, decimalMarkDeclared());
    if (const QString mark = DecimalMarkReading::note(units); !mark.isEmpty())
        notes.append(mark);
    // How the records' parties were read, not a doubt about them: a note, not a warning.
    m_withheld.addTo(&units);
    m_masked.addTo(&units);
    notes += NoOnePartyRecords::notes(units);
    return notes;
}

QStringList TableImporter::formatChangeNotes() const
{
    return formatChangeNotes(QJsonObject{{QStringLiteral("later_returns"), laterReturnsJson()}});
}
