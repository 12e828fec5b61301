#include "caseschema.h"

#include "placename.h"

namespace {

const QStringList version1{
    QStringLiteral("CREATE TABLE case_info ("
                   " key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE sources ("
                   " id INTEGER PRIMARY KEY,"
                   " file_name TEXT NOT NULL,"
                   " file_path TEXT NOT NULL,"
                   " file_size INTEGER NOT NULL CHECK (file_size >= 0),"
                   " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                   " imported_at TEXT NOT NULL,"
                   " imported_by TEXT NOT NULL,"
                   " format TEXT NOT NULL,"
                   " time_zone TEXT NOT NULL,"
                   " zone_declared INTEGER NOT NULL CHECK (zone_declared IN (0, 1)),"
                   " importer_version TEXT NOT NULL,"
                   " rows_read INTEGER NOT NULL DEFAULT 0,"
                   " rows_accepted INTEGER NOT NULL DEFAULT 0,"
                   " rows_rejected INTEGER NOT NULL DEFAULT 0,"
                   " rows_duplicate INTEGER NOT NULL DEFAULT 0,"
                   " metadata TEXT NOT NULL DEFAULT '{}',"
                   " CHECK (rows_read = rows_accepted + rows_rejected + rows_duplicate))"),
    QStringLiteral("CREATE INDEX sources_by_sha256 ON sources (sha256)"),
    QStringLiteral("CREATE TABLE handles ("
                   " id INTEGER PRIMARY KEY,"
                   " normalized TEXT NOT NULL UNIQUE,"
                   " kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'other')),"
                   " validity TEXT NOT NULL"
                   "  CHECK (validity IN ('valid', 'possible-not-valid', 'not-a-phone-number')))"),
    QStringLiteral("CREATE TABLE handle_spellings ("
                   " handle_id INTEGER NOT NULL REFERENCES handles (id),"
                   " raw TEXT NOT NULL,"
                   " PRIMARY KEY (handle_id, raw)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE events ("
                   " id INTEGER PRIMARY KEY,"
                   " class TEXT NOT NULL CHECK (class IN ('lookup', 'communication', 'connection')),"
                   " subtype TEXT NOT NULL,"
                   " utc_ms INTEGER NOT NULL,"
                   " time_raw TEXT NOT NULL,"
                   " time_zone TEXT NOT NULL,"
                   " initiator_id INTEGER NOT NULL REFERENCES handles (id),"
                   " initiator_raw TEXT NOT NULL,"
                   " counterpart_id INTEGER REFERENCES handles (id),"
                   " counterpart_raw TEXT,"
                   " client_ip TEXT,"
                   " client_port INTEGER CHECK (client_port BETWEEN 0 AND 65535),"
                   " device_count INTEGER CHECK (device_count >= 0),"
                   " duration_s REAL CHECK (duration_s >= 0),"
                   " extra TEXT NOT NULL DEFAULT '{}',"
                   " source_id INTEGER NOT NULL REFERENCES sources (id),"
                   " line INTEGER NOT NULL CHECK (line >= 1),"
                   " raw TEXT NOT NULL,"
                   " dedupe_key TEXT,"
                   " CHECK ((class = 'connection') = (counterpart_id IS NULL)))"),
    QStringLiteral("CREATE INDEX events_by_time ON events (utc_ms)"),
    QStringLiteral("CREATE INDEX events_by_initiator ON events (initiator_id, utc_ms)"),
    QStringLiteral("CREATE INDEX events_by_counterpart ON events (counterpart_id, utc_ms)"),
    QStringLiteral("CREATE INDEX events_by_source ON events (source_id, line)"),
    QStringLiteral("CREATE INDEX events_by_dedupe_key ON events (dedupe_key)"),
    // Every further source a duplicated record appeared in, with its line there.
    QStringLiteral("CREATE TABLE event_occurrences ("
                   " event_id INTEGER NOT NULL REFERENCES events (id),"
                   " source_id INTEGER NOT NULL REFERENCES sources (id),"
                   " line INTEGER NOT NULL CHECK (line >= 1),"
                   " raw TEXT NOT NULL,"
                   " PRIMARY KEY (event_id, source_id, line)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX event_occurrences_by_source ON event_occurrences (source_id)"),
    QStringLiteral("CREATE TABLE rejected_rows ("
                   " id INTEGER PRIMARY KEY,"
                   " source_id INTEGER NOT NULL REFERENCES sources (id),"
                   " line INTEGER NOT NULL CHECK (line >= 1),"
                   " reason TEXT NOT NULL,"
                   " raw TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX rejected_rows_by_source ON rejected_rows (source_id, line)"),
    QStringLiteral("CREATE TABLE audit_log ("
                   " id INTEGER PRIMARY KEY,"
                   " at TEXT NOT NULL,"
                   " os_user TEXT NOT NULL,"
                   " action TEXT NOT NULL,"
                   " details TEXT NOT NULL DEFAULT '{}')"),
};

// Call legs linked to their call, analysts' labels for handles, and the container a source
// came out of (a WhatsApp delivery inside the ZIP the analyst imported).
const QStringList version2{
    QStringLiteral("ALTER TABLE sources ADD COLUMN container_path TEXT"),
    QStringLiteral("ALTER TABLE sources ADD COLUMN container_sha256 TEXT"),
    QStringLiteral("CREATE INDEX sources_by_container_sha256 ON sources (container_sha256)"),
    QStringLiteral("ALTER TABLE event_occurrences ADD COLUMN kind TEXT NOT NULL DEFAULT 'duplicate'"
                   " CHECK (kind IN ('duplicate', 'call-leg'))"),
    // The explorer's class and IP filters, and the per-class counts, answer from these.
    QStringLiteral("CREATE INDEX events_by_class ON events (class, utc_ms)"),
    QStringLiteral("CREATE INDEX events_by_client_ip ON events (client_ip, utc_ms)"),
    // Substring search in raw records: a trigram index over events.raw (no second copy of
    // the text), filled in the background by RawTextIndexJob up to case_info.raw_index_upto.
    QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(raw, content='events', content_rowid='id',"
                   " tokenize='trigram')"),
    // Offline geolocation: each database the analyst added, and what it said about each client
    // IP. Results are kept per (IP, database) so a report can be reproduced after the file is
    // gone, and a newer database's answers stand beside the older ones.
    QStringLiteral("CREATE TABLE geo_databases ("
                   " id INTEGER PRIMARY KEY,"
                   " file_name TEXT NOT NULL,"
                   " file_path TEXT NOT NULL,"
                   " sha256 TEXT NOT NULL UNIQUE,"
                   " database_type TEXT NOT NULL,"
                   " build_epoch INTEGER NOT NULL,"
                   " description TEXT NOT NULL,"
                   " languages TEXT NOT NULL,"
                   " ip_version INTEGER NOT NULL,"
                   " added_at TEXT NOT NULL,"
                   " added_by TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE geo_results ("
                   " ip TEXT NOT NULL,"
                   " database_id INTEGER NOT NULL REFERENCES geo_databases (id),"
                   " status TEXT NOT NULL CHECK (status IN ('found', 'not-found', 'failed')),"
                   " error TEXT,"
                   " prefix_length INTEGER,"
                   " record TEXT NOT NULL DEFAULT '{}',"
                   " looked_up_at TEXT NOT NULL,"
                   " PRIMARY KEY (ip, database_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE handle_labels ("
                   " handle_id INTEGER PRIMARY KEY REFERENCES handles (id),"
                   " label TEXT NOT NULL,"
                   " set_at TEXT NOT NULL,"
                   " set_by TEXT NOT NULL)"),
};

// Version 3: contact-graph layouts, so the picture is the same each time a case is opened; and
// each distinct geolocation record stored once per database (many addresses share a record),
// referenced from the per-IP results.
const QStringList version3{
    QStringLiteral("CREATE TABLE geo_records ("
                   " database_id INTEGER NOT NULL REFERENCES geo_databases (id),"
                   " record_offset INTEGER NOT NULL,"
                   " record TEXT NOT NULL,"
                   " PRIMARY KEY (database_id, record_offset)) WITHOUT ROWID"),
    QStringLiteral("ALTER TABLE geo_results ADD COLUMN record_offset INTEGER"),
    QStringLiteral("CREATE TABLE graph_positions ("
                   " layout_key TEXT NOT NULL,"
                   " handle_id INTEGER NOT NULL REFERENCES handles (id),"
                   " x REAL NOT NULL,"
                   " y REAL NOT NULL,"
                   " PRIMARY KEY (layout_key, handle_id)) WITHOUT ROWID"),
};

// Version 5: geolocation answers keyed by small integers. Storing answers cost four times the
// lookups themselves, mostly in the bytes and comparisons of a text key (the IP) and of a text
// time repeated on every row. Each client IP now has an id in client_ips (written by the
// importer as it meets the address), each run of a database a row in geo_runs holding its time,
// and geo_answers keeps one row per (IP, database) of small integers. The view geo_results
// shows the answers exactly as versions 2-4 stored them, for reports and for anyone querying
// the case directly.
const QStringList version5{
    QStringLiteral("CREATE TABLE client_ips ("
                   " id INTEGER PRIMARY KEY,"
                   " ip TEXT NOT NULL UNIQUE)"), // events.client_ip (as written until version 6, then the address)
    QStringLiteral("INSERT INTO client_ips (ip) SELECT client_ip FROM events WHERE client_ip IS NOT NULL"
                   " UNION SELECT ip FROM geo_results ORDER BY 1"),
    QStringLiteral("CREATE TABLE geo_runs ("
                   " id INTEGER PRIMARY KEY,"
                   " database_id INTEGER NOT NULL REFERENCES geo_databases (id),"
                   " looked_up_at TEXT NOT NULL,"
                   " UNIQUE (id, database_id))"),
    QStringLiteral("INSERT INTO geo_runs (database_id, looked_up_at)"
                   " SELECT DISTINCT database_id, looked_up_at FROM geo_results ORDER BY looked_up_at, database_id"),
    // ip_id names a client_ips row but is not declared a foreign key: checking it costs a search
    // of that table per answer, 40 % of storing the answers. GeoLocateJob writes only ids it read
    // from client_ips in the same transaction, and nothing deletes from client_ips. The run, and
    // through it the database, is checked: the answer's database must be its run's database.
    QStringLiteral("CREATE TABLE geo_answers ("
                   " ip_id INTEGER NOT NULL,"
                   " database_id INTEGER NOT NULL,"
                   " run_id INTEGER NOT NULL,"
                   " status TEXT NOT NULL CHECK (status = 'found' OR status = 'not-found' OR status = 'failed'),"
                   " error TEXT,"
                   " prefix_length INTEGER,"
                   " record_offset INTEGER," // the record in geo_records
                   " record TEXT,"           // only answers stored before version 3 carry their record inline
                   " PRIMARY KEY (ip_id, database_id),"
                   " FOREIGN KEY (run_id, database_id) REFERENCES geo_runs (id, database_id)) WITHOUT ROWID"),
    QStringLiteral("INSERT INTO geo_answers (ip_id, database_id, run_id, status, error, prefix_length, record_offset, record)"
                   " SELECT i.id, r.database_id, run.id, r.status, r.error, r.prefix_length, r.record_offset,"
                   "  CASE WHEN r.record_offset IS NULL AND r.record <> '{}' THEN r.record END"
                   " FROM geo_results r JOIN client_ips i ON i.ip = r.ip"
                   " JOIN geo_runs run ON run.database_id = r.database_id AND run.looked_up_at = r.looked_up_at"
                   " ORDER BY i.id, r.database_id"),
    QStringLiteral("DROP TABLE geo_results"),
    QStringLiteral("CREATE VIEW geo_results (ip, database_id, status, error, prefix_length, record, looked_up_at,"
                   " record_offset) AS SELECT i.ip, a.database_id, a.status, a.error, a.prefix_length,"
                   " coalesce(a.record, '{}'), run.looked_up_at, a.record_offset"
                   " FROM geo_answers a JOIN client_ips i ON i.id = a.ip_id JOIN geo_runs run ON run.id = a.run_id"),
};

// Version 6: a client IP is stored as the address it names, in canonical form (IPv6 in RFC 5952
// form, an IPv4-mapped IPv6 address as the IPv4 address), so one address written two ways, in
// two providers' returns, is one address in every view, count and graph. What the provider
// wrote is kept in client_ip_raw where it differs; text that is no address is kept as written.
// ll_ip_address() and ll_ip_port() are IpAddressFlags's, registered by CaseDatabase::migrate. The
// spellings' rows in client_ips give way to the address's, taking their geolocation answers
// with them (every spelling was looked up as its canonical address, so the answers agree).
const QStringList version6{
    QStringLiteral("ALTER TABLE events ADD COLUMN client_ip_raw TEXT"), // as written, where that differs
    QStringLiteral("UPDATE events SET client_ip_raw = client_ip, client_ip = ll_ip_address(client_ip)"
                   " WHERE client_ip IN (SELECT ip FROM client_ips WHERE ll_ip_address(ip) IS NOT ip)"),
    // "198.51.100.14:443": the port, as an import gives it now, where no port column gave one.
    QStringLiteral("UPDATE events SET client_port = ll_ip_port(client_ip_raw)"
                   " WHERE client_ip_raw IS NOT NULL AND client_port IS NULL AND ll_ip_port(client_ip_raw) IS NOT NULL"),
    QStringLiteral("INSERT OR IGNORE INTO client_ips (ip) SELECT ll_ip_address(ip) FROM client_ips"
                   " WHERE ll_ip_address(ip) IS NOT ip ORDER BY id"),
    QStringLiteral("CREATE TEMP TABLE ip_merges AS SELECT w.id AS written_id, a.id AS address_id"
                   " FROM client_ips w JOIN client_ips a ON a.ip = ll_ip_address(w.ip) WHERE a.id <> w.id"),
    QStringLiteral("INSERT OR IGNORE INTO geo_answers (ip_id, database_id, run_id, status, error, prefix_length,"
                   " record_offset, record) SELECT m.address_id, g.database_id, g.run_id, g.status, g.error,"
                   " g.prefix_length, g.record_offset, g.record FROM geo_answers g JOIN ip_merges m ON m.written_id = g.ip_id"
                   " ORDER BY g.ip_id, g.database_id"),
    QStringLiteral("DELETE FROM geo_answers WHERE ip_id IN (SELECT written_id FROM ip_merges)"),
    QStringLiteral("DELETE FROM client_ips WHERE id IN (SELECT written_id FROM ip_merges)"),
    QStringLiteral("DROP TABLE ip_merges"),
};

// Version 7: a source's accepted rows counted by the class of the events they became, so the
// sources list never gives one figure for lookups and communications together (a file can hold
// returns of several formats). Sources imported before are counted from their events.
const QStringList version7{
    QStringLiteral("ALTER TABLE sources ADD COLUMN accepted_lookups INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE sources ADD COLUMN accepted_communications INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE sources ADD COLUMN accepted_connections INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("UPDATE sources SET"
                   " accepted_lookups = (SELECT count(*) FROM events e WHERE e.source_id = sources.id AND e.class = 'lookup'),"
                   " accepted_communications = (SELECT count(*) FROM events e WHERE e.source_id = sources.id"
                   "  AND e.class = 'communication'),"
                   " accepted_connections = (SELECT count(*) FROM events e WHERE e.source_id = sources.id"
                   "  AND e.class = 'connection')"),
};

// Version 8: a workbook whose several worksheets hold records gives a source for each; the
// worksheet is named beside the file wherever the source is (a line alone would not say which
// sheet it is in). NULL for a source that is the whole of its file.
const QStringList version8{
    QStringLiteral("ALTER TABLE sources ADD COLUMN part TEXT"),
};

// Version 9: a handle may be the words a record writes for a party whose number was withheld
// ("Anonymous", "Private"), kind 'withheld': every case's views keep such records apart instead
// of joining everyone who withheld a number into one party. The kind's constraint is widened
// first (constraintRewrites(9)); handles stored before are read again by HandleNormalizer's words
// (ll_number_withheld, registered by CaseDatabase::migrate). Their text does not change.
const QStringList version9{
    QStringLiteral("UPDATE handles SET kind = 'withheld' WHERE (kind = 'other' OR kind = 'email')"
                   " AND ll_number_withheld(normalized)"),
};

// Version 10: a handle may be a number or address with characters hidden, or a redaction's word
// for a whole party ("+49171*****12", "202-555-XXXX", "[REDACTED]"), kind 'masked': two people
// written alike are not joined into one party. As version 9: the constraint widened first, the
// handles stored before read again (ll_part_masked); their text does not change. Caller ID's
// words are read again too: "Hidden" was added to them with this version.
const QStringList version10{
    QStringLiteral("UPDATE handles SET kind = 'withheld' WHERE (kind = 'other' OR kind = 'email')"
                   " AND ll_number_withheld(normalized)"),
    QStringLiteral("UPDATE handles SET kind = 'masked', validity = 'not-a-phone-number'"
                   " WHERE (kind = 'other' OR kind = 'email' OR kind = 'phone') AND ll_part_masked(normalized)"),
};

// Version 11: events the analyst marked, each with a note in their words (why it matters, what
// it is set against), so that a report can list them and anyone reading the case sees who marked
// what and when. A mark is the analyst's, never the provider's: it changes no event.
const QStringList version11{
    QStringLiteral("CREATE TABLE event_marks ("
                   " event_id INTEGER PRIMARY KEY REFERENCES events (id),"
                   " note TEXT NOT NULL,"
                   " set_at TEXT NOT NULL,"
                   " set_by TEXT NOT NULL)"),
};

/// The SQL of the @p aggregate ("min" or "max") of the times of the events the rows of the source
/// @p sourceId (an SQL expression) became or were linked to; NULL where it has none.
QString recordsTimeSql(const QString &aggregate, const QString &sourceId)
{
    return QStringLiteral("(SELECT %1(t) FROM (SELECT utc_ms AS t FROM events WHERE source_id = %2"
                          " UNION ALL SELECT e.utc_ms FROM event_occurrences o"
                          " JOIN events e ON e.id = o.event_id WHERE o.source_id = %2))")
        .arg(aggregate, sourceId);
}

// Version 12: the time of each source's first and last record (accepted or duplicate), so that
// every view can say what stretch of time a return's records span: an empty stretch between two
// returns shows nothing of what happened then. An import takes them from the rows as it writes
// them (EventWriter::recordsSpan); sources imported before are measured from their events and
// duplicate links, the same times. NULL for a source with no records.
const QStringList version12{
    QStringLiteral("ALTER TABLE sources ADD COLUMN records_first_ms INTEGER"),
    QStringLiteral("ALTER TABLE sources ADD COLUMN records_last_ms INTEGER"),
    QStringLiteral("UPDATE sources SET records_first_ms = %1, records_last_ms = %2")
        .arg(recordsTimeSql(QStringLiteral("min"), QStringLiteral("sources.id")),
             recordsTimeSql(QStringLiteral("max"), QStringLiteral("sources.id"))),
};

// Version 4: the same CHECK constraints, written without IN lists. SQLite evaluates
// "x IN ('a', 'b', 'c')" by building a small temporary index each time a statement runs, and a
// bulk insert runs its statement once per row: the four lists below cost more than a third of
// the time of storing geolocation answers and a quarter of an import. "x = 'a' OR x = 'b' OR
// x = 'c'" accepts exactly the same values. Only the table definitions' text changes (no row
// does), so the step edits sqlite_master as SQLite's ALTER TABLE documentation describes for
// constraint changes; CaseDatabase::migrate applies it.
QString orChain(const QString &column, const QStringList &values)
{
    QStringList terms;
    for (const QString &value : values)
        terms.append(QStringLiteral("%1 = '%2'").arg(column, value));
    return QStringLiteral("CHECK (%1)").arg(terms.join(QStringLiteral(" OR ")));
}

QString inList(const QString &column, const QStringList &values)
{
    return QStringLiteral("CHECK (%1 IN ('%2'))").arg(column, values.join(QStringLiteral("', '")));
}

CaseSchema::ConstraintRewrite rewrite(const QString &table, const QString &column, const QStringList &values)
{
    return {table, inList(column, values), orChain(column, values)};
}

} // namespace

