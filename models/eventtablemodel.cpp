#include "eventtablemodel.h"

#include "backgroundpool.h"
#include "itemroles.h"
#include "plaintooltip.h"
#include "rawtextindexjob.h"
#include "timeformat.h"

#include "casedatabase.h"

#include <QPointer>
#include <QSqlQuery>
#include <QThreadPool>

EventTableModel::EventTableModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    const qint64 indexed = m_filter.rawIndexedUpTo;
    m_filter = filter;
    m_filter.rawIndexedUpTo = indexed;
    refresh();
}

void EventTableModel::setRawIndexedUpTo(qint64 eventId)
{
    m_filter.rawIndexedUpTo = eventId;
}

void EventTableModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_rows.size()) - 1, TimeColumn));
}

void EventTableModel::setSourceNames(const QHash<qint64, QString> &names)
{
    m_sourceNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SourceColumn), index(int(m_rows.size()) - 1, SourceColumn));
}

void EventTableModel::reload()
{
    // The case changed (an import): the whole-case totals are counted again, once, off this
    // thread (1M events: 0.15 s through the class index).
    m_caseTotals.reset();
    m_filter.rawIndexedUpTo = RawTextIndexJob::indexedUpTo(m_db);
    refresh();
}

bool EventTableModel::isClassOnly(const EventFilter &filter)
{
    EventFilter withoutClass = filter;
    withoutClass.evidenceClass.reset();
    return withoutClass.sameSelection(EventFilter{});
}

std::optional<QHash<EvidenceClass, qint64>> EventTableModel::countsFor(const EventFilter &filter) const
{
    // Counting a million rows takes longer than a filter change may; with no filter or a class
    // alone the counts follow from the whole-case totals.
    if (!isClassOnly(filter))
        return CaseQueries(m_db).countByClass(filter);
    if (!m_caseTotals)
        return std::nullopt;
    QHash<EvidenceClass, qint64> counts;
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection})
        counts[cls] = !filter.evidenceClass || *filter.evidenceClass == cls ? m_caseTotals->value(cls) : 0;
    return counts;
}

void EventTableModel::refresh()
{
    // No fetching while views are still being told about the reset.
    m_atEnd = true;
    beginResetModel();
    m_rows.clear();
    ++m_request;
    m_countsPending = false;
    planRawTextSearch();
    m_rows = loadPage();
    if (m_rows.size() < PageSize) {
        // A page that is not full holds every match: count them here, not in the database again.
        m_counts = {{EvidenceClass::Lookup, 0}, {EvidenceClass::Communication, 0}, {EvidenceClass::Connection, 0}};
        for (const EventRow &row : std::as_const(m_rows))
            ++m_counts[evidenceClassFromKey(row.evidenceClass).value_or(EvidenceClass::Lookup)];
    } else if (const auto counts = m_filter.rawText.isEmpty() ? countsFor(m_filter) : std::nullopt) {
        m_counts = *counts;
    } else {
        // Counting a substring found in many records means reading them all, and the case's
        // totals a whole index: not here.
        m_counts.clear();
        m_countsPending = true;
        countInBackground();
    }
    endResetModel();
    m_atEnd = m_rows.size() < PageSize;
    emit countsChanged();
}

void EventTableModel::planRawTextSearch()
{
    // One look in the index: a rare substring gives every candidate id at once (the page and
    // the counts then read just those); a common one is found at once by reading in time order.
    m_filter.rawTextIsCommon = false;
    m_filter.rawTextCandidates.clear();
    if (m_filter.rawText.size() < 3 || m_filter.rawIndexedUpTo <= 0)
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT %1").arg(CommonTextHits));
    query.addBindValue(QString(u'"' + QString(m_filter.rawText).replace(u'"', QStringLiteral("\"\"")) + u'"'));
    if (!query.exec())
        return;
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    if (ids.size() >= CommonTextHits)
        m_filter.rawTextIsCommon = true;
    else
        m_filter.rawTextCandidates = u'[' + ids.join(u',') + u']';
}

