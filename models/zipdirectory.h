#pragma once

#include <QString>

class QuaZip;

/// @brief Finds an entry of a ZIP by its name in one step, the ZIP's directory read once while the
/// file is unchanged.
///
/// QuaZip finds an entry by reading the directory from its start, name by name, in each QuaZip
/// opened: a ZIP of many tables, each copied out through a QuaZip of its own, took time growing
/// with the square of their number (2,000 tables, 15 s before any was read).
class ZipDirectory final
{
public:
    /// @brief Makes @p entryName the current file of @p zip, opened on @p zipPath; false if the
    /// ZIP holds no such entry. Where two entries share the name, the first, as QuaZip finds it.
    static bool goTo(QuaZip &zip, const QString &zipPath, const QString &entryName);
};
