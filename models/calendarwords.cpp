#include "calendarwords.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace {

/// A word as looked up: lower case, without its accents or a closing dot ("Févr." → "fevr").
QString keyOf(QStringView word)
{
    QString key = word.toString().toLower().normalized(QString::NormalizationForm_D);
    key.removeIf([](QChar c) { return c.isMark(); });
    while (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

/// Words to numbers; a word two numbers share stands for neither.
class WordTable
{
public:
    void add(const QString &word, int number)
    {
        const QString key = keyOf(word);
        const int known = m_numbers.value(key);
        m_numbers.insert(key, known == 0 || known == number ? number : -1);
    }
    int number(QStringView word) const { return qMax(0, m_numbers.value(keyOf(word))); }

private:
    QHash<QString, int> m_numbers;
};

/// Qt's own copy of the Unicode CLDR names, rather than lists typed here.
QList<QLocale> languages()
{
    return {QLocale(QLocale::English), QLocale(QLocale::German),     QLocale(QLocale::French),
            QLocale(QLocale::Spanish), QLocale(QLocale::Portuguese), QLocale(QLocale::Italian),
            QLocale(QLocale::Dutch)};
}

WordTable monthTable()
{
    WordTable table;
    for (const QLocale &locale : languages()) {
        for (int month = 1; month <= 12; ++month) {
            const QString whole = locale.monthName(month, QLocale::LongFormat);
            table.add(whole, month);
            // "Okt", "Dez", "ago": a column's width, or Excel's "MMM".
            table.add(whole.left(3), month);
            table.add(locale.monthName(month, QLocale::ShortFormat), month);
            table.add(locale.standaloneMonthName(month, QLocale::ShortFormat), month);
        }
    }
    table.add(QStringLiteral("Sept"), 9);
    table.add(QStringLiteral("Mrz"), 3); // German's short March in Excel and DIN 5008
    return table;
}

WordTable weekdayTable()
{
    WordTable table;
    for (const QLocale &locale : languages()) {
        for (int day = 1; day <= 7; ++day) {
            const QString whole = locale.dayName(day, QLocale::LongFormat);
            table.add(whole, day);
            table.add(whole.section(u'-', 0, 0), day); // Portuguese "segunda" for "segunda-feira"
            table.add(locale.dayName(day, QLocale::ShortFormat), day);
            table.add(locale.standaloneDayName(day, QLocale::ShortFormat), day);
            if (locale.language() == QLocale::English) { // "Tues", "Thurs", "Wednes"
                for (qsizetype size = 3; size < whole.size(); ++size)
                    table.add(whole.left(size), day);
            }
        }
    }
    return table;
}

} // namespace

int CalendarWords::month(QStringView name)
{
    static const WordTable months = monthTable();
    return months.number(name);
}

int CalendarWords::weekday(QStringView name)
{
    static const WordTable weekdays = weekdayTable();
    return month(name) == 0 ? weekdays.number(name) : 0;
}
