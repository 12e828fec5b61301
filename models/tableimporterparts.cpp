// A file's parts: the worksheets of a workbook read (each by its own header, or going on from
// the one before it), the first part with a header row found, and the parts not read, with why.
// The header search in a part is in tableimporterheader.cpp.
#include "tableimporter.h"

std::optional<TableImporter::Opened> TableImporter::open(const QString &path, const Options &options, QString *error,
                                                         Missing *missing)
{
    Missing unused;
    missing = missing ? missing : &unused;
    QString firstError;
    int parts = 1;
    bool searched = false;        // every worksheet was read and none has a header row
    bool firstDamaged = false;    // the first worksheet cannot be read: the others are tried
    std::unique_ptr<TableReader> reader;
    for (int part = 0; part < parts; ++part) {
        reader = part == 0 ? TableReader::open(path, &firstError, options.watch, options.passwords, &missing->password)
                           : reader->openPart(part, error);
        if (!reader)
            break;
        parts = reader->partCount();
        auto importer = std::make_unique<TableImporter>(*reader, options);
        if (importer->readHeader())
            return Opened{std::move(reader), std::move(importer)};
        if (!importer->m_classConflict.isEmpty()) { // behind a cover sheet too: the format is asked for
            const QString inPart =
                reader->partsAreArrays() ? tr("the array \"%1\": %2") : tr("the worksheet \"%1\": %2");
            firstError = parts > 1 ? inPart.arg(reader->partName(), importer->m_classConflict)
                                   : importer->m_classConflict;
            missing->format = true;
            missing->formatPart = part;
            searched = firstDamaged = false;
            break;
        }
        if (part == 0) {
            firstError = importer->fatalError();
            missing->subscriber = importer->m_subscriberMissingLine > 0;
            // Its XML, not the container: damage to a workbook's ZIP may be anywhere in it.
            firstDamaged = parts > 1 && reader->fatalError().isEmpty() && !reader->damage().isEmpty();
        }
        searched = importer->headerMissing();
        if (!searched && !(part == 0 && firstDamaged))
            break; // an unknown format, or a worksheet that cannot be read
    }
    *error = firstError;
    missing->header = searched && !firstDamaged;
    if (parts > 1 && searched && !firstDamaged && reader && reader->partsAreArrays())
        *error += tr(" (nor in the file's %n other array(s) of records)", nullptr, parts - 1);
    else if (parts > 1 && searched && !firstDamaged)
        *error += tr(" (nor in the workbook's %n other worksheet(s))", nullptr, parts - 1);
    else if (firstDamaged)
        *error += tr(" (and no other worksheet of the workbook has a header row)");
    return std::nullopt;
}

std::vector<TableImporter::Opened> TableImporter::openAll(const QString &path, const Options &options, QString *error,
                                                          Missing *missing)
{
    std::vector<Opened> parts;
    auto first = open(path, options, error, missing);
    if (!first)
        return parts;
    const TableReader &book = *first->reader;
    parts.push_back(std::move(*first));
    // The records a worksheet without a header row could go on from: those of the worksheet
    // just before it, read by its own header or going on from the one before that.
    std::optional<LentHeader> lendable = parts.back().importer->headerToLend();
    QString lastName = parts.back().reader->partName();
    QList<std::pair<QString, QString>> continuable;
    QList<std::pair<QString, QString>> twoClasses;
    for (int part = book.partIndex() + 1; part < book.partCount(); ++part) {
        QString partError; // a worksheet that cannot be read is named as not imported
        auto reader = book.openPart(part, &partError);
        if (!reader) {
            lendable.reset();
            continue;
        }
        const QString previous = std::exchange(lastName, reader->partName());
        auto importer = std::make_unique<TableImporter>(*reader, options);
        if (importer->readHeader()) {
            lendable = importer->headerToLend();
            parts.push_back({std::move(reader), std::move(importer)});
            continue;
        }
        if (!importer->m_classConflict.isEmpty())
            twoClasses.append({reader->partName(), importer->m_classConflict});
        // A JSON array's objects name their own keys: none goes on from another array's records.
        if (!importer->headerMissing() || !lendable || book.partsAreArrays() || !goesOn(book, part, *lendable, options)) {
            lendable.reset();
            continue;
        }
        lendable->continues = previous;
        if (!options.readContinuedWorksheets) {
            continuable.append({reader->partName(), previous});
            continue;
        }
        if ((reader = book.openPart(part, &partError))) { // from its first row: no metadata block
            importer = std::make_unique<TableImporter>(*reader, options);
            importer->readByLentHeader(*lendable);
            parts.push_back({std::move(reader), std::move(importer)});
        }
    }
    tellWhatIsRead(parts, continuable, twoClasses);
    return parts;
}

