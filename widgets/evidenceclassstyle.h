#pragma once

#include "evidenceclass.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPen>

class QPainter;

/// @brief The visual language of product.md in one place: lookups hollow, dashed, amber;
/// communications filled, solid, blue; connections a small tick. Colour is never the only cue.
class EvidenceClassStyle final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceClassStyle)
public:
    static QColor color(EvidenceClass evidenceClass);
    static Qt::PenStyle lineStyle(EvidenceClass evidenceClass);
    /// @brief Draws the class's marker centred in @p rect (hollow circle, filled circle, tick).
    static void paintMarker(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass);
    /// @brief Draws a short line sample in the class's dash style.
    static void paintLineSample(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass);
    static QIcon icon(EvidenceClass evidenceClass);
};
