#include "clicommands.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lookuplens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LookupLens"));
    QTranslator plurals; // English, with its plural forms, whatever the locale
    if (plurals.load(QStringLiteral(":/i18n/lookuplens_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    return CliCommands::run(QCoreApplication::arguments());
}
