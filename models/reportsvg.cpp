#include "reportsvg.h"

QString ReportSvg::colour(EvidenceClass evidenceClass)
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

QString ReportSvg::dashes(EvidenceClass evidenceClass)
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

QString ReportSvg::number(double value)
{
    return QString::number(value, 'f', 1);
}

QString ReportSvg::marker(EvidenceClass evidenceClass, double x, double y)
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

QString ReportSvg::text(double x, double y, const QString &words, const QString &anchor)
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>")
        .arg(number(x), number(y), anchor, words.toHtmlEscaped());
}

QString ReportSvg::legend(const ClassCounts &totals, double left)
{
    QString out;
    double x = left;
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
