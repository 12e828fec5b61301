#include "crossreferencemodel.h"

#include "itemroles.h"
#include "plaintooltip.h"
#include "timeformat.h"

CrossReferenceModel::CrossReferenceModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void CrossReferenceModel::setPair(std::optional<qint64> handleA, std::optional<qint64> handleB)
{
    beginResetModel();
    m_rows = handleA && handleB ? CaseQueries(m_db).pairEvents(*handleA, *handleB) : QList<EventRow>{};
    m_noOnePartyNote = noOnePartyNoteOf(m_rows);
    readGaps();
    m_nextCommunication = QList<int>(m_rows.size(), -1);
    // A lookup of a mask and a call to it may be two people's: the graph draws no such
    // sequence, and no gap is measured here.
    if (m_noOnePartyNote.isEmpty()) {
        // From the end, so that a pair of many lookups and no communication is one pass.
        int next = -1;
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (m_rows.at(i).evidenceClass == u"lookup")
                m_nextCommunication[i] = next;
            else if (m_rows.at(i).evidenceClass == u"communication")
                next = int(i);
        }
    }
    endResetModel();
}

void CrossReferenceModel::readGaps()
{
    m_gaps.clear();
    m_sourceNames.clear();
    QSet<qint64> sourceIds;
    for (const EventRow &e : std::as_const(m_rows))
        sourceIds.insert(e.sourceId);
    if (!sourceIds.isEmpty()) // one source too: a file may join returns with time between them
        m_gaps = SourcePeriods::gapsBetween(CaseQueries(m_db).sources(sourceIds), sourceIds,
                                            &m_sourceNames);
}

std::optional<PeriodGap> CrossReferenceModel::gapBeforeNext(int row) const
{
    const EventRow *lookup = eventAt(row);
    if (!lookup || lookup->evidenceClass != u"lookup" || !m_noOnePartyNote.isEmpty())
        return std::nullopt;
    const int next = nextCommunicationRow(row);
    for (const PeriodGap &gap : m_gaps) {
        if (gap.fromMs >= lookup->utcMs && (next < 0 || gap.toMs <= m_rows.at(next).utcMs))
            return gap;
    }
    return std::nullopt;
}

QString CrossReferenceModel::gapText(int row) const
{
    // Not "no communication after it": one may be the same person's.
    if (!m_noOnePartyNote.isEmpty())
        return tr("not measured: no one party");
    const auto measured = gapAfterLookup(row);
    const QString text = measured ? formatGap(*measured) : tr("no communication after it");
    return gapBeforeNext(row) ? tr("%1 ⚠ (across a time no source covers)").arg(text) : text;
}

QString CrossReferenceModel::gapToolTip(int row) const
{
    QStringList lines{EvidenceClassText::lookupCaveat()};
    if (const auto gap = gapBeforeNext(row))
        lines.append(tr("%1 A communication in that time would not be in these records: this is "
                        "the next one recorded, not necessarily the next one.")
                         .arg(SourcePeriods::describeGap(*gap, m_zone,
                                                         m_sourceNames.value(gap->beforeSourceId),
                                                         m_sourceNames.value(gap->afterSourceId))));
    if (nextCommunicationRow(row) >= 0)
        lines.append(tr("Click to see the communication this time runs to."));
    return lines.join(u'\n');
}

QString CrossReferenceModel::noOnePartyNoteOf(const QList<EventRow> &rows)
{
    for (const EventRow &e : rows) {
        for (const auto &[handle, kind] : {std::pair{e.initiator, e.initiatorKind}, std::pair{e.counterpart, e.counterpartKind}}) {
            if (kind == u"withheld")
                return tr("“%1” is a withheld number: its records may be different people's, so no lookup here is "
                          "measured to a communication.").arg(handle);
            if (kind == u"masked")
                return tr("“%1” is masked: its records may be different people's, so no lookup here is measured to a "
                          "communication.").arg(handle);
        }
    }
    return {};
}

void CrossReferenceModel::setDisplayZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

void CrossReferenceModel::setSourceNames(const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_numberedNames = names;
    endResetModel();
}

std::optional<qint64> CrossReferenceModel::gapAfterLookup(int row) const
{
    const int next = nextCommunicationRow(row);
    return next >= 0 ? std::optional<qint64>(m_rows.at(next).utcMs - m_rows.at(row).utcMs) : std::nullopt;
}

int CrossReferenceModel::nextCommunicationRow(int row) const
{
    return row >= 0 && row < m_nextCommunication.size() ? m_nextCommunication.at(row) : -1;
}

const EventRow *CrossReferenceModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString CrossReferenceModel::formatGap(qint64 ms)
{
    if (ms == 0)
        return tr("at the same moment"); // not "0 s later": neither came first
    const qint64 seconds = ms / 1000;
    if (seconds < 120)
        return tr("%1 s later").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("%1 min later").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%1 h %2 min later").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 days later").arg(seconds / 86400);
}

QString CrossReferenceModel::describe(const EventRow &e) const
{
    return QStringLiteral("%1 → %2 (%3)")
        .arg(CaseQueries::displayHandle(e.initiator, e.initiatorLabel),
             CaseQueries::displayHandle(e.counterpart, e.counterpartLabel), EvidenceClassText::subtypeLabel(e.subtype));
}

int CrossReferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrossReferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CrossReferenceModel::data(const QModelIndex &index, int role) const
{
    const EventRow *e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    const bool lookup = e->evidenceClass == u"lookup";
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeFormat::cell(e->utcMs, m_zone);
        case LookupColumn:
            return lookup ? describe(*e) : QString();
        case CommunicationColumn:
            return lookup ? QString() : describe(*e);
        case GapColumn:
            return lookup ? gapText(index.row()) : QString();
        case SourceColumn:
            return QStringLiteral("%1:%2").arg(m_numberedNames.value(e->sourceId, e->sourceName),
                                               QString::number(e->line));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == GapColumn && lookup)
            return PlainToolTip::of(gapToolTip(index.row()));
        return PlainToolTip::of(lookup ? EvidenceClassText::lookupCaveat() : e->raw);
    case ItemRoles::EvidenceClassRole:
        return int(evidenceClassFromKey(e->evidenceClass).value_or(EvidenceClass::Lookup));
    case ItemRoles::EventIdRole:
        return e->id;
    case ItemRoles::RawValueRole:
        return index.column() == GapColumn && gapAfterLookup(index.row()) ? QVariant(*gapAfterLookup(index.row()))
                                                                       : QVariant(e->utcMs);
    default:
        return {};
    }
}

QVariant CrossReferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(TimeFormat::zoneLabel(m_zone));
    case LookupColumn:
        return tr("Lookup");
    case CommunicationColumn:
        return tr("Communication");
    case GapColumn:
        return tr("Next communication (time order only)");
    case SourceColumn:
        return tr("Source:line");
    }
    return {};
}
