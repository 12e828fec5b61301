#include "outsidestatedperiod.h"

#include "statedperiod.h"
#include "tableimporter.h"

#include <QJsonArray>

namespace {

QJsonObject countsJson(const ClassCounts &counts)
{
    QJsonObject json;
    insertClassCounts(&json, counts);
    return json;
}

bool anyOf(const ClassCounts &counts)
{
    return std::any_of(counts.cbegin(), counts.cend(), [](qint64 n) { return n > 0; });
}

} // namespace

void OutsideStatedPeriod::reset()
{
    m_returns.clear();
    m_counted.clear();
    m_checked = false;
}

void OutsideStatedPeriod::catchUp(const TableImporter &importer)
{
    const int known = importer.laterPartCount() + 1;
    if (int(m_returns.size()) >= known)
        return;
    // A return's records are checked against the period its own block states; a header row
    // whose block states none (a page of the same export) goes on with the return before it.
    const QJsonObject metadata = importer.statedPeriodMetadata();
    const QList<StatedPeriod> periods = StatedPeriod::find(metadata);
    const QJsonArray later = metadata.value(QStringLiteral("later_returns")).toArray();
    const QString zone = importer.zoneDescription();
    while (int(m_returns.size()) < known) {
        const qsizetype index = qsizetype(m_returns.size());
        const QJsonObject block = index == 0 ? metadata : later.at(index - 1).toObject();
        const int headerLine = block.value(QStringLiteral("header_line")).toInt();
        const QList<StatedPeriod> its = StatedPeriod::ofReturn(periods, headerLine);
        Return read = index == 0 || !its.isEmpty()
                          ? Return{headerLine, StatedPeriod::span(its, zone)}
                          : m_returns.back();
        m_checked = m_checked || read.span.has_value();
        m_returns.push_back(std::move(read));
    }
}

void OutsideStatedPeriod::note(const EventRecord &event)
{
    if (event.returnInFile < 0 || size_t(event.returnInFile) >= m_returns.size())
        return;
    const Return &itsReturn = m_returns[size_t(event.returnInFile)];
    if (!itsReturn.span)
        return;
    const auto [before, after] = StatedPeriod::beyond(*itsReturn.span, {event.utcMs, event.utcMs});
    if (!before && !after)
        return;
    if (m_counted.isEmpty() || m_counted.last().headerLine != itsReturn.headerLine)
        m_counted.append(Counted{itsReturn.headerLine, {}, {}, event.line});
    Counted &counted = m_counted.last();
    ++(before ? counted.before : counted.after)[size_t(event.evidenceClass)];
    counted.firstLine = qMin(counted.firstLine, event.line);
}

void OutsideStatedPeriod::addTo(QJsonObject *meta) const
{
    if (!m_checked)
        return;
    QJsonArray returns;
    for (const Counted &counted : m_counted)
        returns.append(QJsonObject{{QStringLiteral("header_line"), counted.headerLine},
                                   {QStringLiteral("before"), countsJson(counted.before)},
                                   {QStringLiteral("after"), countsJson(counted.after)},
                                   {QStringLiteral("first_line"), counted.firstLine}});
    meta->insert(QStringLiteral("outside_stated_period"), returns);
}

std::optional<QList<OutsideStatedPeriod::Counted>>
OutsideStatedPeriod::read(const QJsonObject &metadata)
{
    const QJsonValue value = metadata.value(QStringLiteral("outside_stated_period"));
    if (!value.isArray())
        return std::nullopt;
    QList<Counted> counted;
    for (const QJsonValue &each : value.toArray()) {
        const QJsonObject json = each.toObject();
        counted.append({json.value(QStringLiteral("header_line")).toInt(),
                        classCountsIn(json.value(QStringLiteral("before")).toObject()),
                        classCountsIn(json.value(QStringLiteral("after")).toObject()),
                        json.value(QStringLiteral("first_line")).toInt()});
    }
    return counted;
}

QString OutsideStatedPeriod::datedText(const Counted &counted)
{
    // By class on each side: a lookup and a communication outside are never one figure.
    if (anyOf(counted.before) && anyOf(counted.after))
        return tr("%1 dated before it and %2 after it")
            .arg(EvidenceClassText::countsText(counted.before),
                 EvidenceClassText::countsText(counted.after));
    if (anyOf(counted.before))
        return tr("%1 dated before it").arg(EvidenceClassText::countsText(counted.before));
    return tr("%1 dated after it").arg(EvidenceClassText::countsText(counted.after));
}

QString OutsideStatedPeriod::warning(const Counted &counted, const QString &daysText,
                                     const QString &zoneName, bool joined)
{
    if (joined)
        return tr("Some records of the return under the header row at line %1 are dated outside "
                  "the "
                  "period its block states, %2 in %3: %4, the first on line %5 — kept as read, "
                  "though "
                  "the return and its records disagree")
            .arg(QString::number(counted.headerLine), daysText, zoneName, datedText(counted),
                 QString::number(counted.firstLine));
    return tr("Some of its records are dated outside the period it states, %1 in %2: %3, the first "
              "on "
              "line %4 — kept as read, though the return and its records disagree")
        .arg(daysText, zoneName, datedText(counted), QString::number(counted.firstLine));
}
