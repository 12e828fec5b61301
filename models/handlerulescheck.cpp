#include "handlerulescheck.h"

#include "handlenormalizer.h"
#include "importjob.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <mutex>

namespace {

/// The case's sources as far as its handles go: they change only as sources are added.
QString sourcesKey(const QSqlDatabase &db, const QString &region)
{
    QSqlQuery sources(db);
    if (!sources.exec(QStringLiteral("SELECT count(*), max(id) FROM sources")) || !sources.next())
        return {};
    return QStringLiteral("%1|%2|%3|%4").arg(db.databaseName(), region, sources.value(0).toString(), sources.value(1).toString());
}

/// The case's region and each region a source's numbers were declared in (metadata.number_region).
QList<HandleNormalizer> regionsRead(const QSqlDatabase &db, const QString &region)
{
    QList<HandleNormalizer> normalizers{HandleNormalizer(region)};
    QSqlQuery declared(db);
    declared.exec(QStringLiteral("SELECT DISTINCT json_extract(metadata, '$.number_region') FROM sources"
                                 " WHERE json_extract(metadata, '$.number_region') IS NOT NULL"));
    while (declared.next()) {
        if (declared.value(0).toString() != region && HandleNormalizer::isKnownRegion(declared.value(0).toString()))
            normalizers.append(HandleNormalizer(declared.value(0).toString()));
    }
    return normalizers;
}

QList<HandleRulesCheck::Changed> readAgain(const QSqlDatabase &db, const QString &region)
{
    // A spelling is read as before where any region the case's sources were read in reads it so:
    // "0171 2345678" is another handle in a German carrier's file than in a US return.
    const QList<HandleNormalizer> normalizers = regionsRead(db, region);
    QList<HandleRulesCheck::Changed> changed;
    QSqlQuery spellings(db);
    spellings.setForwardOnly(true);
    spellings.exec(QStringLiteral("SELECT s.raw, h.normalized FROM handle_spellings s JOIN handles h ON h.id = s.handle_id"
                                  " ORDER BY h.normalized, s.raw"));
    while (spellings.next()) {
        const QString raw = spellings.value(0).toString();
        const QString stored = spellings.value(1).toString();
        const bool asBefore = std::any_of(normalizers.cbegin(), normalizers.cend(), [&](const HandleNormalizer &normalizer) {
            return normalizer.normalize(raw).normalized == stored;
        });
        if (!asBefore)
            changed.append({raw, stored, normalizers.first().normalize(raw).normalized});
    }
    return changed;
}

} // namespace

QList<HandleRulesCheck::Changed> HandleRulesCheck::changedSpellings(const QSqlDatabase &db, const QString &region)
{
    QSqlQuery older(db);
    older.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources WHERE importer_version <> ?)"));
    older.addBindValue(ImportJob::importerVersion());
    if (!older.exec() || !older.next() || !older.value(0).toBool())
        return {};
    // The import dialog previews a file again at every change of its settings: a case's
    // spellings are read again only once its sources have changed.
    static std::mutex mutex;
    static QHash<QString, QList<Changed>> known;
    const QString key = sourcesKey(db, region);
    {
        const std::lock_guard lock(mutex);
        if (const auto found = known.constFind(key); !key.isEmpty() && found != known.cend())
            return *found;
    }
    const QList<Changed> changed = readAgain(db, region);
    const std::lock_guard lock(mutex);
    known.insert(key, changed);
    return changed;
}

QString HandleRulesCheck::warning(const QList<Changed> &changed)
{
    if (changed.isEmpty())
        return {};
    QStringList shown;
    for (qsizetype i = 0; i < qMin<qsizetype>(3, changed.size()); ++i)
        shown.append(tr("\"%1\" was %2, is now %3")
                         .arg(HandleNormalizer::withUnseenShown(changed.at(i).raw),
                              HandleNormalizer::withUnseenShown(changed.at(i).stored), changed.at(i).now));
    if (changed.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("%n handle spelling(s) in this case were read otherwise by an earlier version of LookupLens (%1): a record "
              "of this file with one that repeats a record imported then is not recognised as a duplicate, and the "
              "handle stands twice in the case",
              nullptr, int(changed.size()))
        .arg(shown.join(QStringLiteral("; ")));
}
