#pragma once

#include "figurekeycursor.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <QWidget>

/// @brief Walks a view's figures with the keyboard as a person would, for the suites of the
/// charts and the graph.
namespace FigureKeyWalk {

/// @brief A spot on the surface to the half pixel, to tell figures apart.
inline QPair<int, int> spot(const QPointF &at)
{
    return {qRound(at.x() * 2), qRound(at.y() * 2)};
}

/// @brief The figures the arrow keys reach from Home on @p target, walking breadth first, each
/// with the keys after Home that lead to it: each found by pressing Home, then the keys that led
/// to a figure found before, then an arrow.
inline QHash<QPair<int, int>, QList<Qt::Key>> pathsByArrows(QWidget *target, const FigureKeyCursor *cursor)
{
    QHash<QPair<int, int>, QList<Qt::Key>> paths;
    QTest::keyClick(target, Qt::Key_Home);
    if (!cursor->current())
        return paths;
    QList<QList<Qt::Key>> queue{{}};
    paths.insert(spot(*cursor->current()), {});
    for (qsizetype i = 0; i < queue.size(); ++i) {
        for (const Qt::Key arrow : {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down}) {
            QTest::keyClick(target, Qt::Key_Home);
            for (const Qt::Key key : queue.at(i))
                QTest::keyClick(target, key);
            QTest::keyClick(target, arrow);
            if (!cursor->current() || paths.contains(spot(*cursor->current())))
                continue;
            queue.append(queue.at(i) + QList<Qt::Key>{arrow});
            paths.insert(spot(*cursor->current()), queue.last());
        }
    }
    return paths;
}

inline QSet<QPair<int, int>> reachedByArrows(QWidget *target, const FigureKeyCursor *cursor)
{
    const auto paths = pathsByArrows(target, cursor);
    return {paths.keyBegin(), paths.keyEnd()};
}

/// @brief Puts the cursor on the figure drawn at @p at by keys alone; false if none leads there.
inline bool goTo(QWidget *target, const FigureKeyCursor *cursor, const QPointF &at)
{
    const auto paths = pathsByArrows(target, cursor);
    if (!paths.contains(spot(at)))
        return false;
    QTest::keyClick(target, Qt::Key_Home);
    for (const Qt::Key key : paths.value(spot(at)))
        QTest::keyClick(target, key);
    return cursor->current() && spot(*cursor->current()) == spot(at);
}

} // namespace FigureKeyWalk
