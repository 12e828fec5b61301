#pragma once

#include "evidenceclass.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// What a carrier's words say of a row: its call type (a call, a message, a data session, a
/// request to the carrier) and, in one subscriber's records, which way it went.
class CarrierWords
{
    Q_DECLARE_TR_FUNCTIONS(CarrierWords)

public:
    /// What a call type makes a row: its class and subtype, or why it is refused.
    struct CallKind
    {
        EvidenceClass evidenceClass;
        QString subtype;
        QString refusal;
        bool known = true; ///< false: a word not known, read as the format's own kind
        /// Where not empty, the subtype its records' dedupe key is made with: the one a version
        /// before read the word as (callKind()).
        QString keySubtype = {};
    };
    /// @brief What the call type @p value makes a row of a format whose own kind is
    /// @p ownClass / @p ownSubtype (a word not known is read so).
    static CallKind callKind(const QString &value, EvidenceClass ownClass,
                             const QString &ownSubtype);
    /// @brief true for a direction written as outgoing (the local party initiated), false for
    /// incoming (a missed call among them), nullopt if not understood.
    static std::optional<bool> outgoingDirection(const QString &text);
    /// @brief Why a row whose direction is @p text (none outgoingDirection() understands) is
    /// rejected.
    static QString directionRefused(const QString &text);
    /// @brief The kind of a row without a call type whose direction @p text names a text, sent
    /// or received ("SMO", "SMT", "MO-SMS"); nothing where it names none.
    static std::optional<CallKind> textByDirection(const QString &text, const QString &ownSubtype);

private:
    /// @brief What a switch's record type among @p words (callKind()'s, of @p value) makes a
    /// row, or nothing where none is one.
    static std::optional<CallKind> switchRecordType(const QString &value, const QStringList &words,
                                                    EvidenceClass ownClass,
                                                    const QString &ownSubtype);
    /// @brief A call type written as a code of a kind and a direction run together (Jio's
    /// "a_out", "A2P_SMSIN"); nothing if @p value is none.
    static std::optional<CallKind> codedCallType(const QString &value, const QString &ownSubtype);
    /// @brief A request to the carrier itself (USSD, a supplementary service): refused.
    static CallKind serviceRequest(const QString &value, EvidenceClass ownClass,
                                   const QString &ownSubtype);
};
