// The case's figures as a whole: its totals by class, its time span, and whether it holds a
// client IP, a subtype or any event a filter chooses at all (for saying why a filter matches
// nothing). The other queries of the case are in casequeries.cpp.
#include "casequeries.h"

#include "ipaddressflags.h"

#include <QSqlQuery>

namespace {

std::optional<qint64> msOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

CaseStats CaseQueries::stats() const
{
    CaseStats s;
    QSqlQuery query(m_db);
    // Counted through the class index and the time index rather than by reading every event:
    // the window asks on opening a case and after every import (1M events: 0.5 s -> 0.15 s).
    query.exec(QStringLiteral("SELECT class, count(*) FROM events GROUP BY class"));
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        s.events += count;
        if (const auto cls = evidenceClassFromKey(query.value(0).toString())) {
            (*cls == EvidenceClass::Lookup          ? s.lookups
             : *cls == EvidenceClass::Communication ? s.communications
                                                    : s.connections) += count;
        }
    }
    std::tie(s.firstMs, s.lastMs) = timeSpan();
    query.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM handles), (SELECT count(*) FROM sources),"
        " (SELECT count(*) FROM rejected_rows), (SELECT count(*) FROM event_occurrences),"
        " (SELECT count(*) FROM handles WHERE kind = 'withheld'),"
        " (SELECT count(*) FROM handles WHERE kind = 'masked')"));
    if (query.next()) {
        s.handles = query.value(0).toLongLong();
        s.sources = query.value(1).toLongLong();
        s.rejected = query.value(2).toLongLong();
        s.duplicates = query.value(3).toLongLong();
        s.withheldHandles = query.value(4).toLongLong();
        s.maskedHandles = query.value(5).toLongLong();
    }
    return s;
}

std::pair<std::optional<qint64>, std::optional<qint64>> CaseQueries::timeSpan() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT min(utc_ms) FROM events), (SELECT max(utc_ms) FROM events)")) ||
        !query.next())
        return {};
    return {msOrNone(query.value(0)), msOrNone(query.value(1))};
}

bool CaseQueries::hasClientIp(const QString &written) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM client_ips WHERE ip = ?"));
    query.addBindValue(IpAddressFlags::addressOf(written.trimmed()));
    return query.exec() && query.next();
}

QStringList CaseQueries::subtypes() const
{
    // No index holds the subtype: every event is read (1M events: about 0.4 s).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QStringList result;
    if (query.exec(QStringLiteral("SELECT DISTINCT subtype FROM events ORDER BY subtype"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool CaseQueries::anyEventMatches(const EventFilter &filter) const
{
    QVariantList binds;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT 1 FROM events e %1 LIMIT 1").arg(filter.whereClause(&binds)));
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    return query.exec() && query.next();
}
