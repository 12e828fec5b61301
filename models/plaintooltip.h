#pragma once

#include <QString>

/// @brief A tooltip's text shown as written.
///
/// Qt shows a tooltip as markup where it merely looks like some: a WhatsApp record's line
/// ("<div>Message</div>…") was drawn as a page, a row holding "<tr>" was cut there, and a
/// handle or file name holding a tag lost it. Every tooltip quoting the evidence goes through
/// this: escaped, its spaces and line breaks kept.
namespace PlainToolTip {

QString of(const QString &text);

} // namespace PlainToolTip
