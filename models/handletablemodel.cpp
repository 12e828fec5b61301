#include "handletablemodel.h"

#include "auditlog.h"
#include "backgroundpool.h"
#include "casedatabase.h"
#include "deferredwrites.h"
#include "itemroles.h"
#include "plaintooltip.h"
#include "timeformat.h"

#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

namespace {

std::optional<QList<HandleSummary>> loadSummaries(const QString &path)
{
    // A connection of this worker thread's own (style.md: one connection per thread).
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        return std::nullopt;
    bool ok = false;
    QList<HandleSummary> handles = CaseQueries(db->db()).handleSummaries(&ok);
    return ok ? std::optional(std::move(handles)) : std::nullopt;
}

} // namespace

HandleTableModel::HandleTableModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
}

void HandleTableModel::reload()
{
    setHandles(CaseQueries(m_db).handleSummaries());
}

void HandleTableModel::setHandles(const QList<HandleSummary> &handles)
{
    beginResetModel();
    m_handles = handles;
    endResetModel();
}

void HandleTableModel::reloadInBackground()
{
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    m_loading = true;
    emit loadingStarted();
    const QString path = m_db.databaseName();
    QPointer<HandleTableModel> self(this);
    BackgroundPool::instance()->start([path, self]() {
        const auto handles = loadSummaries(path);
        BackgroundPool::postToGuiThread(self, [handles](HandleTableModel *model) { model->finishLoading(handles); });
    });
}

void HandleTableModel::finishLoading(const std::optional<QList<HandleSummary>> &handles)
{
    // A failed read (the case busy, or gone) keeps what is shown rather than an empty list.
    if (handles)
        setHandles(*handles);
    m_loading = false;
    if (std::exchange(m_loadAgain, false))
        reloadInBackground();
    else
        emit loaded();
}

void HandleTableModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, FirstSeenColumn, LastSeenColumn);
    if (!m_handles.isEmpty())
        emit dataChanged(index(0, FirstSeenColumn), index(rowCount() - 1, LastSeenColumn));
}

int HandleTableModel::rowOfHandle(qint64 handleId) const
{
    for (int i = 0; i < m_handles.size(); ++i) {
        if (m_handles.at(i).id == handleId)
            return i;
    }
    return -1;
}

const HandleSummary *HandleTableModel::handleAt(int row) const
{
    return row >= 0 && row < m_handles.size() ? &m_handles.at(row) : nullptr;
}

int HandleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_handles.size());
}

int HandleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HandleTableModel::kindText(const QString &kind)
{
    // The stored key stays as it is (raw role, CLI JSON); the words are translated.
    if (kind == u"phone")
        return tr("phone");
    if (kind == u"email")
        return tr("e-mail");
    if (kind == u"other")
        return tr("other");
    if (kind == u"withheld")
        return tr("withheld number");
    if (kind == u"masked")
        return tr("masked");
    return kind;
}

QString HandleTableModel::nameWithKind(const QString &handle, const QString &kind)
{
    if (kind == u"withheld")
        return tr("%1 (withheld number)").arg(handle);
    return kind == u"masked" ? tr("%1 (masked)").arg(handle) : handle;
}

QVariant HandleTableModel::display(const HandleSummary &h, int column) const
{
    switch (column) {
    case HandleColumn:
        return CaseQueries::displayHandle(h.handle, h.label);
    case KindColumn:
        return kindText(h.kind);
    case FirstSeenColumn:
        return h.firstMs ? TimeFormat::cell(*h.firstMs, m_zone) : QString();
    case LastSeenColumn:
        return h.lastMs ? TimeFormat::cell(*h.lastMs, m_zone) : QString();
    default:
        // Grouped as the status bar and the Sources table write counts; a view's own number
        // formatting leaves the separators out.
        return countedBy(column) ? QVariant(QLocale().toString(raw(h, column).toLongLong())) : raw(h, column);
    }
}

std::optional<HandleTableModel::CountedEvents> HandleTableModel::countedBy(int column)
{
    using Side = EventFilter::HandleSide;
    switch (column) {
    case LookupsOutColumn:
        return CountedEvents{Side::Initiator, EvidenceClass::Lookup};
    case LookupsInColumn:
        return CountedEvents{Side::Counterpart, EvidenceClass::Lookup};
    case CommsOutColumn:
        return CountedEvents{Side::Initiator, EvidenceClass::Communication};
    case CommsInColumn:
        return CountedEvents{Side::Counterpart, EvidenceClass::Communication};
    case ConnectionsColumn:
        return CountedEvents{Side::Either, EvidenceClass::Connection}; // as countsByHandle() counts them
    }
    return std::nullopt;
}