void TableImporter::tellWhatIsRead(std::vector<Opened> &parts, const QList<std::pair<QString, QString>> &continuable,
                                   const QList<std::pair<QString, QString>> &twoClasses)
{
    QList<int> read;
    for (const Opened &part : parts)
        read.append(part.reader->partIndex());
    for (Opened &part : parts) {
        part.importer->m_continuable = continuable;
        part.importer->m_twoClassParts = twoClasses;
        part.importer->setPartsAlsoRead(read);
    }
    if (parts.size() > 1) { // what no part reads is counted once for the file, not once for each part
        const QList<UnreadPart> unread = parts.front().importer->unreadParts();
        for (Opened &part : parts)
            part.importer->m_unreadParts = unread;
    }
}

TableImporter::LentHeader TableImporter::headerToLend() const
{
    if (m_lentHeader)
        return *m_lentHeader;
    return {m_reader.partName(), m_reader.partName(), m_headerLine, m_header, m_format, m_match};
}

bool TableImporter::goesOn(const TableReader &book, int part, const LentHeader &lent, const Options &options)
{
    QString error;
    const auto reader = book.openPart(part, &error);
    if (!reader)
        return false;
    TableImporter reading(*reader, options);
    reading.readByLentHeader(lent);
    TableRow row;
    for (int i = 0; i < MaxHeaderSearchRows && reader->next(row); ++i) {
        if (!row.error.isEmpty())
            return false;
        if (row.isBlank())
            continue;
        // A record fills most of the columns the header places, and none past its last.
        const bool beyond = std::any_of(row.cells.cbegin() + std::min(row.cells.size(), lent.header.size()),
                                        row.cells.cend(), [](const QString &cell) { return !cell.trimmed().isEmpty(); });
        return !beyond && reading.looksLikeRecord(row);
    }
    return false;
}

void TableImporter::readByLentHeader(const LentHeader &lent)
{
    m_lentHeader = lent;
    TableRow header;
    header.line = lent.line;
    header.cells = lent.header;
    useHeader(lent.format, lent.match, header);
    m_firstFormat = m_format;
    m_firstHeader = lent.header;
    m_headerLine = 0; // none in this worksheet
    describeLentHeader();
}

void TableImporter::describeLentHeader()
{
    QStringList found = matchedHeaders();
    // Alike for every worksheet going on from the same records, so that they are named together.
    m_recognitionInPart =
        tr("%1: no header row; read as going on from the worksheet before it, by the header row at "
           "line %2 of the worksheet \"%3\"")
            .arg(m_format->shownTitle(), QString::number(m_lentHeader->line), m_lentHeader->sheet);
    m_recognition =
        tr("%1: the worksheet \"%2\" has no header row; read, as going on from the worksheet \"%3\" "
           "before it, by the header row at line %4 of the worksheet \"%5\", which has %6")
            .arg(m_format->shownTitle(), m_reader.partName(), m_lentHeader->continues,
                 QString::number(m_lentHeader->line), m_lentHeader->sheet,
                 found.join(QStringLiteral(", ")));
}

QStringList TableImporter::continuableWorksheets() const
{
    QStringList sheets;
    for (const auto &[sheet, before] : m_continuable)
        sheets.append(sheet);
    return sheets;
}

const QList<UnreadPart> &TableImporter::unreadParts() const
{
    // Counting another worksheet's rows reads all of it: only when asked, not on every reading
    // of the file (the probe that settles the day/month order never asks).
    if (!m_unreadParts) {
        m_unreadParts = m_reader.unreadParts(m_partsAlsoRead.value_or(QList<int>{}));
        for (UnreadPart &part : *m_unreadParts) {
            part.searched = m_partsAlsoRead.has_value();
            part.byNumber = part.searched && m_options.profile && m_options.profile->byPosition;
            for (const auto &[sheet, before] : m_continuable)
                part.continues = sheet == part.name ? before : part.continues;
            for (const auto &[sheet, why] : m_twoClassParts)
                part.twoClasses = sheet == part.name ? why : part.twoClasses;
        }
    }
    return *m_unreadParts;
}

