#include "archivefile.h"
#include "casequeries.h"
#include "sourcelistmodel.h"
#include "archivewriter.h"
#include "decompressedtars.h"
#include "importfiles.h"
#include "importjob.h"
#include "importsuite.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

#include <archive.h>
#include <zlib.h>

using TestSupport::scalar;

/// A ZIP of tables or a tar archive cut short (a download or copy that stopped): the tables before
/// the cut are whole and imported, the one the cut ends inside up to there, each saying so; one
/// damaged before its end is refused whole. They were refused whole, and a ZIP's refusal spoke of
/// an XLSX workbook.
class tst_CutArchives : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void anArchiveCutInsideATableGivesTheTablesBeforeAndWhatThatOneHolds_data();
    void anArchiveCutInsideATableGivesTheTablesBeforeAndWhatThatOneHolds();
    void aTarCutBetweenTwoEntriesSaysItMayHaveBeenCutThere();
    void aTarCutInsideAHeaderGivesTheEntriesBeforeIt_data();
    void aTarCutInsideAHeaderGivesTheEntriesBeforeIt();
    void anArchiveDamagedBeforeItsEndIsRefusedWhole();
    void aZipCutInsideItsFirstHeaderIsRefusedAsAZip_data();
    void aZipCutInsideItsFirstHeaderIsRefusedAsAZip();
    void aSevenZipArchiveCutShortIsRefusedSayingItsDirectoryIsMissing();
    void aCompressedTarTheGuardRefusesIsRefusedInItsWords();
    void aCompressedTarCutShortIsDecompressedOnceForAllItsTables();
    void theDamageIsWordedInTheLanguageOfWhoeverReadsTheCase();
    void aZipCutShortBeforeItWasZippedIsNamedInTheOne();
    void aZipWhoseDirectoryIsOverwrittenSaysWhereItsEntriesEnd();

private:
    struct Cut
    {
        QString path;
        qint64 tarBytesKept = -1; ///< of the tar inside, where that is known; -1 if not
    };
    /// The archive of kind @p kind ("tar", "tar.gz", "zip") of First, Long and Last, cut inside Long.
    Cut writeCutArchive(const QString &kind);
    ImportParams paramsFor(const QString &path) const;
    /// The events of @p table imported alone (up to its first @p rows rows; all if -1), as events() gives them.
    QStringList eventsOf(const QByteArray &table, int rows = -1);
};

