#include "iptablemodel.h"

#include "ipaddressflags.h"
#include "itemroles.h"
#include "plaintooltip.h"
#include "timeformat.h"

#include <QLocale>

IpTableModel::IpTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IpTableModel::setSummaries(const QList<IpSummary> &summaries)
{
    beginResetModel();
    m_ips = summaries;
    if (!databases().contains(m_placeDatabase))
        m_placeDatabase.clear();
    endResetModel();
}

const IpSummary *IpTableModel::ipAt(int row) const
{
    return row >= 0 && row < m_ips.size() ? &m_ips.at(row) : nullptr;
}

int IpTableModel::rowOfIp(const QString &ip) const
{
    for (int i = 0; i < m_ips.size(); ++i) {
        if (m_ips.at(i).ip == ip)
            return i;
    }
    return -1;
}

void IpTableModel::setResolving(bool resolving)
{
    if (m_resolving == resolving)
        return;
    m_resolving = resolving;
    if (!m_ips.isEmpty())
        emit dataChanged(index(0, CountryColumn), index(rowCount() - 1, AsnColumn));
}

void IpTableModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, FirstSeenColumn, LastSeenColumn);
    if (!m_ips.isEmpty())
        emit dataChanged(index(0, FirstSeenColumn), index(rowCount() - 1, LastSeenColumn));
}

QStringList IpTableModel::databases() const
{
    QStringList names;
    for (const IpSummary &ip : m_ips) {
        for (const GeoAnswer &a : ip.geo) {
            if (!names.contains(a.database))
                names.append(a.database);
        }
    }
    return names;
}

void IpTableModel::setPlaceDatabase(const QString &database)
{
    m_placeDatabase = database;
    if (!m_ips.isEmpty())
        emit dataChanged(index(0, CountryColumn), index(rowCount() - 1, AsnColumn));
    emit headerDataChanged(Qt::Horizontal, CountryColumn, AsnColumn);
}

QString IpTableModel::placesNote() const
{
    QStringList databases;
    for (const IpSummary &ip : m_ips) {
        for (const GeoAnswer *answer : {placeAnswer(ip), asnAnswer(ip)}) {
            if (!answer)
                continue;
            const QString named = tr("%1 (%2), built %3")
                                      .arg(answer->database, answer->databaseType,
                                           TimeFormat::buildDate(answer->buildEpoch));
            if (!databases.contains(named))
                databases.append(named);
        }
    }
    if (databases.isEmpty())
        return {};
    return tr("Country, City and ASN are a database's estimates for each address as of its build "
              "date, not where a device was: %1. The accuracy radius and the caveats of each are in "
              "IP details.")
        .arg(databases.join(QStringLiteral("; ")));
}

const GeoAnswer *IpTableModel::placeAnswer(const IpSummary &ip) const
{
    for (const GeoAnswer &a : ip.geo) {
        if (m_placeDatabase.isEmpty() ? a.countryIso.has_value() : a.database == m_placeDatabase)
            return &a;
    }
    return nullptr;
}

const GeoAnswer *IpTableModel::asnAnswer(const IpSummary &ip) const
{
    const GeoAnswer *place = placeAnswer(ip);
    if (place && place->asn)
        return place;
    for (const GeoAnswer &a : ip.geo) {
        if (a.asn)
            return &a;
    }
    return nullptr;
}

int IpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ips.size());
}

int IpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IpTableModel::flagText(const QString &flag)
{
    if (flag == u"cgnat")
        return tr("carrier-grade NAT");
    if (flag == u"private")
        return tr("private");
    if (flag == u"loopback")
        return tr("loopback");
    if (flag == u"link-local")
        return tr("link-local");
    if (flag == u"documentation")
        return tr("documentation range");
    if (flag == u"multicast")
        return tr("multicast");
    if (flag == u"reserved")
        return tr("reserved");
    if (flag == u"not-an-address")
        return tr("not an IP address");
    return flag;
}

QString IpTableModel::otherWritingsText(const IpSummary &ip)
{
    return ip.otherWritings.isEmpty()
               ? QString()
               : tr("Also written in the records as: %1").arg(ip.otherWritings.join(QStringLiteral(", ")));
}

QString IpTableModel::notSharedText(const IpSummary &ip)
{
    // Behind carrier-grade NAT an address shared at the same time is evidence; words written in
    // place of an address (a redaction, a mask, a placeholder) are no address to share.
    if (ip.handles.size() < 2 || !ip.flags.contains(u"not-an-address"_qs))
        return {};
    return tr("Not one address: these handles' records hold the same words in place of one, which does not show that "
              "they shared an address.");
}

QString IpTableModel::handlesText(const QStringList &handles)
{
    // A busy address serves thousands of handles. Laying out every row's whole list to size
    // and paint the column froze the window for seconds after a large import; no cell shows
    // more than its start anyway.
    constexpr qsizetype Shown = 5;
    if (handles.size() <= Shown)
        return handles.join(QStringLiteral(", "));
    return tr("%1, … (%Ln in all)", nullptr, int(handles.size())).arg(handles.first(Shown).join(QStringLiteral(", ")));
}