void TableImporter::setPartsAlsoRead(QList<int> parts)
{
    parts.removeAll(m_reader.partIndex());
    m_partsAlsoRead = std::move(parts);
    m_unreadParts.reset();
}

QString TableImporter::unreadPartWarning(const UnreadPart &part)
{
    if (part.array && part.ofArrays)
        return tr("the array \"%1\" of the file's records (%n array(s) of values) was not imported: %2", nullptr,
                  part.rows)
            .arg(part.name, !part.twoClasses.isEmpty() ? part.twoClasses
                                                       : tr("no format's columns, nor the mapping's, were "
                                                            "recognised in its first rows"));
    if (part.array)
        return tr("the array \"%1\" of the file's records (%n object(s)) was not imported: %2", nullptr, part.rows)
            .arg(part.name, !part.twoClasses.isEmpty() ? part.twoClasses
                                                       : tr("no format's columns, nor the mapping's, were "
                                                            "recognised among its keys"));
    if (part.rows < 0 && !part.unreadable.isEmpty())
        return tr("the worksheet \"%1\" cannot be read and was not imported: %2").arg(part.name, part.unreadable);
    if (part.rows < 0)
        return tr("the worksheet \"%1\" cannot be read and was not imported").arg(part.name);
    if (!part.continues.isEmpty())
        return tr("the worksheet \"%1\" (%n row(s) with values) was not imported: it has no header row, but its "
                  "first row fills the columns of the records in the worksheet before it, \"%2\"; if it goes on "
                  "from them, it can be read as continued",
                  nullptr, part.rows)
            .arg(part.name, part.continues);
    if (!part.twoClasses.isEmpty())
        return tr("the worksheet \"%1\" (%n row(s) with values) was not imported: %2", nullptr, part.rows)
            .arg(part.name, part.twoClasses);
    if (part.byNumber)
        return tr("the worksheet \"%1\" (%n row(s) with values) was not imported: none of its first rows fills the "
                  "columns the mapping numbers with a time where it places one",
                  nullptr, part.rows)
            .arg(part.name);
    if (part.searched)
        return tr("the worksheet \"%1\" (%n row(s) with values) was not imported: no header row was recognised in it",
                  nullptr, part.rows)
            .arg(part.name);
    // What sources imported before every worksheet with a header row was read say of theirs.
    return tr("the worksheet \"%1\" (%n row(s) with values) was not read: only one worksheet "
              "of a workbook was imported; save that sheet as a file of its own to import it",
              nullptr, part.rows)
        .arg(part.name);
}

QJsonObject TableImporter::unreadPartJson(const UnreadPart &part)
{
    QJsonObject sheet{{QStringLiteral("name"), part.name},
                      {QStringLiteral("rows"), part.rows},
                      {QStringLiteral("searched"), part.searched}};
    if (!part.continues.isEmpty())
        sheet.insert(QStringLiteral("continues"), part.continues);
    if (part.byNumber)
        sheet.insert(QStringLiteral("by_number"), true);
    if (!part.twoClasses.isEmpty())
        sheet.insert(QStringLiteral("two_classes"), part.twoClasses);
    if (!part.unreadable.isEmpty())
        sheet.insert(QStringLiteral("unreadable"), part.unreadable);
    if (part.array)
        sheet.insert(QStringLiteral("array"), true);
    if (part.ofArrays)
        sheet.insert(QStringLiteral("of_arrays"), true);
    return sheet;
}

QList<UnreadPart> TableImporter::unreadParts(const QJsonObject &metadata)
{
    QList<UnreadPart> parts;
    for (const QJsonValue &sheet : metadata.value(QStringLiteral("unread_worksheets")).toArray())
        parts.append({sheet[QStringLiteral("name")].toString(), sheet[QStringLiteral("rows")].toInt(),
                      sheet[QStringLiteral("searched")].toBool(), sheet[QStringLiteral("continues")].toString(),
                      sheet[QStringLiteral("by_number")].toBool(), sheet[QStringLiteral("two_classes")].toString(),
                      sheet[QStringLiteral("unreadable")].toString(), sheet[QStringLiteral("array")].toBool(),
                      sheet[QStringLiteral("of_arrays")].toBool()});
    return parts;
}