namespace {

const QByteArray Header("Start Time (UTC),Originating Number,Terminating Number,Call Type\n");
const QByteArray First = Header + "2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
                                  "2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n";
const QByteArray Last = Header + "2016-09-13 09:00:00,+12025550100,+12025550199,Voice\n";
constexpr int LongRows = 4000;
constexpr qint64 TarBlock = 512;

/// Calls each a second apart, between numbers that change with them: no two alike.
QByteArray longTable()
{
    QByteArray table = Header;
    for (int i = 0; i < LongRows; ++i)
        table += QStringLiteral("2016-09-12 %1:%2:%3,+1202555%4,+1202556%5,Voice\n")
                     .arg(13 + i / 3600)
                     .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                     .arg(i, 4, 10, QLatin1Char('0'))
                     .arg(LongRows - i, 4, 10, QLatin1Char('0'))
                     .toLatin1();
    return table;
}

const QList<std::pair<QString, QByteArray>> &entries()
{
    static const QList<std::pair<QString, QByteArray>> files{
        {u"LOG/a-first.csv"_qs, First}, {u"LOG/b-long.csv"_qs, longTable()}, {u"LOG/c-last.csv"_qs, Last}};
    return files;
}

/// The archive of @p files that libarchive writes in the format @p setFormat sets, written at
/// @p path; empty where it cannot be written.
QByteArray archiveBytes(const QString &path, int (*setFormat)(archive *),
                        const QList<std::pair<QString, QByteArray>> &files = entries())
{
    QFile file(path);
    if (!ArchiveWriter::write(path, setFormat, files) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// @p bytes gzip'ed, the stream flushed whole at @p flushAt: its first bytes up to the returned
/// offset decompress to exactly @p bytes' first @p flushAt.
QByteArray gzipFlushedAt(const QByteArray &bytes, qint64 flushAt, qint64 *flushedBytes)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(compressBound(uLong(bytes.size()))) + 1024, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const auto feed = [&stream](const char *from, qint64 size, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(from));
        stream.avail_in = uInt(size);
        deflate(&stream, flush);
    };
    feed(bytes.constData(), flushAt, Z_FULL_FLUSH);
    *flushedBytes = qint64(stream.total_out);
    feed(bytes.constData() + flushAt, bytes.size() - flushAt, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

tst_CutArchives::Cut tst_CutArchives::writeCutArchive(const QString &kind)
{
    const QString whole = m_dir.filePath(u"whole-"_qs + kind);
    const bool zip = kind == u"zip";
    const QByteArray bytes = archiveBytes(whole, zip ? archive_write_set_format_zip : archive_write_set_format_ustar);
    if (bytes.isEmpty())
        return {};
    // In the tar, Long's data start after two blocks of First's and one of its own header.
    const qint64 longData = 3 * TarBlock;
    const qint64 keptOfLong = 100'000; // the middle of a line of the 4,000 rows' 217,000 bytes
    Cut cut{m_dir.filePath(u"cut."_qs + kind), -1};
    QByteArray kept = bytes.first(bytes.size() / 2);
    if (kind == u"tar") {
        kept = bytes.first(longData + keptOfLong);
        cut.tarBytesKept = kept.size();
    } else if (kind == u"tar.gz") {
        qint64 flushed = 0;
        kept = gzipFlushedAt(bytes, longData + keptOfLong, &flushed).first(flushed);
        cut.tarBytesKept = longData + keptOfLong;
    }
    QFile out(cut.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size())
        return {};
    return cut;
}

ImportParams tst_CutArchives::paramsFor(const QString &path) const
{
    ImportParams params;
    params.files = ImportFiles::expand({path}).files;
    return params;
}

QStringList tst_CutArchives::eventsOf(const QByteArray &table, int rows)
{
    qsizetype end = table.indexOf('\n') + 1;
    for (int row = 0; row < rows; ++row)
        end = table.indexOf('\n', end) + 1;
    ImportParams params;
    params.files = {writeFile(u"alone-%1-%2.csv"_qs.arg(table.size()).arg(rows), rows < 0 ? table : table.first(end))};
    const auto imported = import(params);
    return imported.db ? events(imported.db->db()) : QStringList();
}

void tst_CutArchives::anArchiveCutInsideATableGivesTheTablesBeforeAndWhatThatOneHolds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("damage");
    const QString inTar = u"the archive ends inside its entry \"LOG/b-long.csv\": it was cut short there. The entries "
                          "before it are whole; what that entry holds up to the cut was read, a line the cut ends inside "
                          "is rejected, and whatever came after is missing"_qs;
    QTest::newRow("tar") << u"tar"_qs << inTar;
    QTest::newRow("tar.gz") << u"tar.gz"_qs << inTar; // its gzip data cut short too
    // libarchive's writer deflates each entry, its sizes in a descriptor after its data.
    QTest::newRow("zip") << u"zip"_qs
                         << u"the ZIP has no directory that can be read, so its entries were read from their own "
                            "headers: the file ends inside its entry \"LOG/b-long.csv\": it was cut short there, and "
                            "whatever came after is missing"_qs;
}

void tst_CutArchives::anArchiveCutInsideATableGivesTheTablesBeforeAndWhatThatOneHolds()
{
    QFETCH(QString, kind);
    QFETCH(QString, damage);
    const Cut cut = writeCutArchive(kind);
    QVERIFY(!cut.path.isEmpty());
    const QString hash = TestSupport::sha256Of(cut.path);
    const ImportParams params = paramsFor(cut.path);
    QCOMPARE(params.files, (QStringList{cut.path + u" › LOG/a-first.csv"_qs, cut.path + u" › LOG/b-long.csv"_qs}));
    const auto imported = import(params);
    QCOMPARE(imported.result.files.size(), 2);
    const FileImportResult &first = imported.result.files.at(0);
    const FileImportResult &cutOne = imported.result.files.at(1);
    QVERIFY2(first.ok && cutOne.ok, qPrintable(first.error + cutOne.error));
    QCOMPARE(first.accepted, 2);
    QCOMPARE(first.rejected, 0);
    QVERIFY(first.warnings.contains(damage));
    QVERIFY(cutOne.warnings.contains(damage));

    // The long table up to the cut: every whole line an event, the line cut rejected.
    QCOMPARE(cutOne.rejected, 1);
    QCOMPARE(cutOne.duplicate, 0);
    if (cut.tarBytesKept >= 0) { // known to the byte: the lines before where the cut falls
        const QByteArray held = longTable().first(cut.tarBytesKept - 3 * TarBlock);
        QCOMPARE(cutOne.accepted, int(held.count('\n')) - 1);
    }
    QVERIFY2(cutOne.accepted > 1000 && cutOne.accepted < LongRows, qPrintable(QString::number(cutOne.accepted)));
    const QString longSource = QString::number(cutOne.sourceId);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows WHERE source_id = "_qs + longSource),
             QStringList{u"%1|the file was cut short inside this line: what is left of the record is incomplete"_qs
                             .arg(cutOne.accepted + 2)});
    QStringList stored = events(imported.db->db());
    QStringList expected = eventsOf(First) + eventsOf(longTable(), cutOne.accepted);
    stored.sort();
    expected.sort();
    QCOMPARE(stored, expected);

    // Each source names the archive as delivered, and the damage: kept as data (the entry it
    // ends inside), worded when shown.
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT file_name, container_sha256, json_extract(metadata, "
                                                   "'$.container_damage.entry') FROM sources ORDER BY id"_qs),
             (QStringList{u"cut.%1 › LOG/a-first.csv|%2|LOG/b-long.csv"_qs.arg(kind, hash),
                          u"cut.%1 › LOG/b-long.csv|%2|LOG/b-long.csv"_qs.arg(kind, hash)}));
    QCOMPARE(TestSupport::containerDamageShown(imported.db->db()), (QStringList{damage, damage}));
    QCOMPARE(TestSupport::sha256Of(cut.path), hash); // only read
}

