#include "sourcelistmodel.h"

#include "pdfpages.h"

#include "calltypesnotknown.h"
#include "compressionending.h"
#include "containerdamage.h"
#include "daterangecheck.h"
#include "encryptedworkbook.h"
#include "encryptedzipentry.h"
#include "importjob.h"
#include "itemroles.h"
#include "noonepartyrecords.h"
#include "numberswithamark.h"
#include "plaintooltip.h"
#include "recordedtwice.h"
#include "shiftedrecords.h"
#include "sourcenotetext.h"
#include "sourceperiods.h"
#include "sourcereading.h"
#include "subscriberaddresses.h"
#include "tableimporter.h"
#include "tabletext.h"
#include "timeformat.h"
#include "timestampparser.h"
#include "whatsappcallnotes.h"

#include <QJsonArray>
#include <QLocale>

SourceListModel::SourceListModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void SourceListModel::reload()
{
    beginResetModel();
    m_sources = CaseQueries(m_db).sources();
    m_relations = SourceRelations(m_sources);
    m_names = listedNames(m_sources);
    m_countCaveats.clear();
    m_recordsBefore.clear();
    m_recordsAfter.clear();
    for (const SourceRow &source : std::as_const(m_sources)) { // asked at every paint: found once
        if (foundElsewhere(source, m_relations) || partsUnread(source))
            m_countCaveats.insert(source.id);
        const auto [before, after] = SourcePeriods::recordsOutsideStated(source);
        if (before)
            m_recordsBefore.insert(source.id);
        if (after)
            m_recordsAfter.insert(source.id);
    }
    endResetModel();
}

void SourceListModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, FirstRecordColumn, LastRecordColumn);
    if (!m_sources.isEmpty())
        emit dataChanged(index(0, FirstRecordColumn), index(rowCount() - 1, LastRecordColumn));
}

const SourceRow *SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::displayData(const SourceRow &source, int column) const
{
    switch (column) {
    case NameColumn:
        return m_names.value(source.id, source.shownName());
    case FormatColumn: {
        // A file that joins returns of other formats holds their rows too: say so where the
        // format is read, not only in the tooltip.
        QStringList others;
        for (const QJsonValue &part : source.metadata.value(QStringLiteral("later_returns")).toArray()) {
            const QString format = part[QStringLiteral("format")].toString();
            if (!format.isEmpty() && format != source.format && !others.contains(format))
                others.append(format);
        }
        return others.isEmpty() ? source.format : tr("%1, then %2").arg(source.format, others.join(QStringLiteral(", ")));
    }
    case ZoneColumn:
        return source.zoneDeclared ? tr("%1 (declared by analyst)").arg(source.timeZone)
                                   : TimestampParser::zoneShown(source.timeZone);
    case AcceptedColumn:
        // The events a source's rows became, each class apart: a file can hold lookups and
        // communications both, and one figure for them would be a "contacts" count.
        return EvidenceClassText::countsText(source.acceptedByClass);
    case DuplicateColumn: // grouped as the accepted count beside it is ("9999" beside "10,000 lookups")
        return QLocale().toString(source.duplicate);
    case RejectedColumn:
        return QLocale().toString(source.rejected);
    case FirstRecordColumn: // none for a source whose every row was rejected
        return source.recordsFirstMs ? TimeFormat::cell(*source.recordsFirstMs, m_zone) : QString();
    case LastRecordColumn:
        return source.recordsLastMs ? TimeFormat::cell(*source.recordsLastMs, m_zone) : QString();
    case Sha256Column:
        return source.sha256;
    }
    return {};
}

QVariant SourceListModel::rawData(const SourceRow &source, int column) const
{
    switch (column) {
    case AcceptedColumn:
        return source.accepted;
    case DuplicateColumn:
        return source.duplicate;
    case RejectedColumn:
        return source.rejected;
    }
    return displayData(source, column);
}

