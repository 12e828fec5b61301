#include "carrierwords.h"

#include <QRegularExpression>

namespace {

/// @p text compared without case, spaces, hyphens, underscores or dots.
QString directionWord(const QString &text)
{
    QString word = text.toLower();
    word.removeIf([](QChar c) { return c == u' ' || c == u'-' || c == u'_' || c == u'.'; });
    return word;
}

/// Whether @p words hold any of @p any.
bool hasWord(const QStringList &words, std::initializer_list<const char16_t *> any)
{
    return std::any_of(any.begin(), any.end(), [&words](const char16_t *w) { return words.contains(QStringView(w)); });
}

} // namespace

std::optional<bool> CarrierWords::outgoingDirection(const QString &text)
{
    // Compared without case, spaces, hyphens or dots: "Mobile Originated", "MO-SMS", "Orig.".
    static const QStringList outgoing{u"out"_qs,     u"outgoing"_qs,  u"mo"_qs,       u"moc"_qs,     u"originating"_qs,
                                      u"originated"_qs, u"orig"_qs,   u"sent"_qs,     u"o"_qs,       u"outbound"_qs,
                                      u"mobileoriginated"_qs, u"outgoingcall"_qs, u"mocall"_qs, u"mosms"_qs,
                                      // India's carriers: a text sent ("SMO", "SMS_OUT", Jio's "P2POUT"),
                                      // a call made ("CALL_OUT", Jio's "a_out", "Voice_OUT")
                                      u"smo"_qs, u"smsout"_qs, u"p2pout"_qs, u"p2aout"_qs, u"callout"_qs,
                                      u"aout"_qs, u"voiceout"_qs,
                                      // German, French, Spanish, Portuguese, Italian and Dutch carriers' words
                                      u"abgehend"_qs, u"ausgehend"_qs, u"gesendet"_qs, u"sortant"_qs, u"émis"_qs,
                                      u"emis"_qs, u"saliente"_qs, u"enviado"_qs, u"saída"_qs, u"saida"_qs,
                                      u"originada"_qs, u"enviada"_qs, u"uscente"_qs, u"inuscita"_qs, u"uitgaand"_qs,
                                      u"verzonden"_qs};
    static const QStringList incoming{u"in"_qs,      u"incoming"_qs,  u"mt"_qs,       u"mtc"_qs,     u"terminating"_qs,
                                      u"terminated"_qs, u"term"_qs,   u"received"_qs, u"i"_qs,       u"inbound"_qs,
                                      u"mobileterminated"_qs, u"incomingcall"_qs, u"mtcall"_qs, u"mtsms"_qs,
                                      u"smt"_qs, u"smsin"_qs, u"a2psmsin"_qs, u"p2psmsin"_qs, u"callin"_qs,
                                      u"ain"_qs, u"voicein"_qs,
                                      u"ankommend"_qs, u"eingehend"_qs, u"empfangen"_qs, u"entrant"_qs, u"reçu"_qs,
                                      u"recu"_qs, u"entrante"_qs, u"recibido"_qs, u"entrada"_qs, u"recebida"_qs,
                                      u"recebido"_qs, u"inentrata"_qs, u"inkomend"_qs,
                                      u"ontvangen"_qs};
    // A missed call came in: the carrier carried it to the subscriber, who did not answer (the
    // word stays with the event, as every direction's does). "Forwarded" is not among them: its
    // other party may be the caller or the number the call went on to.
    static const QStringList missed{u"missed"_qs, u"missedcall"_qs, u"incomingmissed"_qs, u"missedincoming"_qs,
                                    u"unanswered"_qs, u"notanswered"_qs, u"noanswer"_qs,
                                    u"verpasst"_qs, u"entgangen"_qs, u"nichtangenommen"_qs, u"manqué"_qs,
                                    u"manque"_qs, u"appelmanqué"_qs, u"nonrépondu"_qs, u"perdida"_qs,
                                    u"llamadaperdida"_qs, u"noatendida"_qs, u"nãoatendida"_qs, u"naoatendida"_qs,
                                    u"chamadaperdida"_qs, u"persa"_qs, u"chiamatapersa"_qs, u"nonrisposta"_qs,
                                    u"gemist"_qs, u"gemisteoproep"_qs, u"nietbeantwoord"_qs};
    const QString v = directionWord(text);
    if (outgoing.contains(v))
        return true;
    if (incoming.contains(v) || missed.contains(v))
        return false;
    return std::nullopt;
}