void tst_CutArchives::aTarCutBetweenTwoEntriesSaysItMayHaveBeenCutThere()
{
    // Cut where an entry's header would begin, a tar reads as if whole: it has no end-of-archive
    // blocks, and that is said.
    const QString whole = m_dir.filePath(u"between-whole.tar"_qs);
    const QByteArray bytes = archiveBytes(whole, archive_write_set_format_ustar);
    QVERIFY(!bytes.isEmpty());
    const QString cut = writeFile(u"between.tar"_qs, bytes.first(2 * TarBlock));
    const ImportParams params = paramsFor(cut);
    QCOMPARE(params.files, QStringList{cut + u" › LOG/a-first.csv"_qs});
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    QCOMPARE(imported.result.files.first().accepted, 2);
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"the archive ends after its entry \"LOG/a-first.csv\" without the end-of-archive blocks tar "
                         "writes: it may have been cut short there, and entries after it would be missing"_qs});

    // The same archive whole says nothing of the kind.
    const auto wholeImport = import(paramsFor(whole));
    QCOMPARE(wholeImport.result.files.size(), 3);
    for (const FileImportResult &table : wholeImport.result.files)
        QVERIFY2(table.ok && table.warnings.isEmpty(), qPrintable(table.warnings.join(u'\n')));
}

