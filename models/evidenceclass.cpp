#include "evidenceclass.h"

#include <QJsonObject>

const char *evidenceClassValueSql()
{
    static_assert(int(EvidenceClass::Lookup) == 0 && int(EvidenceClass::Communication) == 1
                  && int(EvidenceClass::Connection) == 2);
    return "CASE class WHEN 'lookup' THEN 0 WHEN 'communication' THEN 1 ELSE 2 END";
}

const char *evidenceClassKeyUtf8(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return "lookup";
    case EvidenceClass::Communication:
        return "communication";
    case EvidenceClass::Connection:
        return "connection";
    }
    return "";
}

QString evidenceClassKey(EvidenceClass evidenceClass)
{
    return QString::fromLatin1(evidenceClassKeyUtf8(evidenceClass));
}

QString evidenceClassCountKey(EvidenceClass evidenceClass)
{
    return evidenceClassKey(evidenceClass) + u's';
}

void insertClassCounts(QJsonObject *json, const ClassCounts &counts)
{
    for (const EvidenceClass cls : AllEvidenceClasses)
        json->insert(evidenceClassCountKey(cls), counts[size_t(cls)]);
}

ClassCounts classCountsIn(const QJsonObject &json)
{
    ClassCounts counts{};
    for (const EvidenceClass cls : AllEvidenceClasses)
        counts[size_t(cls)] = json.value(evidenceClassCountKey(cls)).toInteger();
    return counts;
}

std::optional<EvidenceClass> evidenceClassFromKey(QStringView key)
{
    if (key == u"lookup")
        return EvidenceClass::Lookup;
    if (key == u"communication")
        return EvidenceClass::Communication;
    if (key == u"connection")
        return EvidenceClass::Connection;
    return std::nullopt;
}

QString EvidenceClassText::label(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return tr("Lookup");
    case EvidenceClass::Communication:
        return tr("Communication");
    case EvidenceClass::Connection:
        return tr("Connection");
    }
    return {};
}

QString EvidenceClassText::pluralCount(EvidenceClass evidenceClass, qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return tr("%Ln lookup(s)", nullptr, n);
    case EvidenceClass::Communication:
        return tr("%Ln communication(s)", nullptr, n);
    case EvidenceClass::Connection:
        return tr("%Ln connection(s)", nullptr, n);
    }
    return {};
}

QString EvidenceClassText::countsText(const ClassCounts &counts)
{
    QStringList parts;
    for (const EvidenceClass evidenceClass : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection}) {
        if (const qint64 count = counts[size_t(evidenceClass)]; count > 0)
            parts.append(pluralCount(evidenceClass, count));
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · "));
}

QString EvidenceClassText::subtypeLabel(QStringView subtype)
{
    if (subtype == u"imessage-query")
        return tr("iMessage query");
    if (subtype == u"facetime-invitation")
        return tr("FaceTime invitation");
    if (subtype == u"call")
        return tr("call");
    if (subtype == u"sms")
        return tr("SMS");
    if (subtype == u"mms")
        return tr("MMS");
    if (subtype == u"data")
        return tr("data session");
    if (subtype == u"message")
        return tr("message");
    if (subtype == u"login")
        return tr("login");
    return subtype.toString();
}

namespace {

const QStringList &knownSubtypeKeys()
{
    static const QStringList keys{u"imessage-query"_qs,
                                  u"facetime-invitation"_qs,
                                  u"call"_qs,
                                  u"sms"_qs,
                                  u"mms"_qs,
                                  u"data"_qs,
                                  u"message"_qs,
                                  u"login"_qs};
    return keys;
}

} // namespace

QStringList EvidenceClassText::knownSubtypeLabels()
{
    QStringList labels;
    for (const QString &key : knownSubtypeKeys())
        labels.append(subtypeLabel(key));
    return labels;
}

QString EvidenceClassText::subtypeKey(const QString &typed)
{
    const QString text = typed.trimmed();
    for (const QString &key : knownSubtypeKeys()) {
        if (text.compare(key, Qt::CaseInsensitive) == 0 ||
            text.compare(subtypeLabel(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return text;
}

QString EvidenceClassText::lookupCaveat()
{
    return tr("A lookup records that a device asked whether this handle can be reached. "
              "It does not show that any message or call took place.");
}