bool EventTableModel::rawTextHeldNowhere(const QString &text) const
{
    // Below three characters, or before the index is made, only reading every record could say;
    // a text the index finds in many records (in other capitals, say) would mean reading them.
    if (text != m_filter.rawText || text.size() < 3 || m_filter.rawIndexedUpTo <= 0 ||
        m_filter.rawTextIsCommon)
        return false;
    EventFilter textOnly;
    textOnly.rawText = m_filter.rawText;
    textOnly.rawIndexedUpTo = m_filter.rawIndexedUpTo;
    textOnly.rawTextCandidates = m_filter.rawTextCandidates;
    return !CaseQueries(m_db).anyEventMatches(textOnly);
}

void EventTableModel::countInBackground()
{
    const QString path = m_db.databaseName();
    // A class alone: the case's totals, which the next class change can use as well.
    const bool totals = m_filter.rawText.isEmpty() && isClassOnly(m_filter);
    const EventFilter filter = totals ? EventFilter{} : m_filter;
    const int request = m_request;
    QPointer<EventTableModel> self(this);
    BackgroundPool::instance()->start([path, filter, totals, request, self]() {
        // A connection of this worker thread's own (style.md: one connection per thread).
        QString error;
        std::optional<QHash<EvidenceClass, qint64>> counts;
        if (const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error))
            counts = CaseQueries(db->db()).countByClass(filter);
        BackgroundPool::postToGuiThread(self, [request, totals, counts](EventTableModel *model) {
            if (request != model->m_request)
                return; // the filter or the case changed meanwhile
            if (totals && counts)
                model->m_caseTotals = counts;
            model->m_counts = totals && counts ? *model->countsFor(model->m_filter) : counts.value_or(QHash<EvidenceClass, qint64>{});
            model->m_countsPending = false;
            emit model->countsChanged();
        });
    });
}

qint64 EventTableModel::totalCount() const
{
    qint64 total = 0;
    for (qint64 count : m_counts)
        total += count;
    return total;
}

