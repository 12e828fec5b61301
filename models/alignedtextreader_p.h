#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// What the two files of AlignedTextReader (alignedtextreader.cpp, and alignedtextruleless.cpp
/// for tables without a rule) share of reading a line's layout.
namespace AlignedTextLayout {

/// @brief @p line without the spaces at its end.
QString rightTrimmed(QString line);
/// @brief Whether @p c may stand where a rule parts two columns: a space, or the bar of a table
/// drawn with "|" (psql, MySQL).
bool partsColumns(QChar c);
/// @brief Whether the lines under a rule stand in its columns, up to a blank line, another
/// rule (a table's bottom border) or the tool's count: parted where a column ends. A CSV whose
/// title was underlined word by word has a rule, but its records do not keep to it.
bool alignedBelow(const QStringList &lines, const QList<qsizetype> &starts);

} // namespace AlignedTextLayout
