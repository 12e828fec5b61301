// One subscriber's records (date, time, direction, other party): whose side they are written
// from, named by a line above a header row or declared by the analyst, and what is said where
// it is named nowhere or twice. The header rows themselves are found in tableimporterheader.cpp.
#include "tableimporter.h"

#include <QRegularExpression>

QString TableImporter::subscriberMissingText() const
{
    if (!m_options.subscriber.trimmed().isEmpty() && !namesASubscriber(m_options.subscriber))
        return tr("the subscriber declared, \"%1\", is no valid phone number or e-mail address")
            .arg(m_options.subscriber);
    if (m_subscribersNamed)
        return tr("the header row at line %1 has the other party and the direction of one "
                  "subscriber's records, but the lines above it name two subscribers, %2; declare "
                  "whose records they are (--subscriber)")
            .arg(QString::number(m_subscriberMissingLine), subscribersNamedText());
    return tr("the header row at line %1 has the other party and the direction of one subscriber's "
              "records, but no line above it names the subscriber (as \"Target Number: …\" does); "
              "declare whose records they are (--subscriber)")
        .arg(m_subscriberMissingLine);
}

QString TableImporter::subscribersNamedText() const
{
    const auto &[first, second] = *m_subscribersNamed;
    return tr("%1 (line %2) and %3 (line %4)")
        .arg(first.handle, QString::number(first.line), second.handle,
             QString::number(second.line));
}

std::optional<TableImporter::Subscriber> TableImporter::settleSubscriber(const QStringList &lines,
                                                                         const QList<int> &numbers)
{
    // Two named: which one the rows are of is not guessed (the first, as it was, tied every row
    // to it without a word); the analyst's declaration settles it, or is asked for.
    std::optional<Subscriber> other;
    std::optional<Subscriber> named = findSubscriber(lines, numbers, &other);
    m_subscribersNamed.reset();
    if (named && other) {
        m_subscribersNamed.emplace(*named, *other);
        named.reset();
    }
    return named ? named : declaredSubscriber();
}

void TableImporter::laterSubscriber(const QStringList &lines, const QList<int> &numbers,
                                    int headerLine)
{
    if (!findSubscriber(lines, numbers))
        return; // lines naming none (a page's header repeated) leave the subscriber as it was
    m_subscriber = settleSubscriber(lines, numbers);
    m_subscriberUnsettled =
        m_subscriber
            ? QString()
            : tr("the lines above the header row at line %1 name two subscribers, %2: whose "
                 "records these are cannot be told (declare it: --subscriber)")
                  .arg(QString::number(headerLine), subscribersNamedText());
}

std::optional<TableImporter::Subscriber>
TableImporter::findSubscriber(const QStringList &lines, const QList<int> &numbers,
                              std::optional<Subscriber> *other) const
{
    static const QRegularExpression naming(
        // A title's words may come first: "Call detail records for …", "Verkehrsdaten Anschluss …".
        QStringLiteral(
            "^\\W*(?:(?:Call detail|Verkehrsdaten)\\s+)?"
            "(?:Target(?: (?:Number|MSISDN|Phone(?: Number)?|ID))?|Subscriber(?: Number)?|MSISDN|"
            "(?:Mobile|Phone|Telephone) Number|Records? for|"
            // German, French, Spanish, Italian, Dutch: the line, the subscriber
            "Anschluss|(?:Überwachte )?Rufnummer|Num[ée]ro (?:cible|de l'abonn[ée])|Abonn[ée]|"
            "N[úu]mero del abonado|Abonado|Utenza|Aansluiting|Abonnee)\\s*[:#=]?\\s*(\\S.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    std::optional<Subscriber> found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = QString(lines.at(i)).replace(u'\t', u' ').replace(u',', u' ').replace(u';', u' ').trimmed();
        const auto m = naming.match(text);
        if (!m.hasMatch())
            continue;
        // The whole value, the number it begins with ("Anschluss +49 30 1234567 vom 01.09.2016
        // bis …", a number written with spaces), or its first word ("Records for 2025550100
        // from 09/01/2016 …").
        static const QRegularExpression leadingNumber(QStringLiteral("^[+(]?\\d[\\d ()./-]*\\d"));
        const QString value = m.captured(1).trimmed();
        for (const QString &handle :
             {value, leadingNumber.match(value).captured(0), value.section(u' ', 0, 0)}) {
            if (!namesASubscriber(handle))
                continue;
            const Subscriber subscriber{numbers.value(i), lines.at(i).trimmed(), handle};
            if (!found)
                found = subscriber;
            else if (m_normalizer.normalize(handle).normalized !=
                     m_normalizer.normalize(found->handle).normalized)
                *other = subscriber;
            break;
        }
        if (found && (!other || *other)) // the first is all that is asked, or the second is found
            break;
    }
    return found;
}

std::optional<TableImporter::Subscriber> TableImporter::declaredSubscriber() const
{
    if (m_options.subscriber.trimmed().isEmpty() || !namesASubscriber(m_options.subscriber))
        return std::nullopt;
    return Subscriber{0, {}, m_options.subscriber.trimmed()};
}

bool TableImporter::namesASubscriber(const QString &handle) const
{
    const NormalizedHandle read = m_normalizer.normalize(handle);
    return read.check == HandleCheck::Valid || read.kind == HandleKind::Email;
}
