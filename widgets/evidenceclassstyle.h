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
    /// @brief The class's colour as it stands out from @p background by @p ratio at least (WCAG's
    /// contrast: 4.5 for words, 3 for marks): darkened on a light background, lightened on a dark
    /// one (a dark desktop theme's table), the hue kept. On white the marks are color() itself.
    static QColor colorOn(EvidenceClass evidenceClass, const QColor &background, double ratio);
    /// @brief WCAG's contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    static constexpr double WordsContrast = 4.5;
    static constexpr double MarksContrast = 3.0;
    static Qt::PenStyle lineStyle(EvidenceClass evidenceClass);
    /// @brief Draws the class's marker centred in @p rect (hollow circle, filled circle, tick), in
    /// the class's colour as it stands out from @p background.
    static void paintMarker(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass,
                            const QColor &background = Qt::white);
    /// @brief Draws the marker in @p color: a selected row's, in its highlighted text's colour.
    static void paintMarkerIn(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass,
                              const QColor &color);
    /// @brief Draws a short line sample in the class's dash style.
    static void paintLineSample(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass,
                                const QColor &background = Qt::white);
    static QIcon icon(EvidenceClass evidenceClass);
};
