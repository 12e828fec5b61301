#pragma once

class QCoreApplication;

/// @brief Installs Qt's catalogue and LookupLens's for the system locale. English has a
/// catalogue too: it holds the plural forms ("1 lookup", "2 lookups").
namespace AppTranslations {
void install(QCoreApplication &app);
} // namespace AppTranslations
