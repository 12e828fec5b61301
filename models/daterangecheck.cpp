#include "daterangecheck.h"

#include "timestampparser.h"

#include <QRegularExpression>

std::optional<std::pair<qint64, qint64>> DateRangeCheck::read(const QString &text, QString *why)
{
    static const QRegularExpression to(QStringLiteral("\\s+to\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QStringList ends = text.trimmed().split(to);
    if (ends.size() != 2) {
        *why = tr("it is not two times joined by \"to\"");
        return std::nullopt;
    }
    // Each end states its own zone, as the records' times do; none is assumed.
    const TimestampParser parser(std::nullopt, std::nullopt);
    const ParsedTime from = parser.parse(ends.at(0));
    const ParsedTime until = parser.parse(ends.at(1));
    if (!from.ok || !until.ok || until.utcMs < from.utcMs) {
        // A time without a zone is not read in the zone an analyst may declare: a page's own
        // times state theirs, and so must its range.
        const auto reason = [](const ParsedTime &t) {
            return t.zoneMissing ? tr("a time of it states no zone") : t.error;
        };
        *why = !from.ok ? reason(from) : !until.ok ? reason(until) : tr("it ends before it begins");
        return std::nullopt;
    }
    return std::pair{from.utcMs, until.utcMs};
}

void DateRangeCheck::setRange(const QString &text)
{
    if (!m_text.isEmpty() || text.trimmed().isEmpty())
        return; // the first range stated stands, as the page's first parameters do
    m_text = text.trimmed();
    m_range = read(m_text, &m_unread);
    if (!m_range) {
        m_held.clear();
        return;
    }
    for (const Held &held : std::exchange(m_held, {}))
        check(held.utcMs, held.line, held.evidenceClass);
}

void DateRangeCheck::note(const EventRecord &event)
{
    if (m_range)
        check(event.utcMs, event.line, event.evidenceClass);
    else if (m_text.isEmpty())
        m_held.push_back({event.utcMs, event.line, event.evidenceClass});
}

void DateRangeCheck::check(qint64 utcMs, int line, EvidenceClass evidenceClass)
{
    if (utcMs >= m_range->first && utcMs <= m_range->second)
        return;
    ++m_outside[size_t(evidenceClass)];
    if (m_first == 0 || line < m_first)
        m_first = line;
}

void DateRangeCheck::addTo(QJsonObject *meta) const
{
    if (!m_unread.isEmpty()) {
        meta->insert(QStringLiteral("date_range_unread"),
                     QJsonObject{{QStringLiteral("date_range"), m_text},
                                 {QStringLiteral("reason"), m_unread}});
        return;
    }
    if (m_first == 0)
        return;
    QJsonObject counts{{QStringLiteral("first_line"), m_first},
                       {QStringLiteral("date_range"), m_text}};
    insertClassCounts(&counts, m_outside);
    meta->insert(QStringLiteral("outside_date_range"), counts);
}

QString DateRangeCheck::warning(const QJsonObject &metadata)
{
    if (const QJsonObject unread = metadata.value(QStringLiteral("date_range_unread")).toObject();
        !unread.isEmpty())
        return tr("the Date Range \"%1\" the request parameters state cannot be read (%2): the "
                  "records were not "
                  "checked against it")
            .arg(unread.value(QStringLiteral("date_range")).toString(),
                 unread.value(QStringLiteral("reason")).toString());
    const QJsonObject outside = metadata.value(QStringLiteral("outside_date_range")).toObject();
    if (outside.isEmpty())
        return {};
    const ClassCounts counts = classCountsIn(outside);
    return tr("%1 dated outside the Date Range the request parameters state (%2; the first on line "
              "%3): kept as "
              "read, though the page's records and its parameters disagree")
        .arg(EvidenceClassText::countsText(counts),
             outside.value(QStringLiteral("date_range")).toString(),
             QString::number(outside.value(QStringLiteral("first_line")).toInt()));
}