int CaseSchema::latestVersion()
{
    return 12;
}

QString CaseSchema::sourceNameSql(const QString &alias)
{
    return QStringLiteral("(%1.file_name || coalesce('%2' || %1.part, ''))").arg(alias, PlaceName::Separator);
}

QList<CaseSchema::ConstraintRewrite> CaseSchema::constraintRewrites(int toVersion)
{
    const QStringList kinds{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("other")};
    const QStringList withWithheld = kinds + QStringList{QStringLiteral("withheld")};
    if (toVersion == 9)
        return {{QStringLiteral("handles"), orChain(QStringLiteral("kind"), kinds), orChain(QStringLiteral("kind"), withWithheld)}};
    if (toVersion == 10)
        return {{QStringLiteral("handles"), orChain(QStringLiteral("kind"), withWithheld),
                 orChain(QStringLiteral("kind"), withWithheld + QStringList{QStringLiteral("masked")})}};
    if (toVersion != 4)
        return {};
    return {
        rewrite(QStringLiteral("handles"), QStringLiteral("kind"), {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("other")}),
        rewrite(QStringLiteral("handles"), QStringLiteral("validity"),
                {QStringLiteral("valid"), QStringLiteral("possible-not-valid"), QStringLiteral("not-a-phone-number")}),
        rewrite(QStringLiteral("events"), QStringLiteral("class"),
                {QStringLiteral("lookup"), QStringLiteral("communication"), QStringLiteral("connection")}),
        rewrite(QStringLiteral("geo_results"), QStringLiteral("status"),
                {QStringLiteral("found"), QStringLiteral("not-found"), QStringLiteral("failed")}),
    };
}

