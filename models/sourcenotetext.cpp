#include "sourcenotetext.h"

#include "tableformat.h"

#include <functional>

QStringList SourceNoteText::textReadingNotes(const QJsonObject &metadata)
{
    QStringList notes{windows1252Note(metadata.value(QStringLiteral("lines_read_as_windows_1252")).toArray()),
                      unpairedSurrogatesNote(metadata.value(QStringLiteral("lines_with_unpaired_surrogates")).toArray()),
                      replacedReferencesNote(metadata.value(QStringLiteral("character_references_replaced")).toArray()),
                      controlCharactersNote(metadata.value(QStringLiteral("control_characters_kept")).toArray()),
                      textFormulasNote(metadata.value(QStringLiteral("excel_text_formulas")).toArray())};
    notes.removeAll(QString());
    return notes;
}

QString SourceNoteText::unterminatedNote(int line)
{
    return tr("the file ends inside line %1, with no line end after it: that line may have been cut short").arg(line);
}

QJsonArray SourceNoteText::lineRuns(const QList<int> &lines)
{
    // As runs of lines, first and last: records pasted in from another export come in blocks.
    QJsonArray runs;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype last = i;
        while (last + 1 < lines.size() && lines.at(last + 1) == lines.at(last) + 1)
            ++last;
        runs.append(QJsonArray{lines.at(i), lines.at(last)});
        i = last + 1;
    }
    return runs;
}

namespace {

/// "16–18, 40, …": the first ten runs of lines; @p lines is set to how many lines they hold.
QString runsText(const QJsonArray &runs, int *lines)
{
    *lines = 0;
    QStringList shown;
    for (const QJsonValue &run : runs) {
        const int first = run[0].toInt();
        const int last = run[1].toInt();
        *lines += last - first + 1;
        if (shown.size() < 10)
            shown.append(first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last));
        else if (shown.size() == 10)
            shown.append(QStringLiteral("…"));
    }
    return shown.join(QStringLiteral(", "));
}

/// The words @p words gives for a count of lines, the runs' lines (the first ten) put in them;
/// empty if the runs hold none.
QString linesNote(const QJsonArray &runs, const std::function<QString(int)> &words)
{
    int lines = 0;
    const QString shown = runsText(runs, &lines);
    return lines == 0 ? QString() : words(lines).arg(shown);
}

} // namespace

QString SourceNoteText::windows1252Note(const QJsonArray &runs)
{
    return linesNote(runs, [](int lines) {
        return tr("%n line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: %1", nullptr, lines);
    });
}

QString SourceNoteText::unpairedSurrogatesNote(const QJsonArray &runs)
{
    return linesNote(runs, [](int lines) {
        return tr("%n line(s) of this UTF-16 file hold code units that are no text (a surrogate without its other half), "
                  "read as U+FFFD (\uFFFD) in their place: %1",
                  nullptr, lines);
    });
}

QString SourceNoteText::replacedReferencesNote(const QJsonArray &runs)
{
    return linesNote(runs, [](int lines) {
        return tr("%n line(s) hold a character reference that names no character (as \"&#xD83D;\", half of a pair), "
                  "read as U+FFFD (\uFFFD) in its place: %1",
                  nullptr, lines);
    });
}

QString SourceNoteText::controlCharactersNote(const QJsonArray &runs)
{
    return linesNote(runs, [](int lines) {
        return tr("%n line(s) hold a control character XML does not allow (its XML is not well-formed there), read as "
                  "it stands, as a text file's would be: %1",
                  nullptr, lines);
    });
}

QString SourceNoteText::excelApostrophesNote(const QJsonObject &metadata)
{
    return linesNote(metadata.value(QStringLiteral("excel_text_apostrophes")).toArray(), [](int lines) {
        return tr("%n line(s) write values with the apostrophe Excel puts before a cell's text to keep it as typed "
                  "(as '2016-09-12 14:03:07) or between two of them (as '15/04/2026'), read without them: %1",
                  nullptr, lines);
    });
}

QString SourceNoteText::textFormulasNote(const QJsonArray &runs)
{
    return linesNote(runs, [](int lines) {
        return tr("%n line(s) write values as Excel's formulas of text (as =\"+12025550100\", which Excel shows as "
                  "+12025550100), read as the text they show: %1",
                  nullptr, lines);
    });
}