QString SourceListModel::toolTip(const SourceRow &source) const
{
    // A document read from inside the file (a WhatsApp delivery's page) has a SHA-256 of its own;
    // the one an expert checks against the file at the path shown is the file's.
    QString text =
        source.containerSha256.isEmpty()
            ? tr("%1\nSHA-256 %2\n%3 bytes")
                  .arg(source.filePath, source.sha256, QString::number(source.fileSize))
            : tr("%1\nSHA-256 %2 (that file)\n%3 inside it: SHA-256 %4, %5 bytes")
                  .arg(source.filePath, source.containerSha256, source.placeInContainer(),
                       source.sha256, QString::number(source.fileSize));
    text += tr(", imported %1 by %2\n").arg(source.importedAt, source.importedBy);
    text += rowsText(source);
    for (const QString &note : notes(source, m_relations))
        text += u'\n' + note;
    return text;
}

QString SourceListModel::rowsText(const SourceRow &counts)
{
    return tr("%Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected", nullptr,
              int(qMin<qint64>(counts.rowsRead, INT_MAX)))
        .arg(QLocale().toString(counts.accepted),
             EvidenceClassText::countsText(counts.acceptedByClass),
             QLocale().toString(counts.duplicate), QLocale().toString(counts.rejected));
}

QStringList SourceListModel::foundByOthers(const SourceRow &source,
                                           const SourceRelations &relations)
{
    // A later file's check names the source it found records in: said here too, where the
    // analyst reads this source's count (the figures are in that file's description).
    QStringList lines;
    for (const SourceRow *finder : relations.findersOf(source.id)) {
        const SourceRow &other = *finder;
        const auto shifted = ShiftedRecords::Finding::fromJson(other.metadata.value(QStringLiteral("shifted_records")).toObject());
        if (shifted && shifted->sourceId == source.id)
            lines.append(shifted->datesSwapped
                             ? tr("“%1” holds records of this file with their day and month swapped: not joined as "
                                  "duplicates, they stand twice in the case (that file's description says how many).")
                                   .arg(other.shownName())
                             : tr("“%1” holds records of this file at other times, as if read in another zone: not joined "
                                  "as duplicates, they stand twice in the case (that file's description says how many).")
                                   .arg(other.shownName()));
        const auto twice = RecordedTwice::Finding::fromJson(other.metadata.value(QStringLiteral("recorded_twice")).toObject());
        if (twice && twice->sourceId == source.id)
            lines.append(tr("“%1”, another provider's records, holds calls or messages of this file too: each stands twice "
                            "in the case and is counted twice among its communications (that file's description says how "
                            "many).")
                             .arg(other.shownName()));
    }
    return lines;
}

bool SourceListModel::foundElsewhere(const SourceRow &source, const SourceRelations &relations)
{
    return source.metadata.contains(QStringLiteral("shifted_records")) ||
           source.metadata.contains(QStringLiteral("recorded_twice")) ||
           !foundByOthers(source, relations).isEmpty();
}

bool SourceListModel::partsUnread(const SourceRow &source)
{
    // The notes that say records of the file may be missing from the count, as notes() words them.
    return !TableImporter::unreadParts(source.metadata).isEmpty()
           || !ContainerDamage::shown(source.metadata.value(QStringLiteral("container_damage"))).isEmpty()
           || !CompressionEnding::fromMetadata(source.metadata).warning().isEmpty()
           || !source.metadata.value(QStringLiteral("unread_deliveries")).toArray().isEmpty();
}

namespace {

void addNote(QStringList &lines, const QString &note)
{
    if (!note.isEmpty())
        lines.append(note);
}

} // namespace

QStringList SourceListModel::notes(const SourceRow &source, const QList<SourceRow> &all)
{
    return notes(source, SourceRelations(all));
}

QStringList SourceListModel::notes(const SourceRow &source, const SourceRelations &relations)
{
    QStringList lines;
    addNote(lines, fileNote(source, relations));
    return lines + timeNotes(source) + textNotes(source.metadata) + cellNotes(source.metadata) +
           laterNotes(source, relations) + unreadNotes(source.metadata);
}

