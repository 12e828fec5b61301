#pragma once

#include <QCoreApplication>
#include <QString>

class QuaZip;

/// @brief Refuses ZIP entries that would expand absurdly or escape their folder.
class ZipGuard final
{
    Q_DECLARE_TR_FUNCTIONS(ZipGuard)
public:
    static constexpr qint64 MaxEntryBytes = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 250;
    static constexpr qint64 RatioFloorBytes = 64 * 1024 * 1024;

    /// @brief An error message for the current entry of @p zip, or an empty string if safe.
    static QString checkCurrentEntry(QuaZip &zip);
    static bool isSafeEntryName(const QString &name);
};
