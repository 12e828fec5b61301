#include "sourcelistmodel.h"

#include "pdfpages.h"

#include "encryptedworkbook.h"
#include "encryptedzipentry.h"
#include "compressionending.h"
#include "containerdamage.h"
#include "importjob.h"
#include "recordedtwice.h"
#include "shiftedrecords.h"
#include "sourcereading.h"
#include "itemroles.h"
#include "tableimporter.h"
#include "timestampparser.h"
#include "noonepartyrecords.h"

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
    m_countCaveats.clear();
    for (const SourceRow &source : std::as_const(m_sources)) { // asked at every paint: found once
        if (foundElsewhere(source, m_sources) || partsUnread(source))
            m_countCaveats.insert(source.id);
    }
    endResetModel();
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
        return source.shownName();
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
    QString text = source.containerSha256.isEmpty()
                       ? tr("%1\nSHA-256 %2\n%3 bytes").arg(source.filePath, source.sha256).arg(source.fileSize)
                       : tr("%1\nSHA-256 %2 (that file)\n%3 inside it: SHA-256 %4, %5 bytes")
                             .arg(source.filePath, source.containerSha256, source.placeInContainer(), source.sha256)
                             .arg(source.fileSize);
    text += tr(", imported %1 by %2\n").arg(source.importedAt, source.importedBy);
    text += tr("%Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected", nullptr, int(qMin<qint64>(source.rowsRead, INT_MAX)))
                .arg(QLocale().toString(source.accepted), EvidenceClassText::countsText(source.acceptedByClass),
                     QLocale().toString(source.duplicate), QLocale().toString(source.rejected));
    for (const QString &note : notes(source, m_sources))
        text += u'\n' + note;
    return text;
}

