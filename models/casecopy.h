#pragma once

#include <QCoreApplication>
#include <QString>

/// @brief A working copy of a case that cannot be changed where it lies (read-only media, a
/// write blocker, a read-only share): what the case holds, as one new file, whose audit log
/// names the case it was copied from and that file's SHA-256. The case itself is only read.
class CaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(CaseCopy)
public:
    /// @brief Copies the case at @p from to @p to, which must not exist; false with @p error
    /// (nothing left at @p to) when the case cannot be read or the copy written.
    static bool make(const QString &from, const QString &to, QString *error);
};
