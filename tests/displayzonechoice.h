#pragma once

#include "casesession.h"
#include "mainwindow.h"

#include <QComboBox>

/// @brief The display zone of a main window's toolbar, chosen as a click in its list chooses it,
/// for the suites that open the demo case in a main window.
namespace DisplayZoneChoice {

inline void choose(MainWindow &window, const QString &zone)
{
    auto *zones = window.findChild<QComboBox *>(QStringLiteral("displayZone"));
    zones->setCurrentText(zone);
    emit zones->textActivated(zones->currentText());
}

/// @brief The case keeps the zone chosen: UTC again, for the next test that opens it.
inline void backToUtc(MainWindow *window)
{
    if (window && window->session() && window->session()->displayZone() != QTimeZone::utc())
        choose(*window, QStringLiteral("UTC"));
}

} // namespace DisplayZoneChoice