void tst_CutArchives::aTarCutInsideAHeaderGivesTheEntriesBeforeIt_data()
{
    QTest::addColumn<qint64>("kept");
    QTest::newRow("inside the next header") << 2 * TarBlock + 100;
    // First's data whole, the blocks' padding after them cut: libarchive refuses the entry.
    QTest::newRow("inside the padding after the data") << TarBlock + First.size() + 10;
}

void tst_CutArchives::aTarCutInsideAHeaderGivesTheEntriesBeforeIt()
{
    QFETCH(qint64, kept);
    const QString whole = m_dir.filePath(u"header-whole.tar"_qs);
    const QByteArray bytes = archiveBytes(whole, archive_write_set_format_ustar);
    QVERIFY(!bytes.isEmpty());
    const QString cut = writeFile(u"in-header-%1.tar"_qs.arg(kept), bytes.first(kept));
    const ImportParams params = paramsFor(cut);
    QCOMPARE(params.files, QStringList{cut + u" › LOG/a-first.csv"_qs});
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.first().error));
    QCOMPARE(imported.result.files.first().accepted, 2);
    QCOMPARE(imported.result.files.first().rejected, 0);
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"the archive ends after its entry \"LOG/a-first.csv\", before another entry's header is "
                         "whole: it was cut short there, and whatever came after is missing"_qs});
}

void tst_CutArchives::anArchiveDamagedBeforeItsEndIsRefusedWhole()
{
    // gzip's data, changed inside, decompress to other bytes until their check at the end fails:
    // failing there is no cut, and nothing of the archive is trusted. A tar whose header fails
    // with a whole block after it is damaged too.
    const QString whole = m_dir.filePath(u"damaged-whole.tar"_qs);
    const QByteArray tar = archiveBytes(whole, archive_write_set_format_ustar);
    QVERIFY(!tar.isEmpty());
    qint64 flushed = 0;
    QByteArray gz = gzipFlushedAt(tar, 0, &flushed);
    for (qsizetype at = gz.size() / 2; at < gz.size() / 2 + 4; ++at)
        gz[at] = char(gz.at(at) ^ 0x5A);
    QByteArray badHeader = tar;
    badHeader.replace(2 * TarBlock + 148, 7, "7777777"); // Long's header checksum
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {TestSupport::dataPath(u"ids/ids-sample.csv"_qs)}, u"UTC"_qs).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    for (const auto &[name, bytes] : {std::pair{u"damaged.tar.gz"_qs, gz}, std::pair{u"damaged.tar"_qs, badHeader}}) {
        const QString path = writeFile(name, bytes);
        QCOMPARE(ImportFiles::expand({path}).files, QStringList{path});
        const ImportResult result = importInto(casePath, {path});
        QCOMPARE(result.files.size(), 1);
        const QString error = result.files.first().error;
        // Named by what failed: its gzip data, or its tar.
        const QString why = name.endsWith(u".gz"_qs) ? u"the archive cannot be read: the gzip file "_qs : u"the archive is damaged: "_qs;
        QVERIFY2(error.startsWith(path + u": "_qs + why)
                     && error.endsWith(u"; nothing in the archive was imported"_qs),
                 qPrintable(error));
        QCOMPARE(TestSupport::snapshot(casePath), before);
    }
}

void tst_CutArchives::aZipCutInsideItsFirstHeaderIsRefusedAsAZip_data()
{
    QTest::addColumn<int>("kept");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("refused");
    // Nothing whole in it: refused in words of a ZIP (it was "not a readable XLSX workbook", and
    // cut before its signature ended, or misnamed, a table needing a column mapping).
    QTest::newRow("inside its first header") << 20 << u"not a readable ZIP: the file ends inside the header of its "
                                                     "first entry: it was cut short"_qs
                                             << u"; nothing in the ZIP was imported"_qs;
    QTest::newRow("inside its signature") << 2 << u"named .zip, and it begins as a ZIP, but it ends before its first "
                                                  "entry's header does: it was cut short"_qs
                                          << QString();
    QTest::newRow("no ZIP at all") << -1 << u"named .zip, but not a ZIP: it does not begin as one (\"PK\")"_qs
                                   << QString();
}