QStringList SourceListModel::timeNotes(const SourceRow &source)
{
    QStringList lines = SourcePeriods::describe(source);
    addNote(lines, TimestampParser::misreadZoneNote(source.timeZone));
    if (source.zoneDeclared) {
        if (const auto zone = TimestampParser::zoneFromDeclaration(source.timeZone)) {
            if (QString named = TimestampParser::abbreviationNamedZoneNote(*zone); !named.isEmpty()) {
                named[0] = named[0].toUpper();
                lines.append(named);
            }
        }
    }
    addNote(lines, TableImporter::declaredTimestampFormatNote(source.metadata));
    addNote(lines, TableImporter::headerLabelNote(source.metadata));
    addNote(lines, TableImporter::zoneColumnNote(source.metadata));
    addNote(lines, TableImporter::dateOrderHeaderNote(source.metadata));
    addNote(lines, TableImporter::durationUnitNote(source.metadata));
    addNote(lines, DecimalMarkReading::note(source.metadata));
    if (QString range = DateRangeCheck::warning(source.metadata); !range.isEmpty()) {
        range[0] = range[0].toUpper();
        lines.append(range);
    }
    return lines;
}

QStringList SourceListModel::textNotes(const QJsonObject &metadata)
{
    QStringList lines;
    if (const QString encoding = metadata.value(QStringLiteral("encoding")).toString();
        !encoding.isEmpty())
        lines.append(metadata.value(QStringLiteral("without_byte_order_mark")).toBool()
                         ? tr("Text read as %1, which the file does not mark with a byte-order "
                              "mark: known by its "
                              "zero bytes")
                               .arg(encoding)
                         : tr("Text read as %1").arg(encoding));
    lines += SourceNoteText::textReadingNotes(metadata);
    if (const int line = metadata.value(QStringLiteral("last_line_unterminated")).toInt(); line > 0)
        lines.append(SourceNoteText::unterminatedNote(line));
    addNote(lines, SourceNoteText::blankLinesNote(
                       metadata.value(QStringLiteral("blank_lines")).toObject()));
    return lines;
}

QStringList SourceListModel::cellNotes(const QJsonObject &metadata)
{
    QStringList lines = SourceNoteText::hiddenInSheetNotes(metadata);
    addNote(lines, SourceNoteText::formulaResultsNote(metadata));
    addNote(lines, SourceNoteText::formulasWithoutResultNote(metadata));
    addNote(lines, TableImporter::rowLimitNote(metadata));
    addNote(lines, TableImporter::lostPlusNote(metadata));
    addNote(lines, TableImporter::dialledNote(metadata));
    addNote(lines, TableImporter::formatRegionNote(metadata));
    addNote(lines, TableImporter::strayCharactersNote(metadata));
    addNote(lines, SeveralHandlesInOneCell::note(metadata));
    addNote(lines, NumbersWithAMark::note(metadata));
    addNote(lines, CallTypesNotKnown::note(metadata));
    addNote(lines, SubscriberAddresses::note(metadata));
    addNote(lines, WhatsAppCallNotes::addressNote(metadata));
    addNote(lines, SourceNoteText::excelApostrophesNote(metadata));
    lines += TableImporter::roundedIdNotes(metadata);
    lines += NoOnePartyRecords::notes(metadata);
    return lines;
}

QStringList SourceListModel::laterNotes(const SourceRow &source, const SourceRelations &relations)
{
    QStringList lines;
    QList<int> headerLines;
    for (const QJsonValue &part :
         source.metadata.value(QStringLiteral("later_returns")).toArray()) {
        if (!part.toObject().contains(
                QStringLiteral("format"))) // another format: formatChangeNotes()
            headerLines.append(part.toObject().value(QStringLiteral("header_line")).toInt());
    }
    if (!headerLines.isEmpty())
        lines.append(ImportJob::joinedReturnsNote(headerLines));
    lines += TableImporter::formatChangeNotes(source.metadata) +
             TableImporter::timeReadingNotes(source.metadata);
    if (const auto shifted = ShiftedRecords::Finding::fromJson(source.metadata.value(QStringLiteral("shifted_records")).toObject()))
        lines.append(ShiftedRecords::warning(*shifted, source.timeZone, source.zoneDeclared));
    if (const auto twice = RecordedTwice::Finding::fromJson(source.metadata.value(QStringLiteral("recorded_twice")).toObject()))
        lines.append(RecordedTwice::warning(*twice, source.timeZone, source.zoneDeclared));
    addNote(lines, WhatsAppCallNotes::readMoreFullyWarning(source.metadata));
    return lines + foundByOthers(source, relations);
}

