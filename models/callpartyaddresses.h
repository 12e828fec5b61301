#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// @brief The WhatsApp calls with an event not sent by the call's creator that gives an address
/// ("From Ip"). A call's client IP is its creator's, the address the call came from; the address
/// of another party's event (the account's own, where it was called) is that party's, kept as
/// written in the call's events, not as the call's client IP, which the IP views give to the
/// creator. How many calls keep one, for a source's metadata "call_party_addresses"; note()
/// words it.
class CallPartyAddresses
{
    Q_DECLARE_TR_FUNCTIONS(CallPartyAddresses)

public:
    /// @brief Notes the call at @p line as keeping another party's address in its events.
    void noteKept(qint64 line);
    bool isEmpty() const { return m_kept == 0; }
    /// @brief Adds "call_party_addresses" ({kept, first_kept_line}) to @p meta; nothing where no
    /// call kept one.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "call_party_addresses" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    qint64 m_kept = 0;
    qint64 m_firstKept = 0;
};
