#include "handlerulescheck.h"

#include "handlenormalizer.h"
#include "importjob.h"

#include <QSqlQuery>

QList<HandleRulesCheck::Changed> HandleRulesCheck::changedSpellings(const QSqlDatabase &db, const QString &region)
{
    QSqlQuery older(db);
    older.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources WHERE importer_version <> ?)"));
    older.addBindValue(ImportJob::importerVersion());
    if (!older.exec() || !older.next() || !older.value(0).toBool())
        return {};
    const HandleNormalizer normalizer(region);
    QList<Changed> changed;
    QSqlQuery spellings(db);
    spellings.setForwardOnly(true);
    spellings.exec(QStringLiteral("SELECT s.raw, h.normalized FROM handle_spellings s JOIN handles h ON h.id = s.handle_id"
                                  " ORDER BY h.normalized, s.raw"));
    while (spellings.next()) {
        const QString raw = spellings.value(0).toString();
        const QString now = normalizer.normalize(raw).normalized;
        if (now != spellings.value(1).toString())
            changed.append({raw, spellings.value(1).toString(), now});
    }
    return changed;
}

QString HandleRulesCheck::warning(const QList<Changed> &changed)
{
    if (changed.isEmpty())
        return {};
    QStringList shown;
    for (qsizetype i = 0; i < qMin<qsizetype>(3, changed.size()); ++i)
        shown.append(tr("\"%1\" was %2, is now %3").arg(changed.at(i).raw, changed.at(i).stored, changed.at(i).now));
    if (changed.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("%n handle spelling(s) in this case were read otherwise by an earlier version of LookupLens (%1): a record "
              "of this file with one that repeats a record imported then is not recognised as a duplicate, and the "
              "handle stands twice in the case",
              nullptr, int(changed.size()))
        .arg(shown.join(QStringLiteral("; ")));
}
