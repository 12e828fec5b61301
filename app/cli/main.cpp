#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lookuplens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LookupLens"));
    return CliCommands::run(QCoreApplication::arguments());
}