QStringList SourceListModel::foundByOthers(const SourceRow &source, const QList<SourceRow> &all)
{
    // A later file's check names the source it found records in: said here too, where the
    // analyst reads this source's count (the figures are in that file's description).
    QStringList lines;
    for (const SourceRow &other : all) {
        if (other.id == source.id)
            continue;
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

bool SourceListModel::foundElsewhere(const SourceRow &source, const QList<SourceRow> &all)
{
    return source.metadata.contains(QStringLiteral("shifted_records")) || source.metadata.contains(QStringLiteral("recorded_twice"))
           || !foundByOthers(source, all).isEmpty();
}

bool SourceListModel::partsUnread(const SourceRow &source)
{
    // The notes that say records of the file may be missing from the count, as notes() words them.
    return !TableImporter::unreadParts(source.metadata).isEmpty()
           || !ContainerDamage::shown(source.metadata.value(QStringLiteral("container_damage"))).isEmpty()
           || !CompressionEnding::fromMetadata(source.metadata).warning().isEmpty()
           || !source.metadata.value(QStringLiteral("unread_deliveries")).toArray().isEmpty();
}

QStringList SourceListModel::notes(const SourceRow &source, const QList<SourceRow> &all)
{
    QStringList lines;
    if (const QString misread = TimestampParser::misreadZoneNote(source.timeZone); !misread.isEmpty())
        lines.append(misread);
    if (source.zoneDeclared) {
        if (const auto zone = TimestampParser::zoneFromDeclaration(source.timeZone)) {
            if (QString named = TimestampParser::abbreviationNamedZoneNote(*zone); !named.isEmpty()) {
                named[0] = named[0].toUpper();
                lines.append(named);
            }
        }
    }
    if (const QString format = TableImporter::declaredTimestampFormatNote(source.metadata); !format.isEmpty())
        lines.append(format);
    if (const QString label = TableImporter::headerLabelNote(source.metadata); !label.isEmpty())
        lines.append(label);
    if (const QString zones = TableImporter::zoneColumnNote(source.metadata); !zones.isEmpty())
        lines.append(zones);
    if (const QString order = TableImporter::dateOrderHeaderNote(source.metadata); !order.isEmpty())
        lines.append(order);
    if (const QString unit = TableImporter::durationUnitNote(source.metadata); !unit.isEmpty())
        lines.append(unit);
    if (const QString encoding = source.metadata.value(QStringLiteral("encoding")).toString(); !encoding.isEmpty())
        lines.append(source.metadata.value(QStringLiteral("without_byte_order_mark")).toBool()
                         ? tr("Text read as %1, which the file does not mark with a byte-order mark: known by its "
                              "zero bytes")
                               .arg(encoding)
                         : tr("Text read as %1").arg(encoding));
    for (const QString &note : TableImporter::textReadingNotes(source.metadata))
        lines.append(note);
    if (const int line = source.metadata.value(QStringLiteral("last_line_unterminated")).toInt(); line > 0)
        lines.append(TableImporter::unterminatedNote(line));
    if (const QString blank = TableImporter::blankLinesNote(source.metadata.value(QStringLiteral("blank_lines")).toObject());
        !blank.isEmpty())
        lines.append(blank);
    for (const QString &note : TableImporter::hiddenInSheetNotes(source.metadata))
        lines.append(note);
    for (const QString &note : {TableImporter::formulaResultsNote(source.metadata),
                                TableImporter::formulasWithoutResultNote(source.metadata)}) {
        if (!note.isEmpty())
            lines.append(note);
    }
    if (const QString limit = TableImporter::rowLimitNote(source.metadata); !limit.isEmpty())
        lines.append(limit);
    if (const QString lost = TableImporter::lostPlusNote(source.metadata); !lost.isEmpty())
        lines.append(lost);
    if (const QString national = TableImporter::dialledNote(source.metadata); !national.isEmpty())
        lines.append(national);
    if (const QString stray = TableImporter::strayCharactersNote(source.metadata); !stray.isEmpty())
        lines.append(stray);
    if (const QString several = SeveralHandlesInOneCell::note(source.metadata); !several.isEmpty())
        lines.append(several);
    if (const QString apostrophes = TableImporter::excelApostrophesNote(source.metadata); !apostrophes.isEmpty())
        lines.append(apostrophes);
    for (const QString &note : TableImporter::roundedIdNotes(source.metadata))
        lines.append(note);
    lines += NoOnePartyRecords::notes(source.metadata);
    const QJsonArray later = source.metadata.value(QStringLiteral("later_returns")).toArray();
    if (!later.isEmpty()) {
        QList<int> headerLines;
        for (const QJsonValue &part : later) {
            if (!part.toObject().contains(QStringLiteral("format"))) // another format: formatChangeNotes()
                headerLines.append(part.toObject().value(QStringLiteral("header_line")).toInt());
        }
        if (!headerLines.isEmpty())
            lines.append(ImportJob::joinedReturnsNote(headerLines));
    }
    for (const QString &note : TableImporter::formatChangeNotes(source.metadata) + TableImporter::timeReadingNotes(source.metadata))
        lines.append(note);
    if (const auto shifted = ShiftedRecords::Finding::fromJson(source.metadata.value(QStringLiteral("shifted_records")).toObject()))
        lines.append(ShiftedRecords::warning(*shifted, source.timeZone, source.zoneDeclared));
    if (const auto twice = RecordedTwice::Finding::fromJson(source.metadata.value(QStringLiteral("recorded_twice")).toObject()))
        lines.append(RecordedTwice::warning(*twice, source.timeZone, source.zoneDeclared));
    lines += foundByOthers(source, all);
    for (const UnreadPart &part : TableImporter::unreadParts(source.metadata))
        lines.append(TableImporter::unreadPartWarning(part));
    if (const QString damage = ContainerDamage::shown(source.metadata.value(QStringLiteral("container_damage")));
        !damage.isEmpty())
        lines.append(damage);
    if (const QString ending = CompressionEnding::fromMetadata(source.metadata).warning(); !ending.isEmpty())
        lines.append(ending);
    const QString encryption = source.metadata.value(QStringLiteral("zip_entry_encryption")).toString();
    if (const QString inner = source.metadata[QStringLiteral("inner_zip")][QStringLiteral("encryption")].toString();
        !encryption.isEmpty() || !inner.isEmpty())
        lines.append(EncryptedZipEntry::decryptedNote(encryption.isEmpty() ? inner : encryption));
    if (const QString workbook = EncryptedWorkbook::decryptedNote(source.metadata); !workbook.isEmpty())
        lines.append(workbook);
    if (const QString pdf = PdfPages::openedNote(source.metadata); !pdf.isEmpty())
        lines.append(pdf);
    for (const QJsonValue &delivery : source.metadata.value(QStringLiteral("unread_deliveries")).toArray())
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
    case Qt::AccessibleDescriptionRole:
        return toolTip(*source);
    case ItemRoles::DescriptionRole:
        return QString(toolTip(*source) + QStringLiteral("\n\n") + SourceReading::lines(*source).join(u'\n'));
    case ItemRoles::SourceIdRole:
        return source->id;
    case ItemRoles::CountCaveatRole:
        return index.column() == AcceptedColumn && m_countCaveats.contains(source->id);
    case Qt::TextAlignmentRole: // the bare counts as the Handles and IPs tables set theirs
        return index.column() == DuplicateColumn || index.column() == RejectedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
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
    case Sha256Column:
        return tr("SHA-256");
    }
    return {};
}
