#pragma once

#include "timelineseries.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QCPBars;
class QCPGraph;
class QCPItemRect;
class TimelineRangeSelector;
class QCPTextElement;
class IntervalBars;
class GapShading;
class QCPScatterStyle;
class QComboBox;
class QCustomPlot;
class QLabel;
class QTimer;
class FigureKeyCursor;
class PlotFigureMenu;
class QMenu;

/// @brief A handle's timeline in QCustomPlot: one lane per evidence class (or per counterpart),
/// lookups as hollow markers, communications filled, connections as ticks in their own lane,
/// made ▲ / received ▼; a lane per client IP from first to last use. When more events are in
/// view than can be told apart, counts per hour/day/week are drawn instead (lookups as outlined
/// bars, communications filled) and the number of events in view is always printed. Wheel and
/// drag zoom the time axis only; Shift-drag selects a time window. GUI thread only.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    enum class Lanes { ByClass, ByCounterpart };
    /// @brief More events in view than this are drawn as binned counts.
    static constexpr int DensityThreshold = 2000;
    using Describer = std::function<QString(qint64 eventId)>;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setData(const TimelineData &data);
    /// @brief Shows the analyst's mark set on (or taken off) one of the events drawn, keeping the
    /// view's time range.
    void setMarked(qint64 eventId, bool marked);
    const TimelineData &data() const { return m_data; }
    void setDisplayZone(const QTimeZone &zone);
    /// @brief Where each client IP was estimated to be, shown beside its lane ("Milton, US (db)").
    void setIpPlaces(const QHash<QString, QString> &places);
    void setLanes(Lanes lanes);
    /// @brief How hovering describes an event (time, counterpart, IP, subtype, source:line).
    void setDescriber(Describer describer) { m_describe = std::move(describer); }
    void setTimeRange(qint64 fromMs, qint64 toMs);
    QPair<qint64, qint64> timeRange() const;
    void fitToData();
    /// @brief Whether the view currently draws binned counts instead of single events.
    bool isBinned() const { return m_binned; }
    qint64 eventsInView() const { return m_inView; }
    QCustomPlot *plot() const { return m_plot; }
    /// @brief The marker of @p graph as exports draw it (the screen copies a rendering of it).
    QCPScatterStyle exportMarker(const QCPGraph *graph) const;
    /// @brief The range selector under the lanes.
    TimelineRangeSelector *overview() const { return m_overview; }
    /// @brief The event nearest @p pos within a few pixels, or 0.
    qint64 eventAt(const QPointF &pos) const;
    /// @brief Where an event is drawn, in plot widget coordinates (for tests and tools).
    std::optional<QPointF> positionOf(qint64 eventId) const;
    /// @brief The events of the bar of counts at @p pos (a time bin of one class), or none when the
    /// view shows single events or no class's bar is there.
    struct BinChoice
    {
        EvidenceClass evidenceClass;
        qint64 fromMs; ///< the bin's start, or the view's where the bin begins before it
        qint64 toMs;   ///< exclusive
        QList<qint64> ids;
    };
    std::optional<BinChoice> binAt(const QPointF &pos) const;
    /// @brief Where each figure that leads to events is drawn in view (the title's counts, each
    /// event or bar of counts, each IP's bar): the keyboard's stops, in the plot's pixels.
    QList<QPointF> figurePositions() const;
    /// @brief The arrow keys' cursor over the figures (Enter chooses one as a click does).
    FigureKeyCursor *keyCursor() const { return m_keyCursor; }
    /// @brief The figures' context menus (a right-click, or the Menu key on the ring's figure).
    PlotFigureMenu *figureMenu() const { return m_figureMenu; }
    /// @brief Writes the timeline as PNG or PDF (by suffix) at @p size.
    bool exportTo(const QString &path, const QSize &size, QString *error);

