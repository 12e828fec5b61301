#pragma once

#include "casequeries.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;

/// @brief A list to choose events by the sources they were stored from (the events filter's, the
/// graph's): after its first item, "all sources", each file the case imported, whole where it
/// gave several sources (a return's pages, a workbook's worksheets), then each of its sources.
/// An item's data is the list of its sources' ids.
class SourceChoices
{
    Q_DECLARE_TR_FUNCTIONS(SourceChoices)

public:
    /// @brief Fills @p box after its first item with @p sources' files and sources, keeping the
    /// item chosen where it is still there (else the first).
    static void fill(QComboBox *box, const QList<SourceRow> &sources);
    /// @brief The sources of @p box's item chosen; none for the first, every source.
    static QList<qint64> chosen(const QComboBox *box);
    /// @brief Chooses the item of exactly @p ids (a source, or a file's); the first if none is.
    static void choose(QComboBox *box, const QList<qint64> &ids);
    /// @brief Why the sources chosen in @p box give no event, in the words of a view with a
    /// "with duplicates" box beside it: they stored none of their own (their records held
    /// before, their rows rejected, or none). Empty where they stored some, where none is chosen,
    /// or where @p withDuplicates lists the records held before.
    static QString nothingStoredText(const QComboBox *box, const QList<SourceRow> &sources,
                                     bool withDuplicates);
};
