#pragma once

#include <QDateTimeEdit>
#include <QTimeZone>

#include <optional>

/// @brief A date-time editor for an instant, shown as wall-clock time in a display zone.
///
/// Qt 6.4's editor has no zone of its own: it holds the wall clock as if UTC. An instant set
/// by a chart or a figure is kept exactly (to the millisecond, and in the hour repeated when
/// daylight saving ends) until the analyst edits it, and a change of zone keeps the instant.
class InstantEdit final : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit InstantEdit(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    QTimeZone zone() const { return m_zone; }
    void setInstant(qint64 utcMs);
    /// The instant shown; a wall time that never happened (daylight saving's gap) reads as
    /// the moment the clocks jumped.
    qint64 instant() const;

private:
    QDateTime wallClock(qint64 utcMs) const;
    /// The instant in full in the tooltip: its offset and UTC, which the editor cannot show.
    void describeInstant();

    QTimeZone m_zone = QTimeZone::utc();
    struct Exact
    {
        QDateTime shown;
        qint64 utcMs = 0;
    };
    std::optional<Exact> m_exact;
};
