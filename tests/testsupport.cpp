#include "testsupport.h"

#include "casedatabase.h"
#include "containerdamage.h"
#include "importjob.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextDocument>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <random>

#include <unistd.h>

QString TestSupport::dataPath(const QString &relative)
{
    return QStringLiteral(LL_TEST_DATA "/") + relative;
}

QString TestSupport::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QStringList TestSupport::dumpContent(QSqlDatabase db)
{
    QStringList dump;
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        for (const QString &row : rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
            dump.append(table + u'|' + row);
    }
    return dump;
}

QStringList TestSupport::rows(QSqlDatabase db, const QString &sql)
{
    QStringList result;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: %1: %2").arg(sql, q.lastError().text())};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        result.append(row.join(u'|'));
    }
    return result;
}

QStringList TestSupport::containerDamageShown(QSqlDatabase db)
{
    QStringList shown;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT metadata FROM sources ORDER BY id")))
        return {q.lastError().text()};
    while (q.next()) {
        const QJsonValue stored = QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(u"container_damage");
        if (!stored.isUndefined() && !stored.isObject())
            return {QStringLiteral("stored as words, not data: %1").arg(stored.toString())};
        shown.append(ContainerDamage::shown(stored));
    }
    return shown;
}

QVariant TestSupport::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QJsonObject TestSupport::jsonObject(QSqlDatabase db, const QString &sql)
{
    return QJsonDocument::fromJson(scalar(db, sql).toString().toUtf8()).object();
}

QStringList TestSupport::snapshot(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? dumpContent(db->db()) : QStringList{QStringLiteral("cannot open: ") + error};
}

QString TestSupport::writeIdsCsv(const QString &path, int rows, RowOrder order)
{
    QStringList lines;
    const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < rows; ++i) {
        lines.append(
            QStringLiteral("%1,+1202555%2,+1312555%3,198.51.100.%4,%5")
                .arg(start.addSecs(qint64(i) * 30).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg(1000 + i % 20)
                .arg(2000 + i % 17)
                .arg(i % 200)
                .arg(i % 4));
    }
    if (order == RowOrder::Shuffled)
        std::shuffle(lines.begin(), lines.end(), std::mt19937(20261129));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("IDS Query Logs\nDSID 9990001112\n\nTimestamp,Source Handle,Lookup Handle,Client "
               "IP,Lookup Devices\n");
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

QStringList TestSupport::indexSql(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        return {error};
    return rows(db->db(), QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                         " ORDER BY name"));
}

QString TestSupport::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

QString TestSupport::writeIdsLookupFrom(const QString &path, const QByteArray &clientIp)
{
    return writeFile(path, "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                           "2026-03-09 10:00:00,+12025550143,+13125550147," +
                               clientIp + ",1\n");
}

QList<TableRow> TestSupport::readAll(TableReader &reader)
{
    QList<TableRow> rows;
    TableRow row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

QByteArray TestSupport::withMessages(QByteArray page, int count)
{
    const qsizetype from = page.indexOf("<div>Message</div>");
    const QByteArray message = page.mid(from, page.indexOf("<div>Message</div>", from + 1) - from);
    QByteArray messages;
    for (int i = 0; i < count; ++i)
        messages += QByteArray(message).replace("3EB0A1B2C3D4E5F6", QByteArray::number(i).rightJustified(16, '0'));
    return page.insert(from, messages);
}

QByteArray TestSupport::utf16WithBom(const QString &text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

namespace {

std::unique_ptr<CaseDatabase> imported(const QString &casePath, const QStringList &paths)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = paths;
    params.timeZone = QStringLiteral("UTC");
    const ImportResult result = ImportJob::run(params);
    if (!result.allOk()) {
        QString error = result.error;
        for (const FileImportResult &file : result.files)
            error += file.error;
        qWarning("import into %s failed: %s", qPrintable(casePath), qPrintable(error));
        return nullptr;
    }
    QString error;
    auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

} // namespace

std::unique_ptr<CaseDatabase> TestSupport::importedCase(const QString &casePath, const QStringList &files)
{
    QStringList paths;
    for (const QString &file : files)
        paths.append(dataPath(file));
    return imported(casePath, paths);
}

std::unique_ptr<CaseDatabase> TestSupport::importedFiles(const QString &casePath,
                                                         const QStringList &paths)
{
    return imported(casePath, paths);
}

std::unique_ptr<CaseDatabase> TestSupport::importedCopy(const QString &casePath, const QString &fixture, const QString &copy)
{
    if (!QFile::copy(dataPath(fixture), copy)) {
        qWarning("cannot copy %s to %s", qPrintable(fixture), qPrintable(copy));
        return nullptr;
    }
    return imported(casePath, {copy});
}

QString TestSupport::shownText(const QVariant &tooltip)
{
    // PlainToolTip's text keeps every space; its line breaks come back as paragraph separators.
    QTextDocument document;
    document.setHtml(tooltip.toString());
    return document.toRawText()
        .replace(QChar::ParagraphSeparator, u'\n')
        .replace(QChar::LineSeparator, u'\n');
}

namespace {
bool asRoot()
{
    return ::geteuid() == 0;
}
} // namespace

bool TestSupport::makeReadOnly(const QString &folder)
{
    const QString name = QFileInfo(folder).fileName();
    const QString runs = QCoreApplication::applicationName() + u"-*"_qs;
    for (const QFileInfo &run : QDir(QDir::tempPath()).entryInfoList({runs}, QDir::Dirs)) {
        if (QFileInfo::exists(run.filePath() + u'/' + name) && run.filePath() + u'/' + name != folder)
            makeWritable(run.filePath() + u'/' + name);
    }
    if (asRoot())
        return QProcess::execute(u"chattr"_qs, {u"+i"_qs, folder}) == 0;
    return QFile::setPermissions(folder, QFileDevice::Permissions(0x5555));
}

void TestSupport::makeWritable(const QString &folder)
{
    if (asRoot())
        QProcess::execute(u"chattr"_qs, {u"-i"_qs, folder});
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
}