signals:
    void eventClicked(qint64 eventId);
    void rangeSelected(qint64 fromMs, qint64 toMs);
    /// @brief A figure clicked — a bar of counts (the view drawn as counts), a count of the
    /// "In view" line, an IP's bar, the title's counts: @p ids are its events, in words @p description.
    void eventsChosen(const QList<qint64> &ids, const QString &description);
    /// @brief The hatching between returns clicked: @p sourceId is the source whose period it
    /// follows.
    void gapChosen(qint64 sourceId);
    /// @brief From an event's menu: every event between @p first and @p second (normalised
    /// handles) is wanted, the event @p eventId (one of them) highlighted.
    void pairEventsWanted(const QString &first, const QString &second, qint64 eventId);
    /// @brief From an event's menu: the cross-reference of @p initiator and @p second
    /// (normalised handles, the event's initiator first) is wanted.
    void crossReferenceWanted(const QString &initiator, const QString &second);
    /// @brief From an event's menu: the description of the source of @p eventId is wanted.
    void sourceWanted(qint64 eventId);
    /// @brief From an IP's bar's menu: the address @p ip is wanted on the map.
    void placeWanted(const QString &ip);
    /// @brief An event's menu asked for its client IP on the map (the window reads which).
    void eventPlaceWanted(qint64 eventId);
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildPlot();
    void setUpAxes();
    /// The IPs' bars, and for each class its points (made and received) and its bins' bars.
    void addClassPlottables();
    /// The title above the lanes, the legend in a row under them, the caveat under it.
    void layOutPlot();
    void connectPlot();
    /// The arrow keys' cursor over the figures, the events just out of view among its stops.
    void addKeyCursor();
    void useScreenMarkers(bool screen);
    void rebuildLanes();
    void fillPoints();
    /// @brief A star above each marked event, drawn however far out the view is zoomed (marks are
    /// few), and its legend entry while there is one.
    void fillMarked();
    /// The hatched stretches between the sources' periods, and their legend entry while any.
    void fillGaps();
    void fillIpLanes();
    /// @brief How many IPs get a lane with the plot's height as last drawn: lanes packed tighter
    /// than their labels' lines wrote the labels over each other.
    int ipLanesThatFit() const;
    /// @brief How many counterparts get a lane of their own (ByCounterpart), as ipLanesThatFit().
    int counterpartLanesThatFit() const;
    /// @brief How many lanes of labels of @p lines lines fit the plot as last drawn; -1 before it was.
    int lanesThatFit(int lines) const;
    void buildCounterpartLanes();
    /// @brief The IP lanes and the title (on one line or two) that fit the plot as last drawn.
    void fitToPlot();
    QString titleText(bool twoLines) const;
    void onRangeChanged();
    void updateDensity();
    void updateTicker();
    double laneOf(const TimelinePoint &point) const;
    /// @brief Where an event's marker stands: made above its lane's middle, received below.
    double heightOf(const TimelinePoint &p) const;
    /// @brief The lane a class's bars of counts stand in, or one off the plot when none does.
    double barLane(EvidenceClass evidenceClass) const;
    /// What is at @p pos in words, @p howToList for a figure and, with lookups, the caveat; empty
    /// if nothing.
    /// @brief What is at @p pos in words, and how to choose it by a click or, where
    /// @p byKeyboard, by Enter.
    QString hoverText(const QPointF &pos, bool byKeyboard) const;
    void showHover(QMouseEvent *event);
    /// What a click at @p pos chooses: an event, a bar of counts, an IP's bar, the title's counts.
    void chooseAt(const QPointF &pos);
    /// The menu of the figure at @p pos (timelinemenu.cpp): what a click on it does, and where
    /// else it leads; false where no figure is.
    bool fillMenu(QMenu *menu, const QPointF &pos);
    void addEventEntries(QMenu *menu, const TimelinePoint &point);
    int pointAt(const QPointF &pos) const; ///< index into m_data.points, or -1
    /// Where @p point is drawn, in the plot's pixels (beyond the axis rect if out of view).
    QPointF pointPosition(const TimelinePoint &point) const;
    /// An event out of view at @p pos (one of the keyboard's stops) brought into it: where it is then.
    QPointF revealPoint(const QPointF &pos);
    QString describeBin(const BinChoice &bin) const;
    /// @brief @p bins: the events of the @p count bins of @p size holding @p peak, the first's start to the last's end.
    QString describeBusiest(const BinChoice &bins, BinSize size, int count, qint64 peak) const;
    /// @brief The lane index into m_data.ips of the IP bar at @p pos, or -1.
    int ipLaneAt(const QPointF &pos) const;
    QString describeIp(int ip) const;
    /// @brief Whether @p pos is on the title, whose counts are the timeline's every event.
    bool onTitle(const QPointF &pos) const;
    QString describeAll() const;
    /// @brief A count of the "In view" line clicked: the events of that class in view, or, for a
    /// "busiest" count (busiestPrefix()), those of the bins holding it.
    void chooseInView(const QString &href);
    void chooseBusiest(EvidenceClass evidenceClass);
    void exportWithDialog();

    QCustomPlot *m_plot;
    QCPTextElement *m_title = nullptr;
    QList<QCPScatterStyle> m_vectorMarkers; ///< per graph, as drawn in exports
    IntervalBars *m_ipBars = nullptr; ///< each IP from first to last use, one lane each
    TimelineRangeSelector *m_overview = nullptr;
    QComboBox *m_lanesBox;
    QLabel *m_inViewLabel;
    QTimer *m_densityTimer;
    TimelineData m_data;
    QTimeZone m_zone = QTimeZone::utc();
    Lanes m_lanes = Lanes::ByClass;
    QList<QCPGraph *> m_graphs; ///< by class × made
    QCPGraph *m_markedGraph = nullptr; ///< the analyst's marks, above their events
    GapShading *m_gapShading = nullptr; ///< the time no source of the events covers
    QCPScatterStyle m_markedMarker;    ///< as drawn in exports
    QList<QCPBars *> m_bars;    ///< by class
    QStringList m_laneLabels;
    QList<int> m_counterpartLane; ///< lane of each counterpart in ByCounterpart mode
    int m_connectionLane = 2;
    int m_firstIpLane = 3;
    int m_ipLanes = 0; ///< the IPs given a lane of their own: as many as fit, up to MaxIpLanes
    int m_counterpartLanes = 0; ///< the counterparts given a lane of their own, likewise
    Describer m_describe;
    QHash<QString, QString> m_ipPlaces;
    bool m_binned = false;
    qint64 m_inView = 0;
    QPoint m_pressPos;
    FigureKeyCursor *m_keyCursor = nullptr;
    PlotFigureMenu *m_figureMenu = nullptr;
};