QStringList SourceNoteText::hiddenInSheetNotes(const QJsonObject &metadata)
{
    // Rows Excel hides or filters out are in the file, and read: an analyst or a defence expert
    // counting the rows Excel shows counts fewer than were imported, and is told why.
    QStringList notes;
    if (metadata.value(QStringLiteral("worksheet_hidden")).toBool())
        notes.append(tr("this worksheet is hidden in its workbook, no tab showing it; its rows were read as any other "
                        "worksheet's"));
    const QString rows = linesNote(metadata.value(QStringLiteral("hidden_rows")).toArray(), [](int lines) {
        return tr("%n row(s) are hidden or filtered out, and not shown by the spreadsheet program; they are in the "
                  "file and were read as every other row: %1",
                  nullptr, lines);
    });
    if (!rows.isEmpty())
        notes.append(rows);
    // A column is hidden to tidy a report, or to keep a value from the eye: either way an analyst
    // comparing the import with the worksheet on screen does not see where these values came from.
    if (const QJsonArray columns = metadata.value(QStringLiteral("hidden_columns")).toArray(); !columns.isEmpty())
        notes.append(tr("%n column(s) are hidden, and not shown by the spreadsheet program; they are in the file "
                        "and were read as every other column: %1",
                        nullptr, int(columns.size()))
                         .arg(hiddenColumnsText(columns)));
    // A value kept from the eye by its cell's format (";;;"): the cell looks empty on screen.
    if (const QJsonArray columns = metadata.value(QStringLiteral("values_shown_blank")).toArray(); !columns.isEmpty())
        notes.append(tr("cells of %n column(s) hold values their number format shows as nothing (as \";;;\" does), "
                        "shown blank by the spreadsheet program; they are in the file and were read: %1",
                        nullptr, int(columns.size()))
                         .arg(cellColumnsText(columns)));
    return notes;
}

QString SourceNoteText::cellColumnsText(const QJsonArray &columns)
{
    QStringList texts;
    for (const QJsonValue &value : columns) {
        int rows = 0;
        const QString shown = runsText(value[QStringLiteral("rows")].toArray(), &rows);
        texts.append(tr("%1 in %n row(s): %2", nullptr, rows).arg(hiddenColumnsText(QJsonArray{value}), shown));
    }
    return texts.join(QStringLiteral("; "));
}

QString SourceNoteText::hiddenColumnsText(const QJsonArray &columns)
{
    QStringList texts;
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        const QString header = column.value(QStringLiteral("header")).toString();
        const QString named = header.isEmpty() ? tr("no header") : tr("\"%1\"").arg(header);
        QStringList fields;
        for (const QJsonValue &key : column.value(QStringLiteral("fields")).toArray()) {
            if (const auto field = TableFormat::fieldFromKey(key.toString()))
                fields.append(TableFormat::fieldName(*field));
        }
        const QString letters = column.value(QStringLiteral("column")).toString();
        texts.append(fields.isEmpty() ? tr("%1 (%2, kept among the row's other columns)").arg(letters, named)
                                      : tr("%1 (%2, read as the %3)").arg(letters, named, fields.join(tr(" and "))));
    }
    return texts.join(QStringLiteral(", "));
}

QString SourceNoteText::formulaResultsNote(const QJsonObject &metadata)
{
    // A value a formula computes is not the value a provider's system wrote: someone, or the
    // export, made it from other cells. The analyst and a defence expert are told which rows.
    const QString note = linesNote(metadata.value(QStringLiteral("formula_cells")).toArray(), [](int lines) {
        return tr("%n row(s) hold a cell whose value a formula computes; it was read as the result the file saved "
                  "(what the spreadsheet program showed when it saved it): %1",
                  nullptr, lines);
    });
    return withFormulaColumns(note, metadata.value(QStringLiteral("formula_columns")).toArray());
}

QString SourceNoteText::withFormulaColumns(const QString &note, const QJsonArray &columns)
{
    // Which column was computed matters as much as which row: a start time, or a note.
    return note.isEmpty() || columns.isEmpty() ? note : tr("%1 — by column: %2").arg(note, cellColumnsText(columns));
}

QString SourceNoteText::formulasWithoutResultNote(const QJsonObject &metadata)
{
    const QString note = linesNote(metadata.value(QStringLiteral("formulas_without_result")).toArray(), [](int lines) {
        return tr("%n row(s) hold a formula the file saved no result for (or an empty one): the cell was read as "
                  "empty, where the spreadsheet program shows what it computes on opening: %1",
                  nullptr, lines);
    });
    return withFormulaColumns(note, metadata.value(QStringLiteral("formula_columns_without_result")).toArray());
}

QString SourceNoteText::blankLinesNote(const QJsonObject &blankLines)
{
    int named = 0;
    QString shown = runsText(blankLines.value(QStringLiteral("runs")).toArray(), &named);
    const qint64 count = blankLines.value(QStringLiteral("count")).toInteger();
    if (count == 0)
        return {};
    if (count > named && !shown.endsWith(u'…'))
        shown += QStringLiteral(", …");
    const int n = int(qMin<qint64>(count, INT_MAX));
    if (blankLines.value(QStringLiteral("records")).toBool())
        return tr("%n JSON record(s) with no value (as {}, [] or all their values null or empty) were not counted "
                  "as rows, at the lines they begin on: %1",
                  nullptr, n)
            .arg(shown);
    return tr("%n blank line(s) hold no record and were not counted as rows: %1", nullptr, n).arg(shown);
}

bool SourceNoteText::linesInRuns(const QJsonArray &runs, int first, int last)
{
    return std::any_of(runs.cbegin(), runs.cend(), [first, last](const QJsonValue &run) {
        return run[0].toInt() <= last && first <= run[1].toInt();
    });
}