QVariant IpTableModel::display(const IpSummary &ip, int column) const
{
    if (column >= CountryColumn && m_resolving && ip.geo.isEmpty())
        return tr("resolving…");
    const GeoAnswer *place = placeAnswer(ip);
    const GeoAnswer *asn = asnAnswer(ip);
    switch (column) {
    case IpColumn:
        return ip.ip;
    case FlagsColumn: {
        QStringList words;
        for (const QString &flag : ip.flags)
            words.append(flagText(flag));
        return words.join(QStringLiteral(", "));
    }
    case FirstSeenColumn:
        return TimeFormat::cell(ip.firstMs, m_zone);
    case LastSeenColumn:
        return TimeFormat::cell(ip.lastMs, m_zone);
    case LookupsColumn:
    case CommunicationsColumn:
    case ConnectionsColumn: // grouped as the status bar and the Sources table write counts
        return QLocale().toString(raw(ip, column).toLongLong());
    case HandlesColumn:
        return handlesText(ip.handles);
    case CountryColumn:
        return place && place->countryIso ? QStringLiteral("%1 %2").arg(*place->countryIso, place->country.value_or(QString()))
                                          : QString();
    case CityColumn:
        return place && place->city ? *place->city : QString();
    case AsnColumn:
        return asn ? QStringLiteral("AS%1 %2").arg(*asn->asn).arg(asn->organization.value_or(QString())).trimmed() : QString();
    }
    return {};
}

QVariant IpTableModel::raw(const IpSummary &ip, int column) const
{
    switch (column) {
    case IpColumn:
        return IpAddressFlags::sortKey(ip.ip);
    case FirstSeenColumn:
        return ip.firstMs;
    case LastSeenColumn:
        return ip.lastMs;
    case LookupsColumn:
        return ip.lookups;
    case CommunicationsColumn:
        return ip.communications;
    case ConnectionsColumn:
        return ip.connections;
    case HandlesColumn:
        return ip.handles.join(QStringLiteral(", "));
    case AsnColumn: {
        const GeoAnswer *asn = asnAnswer(ip);
        return asn ? QVariant(*asn->asn) : QVariant();
    }
    }
    return display(ip, column);
}

std::optional<EvidenceClass> IpTableModel::classCounted(int column)
{
    switch (column) {
    case LookupsColumn:
        return EvidenceClass::Lookup;
    case CommunicationsColumn:
        return EvidenceClass::Communication;
    case ConnectionsColumn:
        return EvidenceClass::Connection;
    }
    return std::nullopt;
}

QVariant IpTableModel::toolTip(const IpSummary &ip, int column) const
{
    if (const auto cls = classCounted(column)) {
        // The figure leads to its events, and from each event to its source line.
        QString text = tr("Click to list these %1 in the events table.").arg(EvidenceClassText::pluralCount(*cls, raw(ip, column).toLongLong()));
        if (*cls == EvidenceClass::Lookup)
            text += u'\n' + EvidenceClassText::lookupCaveat();
        return text;
    }
    if (column == FirstSeenColumn || column == LastSeenColumn)
        return tr("Click to see that event and its source line.");
    if (column == IpColumn && !ip.otherWritings.isEmpty())
        return otherWritingsText(ip);
    if (column == HandlesColumn) {
        if (const QString notShared = notSharedText(ip); !notShared.isEmpty())
            return notShared;
        return tr("%Ln handle(s) used this address; IP details lists them all.", nullptr, int(ip.handles.size()));
    }
    if (column < CountryColumn)
        return {};
    const GeoAnswer *answer = column == AsnColumn ? asnAnswer(ip) : placeAnswer(ip);
    if (!answer) {
        // A database never asked about the address (added before an import brought it) did not
        // fail to place it: said apart.
        QStringList lines;
        if (!ip.geo.isEmpty() || ip.notLookedUpIn.isEmpty())
            lines.append(tr("No database places this address; see IP details."));
        lines.append(IpSummaries::notLookedUpText(ip));
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    QStringList lines{tr("%1 (%2), built %3")
                          .arg(answer->database, answer->databaseType,
                               TimeFormat::buildDate(answer->buildEpoch))};
    for (const Caveat &c : answer->caveats)
        lines.append(c.text);
    return lines.join(u'\n');
}

QVariant IpTableModel::data(const QModelIndex &index, int role) const
{
    const IpSummary *ip = index.isValid() ? ipAt(index.row()) : nullptr;
    if (!ip)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*ip, index.column());
    case ItemRoles::RawValueRole:
        return raw(*ip, index.column());
    case Qt::ToolTipRole:
        if (const QVariant tip = toolTip(*ip, index.column()); !tip.isNull())
            return PlainToolTip::of(tip.toString());
        return {};
    case HandlesRole:
        return ip->handles;
    case OtherWritingsRole:
        return ip->otherWritings;
    case Qt::TextAlignmentRole:
        if (index.column() >= LookupsColumn && index.column() <= ConnectionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant IpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ItemRoles::TableNoteRole)
        return placesNote();
    if (role == Qt::ToolTipRole && section >= CountryColumn)
        return m_placeDatabase.isEmpty() ? tr("From the first database that places the address")
                                         : tr("From %1").arg(m_placeDatabase);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IpColumn:
        return tr("Client IP");
    case FlagsColumn:
        return tr("Address flags");
    case FirstSeenColumn:
        return tr("First seen (%1)").arg(TimeFormat::zoneLabel(m_zone));
    case LastSeenColumn:
        return tr("Last seen (%1)").arg(TimeFormat::zoneLabel(m_zone));
    case LookupsColumn:
        return tr("Lookups");
    case CommunicationsColumn:
        return tr("Communications");
    case ConnectionsColumn:
        return tr("Connections");
    case HandlesColumn:
        return tr("Handles");
    case CountryColumn:
        return tr("Country");
    case CityColumn:
        return tr("City");
    case AsnColumn:
        return tr("ASN");
    }
    return {};
}
