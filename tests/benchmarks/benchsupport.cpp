#include "benchsupport.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <sys/resource.h>

qint64 BenchSupport::peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

QString BenchSupport::arg(int argc, char **argv, const char *name, const QString &fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return fallback;
}

QString BenchSupport::writeIdsCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(20260322); // fixed seed: the same file every run
    file.write("IDS Query Logs\nDSID 9990001112\nTarget: tel:+12025550143\n\n");
    file.write("Record ID,Timestamp (GMT),Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        const qint64 t = start + qint64(i) * 31;
        const int a = int(random.bounded(10000));
        const int b = int(random.bounded(10000));
        const int ip = int(random.bounded(500));
        chunk += QByteArray::number(i + 1) + ',' +
                 QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() +
                 ",+1202" + QByteArray::number(5500000 + a) + ",+1312" + QByteArray::number(5500000 + b) +
                 ",198.51." + QByteArray::number(ip / 250) + '.' + QByteArray::number(ip % 250) + ',' +
                 QByteArray::number(random.bounded(4)) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

