#include "importoutcometext.h"

#include "placename.h"

#include <QLocale>
#include <QMessageBox>

QStringList ImportOutcomeText::grouped(const QList<Said> &said)
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
        paragraphs.append(places.isEmpty() ? text : tr("%1: %2").arg(placesText(places), text));
    }
    return paragraphs;
}

QString ImportOutcomeText::placesText(const QStringList &places)
{
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
        return QLocale().createSeparatedList(places);
    QStringList inner;
    for (const QString &place : places)
        inner.append(place.mid(shared.size()));
    return shared + QLocale().createSeparatedList(inner);
}

void ImportOutcomeText::showWarning(QWidget *parent, const QString &title, const QStringList &paragraphs)
{
    QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, parent);
    QStringList shown = paragraphs.mid(0, ShownInBox);
    if (paragraphs.size() > ShownInBox) {
        shown.append(tr("… and %n more, under “Show Details...”.", nullptr, int(paragraphs.size() - ShownInBox)));
        box.setDetailedText(paragraphs.join(QStringLiteral("\n\n")));
    }
    box.setTextFormat(Qt::PlainText); // files, lines and cells as written, never read as markup
    box.setText(shown.join(QStringLiteral("\n\n")));
    box.exec();
}