std::optional<CarrierWords::CallKind> CarrierWords::textByDirection(const QString &text, const QString &ownSubtype)
{
    // India's carriers' ("SMO", "SMT", Jio's "P2POUT") were no directions before: their texts are
    // keyed as texts. "MO-SMS" and "MT-SMS" were, their rows read as the format's own kind: the
    // key keeps it, so that an overlapping return imported before still meets them.
    static const QStringList texts{u"smo"_qs,    u"smt"_qs,    u"smsout"_qs,   u"smsin"_qs,
                                   u"p2pout"_qs, u"p2aout"_qs, u"a2psmsin"_qs, u"p2psmsin"_qs};
    static const QStringList textsReadBefore{u"mosms"_qs, u"mtsms"_qs};
    const QString word = directionWord(text);
    if (texts.contains(word))
        return CallKind{EvidenceClass::Communication, QStringLiteral("sms"), {}};
    if (textsReadBefore.contains(word))
        return CallKind{EvidenceClass::Communication, QStringLiteral("sms"), {}, true, ownSubtype};
    return std::nullopt;
}

QString CarrierWords::directionRefused(const QString &text)
{
    // A forwarded call's other party may be the caller, or the number the carrier sent the call
    // on to: which way it went between the two handles the row names, it does not say.
    static const QStringList forwarded{u"forwarded"_qs, u"forward"_qs, u"callforwarded"_qs, u"callforwarding"_qs,
                                       u"diverted"_qs, u"redirected"_qs, u"umgeleitet"_qs, u"weitergeleitet"_qs,
                                       u"rufumleitung"_qs, u"renvoyé"_qs, u"renvoye"_qs, u"transféré"_qs, u"desviada"_qs,
                                       u"desviado"_qs, u"reenviada"_qs, u"inoltrata"_qs, u"deviata"_qs,
                                       u"doorgeschakeld"_qs};
    if (forwarded.contains(directionWord(text)))
        return tr("the direction \"%1\" says the call was forwarded, not which way it went between the subscriber and "
                  "the other party (the caller, or the number it was forwarded to)")
            .arg(text);
    return tr("the direction \"%1\" is neither incoming nor outgoing").arg(text);
}

CarrierWords::CallKind CarrierWords::callKind(const QString &value, EvidenceClass ownClass, const QString &ownSubtype)
{
    // A carrier's call type says what a row is. Only calls and messages are communications
    // between two handles: a data session is the subscriber's own connection to the network
    // (its "terminating number" is an access point, not a handle), and a USSD or supplementary
    // service code is a request to the carrier itself.
    // Whole words only: "PDP Context" is a data session, not a text.
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = value.toLower().split(nonLetters, Qt::SkipEmptyParts);
    const auto has = [&words](std::initializer_list<const char16_t *> any) { return hasWord(words, any); };
    if (has({u"mms"}))
        return {EvidenceClass::Communication, QStringLiteral("mms"), {}};
    if (const auto recordType = switchRecordType(value, words, ownClass, ownSubtype))
        return *recordType;
    if (const auto coded = codedCallType(value, ownSubtype))
        return *coded;
    // Switches' record types run words together: "SMSMO", "MOSMS", "SMSC"; "MOC"/"MTC" are a
    // mobile-originated/-terminated call.
    if (has({u"sms", u"text", u"smsc", u"smsmo", u"smsmt", u"mosms", u"mtsms"}))
        return {EvidenceClass::Communication, QStringLiteral("sms"), {}};
    // The same in German, French, Spanish, Portuguese, Italian and Dutch carriers' words.
    if (has({u"voice", u"call", u"calling", u"video", u"volte", u"vowifi", u"voicemail", u"telephony", u"moc", u"mtc",
             u"anruf", u"gespräch", u"sprache", u"telefonie", u"appel", u"voix", u"llamada", u"voz", u"chamada",
             u"chiamata", u"voce", u"spraak", u"gesprek", u"oproep"}))
        return {EvidenceClass::Communication, QStringLiteral("call"), {}};
    // A chat of RCS, the carriers' own messaging ("RCS-IMChat"): a message, not a text; after the
    // calls', so that a "Video Chat" is a call.
    if (has({u"rcs", u"imchat", u"chat"}))
        return {EvidenceClass::Communication, QStringLiteral("message"), {}, true, ownSubtype};
    // A message in those languages' words ("Kurznachricht", "Mensaje"; a "Multimedia Message" an
    // MMS), after the calls', so that a "Voice Message" is a call. Versions before read these as
    // the format's own kind and keyed their records by it: the key keeps that subtype, so that
    // an overlapping return imported by one still meets its records here.
    if (has({u"multimedia"}))
        return {EvidenceClass::Communication, QStringLiteral("mms"), {}, true, ownSubtype};
    if (has({u"message", u"messaging", u"nachricht", u"kurznachricht", u"texto", u"mensaje",
             u"mensagem", u"torpedo", u"messaggio", u"bericht"}))
        return {EvidenceClass::Communication, QStringLiteral("sms"), {}, true, ownSubtype};
    if (has({u"data", u"gprs", u"internet", u"packet", u"pdp", u"apn", u"ps", u"daten", u"données", u"donnees",
             u"datos", u"dados", u"dati"}))
        return {EvidenceClass::Connection, QStringLiteral("data"), {}};
    if (has({u"ussd", u"supplementary"}))
        return serviceRequest(value, ownClass, ownSubtype);
    return {ownClass, ownSubtype, {}, false};
}

