#include "highlightedevent.h"

#include "casesession.h"
#include "eventtablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>

HighlightedEvent::HighlightedEvent(QTableView *events, QObject *parent)
    : QObject(parent), m_events(events)
{
}

void HighlightedEvent::attach(CaseSession *session)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections.append(connect(m_events->selectionModel(),
                                     &QItemSelectionModel::selectionChanged, this,
                                     &HighlightedEvent::changed));
        // A filter resets the rows; a mark set changes one.
        m_connections.append(connect(session->events(), &QAbstractItemModel::modelReset, this,
                                     &HighlightedEvent::changed));
        m_connections.append(connect(session->events(), &QAbstractItemModel::dataChanged, this,
                                     &HighlightedEvent::changed));
    }
    emit changed();
}

const EventRow *HighlightedEvent::event() const
{
    if (!m_session || !m_events->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_events->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_session->events()->eventAt(rows.first().row());
}
