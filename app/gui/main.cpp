#include "apptranslations.h"
#include "contextmenukey.h"
#include "democase.h"
#include "headlessrender.h"
#include "timeformat.h"
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

/// Reads an optional ISO 8601 option; false with @p error when it is set but unreadable.
bool isoOption(const QCommandLineParser &parser, const QString &name, std::optional<qint64> *ms, QString *error)
{
    if (!parser.isSet(name))
        return true;
    *ms = name == u"to" ? TimeFormat::parseIsoThrough(parser.value(name))
                        : TimeFormat::parseIso(parser.value(name));
    if (!*ms)
        *error = QApplication::translate("main", "--%1: \"%2\" is not an ISO 8601 time").arg(name, parser.value(name));
    return ms->has_value();
}

int render(const QCommandLineParser &parser)
{
    HeadlessRender::Request request;
    request.casePath = parser.positionalArguments().value(0);
    request.kind = parser.value(QStringLiteral("render"));
    request.out = parser.value(QStringLiteral("out"));
    request.handle = parser.value(QStringLiteral("handle"));
    request.focus = parser.value(QStringLiteral("focus"));
    bool hopsOk = false;
    request.hops = parser.value(QStringLiteral("hops")).toInt(&hopsOk);
    const auto size = HeadlessRender::parseSize(parser.value(QStringLiteral("size")));
    QString error;
    if (request.casePath.isEmpty())
        error = QApplication::translate("main", "--render needs a CASE");
    else if (!size)
        error = QApplication::translate("main", "--size takes WIDTHxHEIGHT, e.g. 1600x900");
    else if (!hopsOk || request.hops < 0)
        error = QApplication::translate("main", "--hops takes a whole number, 0 or more");
    else if (isoOption(parser, QStringLiteral("from"), &request.fromMs, &error)
             && isoOption(parser, QStringLiteral("to"), &request.toMs, &error)) {
        request.size = *size;
        if (HeadlessRender::run(request, &error))
            return 0;
    }
    qCritical("lookuplens: %s", qPrintable(error));
    return 2;
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
    parser.addOption({QStringLiteral("render"), QApplication::translate("main", "Draw a view of CASE into --out without showing a window (map, timeline, patterns, graph)."), QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("out"), QApplication::translate("main", "The PNG or PDF file --render writes."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QApplication::translate("main", "The size --render draws at, e.g. 1600x900."), QStringLiteral("WxH"), QStringLiteral("1600x900")});
    parser.addOption({QStringLiteral("handle"), QApplication::translate("main", "The handle --render timeline draws."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("from"), QApplication::translate("main", "--render timeline: start of the window (ISO 8601)."), QStringLiteral("ISO8601")});
    parser.addOption({QStringLiteral("to"), QApplication::translate("main", "--render timeline: end of the window (ISO 8601)."), QStringLiteral("ISO8601")});
    parser.addOption({QStringLiteral("focus"), QApplication::translate("main", "--render graph: only this handle's neighbourhood."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("hops"), QApplication::translate("main", "--render graph: how far the neighbourhood reaches."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addPositionalArgument(QStringLiteral("CASE"), QApplication::translate("main", "The case to open."), QStringLiteral("[CASE]"));
    parser.process(app);
    if (parser.isSet(QStringLiteral("render")))
        return render(parser);

    ContextMenuKey contextMenuKey; // Shift+F10, where the keyboard has no Menu key
    app.installEventFilter(&contextMenuKey);
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