std::optional<CarrierWords::CallKind> CarrierWords::codedCallType(const QString &value, const QString &ownSubtype)
{
    // Reliance Jio's call types (India), a kind and a direction run together: "a_out" a call
    // made, "a_in_vw" one received (over Wi-Fi), "v_in" or "VDO-IN" a video call, "A2P_SMSIN" a
    // text from a service, "P2POUT" or "P2AOUT" one sent. Matched whole: "a" and "in" alone say
    // nothing. A text keeps the format's own kind in its key, as the message words before do.
    static const QStringList texts{u"a2psmsin"_qs,  u"p2psmsin"_qs,     u"a2psmsout"_qs,    u"p2psmsout"_qs,
                                   u"p2pout"_qs,    u"p2aout"_qs,       u"a2psmsinwifi"_qs, u"p2psmsinwifi"_qs,
                                   u"smsin"_qs,     u"smsout"_qs};
    static const QStringList calls{u"ain"_qs,   u"aout"_qs,   u"ainvw"_qs, u"aoutvw"_qs, u"ainwv"_qs,
                                   u"aoutwv"_qs, u"vin"_qs,   u"vout"_qs,  u"vinvw"_qs,  u"voutvw"_qs,
                                   u"vinwv"_qs, u"voutwv"_qs, u"vdoin"_qs, u"vdoout"_qs};
    const QString code = directionWord(value);
    if (texts.contains(code))
        return CallKind{EvidenceClass::Communication, QStringLiteral("sms"), {}, true, ownSubtype};
    if (calls.contains(code))
        return CallKind{EvidenceClass::Communication, QStringLiteral("call"), {}};
    return std::nullopt;
}

CarrierWords::CallKind CarrierWords::serviceRequest(const QString &value, EvidenceClass ownClass,
                                                   const QString &ownSubtype)
{
    return {ownClass, ownSubtype,
            tr("the call type \"%1\" is a request to the carrier (a service code), not a communication between handles")
                .arg(value.trimmed())};
}

std::optional<CarrierWords::CallKind> CarrierWords::switchRecordType(const QString &value, const QStringList &words,
                                                                    EvidenceClass ownClass, const QString &ownSubtype)
{
    // The record types of a mobile switch, as 3GPP TS 32.298 names them ("moSMSRecord") and as
    // Ericsson's switches do ("mSOriginatingSMSinMSC"), which T-Mobile US writes as the call
    // type: each one word, its case the only parting. Versions before read them as the
    // format's own kind: a message's key keeps that subtype, as the other message words' do.
    const auto any = [&words](std::initializer_list<const char16_t *> types) { return hasWord(words, types); };
    if (any({u"msoriginatingsmsinmsc", u"msterminatingsmsinmsc", u"msoriginatingsmsinsms", u"msterminatingsmsinsms",
             u"mosmsrecord", u"mtsmsrecord", u"mosmsiwrecord", u"mtsmsgwrecord"}))
        return CallKind{EvidenceClass::Communication, QStringLiteral("sms"), {}, true, ownSubtype};
    if (any({u"msoriginating", u"msterminating", u"mocallrecord", u"mtcallrecord", u"callforwarding",
             u"roamingcallforwarding", u"isdnoriginating", u"isdncallforwarding", u"transitcallrecord",
             u"inincomingcall", u"inoutgoingcall", u"transitinoutgoingcall"}))
        return CallKind{EvidenceClass::Communication, QStringLiteral("call"), {}};
    if (any({u"ssprocedure", u"isdnssprocedure", u"ssactionrecord"}))
        return serviceRequest(value, ownClass, ownSubtype);
    if (any({u"locationservices", u"molcsrecord", u"mtlcsrecord", u"nilcsrecord", u"hlrintrecord",
             u"locupdatehlrrecord", u"locupdatevlrrecord"}))
        return CallKind{ownClass, ownSubtype,
                        tr("the call type \"%1\" is the network's own record of the phone (where it is, or a look-up "
                           "in the subscriber register), not a communication between handles")
                            .arg(value.trimmed())};
    return std::nullopt;
}
