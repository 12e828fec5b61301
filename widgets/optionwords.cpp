#include "optionwords.h"

#include <QRegularExpression>

#include <functional>

namespace {

// "(--timezone)", "(--date-order dmy or mdy)", "(to import it again: --allow-duplicate)": a bracket
// that names an option, with the words before it.
const QRegularExpression &optionInBrackets()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\s*\([^()]*?(--[a-z][a-z-]*)[^()]*\))"));
    return pattern;
}

QString replaced(const QString &text, const std::function<QString(const QString &)> &with)
{
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator each = optionInBrackets().globalMatch(text);
    while (each.hasNext()) {
        const QRegularExpressionMatch m = each.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += with(m.captured(1));
        from = m.capturedEnd();
    }
    return out + QStringView(text).mid(from);
}

} // namespace

QString OptionWords::withoutOptions(const QString &text)
{
    return replaced(text, [](const QString &) { return QString(); });
}

QString OptionWords::withControlNames(const QString &text)
{
    return replaced(text, [](const QString &option) {
        const QString control = controlOf(option);
        return control.isEmpty() ? QString() : u' ' + tr("(“%1” in the import dialog)").arg(control);
    });
}

QString OptionWords::controlOf(const QString &option)
{
    // The labels of the import dialog's rows, without their colons.
    if (option == u"--timezone")
        return tr("Zone of unmarked times");
    if (option == u"--date-order")
        return tr("Dates like 03/04/2016");
    if (option == u"--subscriber")
        return tr("Subscriber of the records");
    if (option == u"--profile")
        return tr("Format: Column mapping (profile)…");
    if (option == u"--format")
        return tr("Format");
    if (option == u"--timestamp-format")
        return tr("Times written as");
    if (option == u"--region")
        return tr("Numbers without a country code");
    return {};
}
