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

namespace {

/// The subtypes LookupLens names itself, each key with its words: one list for naming a key and
/// for reading a name typed back as its key.
struct SubtypeName
{
    QStringView key;
    const char *label;
};
constexpr SubtypeName knownSubtypes[] = {
    {u"imessage-query", QT_TRANSLATE_NOOP("EvidenceClassText", "iMessage query")},
    {u"facetime-invitation", QT_TRANSLATE_NOOP("EvidenceClassText", "FaceTime invitation")},
    {u"call", QT_TRANSLATE_NOOP("EvidenceClassText", "call")},
    {u"sms", QT_TRANSLATE_NOOP("EvidenceClassText", "SMS")},
    {u"mms", QT_TRANSLATE_NOOP("EvidenceClassText", "MMS")},
    {u"data", QT_TRANSLATE_NOOP("EvidenceClassText", "data session")},
    {u"message", QT_TRANSLATE_NOOP("EvidenceClassText", "message")},
    {u"login", QT_TRANSLATE_NOOP("EvidenceClassText", "login")},
};

} // namespace

QString EvidenceClassText::subtypeLabel(QStringView subtype)
{
    for (const SubtypeName &known : knownSubtypes) {
        if (known.key == subtype)
            return tr(known.label);
    }
    return subtype.toString();
}

QStringList EvidenceClassText::knownSubtypeLabels()
{
    QStringList labels;
    for (const SubtypeName &known : knownSubtypes)
        labels.append(tr(known.label));
    return labels;
}

QString EvidenceClassText::subtypeKey(const QString &typed)
{
    const QString text = typed.trimmed();
    for (const SubtypeName &known : knownSubtypes) {
        if (text.compare(known.key, Qt::CaseInsensitive) == 0 ||
            text.compare(tr(known.label), Qt::CaseInsensitive) == 0)
            return known.key.toString();
    }
    return text;
}

QString EvidenceClassText::subtypeKey(const QString &typed, const QStringList &caseSubtypes)
{
    const QString text = typed.trimmed();
    if (caseSubtypes.contains(text))
        return text;
    const QString key = subtypeKey(text);
    if (caseSubtypes.contains(key))
        return key;
    for (const QString &stored : caseSubtypes) {
        if (stored.compare(text, Qt::CaseInsensitive) == 0)
            return stored;
    }
    return key;
}

QString EvidenceClassText::lookupCaveat()
{
    return tr("A lookup records that a device asked whether this handle can be reached. "
              "It does not show that any message or call took place.");
}
