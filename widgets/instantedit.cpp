#include "instantedit.h"

#include "timeformat.h"
#include "timestampparser.h"

#include <QSignalBlocker>

InstantEdit::InstantEdit(QWidget *parent) : QDateTimeEdit(parent)
{
    setTimeSpec(Qt::UTC);
    setZone(QTimeZone::utc());
    connect(this, &QDateTimeEdit::dateTimeChanged, this, &InstantEdit::describeInstant);
}

void InstantEdit::describeInstant()
{
    const qint64 ms = instant();
    QString text = tr("%1, that is %2").arg(TimeFormat::display(ms, m_zone), TimeFormat::isoUtc(ms));
    const QDateTime shown = dateTime();
    if (!(m_exact && m_exact->shown == shown)
        && wallClockToUtc(shown.date(), shown.time(), m_zone).kind == WallClockResult::Overlap)
        text += u'\n' + tr("This local time happened twice, as daylight saving ended: the earlier moment is meant.");
    setToolTip(text);
}

void InstantEdit::setZone(const QTimeZone &zone)
{
    const qint64 shown = instant();
    const QSignalBlocker blocker(this); // the same instant: nothing to filter again
    m_zone = zone;
    // The zone is named beside the editors (EventFilterBar): a long name ("America/Argentina/
    // Buenos_Aires") in the text was cut off where the bar is narrow.
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    setInstant(shown);
}

void InstantEdit::setInstant(qint64 utcMs)
{
    const QDateTime shown = wallClock(utcMs);
    m_exact = Exact{shown, utcMs};
    setDateTime(shown);
    describeInstant(); // also where its signals are blocked, or the wall clock shown is the same
}

qint64 InstantEdit::instant() const
{
    const QDateTime shown = dateTime();
    if (m_exact && m_exact->shown == shown)
        return m_exact->utcMs;
    const WallClockResult result = wallClockToUtc(shown.date(), shown.time(), m_zone);
    if (result.kind != WallClockResult::Gap)
        return result.utcMs;
    // The clocks jumped over this wall time within the last 15 hours (offsets reach ±14 h).
    const qint64 asIfUtc = QDateTime(shown.date(), shown.time(), Qt::UTC).toMSecsSinceEpoch();
    const auto jump = m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(asIfUtc - 15 * 3600 * 1000, Qt::UTC));
    return jump.atUtc.toMSecsSinceEpoch();
}

QDateTime InstantEdit::wallClock(qint64 utcMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