void tst_CutArchives::aZipCutInsideItsFirstHeaderIsRefusedAsAZip()
{
    QFETCH(int, kept);
    QFETCH(QString, why);
    QFETCH(QString, refused);
    const QByteArray bytes = archiveBytes(m_dir.filePath(u"first-header-whole.zip"_qs), archive_write_set_format_zip);
    QVERIFY(!bytes.isEmpty());
    const QString cut = writeFile(u"first-header-%1.zip"_qs.arg(kept), kept < 0 ? First : bytes.first(kept));
    const ImportParams params = paramsFor(cut);
    QCOMPARE(params.files, QStringList{cut});
    const auto imported = import(params);
    QCOMPARE(imported.result.files.first().error, cut + u": "_qs + why + refused);
    QVERIFY(!imported.db || scalar(imported.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);
}

void tst_CutArchives::aSevenZipArchiveCutShortIsRefusedSayingItsDirectoryIsMissing()
{
    // 7-Zip writes its directory at its end: cut short, no entry can be found. libarchive gave no
    // reason ("the archive is damaged: ; nothing…"); the start header says how long it should be.
    const QString whole = m_dir.filePath(u"whole.7z"_qs);
    const QByteArray bytes = archiveBytes(whole, archive_write_set_format_7zip);
    QVERIFY(!bytes.isEmpty());
    const QString cut = writeFile(u"cut.7z"_qs, bytes.first(bytes.size() / 2));
    QCOMPARE(ImportFiles::expand({cut}).files, QStringList{cut});
    const auto imported = import(paramsFor(cut));
    QCOMPARE(imported.result.files.first().error,
             u"%1: the 7-Zip archive was cut short: the file holds %2 of the %3 bytes its start header gives, and its "
             "directory, which 7-Zip writes at its end, is missing, so none of its entries can be found (an archiver "
             "may recover some of its files: import what it gives); nothing in the archive was imported"_qs.arg(cut)
                 .arg(bytes.size() / 2)
                 .arg(bytes.size()));
    QVERIFY(!imported.db || scalar(imported.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);
    QVERIFY(import(paramsFor(whole)).result.allOk()); // whole, it is read
}

void tst_CutArchives::aCompressedTarTheGuardRefusesIsRefusedInItsWords()
{
    // Refused by the guard (a bomb, weighed against the archive's size), not failing to be read:
    // not decompressed again on its own, where it would be named as a gzip file expanding.
    const qint64 entrySize = 80 << 20;
    const QByteArray tar = archiveBytes(m_dir.filePath(u"bomb.tar"_qs), archive_write_set_format_ustar,
                                        {{u"LOG/bomb.csv"_qs, Header + QByteArray(entrySize - Header.size(), '0')}});
    QVERIFY(!tar.isEmpty());
    qint64 flushed = 0;
    const QString path = writeFile(u"bomb.tar.gz"_qs, gzipFlushedAt(tar, 0, &flushed));
    QCOMPARE(ImportFiles::expand({path}).files, QStringList{path});
    const auto refused = import(paramsFor(path));
    QCOMPARE(refused.result.files.first().error,
             u"%1: the entry \"LOG/bomb.csv\" expands %2 times the archive's size (a bomb?); refused; nothing in the "
             "archive was imported"_qs.arg(path)
                 .arg(entrySize / QFileInfo(path).size()));
}

void tst_CutArchives::aCompressedTarCutShortIsDecompressedOnceForAllItsTables()
{
    // A small .tar.gz cut short, which libarchive does not even open: each of its tables is
    // copied out of the tar decompressed on its own, which took a whole decompression each.
    const QByteArray tar = archiveBytes(m_dir.filePath(u"three.tar"_qs), archive_write_set_format_ustar,
                                        {{u"LOG/a-first.csv"_qs, First}, {u"LOG/b-last.csv"_qs, Last},
                                         {u"LOG/c-long.csv"_qs, longTable()}});
    QVERIFY(!tar.isEmpty());
    qint64 flushed = 0;
    const QByteArray gzip = gzipFlushedAt(tar, 5 * TarBlock + 20'000, &flushed); // inside c-long's data
    const QString path = writeFile(u"three-cut.tar.gz"_qs, gzip.first(flushed));
    const ImportParams params = paramsFor(path);
    QCOMPARE(params.files.size(), 3);
    QString error;
    for (const QString &entry : {u"LOG/a-first.csv"_qs, u"LOG/b-last.csv"_qs}) { // alone: decompressed each time
        const int before = DecompressedTars::decompressions();
        bool cutShort = false;
        QVERIFY2(!ArchiveFile::copyOut(path, entry, m_dir.filePath(u"alone"_qs), &error, &cutShort).isEmpty(), qPrintable(error));
        QCOMPARE(DecompressedTars::decompressions(), before + 1);
    }

    const int before = DecompressedTars::decompressions();
    const auto imported = import(params);
    QCOMPARE(DecompressedTars::decompressions(), before + 1);
    QCOMPARE(imported.result.files.size(), 3);
    QCOMPARE(imported.result.files.at(0).accepted, 2);
    QCOMPARE(imported.result.files.at(1).accepted, 1);
    QCOMPARE(imported.result.files.at(2).rejected, 1); // the line the cut ends inside
    QCOMPARE(imported.result.files.at(2).accepted, int(longTable().first(20'000).count('\n')) - 1);

    // Kept while held, and gone when the last hold goes.
    QString kept;
    {
        const DecompressedTars::Keep keep;
        kept = DecompressedTars::of(path, &error).path;
        QVERIFY2(QFileInfo(kept).size() >= 5 * TarBlock + 20'000, qPrintable(error));
        QCOMPARE(DecompressedTars::of(path, &error).path, kept);
        QCOMPARE(DecompressedTars::decompressions(), before + 2);
    }
    QVERIFY(!QFileInfo::exists(kept));
}

QTEST_GUILESS_MAIN(tst_CutArchives)
void tst_CutArchives::theDamageIsWordedInTheLanguageOfWhoeverReadsTheCase()
{
    // Stored as the words of the language it was imported in, the damage read so in a window of
    // another; kept as data, it is worded when shown. This translator marks each text it gives.
    class MarkingTranslator final : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *context, const char *sourceText, const char *, int) const override
        {
            return qstrcmp(context, "ContainerDamage") == 0 ? u"«%1»"_qs.arg(QString::fromUtf8(sourceText)) : QString();
        }
    };
    const Cut cut = writeCutArchive(u"zip"_qs);
    QVERIFY(!cut.path.isEmpty());
    const auto imported = import(paramsFor(cut.path));
    QVERIFY(imported.result.allOk());
    QList<SourceRow> sources = CaseQueries(imported.db->db()).sources();
    QCOMPARE(sources.size(), 2);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QStringList notes = SourceListModel::notes(sources.first());
    QCoreApplication::removeTranslator(&marking);
    const QString end = u"«the file ends inside its entry \"%1\": it was cut short there, and whatever came after is "
                        "missing»"_qs.arg(u"LOG/b-long.csv"_qs);
    QVERIFY2(notes.contains(u"«the ZIP has no directory that can be read, so its entries were read from their own "
                            "headers: %1»"_qs.arg(end)),
             qPrintable(notes.join(u'\n')));
    QVERIFY(SourceListModel::partsUnread(sources.first()));

    // A case imported before keeps the words it was written with.
    const QString before = u"the ZIP has no directory that can be read, as an earlier version wrote it"_qs;
    sources.first().metadata.insert(u"container_damage"_qs, before);
    QVERIFY(SourceListModel::notes(sources.first()).contains(before));
    QVERIFY(SourceListModel::partsUnread(sources.first()));
    sources.first().metadata.remove(u"container_damage"_qs);
    QVERIFY(!SourceListModel::notes(sources.first()).join(u'\n').contains(u"no directory"_qs));
}

void tst_CutArchives::aZipCutShortBeforeItWasZippedIsNamedInTheOne()
{
    // A ZIP cut short, zipped whole into another: the damage is the inner one's, named so.
    const Cut cut = writeCutArchive(u"zip"_qs);
    QFile cutFile(cut.path);
    QVERIFY(cutFile.open(QIODevice::ReadOnly));
    const QString outer = m_dir.filePath(u"outer.zip"_qs);
    QVERIFY(ArchiveWriter::write(outer, archive_write_set_format_zip, {{u"returns/cut.zip"_qs, cutFile.readAll()}}));
    const ImportParams params = paramsFor(outer);
    QCOMPARE(params.files, (QStringList{outer + u" › returns/cut.zip › LOG/a-first.csv"_qs,
                                        outer + u" › returns/cut.zip › LOG/b-long.csv"_qs}));
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    const QString damage = u"returns/cut.zip: the ZIP has no directory that can be read, so its entries were read from "
                           "their own headers: the file ends inside its entry \"LOG/b-long.csv\": it was cut short "
                           "there, and whatever came after is missing"_qs;
    QVERIFY2(imported.result.files.first().warnings.contains(damage),
             qPrintable(imported.result.files.first().warnings.join(u'\n')));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT json_extract(metadata, '$.container_damage.within'),"
                                                   " json_extract(metadata, '$.container_damage.end') FROM sources"_qs),
             QStringList(2, u"returns/cut.zip|cut_inside_entry"_qs));
    QCOMPARE(TestSupport::containerDamageShown(imported.db->db()), QStringList(2, damage));
}

void tst_CutArchives::aZipWhoseDirectoryIsOverwrittenSaysWhereItsEntriesEnd()
{
    // Its entries whole, and where its directory should begin, bytes that are no part of a ZIP
    // (a download that wrote something else over its end): every entry is read, and the damage
    // names the byte where the entries end, kept as a number in the case and worded when shown.
    const QByteArray whole = archiveBytes(m_dir.filePath(u"whole-overwritten.zip"_qs), archive_write_set_format_zip);
    const qsizetype directory = whole.indexOf(QByteArray("PK\x01\x02", 4));
    QVERIFY(directory > 0);
    const QString path = writeFile(u"overwritten.zip"_qs, whole.first(directory) + QByteArray(600, 'x'));
    const ImportParams params = paramsFor(path);
    QCOMPARE(params.files.size(), 3);
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    QStringList stored = events(imported.db->db());
    QStringList expected = eventsOf(First) + eventsOf(longTable()) + eventsOf(Last);
    stored.sort();
    expected.sort();
    QCOMPARE(stored, expected);
    const QString damage = u"the ZIP has no directory that can be read, so its entries were read from their own "
                           "headers: at byte %1 it holds neither a further entry nor the directory: nothing from there "
                           "on is read"_qs.arg(directory);
    QVERIFY2(imported.result.files.first().warnings.contains(damage),
             qPrintable(imported.result.files.first().warnings.join(u'\n')));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT json_extract(metadata, '$.container_damage.end'),"
                                                   " json_extract(metadata, '$.container_damage.byte') FROM sources"_qs),
             QStringList(3, u"neither_entry_nor_directory|%1"_qs.arg(directory)));
    QCOMPARE(TestSupport::containerDamageShown(imported.db->db()), QStringList(3, damage));
}

#include "tst_cutarchives.moc"
