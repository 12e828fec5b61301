#include "helpactions.h"

#include "evidenceclass.h"
#include "importjob.h"
#include "zonerules.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

HelpActions::HelpActions(QWidget *window, QMenu *menu) : QObject(window), m_window(window)
{
    menu->addAction(tr("What does a &lookup prove?"), QKeySequence::HelpContents, this,
                    &HelpActions::showLookupCaveat);
    menu->addAction(tr("Using the &keyboard"), this, &HelpActions::showKeyboardHelp);
    menu->addAction(tr("&About LookupLens"), this, &HelpActions::showAbout);
}

void HelpActions::showLookupCaveat()
{
    QMessageBox::information(
        m_window, tr("What does a lookup prove?"),
        tr("<p>%1</p><p>Lookups (iMessage capability queries, FaceTime invitations) are "
           "counted, drawn and exported apart from communications (calls, SMS, messages) "
           "everywhere in LookupLens.</p>")
            .arg(EvidenceClassText::lookupCaveat()));
}

void HelpActions::showKeyboardHelp()
{
    QMessageBox::information(
        m_window, tr("Using the keyboard"),
        tr("<p>Every figure a click reaches, the keyboard reaches too.</p><ul>"
           "<li><b>Tab</b> into the timeline, the patterns, the graph or the map: a dashed ring "
           "marks a figure "
           "and its description shows, as when the mouse rests on it.</li>"
           "<li><b>Arrow keys</b> move the ring to the next figure that way; <b>Home</b> and "
           "<b>End</b> to the "
           "first and last.</li>"
           "<li><b>Enter</b> or <b>Space</b> does what a click there does (in the graph and on the "
           "map, a double "
           "click): the figure's events are listed in the events table, each with its source "
           "line.</li>"
           "<li><b>+</b> and <b>-</b> zoom in and out about the figure (timeline, graph, map); "
           "<b>Esc</b> lets "
           "go of it.</li>"
           "<li>In the handle list, <b>F2</b> gives the selected handle a label; in the events "
           "table, "
           "<b>Ctrl+M</b> marks the highlighted event with a note of yours.</li>"
           "<li><b>Ctrl+C</b> in a table copies the selected rows with their headings, for a "
           "spreadsheet or a "
           "document; its context menu (the Menu key, or <b>Shift+F10</b>) copies or exports the "
           "whole table, and in the handle, IP and source lists, the events table and the "
           "cross-reference leads from the row to its events, the timeline, the graph, the map, "
           "its source or the cross-reference of its two handles; in the timeline, the patterns, "
           "the graph and the map, a figure's menu does the same (a right click, or the Menu key "
           "on the figure the ring is on).</li>"
           "<li><b>Ctrl+I</b> imports files, <b>Ctrl+E</b> exports the events shown, <b>Ctrl+R</b> "
           "writes a "
           "report on them, <b>Ctrl+1</b> to "
           "<b>Ctrl+5</b> and <b>Ctrl+L</b> show or hide the panels.</li></ul>"));
}

void HelpActions::showAbout()
{
    // What reads records on this machine, as each source keeps it: a defence expert compares.
    const QString rules = ZoneRules::databaseVersion();
    QMessageBox::about(
        m_window, tr("About LookupLens"),
        tr("<p><b>LookupLens</b> %1</p><p>Reads provider lookup logs and communication records "
           "and keeps the two apart. Works offline.</p><p>Basemap made with Natural Earth "
           "(public domain).</p>")
                .arg(QCoreApplication::applicationVersion()) +
            tr("<p>Importer: %1<br>Time zones: the tz database, version %2</p>")
                .arg(ImportJob::importerVersion().toHtmlEscaped(),
                     rules.isEmpty() ? tr("unknown") : rules));
}
