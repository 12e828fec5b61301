#pragma once

#include "evidenceclass.h"

#include <QString>

/// @brief What a report's pictures (its charts, its contact graph) draw alike, in the visual
/// language of every view (product.md): lookups amber, dashed, hollow; communications blue,
/// solid, filled; connections grey, dotted, upright ticks.
namespace ReportSvg {
/// @brief The colours of EvidenceClassStyle (widgets), which models cannot link.
QString colour(EvidenceClass evidenceClass);
/// @brief The stroke-dasharray attribute of the class's lines (with its leading space), or none.
QString dashes(EvidenceClass evidenceClass);
/// @brief A coordinate as written in the picture: one decimal.
QString number(double value);
/// @brief The class's mark at (@p x, @p y): a hollow circle, a filled one, an upright tick.
QString marker(EvidenceClass evidenceClass, double x, double y);
/// @brief Escaped words at (@p x, @p y); @p anchor "start", "middle" or "end".
QString text(double x, double y, const QString &words,
             const QString &anchor = QStringLiteral("start"));
/// @brief The legend across the top from @p left: each class that has events, its line and mark
/// beside its name.
QString legend(const ClassCounts &totals, double left);
} // namespace ReportSvg