QList<QPair<QString, QString>> CaseSchema::bulkDeferrableIndexes()
{
    // Must match the latest schema; tst_importjob checks the rebuilt indexes against it.
    // events_by_source stays: a source's rows arrive in line order, so growing it row by row
    // only ever appends, which costs less than sorting it afresh at the end.
    return {
        {QStringLiteral("events_by_time"), QStringLiteral("CREATE INDEX events_by_time ON events (utc_ms)")},
        {QStringLiteral("events_by_initiator"), QStringLiteral("CREATE INDEX events_by_initiator ON events (initiator_id, utc_ms)")},
        {QStringLiteral("events_by_counterpart"),
         QStringLiteral("CREATE INDEX events_by_counterpart ON events (counterpart_id, utc_ms)")},
        {QStringLiteral("events_by_class"), QStringLiteral("CREATE INDEX events_by_class ON events (class, utc_ms)")},
        {QStringLiteral("events_by_client_ip"), QStringLiteral("CREATE INDEX events_by_client_ip ON events (client_ip, utc_ms)")},
    };
}

QStringList CaseSchema::bulkTimeOrderedIndexes()
{
    return {QStringLiteral("events_by_time"), QStringLiteral("events_by_class")};
}

QPair<QString, QString> CaseSchema::dedupeIndex()
{
    return {QStringLiteral("events_by_dedupe_key"), QStringLiteral("CREATE INDEX events_by_dedupe_key ON events (dedupe_key)")};
}

QPair<QString, QString> CaseSchema::earlierDedupeIndex(qint64 lastSourceId)
{
    // Partial: rows of later sources are not entered into it, so an import's own rows cost it nothing.
    return {QStringLiteral("events_by_earlier_dedupe_key"),
            QStringLiteral("CREATE INDEX events_by_earlier_dedupe_key ON events (dedupe_key) WHERE source_id <= %1")
                .arg(lastSourceId)};
}

QStringList CaseSchema::migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1;
    case 2:
        return version2;
    case 3:
        return version3;
    case 5:
        return version5;
    case 6:
        return version6;
    case 7:
        return version7;
    case 8:
        return version8;
    case 9:
        return version9;
    case 10:
        return version10;
    case 11:
        return version11;
    case 12:
        return version12;
    default:
        return {};
    }
}
