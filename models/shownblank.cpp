#include "shownblank.h"

#include <QList>
#include <QString>

namespace {

/// The sections of @p code, parted by the semicolons outside quotes, brackets and escapes; each
/// section as what it shows, its colours and conditions ("[Red]", "[>100]") left out.
QList<QString> sectionsOf(QStringView code)
{
    QList<QString> sections{QString()};
    bool quoted = false;
    bool bracketed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
            sections.last() += c;
        } else if (bracketed) {
            bracketed = c != u']';
        } else if (c == u'"') {
            quoted = true;
            sections.last() += c;
        } else if (c == u'[') {
            bracketed = true;
        } else if (c == u'\\' && i + 1 < code.size()) {
            sections.last() += code.sliced(i, 2);
            ++i;
        } else if (c == u';') {
            sections.append(QString());
        } else {
            sections.last() += c;
        }
    }
    return sections;
}

} // namespace

ShownBlank ShownBlank::byFormat(QStringView code)
{
    ShownBlank blank;
    const QList<QString> sections = sectionsOf(code);
    if (sections.size() < 2)
        return blank; // one section shows every number by it, and text as written
    // Two sections: positive and zero; negative. Three or more: positive; negative; zero; text.
    blank.positive = sections.at(0).isEmpty();
    blank.negative = sections.at(1).isEmpty();
    blank.zero = sections.size() >= 3 ? sections.at(2).isEmpty() : blank.positive;
    blank.text = sections.size() >= 4 && sections.at(3).isEmpty();
    return blank;
}

bool ShownBlank::hidesNumber(QStringView written) const
{
    bool ok = false;
    const double value = written.toDouble(&ok);
    if (!ok)
        return false;
    return value > 0 ? positive : value < 0 ? negative : zero;
}
