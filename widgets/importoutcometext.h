#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

/// @brief What the window says, after an import, of the problems and warnings of its files.
///
/// An archive cut short is said of every table read out of it, and a batch of files read alike
/// warns of each: the same words once per file made a box taller than the screen whose point
/// was lost in repetition. Each text is said once, naming every file it was said of.
class ImportOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(ImportOutcomeText)
public:
    /// @brief One thing said of one file; @p place empty for a text that names its file itself.
    struct Said {
        QString place;
        QString text;
    };
    /// @brief How many paragraphs a box shows before the rest go to its details.
    static constexpr int ShownInBox = 6;

    /// @brief Every place named, or the first few and how many more (a text said of a folder of
    /// thousands of files would otherwise name them all in one paragraph).
    enum class Places
    {
        All,
        Few
    };

    /// @brief One paragraph per distinct text, in the order first said, naming each place it was
    /// said of ("return.tar › LOG/a.csv and LOG/b.csv: …", the archive named once).
    static QStringList grouped(const QList<Said> &said, Places named = Places::All);
    /// @brief @p places as one list, the container they share named once.
    static QString placesText(const QStringList &places, Places named = Places::All);
    /// @brief A warning box of what was @p said, each text once: the first ShownInBox paragraphs
    /// in its text, a few places each; in its details (a scrolling field), when any was left out,
    /// all of them with every place.
    static void showWarning(QWidget *parent, const QString &title, const QList<Said> &said);
    /// @brief An information box of @p lines, one a line: the first ShownInBox in its text, all of
    /// them in its details when there are more (a folder of thousands of files left out).
    static void showLines(QWidget *parent, const QString &title, const QStringList &lines);
};
