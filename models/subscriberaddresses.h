#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// @brief A one-subscriber return's column of the subscriber's own address (Airtel's "Vowifi
/// First UE IP", Vi's "IP Address": its phone's address on a Wi-Fi call). On a record the
/// subscriber began, the provider saw the request come from it: the record's client IP. On one
/// it received, the request came from the caller, whose address the return does not give: the
/// subscriber's is kept with the record as written, not as its client IP. How many of each, for
/// a source's metadata "subscriber_addresses"; note() words it.
class SubscriberAddresses
{
    Q_DECLARE_TR_FUNCTIONS(SubscriberAddresses)

public:
    /// @brief Notes a record read with the subscriber's address, in the column headed @p column,
    /// as its client IP.
    void noteRead(const QString &column);
    /// @brief Notes a record at @p line the subscriber received that names its address.
    void noteKept(const QString &column, qint64 line);
    bool isEmpty() const { return m_read == 0 && m_kept == 0; }
    /// @brief Adds "subscriber_addresses" ({column, read, kept, first_kept_line}) to @p meta,
    /// column the header of the first address noted; nothing where no record named one.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "subscriber_addresses" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    qint64 m_read = 0;
    qint64 m_kept = 0;
    qint64 m_firstKept = 0;
    QString m_column;
};
