// WhatsApp return benchmark: a records.html of many messages (the project's sample page, its
// first message repeated with a message id of its own), imported bare and as a return of two
// deliveries (the second repeating the first, as overlapping deliveries do) through the same
// code as `lookuplens-cli import`. Each import runs in a child process of its own, so that its
// peak memory is its own. Prints wall time, records/s, peak memory and the longest gap between
// progress reports, for the bare page, the same page written on one line, the return, and the
// return's dry run (as
// `lookuplens-cli import --dry-run` reads it). Then a return as a pen register sends it: many
// small deliveries, about every 15 minutes, each repeating the last messages of the one before
// (960 deliveries, ten days, of 60 messages, 10 of them repeats, unless told otherwise).
//
// Usage: bench_whatsapp [--messages 200000] [--deliveries 960] [--dir /tmp/llbench-whatsapp]

#include "benchsupport.h"
#include "importjob.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <quazip.h>
#include <quazipfile.h>

#include <cstdio>

namespace {

/// The sample page with @p messages messages, each the page's first with an id of its own,
/// numbered from @p first.
QByteArray page(int messages, int first = 0)
{
    QFile sample(QStringLiteral(LL_TEST_DATA "/whatsapp/records.html"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(sample.fileName()));
    QByteArray html = sample.readAll();
    const qsizetype from = html.indexOf("<div>Message</div>");
    const QByteArray message = html.mid(from, html.indexOf("<div>Message</div>", from + 1) - from);
    QByteArray messagesHtml;
    messagesHtml.reserve(message.size() * messages);
    for (int i = first; i < first + messages; ++i)
        messagesHtml += QByteArray(message).replace("3EB0A1B2C3D4E5F6", QByteArray::number(i).rightJustified(16, '0'));
    return html.insert(from, messagesHtml);
}

void addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        qFatal("cannot add %s", qPrintable(name));
    file.write(bytes);
    file.close();
}

QByteArray zipped(const QString &name, const QByteArray &bytes)
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write a ZIP");
    addEntry(zip, name, bytes);
    zip.close();
    return out;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// Writes a return of @p deliveries deliveries of 60 messages, each repeating the last 10 of the
/// one before, into @p dir.
void writeSmallDeliveries(const QString &dir, int deliveries)
{
    const QString path = dir + QStringLiteral("/return-small-deliveries.zip");
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write the return of small deliveries");
    for (int i = 0; i < deliveries; ++i)
        addEntry(zip, QStringLiteral("1122334455-delivery-%1.zip").arg(i, 4, 10, QLatin1Char('0')),
                 zipped(QStringLiteral("records.html"), page(60, i * 50)));
    zip.close();
}

/// Writes the bare page and the return of two deliveries into @p dir.
void writeInputs(const QString &dir, int messages)
{
    const QByteArray html = page(messages);
    write(dir + QStringLiteral("/records.html"), html);
    // The same page without a line break, as HTML may be written: each record's words its own.
    write(dir + QStringLiteral("/records-one-line.html"), QByteArray(html).replace('\n', QByteArray()));
    const QByteArray delivery = zipped(QStringLiteral("records.html"), html);
    QFile::remove(dir + QStringLiteral("/return.zip"));
    QuaZip zip(dir + QStringLiteral("/return.zip"));
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write the return");
    for (const QString &name : {QStringLiteral("1122334455-delivery-1.zip"), QStringLiteral("1122334455-delivery-2.zip")})
        addEntry(zip, name, delivery);
    zip.close();
}

/// In the child: imports @p file into a new case and prints one line of figures.
int importOne(const QString &file, const QString &casePath, bool dryRun)
{
    BenchSupport::ProgressGaps gaps;
    const BenchSupport::Timed timed = BenchSupport::importFile(file, casePath, dryRun, &gaps);
    const FileImportResult &imported = timed.result.files.first();
    std::printf("%s%s: %d records read (%d accepted, %d duplicate, %d rejected) in %.2f s (%.0f records/s), "
                "peak memory %.1f MB\n  ",
                qPrintable(QFileInfo(file).fileName()), dryRun ? " (dry run)" : "", imported.rowsRead,
                imported.accepted, imported.duplicate, imported.rejected, timed.seconds,
                imported.rowsRead / timed.seconds, BenchSupport::peakRssKiB() / 1024.0);
    gaps.print();
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = BenchSupport::arg(argc, argv, "--messages", QStringLiteral("200000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench-whatsapp"));
    if (const QString file = BenchSupport::arg(argc, argv, "--import", QString()); !file.isEmpty())
        return importOne(file, BenchSupport::arg(argc, argv, "--case", QString()),
                         BenchSupport::arg(argc, argv, "--dry-run", QString()) == u"yes");
    QDir().mkpath(dir);
    const int deliveries = BenchSupport::arg(argc, argv, "--deliveries", QStringLiteral("960")).toInt();
    if (BenchSupport::arg(argc, argv, "--write-only", QString()) == u"yes") {
        writeInputs(dir, messages);
        writeSmallDeliveries(dir, deliveries);
        return 0;
    }
    // Written, and each import run, by a child process: a child's peak memory starts from its
    // parent's (Linux keeps it across exec), so the parent holds nothing large.
    std::printf("generating a records page of %d messages (and the same on one line), a return of two deliveries "
                "of it and one of %d small deliveries in %s …\n",
                messages, deliveries, qPrintable(dir));
    std::fflush(stdout);
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--messages"), QString::number(messages), QStringLiteral("--deliveries"),
                           QString::number(deliveries), QStringLiteral("--dir"), dir, QStringLiteral("--write-only"),
                           QStringLiteral("yes")})
        != 0)
        qFatal("cannot write the return");
    std::printf("records.html: %.1f MB; return.zip: %.2f MB\n", QFileInfo(dir + QStringLiteral("/records.html")).size() / 1e6,
                QFileInfo(dir + QStringLiteral("/return.zip")).size() / 1e6);
    std::fflush(stdout);
    const auto run = [&](const QString &file, bool dryRun) {
        const QStringList args{QStringLiteral("--import"), dir + u'/' + file, QStringLiteral("--case"),
                               dir + QStringLiteral("/bench.llcase"), QStringLiteral("--dry-run"),
                               dryRun ? QStringLiteral("yes") : QStringLiteral("no")};
        if (QProcess::execute(QCoreApplication::applicationFilePath(), args) != 0)
            qFatal("the import of %s failed", qPrintable(file));
    };
    run(QStringLiteral("records.html"), false);
    run(QStringLiteral("records-one-line.html"), false);
    run(QStringLiteral("return.zip"), false);
    run(QStringLiteral("return.zip"), true);
    run(QStringLiteral("return-small-deliveries.zip"), false);
    return 0;
}