QStringList SourceListModel::unreadNotes(const QJsonObject &metadata)
{
    QStringList lines;
    for (const UnreadPart &part : TableImporter::unreadParts(metadata))
        lines.append(TableImporter::unreadPartWarning(part));
    addNote(lines, ContainerDamage::shown(metadata.value(QStringLiteral("container_damage"))));
    addNote(lines, CompressionEnding::fromMetadata(metadata).warning());
    const QString encryption = metadata.value(QStringLiteral("zip_entry_encryption")).toString();
    if (const QString inner =
            metadata[QStringLiteral("inner_zip")][QStringLiteral("encryption")].toString();
        !encryption.isEmpty() || !inner.isEmpty())
        lines.append(EncryptedZipEntry::decryptedNote(encryption.isEmpty() ? inner : encryption));
    addNote(lines, EncryptedWorkbook::decryptedNote(metadata));
    addNote(lines, PdfPages::openedNote(metadata));
    for (const QJsonValue &delivery : metadata.value(QStringLiteral("unread_deliveries")).toArray())
        lines.append(ImportJob::unreadDeliveryNote(delivery[QStringLiteral("name")].toString(),
                                                   delivery[QStringLiteral("reason")].toString(),
                                                   delivery[QStringLiteral("inner_zip")][QStringLiteral("sha256")].toString()));
    return lines;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    const SourceRow *source = index.isValid() ? sourceAt(index.row()) : nullptr;
    if (!source || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*source, index.column());
    case ItemRoles::RawValueRole: // the counts as numbers; the accepted by the rows, whatever their class
        return rawData(*source, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FirstRecordColumn || index.column() == LastRecordColumn)
            return PlainToolTip::of(toolTip(*source) + u'\n' +
                                    tr("Click to see that record and its source line."));
        return PlainToolTip::of(toolTip(*source));
    case Qt::AccessibleDescriptionRole:
        return toolTip(*source);
    case ItemRoles::DescriptionRole:
        return QString(toolTip(*source) + QStringLiteral("\n\n") + SourceReading::lines(*source).join(u'\n'));
    case ItemRoles::SourceIdRole:
        return source->id;
    case ItemRoles::CountCaveatRole: // a warning sign beside the figure
        return marked(*source, index.column());
    case Qt::AccessibleTextRole: // the warning sign, in words
        return accessibleText(*source, index.column());
    case ItemRoles::CaveatNoteRole: // beneath a copy: what a record's sign means
        return marked(*source, index.column()) && index.column() != AcceptedColumn
                   ? QVariant(tr("%1 Dated outside the period the source states (a WhatsApp "
                                 "page's Date Range, the \"Period\" line above an Apple return's "
                                 "header): the source's description says by how much.")
                                  .arg(TableText::CountCaveatSign))
                   : QVariant();
    case Qt::TextAlignmentRole: // the bare counts as the Handles and IPs tables set theirs
        return index.column() == DuplicateColumn || index.column() == RejectedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

bool SourceListModel::marked(const SourceRow &source, int column) const
{
    return (column == AcceptedColumn && m_countCaveats.contains(source.id)) ||
           (column == FirstRecordColumn && m_recordsBefore.contains(source.id)) ||
           (column == LastRecordColumn && m_recordsAfter.contains(source.id));
}

QVariant SourceListModel::accessibleText(const SourceRow &source, int column) const
{
    if (!marked(source, column))
        return {};
    const QString shown = displayData(source, column).toString();
    if (column == AcceptedColumn)
        return tr("%1, not simply the records its file holds: see the source's description")
            .arg(shown);
    return column == FirstRecordColumn
               ? tr("%1, before the period the source states: see its description").arg(shown)
               : tr("%1, after the period the source states: see its description").arg(shown);
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("File");
    case FormatColumn:
        return tr("Format");
    case ZoneColumn:
        return tr("Time zone");
    case AcceptedColumn:
        return tr("Accepted");
    case DuplicateColumn:
        return tr("Duplicate");
    case RejectedColumn:
        return tr("Rejected");
    case FirstRecordColumn:
        return tr("First record\n(%1)").arg(TimeFormat::zoneLabel(m_zone));
    case LastRecordColumn:
        return tr("Last record\n(%1)").arg(TimeFormat::zoneLabel(m_zone));
    case Sha256Column:
        return tr("SHA-256");
    }
    return {};
}
