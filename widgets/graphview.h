#pragma once

#include "casequeries.h"
#include "contactgraph.h"

#include <QFuture>
#include <QTimeZone>
#include <QWidget>

class FigureKeyCursor;
class GraphFigureMenu;
class GraphScene;
class QCheckBox;
class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

/// @brief What the graph view asks the case for: the events filter, a minimum count per edge,
/// and optionally one handle's neighbourhood.
struct GraphRequest
{
    GraphFilter filter;
    GraphScope scope;
};

/// @brief What the graph shows beyond its edges: pairs resting on one class only, and lookups a
/// communication between the same two handles followed within a few minutes.
struct GraphInsights
{
    qsizetype lookupOnlyPairs = 0;
    qsizetype communicationOnlyPairs = 0;
    int minutes = 0;
    QList<qint64> sequenceLookupIds; ///< the lookup each sequence begins with
};

/// @brief The contact graph: Graphviz positions, lookups dashed amber and communications solid
/// blue as separate directed edges, a legend with the caveat; pan (drag the background), zoom
/// (wheel), drag nodes, search a handle, filters for class, time window, minimum count, a
/// handle's N-hop neighbourhood and the sources drawn; selecting a node selects the handle
/// everywhere. GUI thread only.
class GraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)
public:
    explicit GraphView(QWidget *parent = nullptr);
    void setGraph(const ContactGraph &graph, const QHash<qint64, QPointF> &positions);
    /// @brief The span the time sliders cover (the case's first and last event).
    void setTimeSpan(qint64 firstMs, qint64 lastMs, const QTimeZone &zone);
    void setDisplayZone(const QTimeZone &zone);
    /// @brief The sources the graph may be drawn from alone (SourceChoices).
    void setSources(const QList<SourceRow> &sources);
    /// The time window's line under the sliders, as shown.
    QString windowText() const;
    void setBusy(bool busy);
    /// @brief Adds the derived figures to the status line (made with the graph, off the GUI thread).
    void setInsights(const GraphInsights &insights);
    GraphRequest request() const;
    GraphScene *scene() const { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    /// @brief The arrow keys' cursor over the nodes and edges (Enter lists a figure's events).
    FigureKeyCursor *keyCursor() const { return m_keyCursor; }
    /// @brief The nodes' and edges' context menus (their signals say what is wanted).
    GraphFigureMenu *figureMenu() const { return m_figureMenu; }
    void selectHandle(qint64 handleId, const QString &normalized);
    /// @brief Draws every lookup and communication stored from @p sourceIds, a source or a
    /// file's (with @p withDuplicates, those they held again too): the time window, the classes,
    /// the fewest events an edge shows and the focus are undone, so that no event is left out.
    void drawSource(const QList<qint64> &sourceIds, bool withDuplicates);
    /// @brief Draws the neighbourhood of the handle selected (as many hops as set) from every
    /// lookup and communication: the other filters are undone, as drawSource() does.
    void drawNeighbourhood();
    /// @brief Centres on and selects the first handle containing @p text; false when none does.
    bool search(const QString &text);
    /// @brief Writes the graph with its legend as PNG, SVG or PDF (by suffix).
    bool exportTo(const QString &path, const QSize &size, QString *error);
    /// @brief Writes the graph shown as GraphML, GEXF (with the drawn positions), DOT or JSON
    /// (by suffix) on a worker thread: a graph of 1M edges takes seconds. Emits exported() once
    /// written; the future gives the error, empty when none.
    QFuture<QString> exportData(const QString &path);
    void fitToGraph();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void requestChanged();
    void handleSelected(qint64 handleId);
    /// @brief The status line's sequences clicked: @p ids are their lookups, in words @p description.
    void eventsChosen(const QList<qint64> &ids, const QString &description);
    /// @brief The status line's pairs resting only on @p evidenceClass clicked: their events are wanted.
    void pairsChosen(EvidenceClass evidenceClass);
    /// @brief The status line's count of @p evidenceClass's edges clicked: their events are wanted.
    void classEdgesChosen(EvidenceClass evidenceClass);
    /// @brief The status line's count of handles clicked: the events of every edge drawn are wanted.
    void allEdgesChosen();
    /// @brief The status line's count of records left out for a withheld number (or a masked
    /// party, as @p kind says) clicked.
    void leftOutChosen(NoOneParty kind);
    /// @brief A picture or the graph's data written to @p path; @p sha256, that of the data as
    /// written on the worker thread (empty for a picture, which the receiver may hash at once).
    void exported(const QString &path, const QString &sha256 = {});

private:
    QWidget *buildFilters();
    /// The arrow keys' cursor over the nodes and edges; Enter lists a figure's events as a double click does.
    void addKeyCursor();
    /// The nodes' and edges' context menus, by the mouse or by the keyboard's ring.
    void connectFigureMenu();
    /// Shows the menu of the figure the keyboard's ring is on; true (the event taken) always.
    bool keyboardMenu();
    void updateWindowLabel();
    /// @brief Undoes the filters that leave events out: classes, time window, fewest events an
    /// edge shows, sources, focus.
    void showEveryEvent();
    void followLink(const QString &href);
    /// The words for the records withheld numbers and masked parties keep out of @p graph, each
    /// count a link where @p linked (the status line; plain for a picture); empty for none.
    static QString leftOutText(const ContactGraph &graph, bool linked);
    /// What the graph is drawn of, where not the whole case: its time window, its sources.
    QString scopeText() const;
    /// Why the neighbourhood of the selected handle is empty; empty when it is not.
    QString focusMissingText(const ContactGraph &graph) const;
    /// @brief Why the sources chosen draw no edge, from their own figures; empty where they
    /// stored lookups or communications, or none is chosen.
    QString sourceDrawsNothingText() const;
    void renderWithLegend(QPainter *painter, const QRectF &target);
    void exportWithDialog();

    GraphScene *m_scene;
    QGraphicsView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_lookups;
    QCheckBox *m_communications;
    QSpinBox *m_minCount;
    QCheckBox *m_focus;
    QSpinBox *m_hops;
    QComboBox *m_source;
    QList<SourceRow> m_sourceRows; ///< the case's sources, for their figures
    QCheckBox *m_withDuplicates; ///< the chosen sources' duplicates drawn too
    QSlider *m_from;
    QSlider *m_to;
    QPushButton *m_export;
    QLabel *m_window;
    QLabel *m_status;
    QString m_statusHtml; ///< the graph's own line, before the insights made after it
    GraphInsights m_insights;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    QTimeZone m_zone = QTimeZone::utc();
    std::optional<qint64> m_selected;
    QString m_selectedName;
    FigureKeyCursor *m_keyCursor = nullptr;
    GraphFigureMenu *m_figureMenu = nullptr;
    bool m_userZoomed = false; ///< once the analyst zooms, resizing keeps their view
};
