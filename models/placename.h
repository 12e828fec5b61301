#pragma once

#include <QFileInfo>
#include <QString>

/// @brief How a place within a file is named, the same wherever it is shown (a source's name,
/// a preview row's place, a container's documents): "calls.xlsx › Calls (2)",
/// "return.zip › delivery-2.zip › records.html". A defence expert follows these names from a
/// preview to the stored source; they must read alike.
namespace PlaceName {
inline const QString Separator = QStringLiteral(" › ");
/// @brief @p inner within @p outer; @p outer alone when @p inner is empty.
inline QString within(const QString &outer, const QString &inner)
{
    return inner.isEmpty() ? outer : outer + Separator + inner;
}
/// @brief A file's name without its folders, as lists show it: "calls.csv"; a table inside a
/// ZIP ("/cases/return.zip › LOG/calls.csv") as "return.zip › LOG/calls.csv".
inline QString shortName(const QString &path)
{
    const qsizetype at = path.indexOf(Separator);
    return at < 0 ? QFileInfo(path).fileName() : QFileInfo(path.left(at)).fileName() + path.mid(at);
}
} // namespace PlaceName
