#include "subscriberaddresses.h"

#include <climits>

namespace {

int counted(qint64 count)
{
    return int(qMin<qint64>(count, INT_MAX));
}

} // namespace

void SubscriberAddresses::noteRead(const QString &column)
{
    if (isEmpty())
        m_column = column;
    ++m_read;
}

void SubscriberAddresses::noteKept(const QString &column, qint64 line)
{
    if (isEmpty())
        m_column = column;
    if (m_kept++ == 0)
        m_firstKept = line;
}

void SubscriberAddresses::addTo(QJsonObject *meta) const
{
    if (isEmpty())
        return;
    QJsonObject said{{QStringLiteral("column"), m_column},
                     {QStringLiteral("read"), m_read},
                     {QStringLiteral("kept"), m_kept}};
    if (m_kept > 0)
        said.insert(QStringLiteral("first_kept_line"), m_firstKept);
    meta->insert(QStringLiteral("subscriber_addresses"), said);
}

QString SubscriberAddresses::note(const QJsonObject &metadata)
{
    const QJsonObject said = metadata.value(QStringLiteral("subscriber_addresses")).toObject();
    const qint64 read = said.value(QStringLiteral("read")).toInteger();
    const qint64 kept = said.value(QStringLiteral("kept")).toInteger();
    if (read <= 0 && kept <= 0)
        return {};
    const QString column = said.value(QStringLiteral("column")).toString();
    QStringList parts;
    if (read > 0)
        parts.append(tr("the subscriber's own address (\"%1\") is the client IP of the %n record(s) it began, as the "
                        "address their request came from", nullptr, counted(read))
                         .arg(column));
    if (kept > 0)
        parts.append(tr("%n record(s) the subscriber received keep its address (\"%1\") as written, not as their client "
                        "IP: their request came from the caller, whose address the return does not give (the first "
                        "at line %2)", nullptr, counted(kept))
                         .arg(column, QString::number(said.value(QStringLiteral("first_kept_line")).toInteger())));
    return parts.join(QStringLiteral("; "));
}
