#include "apptranslations.h"
#include "democase.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {

/// Builds the demo case afresh each time, so it is always the same.
QString freshDemoCase(QString *error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.llcase");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return DemoCase::build(path, error) ? path : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LookupLens"));
    QApplication::setOrganizationName(QStringLiteral("LookupLens"));
    QApplication::setApplicationVersion(QStringLiteral(LOOKUPLENS_VERSION));
    AppTranslations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Reads provider lookup logs and communication records."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo case.")});
    parser.addPositionalArgument(QStringLiteral("CASE"), QApplication::translate("main", "The case to open."), QStringLiteral("[CASE]"));
    parser.process(app);

    MainWindow window;
    QString casePath = parser.positionalArguments().value(0);
    if (parser.isSet(QStringLiteral("demo"))) {
        QString error;
        casePath = freshDemoCase(&error);
        if (casePath.isEmpty()) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
    }
    window.show();
    if (!casePath.isEmpty() && !window.openCase(casePath))
        return 1;
    return app.exec();
}
