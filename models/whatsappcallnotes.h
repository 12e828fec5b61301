#pragma once

#include "eventrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// @brief What a WhatsApp page's calls leave the analyst to know, each as how many calls and the
/// first one's line, for the page's source's metadata:
/// - "call_party_addresses": calls with an event not sent by the creator that gives an address
///   ("From Ip"). A call's client IP is its creator's, the address the call came from; another
///   party's address (the account's own, where it was called) is that party's, kept as written
///   in the call's events, not given to the creator as the call's client IP.
/// - "calls_read_more_fully": calls read again on this page with what the event an earlier page
///   stored lacks (more events: a party's accept, the call's end), as a call still going on when
///   an earlier delivery was made is. The event keeps its first reading; this one is linked to it
///   as a duplicate.
class WhatsAppCallNotes
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppCallNotes)

public:
    /// @brief What one reading of a call says of it, to tell whether a later reading says more.
    struct Reading
    {
        qsizetype events = 0; ///< in its "Events"
        bool accepted = false;
        bool lasted = false; ///< it has a duration
        static Reading of(const EventRecord &call);
        /// @brief Whether this reading says more than @p earlier: more events, an accept or a
        /// duration it lacks.
        bool saysMoreThan(const Reading &earlier) const;
    };

    /// @brief Notes the call at @p line as keeping another party's address in its events.
    void noteOtherPartyAddress(qint64 line);
    /// @brief Notes the call at @p line as reading more fully than @p event, stored before (0:
    /// an earlier reading of a dry run, stored nowhere).
    void noteReadMoreFully(qint64 line, qint64 event);
    /// @brief Adds what was noted to @p meta; nothing of what no call was noted for.
    void addTo(QJsonObject *meta) const;
    /// @brief The words of @p metadata's "call_party_addresses": how the calls' addresses were
    /// read (a note); empty if it is not there.
    static QString addressNote(const QJsonObject &metadata);
    /// @brief The words of @p metadata's "calls_read_more_fully" (a warning: an event's figures
    /// may be short of the call); empty if it is not there.
    static QString readMoreFullyWarning(const QJsonObject &metadata);

private:
    struct Count
    {
        qint64 calls = 0;
        qint64 firstLine = 0;
        void note(qint64 line);
        QJsonObject toJson() const;
    };
    Count m_otherPartyAddresses;
    Count m_readMoreFully;
    qint64 m_firstEventReadMoreFully = 0;
};
