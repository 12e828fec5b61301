#include "tabletext.h"

#include "eventexport.h"
#include "evidenceclass.h"
#include "itemroles.h"

#include <QAbstractItemModel>
#include <QRegularExpression>

TableCells TableText::cells(const QAbstractItemModel &model, const QList<int> &rows,
                            const QList<int> &columns)
{
    TableCells cells;
    for (int column : columns)
        cells.headings.append(
            oneLine(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    cells.rows.reserve(rows.size());
    bool marked = false;   // a count marked
    QStringList signNotes; // what other cells' signs mean
    for (int row : rows) {
        QStringList words;
        words.reserve(columns.size());
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            QString text = index.data(Qt::DisplayRole).toString();
            // The window marks such a count with a warning sign beside it: the copy keeps the sign
            // and says beneath what it means.
            if (index.data(ItemRoles::CountCaveatRole).toBool()) {
                text += u' ' + CountCaveatSign;
                const QString note = index.data(ItemRoles::CaveatNoteRole).toString();
                if (note.isEmpty())
                    marked = true;
                else if (!signNotes.contains(note))
                    signNotes.append(note);
            }
            words.append(text);
        }
        cells.rows.append(words);
    }
    if (marked)
        cells.notes.append(countCaveat());
    cells.notes += signNotes;
    if (const QString note =
            model.headerData(0, Qt::Horizontal, ItemRoles::TableNoteRole).toString();
        !note.isEmpty())
        cells.notes.append(note);
    return cells;
}

QString TableText::countCaveat()
{
    return tr("%1 Not simply the records its file holds: some of them stand in another source too, "
              "counted in both, or parts of the file were not read. The source's description says "
              "which.")
        .arg(CountCaveatSign);
}

QString TableText::oneLine(const QString &heading)
{
    // A heading broken for a narrow column: a word hyphenated at the break is one word again.
    static const QRegularExpression brokenWord(QStringLiteral("(\\p{L})-\\n(\\p{Ll})"));
    QString line = heading;
    line.replace(brokenWord, QStringLiteral("\\1\\2"));
    line.remove(QChar(0x00AD)); // a soft hyphen shows only where a line breaks
    return line.simplified();
}

namespace {

QStringList caveats(const TableCells &cells)
{
    QStringList lines = cells.notes;
    if (cells.showsLookups)
        lines.prepend(EvidenceClassText::lookupCaveat());
    return lines;
}

QString tabField(const QString &field)
{
    if (!field.contains(u'\t') && !field.contains(u'\n') && !field.contains(u'\r') &&
        !field.contains(u'"'))
        return field;
    return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString joined(const QStringList &fields, QString (*escape)(const QString &), QChar separator)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    return escaped.join(separator);
}

} // namespace

QString TableText::tabSeparated(const TableCells &cells)
{
    QString text = joined(cells.headings, tabField, u'\t') + u'\n';
    for (const QStringList &row : cells.rows)
        text += joined(row, tabField, u'\t') + u'\n';
    const QStringList beneath = caveats(cells);
    if (!beneath.isEmpty())
        text += u'\n' + joined(beneath, tabField, u'\n') + u'\n';
    return text;
}

QString TableText::html(const TableCells &cells)
{
    // Text, not numbers: a spreadsheet pasted into would read "+12025550143" as a number and drop
    // its plus (mso-number-format is the one hint Excel takes from pasted HTML).
    const auto line = [](const QStringList &fields, QStringView tag) -> QString {
        QString row = QStringLiteral("<tr>");
        for (const QString &field : fields)
            row += QStringLiteral("<%1 style=\"mso-number-format:'\\@'\">%2</%1>")
                       .arg(tag, field.toHtmlEscaped());
        return row + QStringLiteral("</tr>\n");
    };
    QString html = QStringLiteral("<table>\n<thead>") + line(cells.headings, u"th") +
                   QStringLiteral("</thead>\n<tbody>\n");
    for (const QStringList &row : cells.rows)
        html += line(row, u"td");
    html += QStringLiteral("</tbody>\n</table>\n");
    for (const QString &caveat : caveats(cells))
        html += QStringLiteral("<p>%1</p>\n").arg(caveat.toHtmlEscaped());
    return html;
}

QByteArray TableText::csv(const TableCells &cells)
{
    QString text = joined(cells.headings, EventExport::csvEscape, u',') + QStringLiteral("\r\n");
    for (const QStringList &row : cells.rows)
        text += joined(row, EventExport::csvEscape, u',') + QStringLiteral("\r\n");
    const QStringList beneath = caveats(cells);
    if (!beneath.isEmpty())
        text += QStringLiteral("\r\n");
    for (const QString &caveat : beneath)
        text += EventExport::csvEscape(caveat) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
