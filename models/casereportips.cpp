#include "casereport_p.h"

#include "geodatabaselist.h"
#include "geofields.h"
#include "ipaddressflags.h"
#include "ipsummary.h"
#include "iptablemodel.h"
#include "timeformat.h"

#include <algorithm>
#include <numeric>

// Section 5: the client IPs, where the databases placed them, and the databases themselves.

void CaseReportWriter::writeIps()
{
    section(QStringLiteral("ips"));
    const QHash<QString, ReportIpFigures> &inReport = m_figures.ips();
    if (inReport.isEmpty()) {
        m_html.paragraph(tr("No event of this report names a client IP."));
        return;
    }
    m_html.paragraph(tr(
        "Each client IP of this report's events. Where a GeoIP database added to the case places "
        "it, every field the database gives, its name and build date: an estimate for the address "
        "as of that date, not the device's position."));
    QList<IpSummary> ips = ipSummaries();
    m_html.tableStart({tr("Client IP"), tr("Events"), tr("First event"), tr("Last event"),
                       tr("Where the databases place it")});
    for (const IpSummary &ip : std::as_const(ips)) {
        QStringList address{ip.ip};
        for (const QString &flag : ip.flags)
            address.append(IpTableModel::flagText(flag));
        if (const QString others = IpTableModel::otherWritingsText(ip); !others.isEmpty())
            address.append(others);
        const ClassCounts counts{ip.lookups, ip.communications, ip.connections};
        m_html.row({ReportHtml::cellLines(address),
                    ReportHtml::cell(EvidenceClassText::countsText(counts)),
                    ReportHtml::cellLines(timeText(ip.firstMs).split(u'\n')),
                    ReportHtml::cellLines(timeText(ip.lastMs).split(u'\n')), geoText(ip)});
    }
    m_html.tableEnd();
    caveatIfLookups(
        std::accumulate(ips.cbegin(), ips.cend(), qint64(0),
                        [](qint64 sum, const IpSummary &ip) { return sum + ip.lookups; }));
    writeGeoDatabases();
}

QList<IpSummary> CaseReportWriter::ipSummaries() const
{
    // Of the report's events alone: a database's answer is qualified by when they used the address.
    QList<IpSummary> ips;
    const QHash<QString, ReportIpFigures> &inReport = m_figures.ips();
    for (auto it = inReport.cbegin(); it != inReport.cend(); ++it) {
        IpSummary ip;
        ip.ip = it.key();
        ip.firstMs = it->firstMs;
        ip.lastMs = it->lastMs;
        ip.lookups = it->counts[size_t(EvidenceClass::Lookup)];
        ip.communications = it->counts[size_t(EvidenceClass::Communication)];
        ip.connections = it->counts[size_t(EvidenceClass::Connection)];
        ip.otherWritings = QStringList(it->otherWritings.cbegin(), it->otherWritings.cend());
        ip.otherWritings.sort();
        ips.append(ip);
    }
    std::sort(ips.begin(), ips.end(), [](const IpSummary &a, const IpSummary &b) {
        return IpAddressFlags::sortKey(a.ip) < IpAddressFlags::sortKey(b.ip);
    });
    IpSummaries::locate(m_db, ips);
    return ips;
}

void CaseReportWriter::writeGeoDatabases()
{
    const QList<GeoDatabaseRow> databases = GeoDatabaseList::of(m_db);
    if (databases.isEmpty())
        return;
    m_html.heading(3, tr("The GeoIP databases"), QStringLiteral("geoip"));
    m_html.paragraph(tr("Each database added to the case, as the places above name it, with its "
                        "SHA-256 as it was read when it was added: the same file gives the same "
                        "places again."));
    m_html.tableStart(GeoDatabaseList::headings());
    for (const GeoDatabaseRow &database : databases)
        m_html.row({ReportHtml::joinLines(
                        {ReportHtml::cell(database.fileName), ReportHtml::path(database.filePath)}),
                    ReportHtml::cellLines({database.databaseType, database.description}),
                    ReportHtml::cell(TimeFormat::buildDate(database.buildEpoch)),
                    ReportHtml::cellLines(GeoDatabaseList::answerLines(database.answers)),
                    QStringLiteral("<code>%1</code>").arg(ReportHtml::cell(database.sha256)),
                    ReportHtml::cellLines({TimeFormat::storedUtc(database.addedAt),
                                           tr("by %1").arg(database.addedBy)})});
    m_html.tableEnd();
    m_html.paragraph(tr("Each database can be checked by its SHA-256 as the files imported can "
                        "(section 1). Its client IPs are the case's, each counted once by what "
                        "the database answered for it; one it was never asked about was "
                        "imported while its file was not where it was added, or not the file "
                        "added. Words a record holds in place of an address are no address to "
                        "look up: they are counted apart from the failed."));
}

QString CaseReportWriter::geoText(const IpSummary &ip) const
{
    if (ip.geo.isEmpty())
        return ReportHtml::cell(ip.notLookedUpIn.isEmpty()
                                    ? tr("No GeoIP database has been asked about it.")
                                    : IpSummaries::notLookedUpText(ip));
    QStringList blocks;
    for (const GeoAnswer &answer : ip.geo) {
        QStringList lines{
            tr("%1, built %2:").arg(answer.database, TimeFormat::buildDate(answer.buildEpoch))};
        for (const GeoFields::Field &field : GeoFields::fields()) {
            const GeoFields::Cell cell = GeoFields::cell(answer, field.key);
            if (cell.state == GeoFields::State::Value)
                lines.append(QStringLiteral("%1: %2").arg(field.label, cell.text));
        }
        for (const Caveat &caveat : answer.caveats)
            lines.append(QStringLiteral("\u2014 %1").arg(caveat.text));
        blocks.append(ReportHtml::cellLines(lines));
    }
    if (!ip.notLookedUpIn.isEmpty())
        blocks.append(ReportHtml::cell(IpSummaries::notLookedUpText(ip)));
    return blocks.join(QStringLiteral("<br><br>"));
}