QList<EventRow> EventTableModel::loadPage() const
{
    QVariantList binds;
    QString where = m_filter.whereClause(&binds);
    if (!m_rows.isEmpty()) {
        // Keyset paging: continue after the last row loaded, whatever its offset.
        where += where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(e.utc_ms, e.id) > (?, ?)");
        binds.append(m_rows.last().utcMs);
        binds.append(m_rows.last().id);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // With each event's other places, for its tooltip: a record a later source held again is
    // listed under its first source, and says where else it stands.
    query.prepare(CaseQueries::eventSelectWithOccurrences() + where +
                  QStringLiteral(" ORDER BY e.utc_ms, e.id LIMIT %1").arg(PageSize));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    QList<EventRow> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        EventRow row = CaseQueries::eventFromQuery(query);
        row.alsoIn = CaseQueries::alsoInFromColumn(query.value(CaseQueries::EventColumns));
        page.append(std::move(row));
    }
    return page;
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<EventRow> page = loadPage();
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EventRow *EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant EventTableModel::displayData(const EventRow &row, int column) const
{
    switch (column) {
    case ClassColumn:
        return EvidenceClassText::label(evidenceClassFromKey(row.evidenceClass).value_or(EvidenceClass::Lookup));
    case SubtypeColumn:
        return EvidenceClassText::subtypeLabel(row.subtype);
    case TimeColumn:
        return TimeFormat::cell(row.utcMs, m_zone);
    case InitiatorColumn:
        return CaseQueries::displayHandle(row.initiator, row.initiatorLabel);
    case CounterpartColumn:
        return CaseQueries::displayHandle(row.counterpart, row.counterpartLabel);
    case ClientIpColumn:
        return row.clientIp;
    case ClientPortColumn:
        return row.clientPort ? QVariant(*row.clientPort) : QVariant();
    case SourceColumn:
        return m_sourceNames.value(row.sourceId, row.sourceName);
    case LineColumn:
        return row.line;
    case MarkColumn:
        return markText(row);
    }
    return {};
}

QString EventTableModel::describe(const EventRow &event, const QTimeZone &zone)
{
    const auto evidenceClass =
        evidenceClassFromKey(event.evidenceClass).value_or(EvidenceClass::Lookup);
    return tr("#%1 %2 (%3) %4 %5, %6 line %7")
        .arg(QString::number(event.id), EvidenceClassText::label(evidenceClass),
             EvidenceClassText::subtypeLabel(event.subtype), TimeFormat::display(event.utcMs, zone),
             CaseQueries::partiesText(event), event.sourceName, QString::number(event.line));
}

QString EventTableModel::markText(const EventRow &row)
{
    // The note's first line: the whole is in the tooltip and the provenance.
    if (!row.mark)
        return {};
    return QStringLiteral("\u2605 ") +
           (row.mark->note.isEmpty() ? tr("marked") : row.mark->note.section(u'\n', 0, 0));
}

QString EventTableModel::markToolTip(const EventRow &row)
{
    const QString by =
        tr("Marked by %1 at %2.").arg(row.mark->setBy, TimeFormat::storedUtc(row.mark->setAt));
    return (row.mark->note.isEmpty() ? by : row.mark->note + QStringLiteral("\n\n") + by) + u'\n' +
           tr("A mark is yours, not the provider's: it changes no event.");
}

void EventTableModel::setMark(qint64 eventId, const std::optional<EventMark> &mark)
{
    if (m_filter.markedOnly) {
        refresh();
        return;
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != eventId)
            continue;
        m_rows[row].mark = mark;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
}

QString EventTableModel::toolTip(const EventRow &row) const
{
    QString tip = QStringLiteral("%1:%2\n%3")
                      .arg(m_sourceNames.value(row.sourceId, row.sourceName),
                           QString::number(row.line), row.raw);
    for (const EventOccurrence &place : row.alsoIn) {
        const QString at = QStringLiteral("%1:%2").arg(
            m_sourceNames.value(place.sourceId, place.source), QString::number(place.line));
        tip += u'\n' + (place.kind == u"call-leg" ? tr("Another leg of the call at %1").arg(at)
                                                  : tr("Held again at %1").arg(at));
    }
    if (row.evidenceClass == u"lookup")
        tip = EvidenceClassText::lookupCaveat() + QStringLiteral("\n\n") + tip;
    return tip;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    const EventRow *row = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::AccessibleTextRole: // the star in words
        if (index.column() == MarkColumn && row->mark)
            return row->mark->note.isEmpty() ? tr("Marked") : tr("Marked: %1").arg(row->mark->note);
        return {};
    case Qt::ToolTipRole:
        // The time's cell gives its zone by name and the moment in UTC before the source line.
        if (index.column() == MarkColumn && row->mark)
            return PlainToolTip::of(markToolTip(*row));
        if (index.column() == TimeColumn)
            return PlainToolTip::of(
                tr("%1, that is %2")
                    .arg(TimeFormat::display(row->utcMs, m_zone), TimeFormat::isoUtc(row->utcMs)) +
                QStringLiteral("\n\n") + toolTip(*row));
        return PlainToolTip::of(toolTip(*row));
    case ItemRoles::EvidenceClassRole:
        return int(evidenceClassFromKey(row->evidenceClass).value_or(EvidenceClass::Lookup));
    case ItemRoles::EventIdRole:
        return row->id;
    case ItemRoles::SourceIdRole:
        return row->sourceId;
    case ItemRoles::HandleIdRole:
        if (index.column() == InitiatorColumn)
            return row->initiatorId;
        if (index.column() == CounterpartColumn && row->counterpartId)
            return *row->counterpartId;
        return {};
    case ItemRoles::RawValueRole:
        if (index.column() == TimeColumn)
            return row->utcMs;
        if (index.column() == ClassColumn)
            return row->evidenceClass;
        return displayData(*row, index.column());
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClassColumn:
        return tr("Evidence class");
    case SubtypeColumn:
        return tr("Subtype");
    case TimeColumn:
        return tr("Time (%1)").arg(TimeFormat::zoneLabel(m_zone));
    case InitiatorColumn:
        return tr("Initiator");
    case CounterpartColumn:
        return tr("Counterpart");
    case ClientIpColumn:
        return tr("Client IP");
    case ClientPortColumn:
        return tr("Port");
    case SourceColumn:
        return tr("Source");
    case LineColumn:
        return tr("Line");
    case MarkColumn:
        return tr("Mark");
    }
    return {};
}
