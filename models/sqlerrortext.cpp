#include "sqlerrortext.h"

QString sqlErrorText(const QSqlError &error)
{
    const QString said = error.databaseText().trimmed();
    return said.isEmpty() ? error.text() : said;
}
