#include "decimalmarkreading.h"

void DecimalMarkReading::note(const QString &written, int line)
{
    if (m_rows++ == 0) {
        m_firstLine = line;
        m_first = written.trimmed();
    }
}

void DecimalMarkReading::addTo(QJsonObject *meta, const DecimalMarkDeclared &mark) const
{
    if (m_rows == 0 || mark.mark == DecimalMark::Unknown)
        return;
    QJsonObject read{{QStringLiteral("mark"), Durations::markKey(mark.mark)},
                     {QStringLiteral("from"), mark.source},
                     {QStringLiteral("rows"), m_rows},
                     {QStringLiteral("first_line"), m_firstLine},
                     {QStringLiteral("first"), m_first}};
    if (mark.line > 0) { // settled by the data: the line an expert can check it by
        read.insert(QStringLiteral("settled_line"), mark.line);
        read.insert(QStringLiteral("settled_text"), mark.text);
    }
    meta->insert(QStringLiteral("duration_decimal_mark"), read);
}

QString DecimalMarkReading::note(const QJsonObject &metadata)
{
    const QJsonObject read = metadata.value(QStringLiteral("duration_decimal_mark")).toObject();
    const DecimalMark mark = Durations::markFromKey(read.value(QStringLiteral("mark")).toString());
    if (mark == DecimalMark::Unknown)
        return {};
    const QString first = read.value(QStringLiteral("first")).toString();
    QString plain = first;
    plain.remove(mark == DecimalMark::Comma ? u'.' : u',');
    plain.replace(u',', u'.');
    const QString source = read.value(QStringLiteral("from")).toString();
    const QString why = read.contains(QStringLiteral("settled_line"))
                            ? tr("as line %1's \"%2\" settles")
                                  .arg(read.value(QStringLiteral("settled_line")).toInt())
                                  .arg(read.value(QStringLiteral("settled_text")).toString())
                        : source == u"declared by profile" ? tr("as the column mapping declares")
                                                           : tr("as the analyst declared");
    return tr("%n duration(s) that read differently by the decimal mark were read with %1 "
              "(\"%2\" on line %3 as %4), %5",
              nullptr, int(read.value(QStringLiteral("rows")).toInteger()))
        .arg(Durations::markWords(mark), first)
        .arg(read.value(QStringLiteral("first_line")).toInt())
        .arg(plain, why);
}
