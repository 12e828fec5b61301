#include "handlenormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace {

/// What switches and phone bills write where caller ID gave no number, lower case, words
/// separated by one space. Kept to whole phrases: "Private" is one, "Private Line Ltd" is a name.
const QSet<QString> &withheldPhrases()
{
    static const QSet<QString> phrases{
        // English
        u"anonymous"_qs, u"anonymous caller"_qs, u"anonymous number"_qs, u"anonymous call"_qs, u"private"_qs,
        u"private number"_qs, u"private caller"_qs, u"private call"_qs, u"restricted"_qs, u"restricted number"_qs,
        u"restricted caller"_qs, u"withheld"_qs, u"number withheld"_qs, u"withheld number"_qs, u"caller id withheld"_qs,
        u"cli withheld"_qs, u"unknown"_qs, u"unknown caller"_qs, u"unknown number"_qs, u"unavailable"_qs,
        u"number unavailable"_qs, u"caller unavailable"_qs, u"not available"_qs, u"blocked"_qs, u"blocked number"_qs,
        u"blocked caller"_qs, u"caller id blocked"_qs, u"no caller id"_qs, u"no number"_qs, u"no cli"_qs,
        u"presentation restricted"_qs, u"clir"_qs, u"out of area"_qs, u"hidden"_qs, u"hidden number"_qs,
        u"number hidden"_qs, u"caller id hidden"_qs,
        // German
        u"anonym"_qs, u"unbekannt"_qs, u"unterdrückt"_qs, u"rufnummer unterdrückt"_qs, u"nummer unterdrückt"_qs,
        u"unterdrückte rufnummer"_qs, u"unterdrückte nummer"_qs, u"privat"_qs, u"private nummer"_qs,
        u"keine rufnummer"_qs, u"keine nummer"_qs, u"rufnummer unbekannt"_qs, u"nummer unbekannt"_qs,
        u"nicht verfügbar"_qs, u"rufnummer nicht verfügbar"_qs,
        // French
        u"anonyme"_qs, u"masqué"_qs, u"numéro masqué"_qs, u"appel masqué"_qs, u"privé"_qs, u"numéro privé"_qs,
        u"inconnu"_qs, u"numéro inconnu"_qs, u"non disponible"_qs, u"numéro secret"_qs,
        // Spanish, Portuguese, Italian
        u"anónimo"_qs, u"anônimo"_qs, u"anonimo"_qs, u"privado"_qs, u"número privado"_qs, u"oculto"_qs,
        u"número oculto"_qs, u"desconocido"_qs, u"número desconocido"_qs, u"restringido"_qs, u"no disponible"_qs,
        u"desconhecido"_qs, u"número desconhecido"_qs, u"confidencial"_qs, u"restrito"_qs, u"privato"_qs,
        u"numero privato"_qs, u"sconosciuto"_qs, u"numero sconosciuto"_qs, u"riservato"_qs, u"numero riservato"_qs,
        // Dutch
        u"anoniem"_qs, u"onbekend"_qs, u"onbekend nummer"_qs, u"afgeschermd"_qs, u"afgeschermd nummer"_qs,
        u"privénummer"_qs, u"privé nummer"_qs, u"geheim nummer"_qs,
    };
    return phrases;
}

/// "<Anonymous>", "[PRIVATE_NUMBER]", "No-Caller-ID": the phrase in the form withheldPhrases() keeps.
QString phraseOf(QStringView text)
{
    static const QString Around = QStringLiteral("()[]<>{}*\"' ");
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && Around.contains(text.at(begin)))
        ++begin;
    while (end > begin && Around.contains(text.at(end - 1)))
        --end;
    QString phrase = text.mid(begin, end - begin).toString().toLower();
    for (QChar &c : phrase) {
        if (c == u'_' || c == u'-')
            c = u' ';
    }
    return phrase.simplified();
}

} // namespace

bool HandleNormalizer::saysNumberWithheld(QStringView text)
{
    // Asked of every party that is neither a number nor an address: few are longer than a phrase.
    if (text.isEmpty() || text.size() > 32)
        return false;
    // RFC 3323's anonymous SIP party ("sip:anonymous@anonymous.invalid"), as VoLTE records write one.
    static const QRegularExpression anonymousSip(QStringLiteral("^(?:sips?:)?anonymous@anonymous\\.invalid$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    return withheldPhrases().contains(phraseOf(text)) || anonymousSip.match(text).hasMatch();
}
