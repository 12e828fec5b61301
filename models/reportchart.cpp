#include "reportchart.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

constexpr int Width = 900;
constexpr int Height = 300;
constexpr int Left = 56;
constexpr int Right = 16;
constexpr int Top = 40; // the legend stands above the plot
constexpr int Bottom = 44;

/// The colours of EvidenceClassStyle (widgets), which models cannot link.
QString colour(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return QStringLiteral("#c27c0e");
    case EvidenceClass::Communication:
        return QStringLiteral("#1f5fbf");
    case EvidenceClass::Connection:
        break;
    }
    return QStringLiteral("#5f5f5f");
}

QString dashes(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return QStringLiteral(" stroke-dasharray=\"7 4\"");
    case EvidenceClass::Communication:
        return {};
    case EvidenceClass::Connection:
        break;
    }
    return QStringLiteral(" stroke-dasharray=\"2 3\"");
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString marker(EvidenceClass evidenceClass, double x, double y)
{
    const QString c = colour(evidenceClass);
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"white\" stroke=\"%3\" "
                              "stroke-width=\"2\"/>")
            .arg(number(x), number(y), c);
    case EvidenceClass::Communication:
        return QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"%3\" stroke=\"%3\"/>")
            .arg(number(x), number(y), c);
    case EvidenceClass::Connection:
        break;
    }
    return QStringLiteral(
               "<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\" stroke-width=\"2\"/>")
        .arg(number(x), number(y - 5), number(y + 5), c);
}

QString text(double x, double y, const QString &words,
             const QString &anchor = QStringLiteral("start"))
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>")
        .arg(number(x), number(y), anchor, words.toHtmlEscaped());
}

QString legend(const ClassCounts &totals)
{
    QString out;
    double x = Left;
    for (const EvidenceClass evidenceClass : AllEvidenceClasses) {
        if (totals[size_t(evidenceClass)] == 0)
            continue;
        out += QStringLiteral("<line x1=\"%1\" y1=\"16\" x2=\"%2\" y2=\"16\" stroke=\"%3\" "
                              "stroke-width=\"2\"%4/>")
                   .arg(number(x), number(x + 36), colour(evidenceClass), dashes(evidenceClass));
        out += marker(evidenceClass, x + 18, 16);
        const QString label = EvidenceClassText::label(evidenceClass);
        out += text(x + 44, 20, label);
        x += 60 + 8 * label.size();
    }
    return out;
}

} // namespace

QString ReportChart::periodText(ReportFigures::Period period)
{
    switch (period) {
    case ReportFigures::Period::Day:
        return tr("day");
    case ReportFigures::Period::Week:
        return tr("week (from Monday)");
    case ReportFigures::Period::Month:
        break;
    }
    return tr("month");
}

QString ReportChart::periodName(const QDate &start, ReportFigures::Period period)
{
    switch (period) {
    case ReportFigures::Period::Day:
        return start.toString(Qt::ISODate);
    case ReportFigures::Period::Week:
        return tr("week of %1").arg(start.toString(Qt::ISODate));
    case ReportFigures::Period::Month:
        break;
    }
    return start.toString(QStringLiteral("yyyy-MM"));
}

QString ReportChart::svg(const QMap<QDate, ClassCounts> &periods, ReportFigures::Period period)
{
    if (periods.isEmpty())
        return {};
    // Every period from the first to the last has its place, those without events too: the
    // gaps are part of the picture.
    QList<QDate> starts;
    for (QDate day = periods.firstKey(); day <= periods.lastKey();
         day = ReportFigures::periodStart(
             period == ReportFigures::Period::Month
                 ? day.addMonths(1)
                 : day.addDays(period == ReportFigures::Period::Week ? 7 : 1),
             period))
        starts.append(day);
    ClassCounts totals{};
    qint64 peak = 1;
    for (const ClassCounts &counts : periods) {
        addCounts(totals, counts);
        peak = std::max({peak, counts[0], counts[1], counts[2]});
    }
    const double plotWidth = Width - Left - Right;
    const double plotHeight = Height - Top - Bottom;
    const double step = starts.size() > 1 ? plotWidth / double(starts.size() - 1) : 0;
    const auto xAt = [&](int i) { return Left + (starts.size() > 1 ? i * step : plotWidth / 2); };
    const auto yAt = [&](qint64 count) {
        return Top + plotHeight - plotHeight * double(count) / double(peak);
    };

    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\""
                                 " font-family=\"sans-serif\" font-size=\"12\" role=\"img\">"
                                 "<title>%3</title>")
                      .arg(Width)
                      .arg(Height)
                      .arg(tr("Events per %1, each class a line of its own (the table below gives "
                              "the figures)")
                               .arg(periodText(period))
                               .toHtmlEscaped());
    out += legend(totals);
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"black\"/>")
               .arg(Left)
               .arg(Top)
               .arg(Top + plotHeight);
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"black\"/>")
               .arg(Left)
               .arg(Top + plotHeight)
               .arg(Width - Right);
    out += text(Left - 6, Top + 4, QString::number(peak), QStringLiteral("end"));
    out += text(Left - 6, Top + plotHeight + 4, QStringLiteral("0"), QStringLiteral("end"));
    out += text(Left, Height - Bottom + 18, periodName(starts.first(), period));
    if (starts.size() > 1)
        out += text(Width - Right, Height - Bottom + 18, periodName(starts.last(), period),
                    QStringLiteral("end"));
    out += text(Left + plotWidth / 2, Height - 8, tr("events per %1").arg(periodText(period)),
                QStringLiteral("middle"));
    for (const EvidenceClass evidenceClass : AllEvidenceClasses) {
        const auto index = size_t(evidenceClass);
        if (totals[index] == 0)
            continue;
        QStringList points;
        QString markers;
        for (int i = 0; i < starts.size(); ++i) {
            const qint64 count = periods.value(starts[i])[index];
            points.append(number(xAt(i)) + u',' + number(yAt(count)));
            if (count > 0)
                markers += marker(evidenceClass, xAt(i), yAt(count));
        }
        out += QStringLiteral(
                   "<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\"%2 points=\"%3\"/>")
                   .arg(colour(evidenceClass), dashes(evidenceClass), points.join(u' '));
        out += markers;
    }
    return out + QStringLiteral("</svg>");
}