QString HandleTableModel::tooltip(const HandleSummary &h, int column) const
{
    QString text = tr("%1\nAs written in the sources: %2\nCheck: %3")
                       .arg(h.handle, h.spellings.join(QStringLiteral(", ")), h.validity);
    if (h.kind == u"withheld")
        text += u'\n' + tr("The records' words for a number caller ID did not give: each of its records may be from "
                            "someone else, so its counts are no one party's, and the contact graph draws none of them.");
    if (h.kind == u"masked")
        text += u'\n' + tr("Characters hidden by a redaction: several people's numbers or addresses may be written so, "
                            "so its counts are no one party's, and the contact graph draws none of them.");
    if (column == FirstSeenColumn || column == LastSeenColumn)
        return text + u'\n' + tr("Click to see that event and its source line.");
    const auto counted = countedBy(column);
    if (!counted)
        return text;
    // The figure leads to its events, and from each event to its source line.
    text += u'\n' + tr("Click to list these %1 in the events table.")
                        .arg(EvidenceClassText::pluralCount(counted->evidenceClass, raw(h, column).toLongLong()));
    if (counted->evidenceClass == EvidenceClass::Lookup)
        text += u'\n' + EvidenceClassText::lookupCaveat();
    return text;
}

QVariant HandleTableModel::raw(const HandleSummary &h, int column) const
{
    switch (column) {
    case HandleColumn:
        return h.handle;
    case KindColumn:
        return h.kind;
    case LookupsOutColumn:
        return h.lookupsOut;
    case LookupsInColumn:
        return h.lookupsIn;
    case CommsOutColumn:
        return h.commsOut;
    case CommsInColumn:
        return h.commsIn;
    case ConnectionsColumn:
        return h.connections;
    case FirstSeenColumn:
        return h.firstMs ? QVariant(*h.firstMs) : QVariant();
    case LastSeenColumn:
        return h.lastMs ? QVariant(*h.lastMs) : QVariant();
    }
    return {};
}

QVariant HandleTableModel::data(const QModelIndex &index, int role) const
{
    const HandleSummary *h = index.isValid() ? handleAt(index.row()) : nullptr;
    if (!h || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*h, index.column());
    case Qt::EditRole:
        return index.column() == HandleColumn ? QVariant(h->label) : display(*h, index.column());
    case ItemRoles::RawValueRole:
        return raw(*h, index.column());
    case ItemRoles::HandleIdRole:
        return h->id;
    case Qt::ToolTipRole:
        return PlainToolTip::of(tooltip(*h, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() >= LookupsOutColumn && index.column() <= ConnectionsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::FontRole:
        return index.column() == HandleColumn && (h->kind == u"withheld" || h->kind == u"masked") ? noOnePartyFont() : QVariant();
    default:
        return {};
    }
}

QVariant HandleTableModel::noOnePartyFont()
{
    // Set apart where the eye reads the handle, beside the kind column that names it: these
    // words are no one's number (withheld, or masked).
    QFont font;
    font.setItalic(true);
    return font;
}

bool HandleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    HandleSummary *h = index.isValid() && index.row() < m_handles.size() ? &m_handles[index.row()] : nullptr;
    if (!h || role != Qt::EditRole || index.column() != HandleColumn)
        return false;
    const auto store = [id = h->id, label = value.toString(), at = AuditLog::nowIso()](QSqlDatabase db) {
        return CaseQueries::setHandleLabel(db, id, label, at);
    };
    const bool stored = m_writes ? m_writes->write(tr("the label of %1").arg(h->handle), store) != DeferredWrites::Outcome::Failed
                                 : store(m_db);
    if (!stored)
        return false;
    h->label = value.toString().trimmed();
    // A load already under way may have read the case before the label was stored.
    if (m_loading)
        m_loadAgain = true;
    emit dataChanged(index, index);
    emit labelChanged(h->id);
    return true;
}

Qt::ItemFlags HandleTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == HandleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant HandleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LookupsOutColumn:
            return QString(tr("Lookups this handle's device made. ") + EvidenceClassText::lookupCaveat());
        case LookupsInColumn:
            return QString(tr("Lookups of this handle by other devices. ") + EvidenceClassText::lookupCaveat());
        case CommsOutColumn:
            return tr("Communications (calls, SMS, messages) this handle sent or started");
        case CommsInColumn:
            return tr("Communications this handle received");
        case ConnectionsColumn:
            return tr("The account's own connections (logins) from an IP");
        default:
            return {};
        }
    }
    switch (section) {
    case HandleColumn:
        return tr("Handle");
    case KindColumn:
        return tr("Kind");
    case LookupsOutColumn:
        return tr("Lookups\nmade");
    case LookupsInColumn:
        return tr("Looked up\nby others");
    case CommsOutColumn:
        return tr("Comms\nsent");
    case CommsInColumn:
        return tr("Comms\nreceived");
    case ConnectionsColumn:
        return tr("Connec-\ntions");
    case FirstSeenColumn:
        return tr("First seen\n(%1)").arg(TimeFormat::zoneLabel(m_zone));
    case LastSeenColumn:
        return tr("Last seen\n(%1)").arg(TimeFormat::zoneLabel(m_zone));
    }
    return {};
}
