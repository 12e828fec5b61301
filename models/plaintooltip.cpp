#include "plaintooltip.h"

QString PlainToolTip::of(const QString &text)
{
    // pre-wrap keeps every space and line break as written, and still wraps a long line.
    return text.isEmpty() ? QString()
                          : QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}
