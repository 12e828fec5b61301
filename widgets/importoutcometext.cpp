#include "importoutcometext.h"

#include "namedfew.h"
#include "placename.h"

#include <QLocale>
#include <QMessageBox>

QStringList ImportOutcomeText::grouped(const QList<Said> &said, Places named)
{
    QStringList texts;
    QHash<QString, QStringList> placesOf;
    for (const Said &one : said) {
        if (!placesOf.contains(one.text))
            texts.append(one.text);
        QStringList &places = placesOf[one.text];
        if (!one.place.isEmpty() && !places.contains(one.place))
            places.append(one.place);
    }
    QStringList paragraphs;
    for (const QString &text : texts) {
        const QStringList &places = placesOf.value(text);
        paragraphs.append(places.isEmpty() ? text
                                           : tr("%1: %2").arg(placesText(places, named), text));
    }
    return paragraphs;
}

QString ImportOutcomeText::placesText(const QStringList &places, Places named)
{
    const auto listed = [named](const QStringList &names) {
        return named == Places::Few && names.size() > NamedFew::Shown
                   ? NamedFew::of(names)
                   : QLocale().createSeparatedList(names);
    };
    // "return.tar › LOG/a.csv" and "return.tar › LOG/b.csv" share "return.tar › ": said once.
    const auto containerOf = [](const QString &place) {
        const qsizetype at = place.indexOf(PlaceName::Separator);
        return at < 0 ? QString() : place.left(at + PlaceName::Separator.size());
    };
    const QString shared = containerOf(places.constFirst());
    bool allShare = places.size() > 1 && !shared.isEmpty();
    for (const QString &place : places)
        allShare = allShare && containerOf(place) == shared;
    if (!allShare)
        return listed(places);
    QStringList inner;
    for (const QString &place : places)
        inner.append(place.mid(shared.size()));
    return shared + listed(inner);
}

namespace {

/// A box of @p shortened, the first ShownInBox of them, and of @p whole in its details where
/// the text leaves any of it out.
void showBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
             const QStringList &shortened, const QStringList &whole, const QString &separator)
{
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    QStringList shown = shortened.mid(0, ImportOutcomeText::ShownInBox);
    if (shortened.size() > ImportOutcomeText::ShownInBox) {
        shown.append(ImportOutcomeText::tr("… and %n more, under “Show Details...”.", nullptr,
                                           int(shortened.size() - ImportOutcomeText::ShownInBox)));
    }
    if (shortened.size() > ImportOutcomeText::ShownInBox || shortened != whole)
        box.setDetailedText(whole.join(separator));
    box.setTextFormat(Qt::PlainText); // files, lines and cells as written, never read as markup
    box.setText(shown.join(separator));
    box.exec();
}

} // namespace

void ImportOutcomeText::showWarning(QWidget *parent, const QString &title, const QList<Said> &said)
{
    showBox(parent, QMessageBox::Warning, title, grouped(said, Places::Few), grouped(said),
            QStringLiteral("\n\n"));
}

void ImportOutcomeText::showLines(QWidget *parent, const QString &title, const QStringList &lines)
{
    showBox(parent, QMessageBox::Information, title, lines, lines, QStringLiteral("\n"));
}
