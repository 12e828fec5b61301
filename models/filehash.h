#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

/// @brief Size and SHA-256 of an evidence file, read through a read-only handle.
struct FileDigest
{
    Q_DECLARE_TR_FUNCTIONS(FileDigest)
public:
    qint64 size = 0;
    QString sha256;

    /// @param progress called with the fraction read; returning false stops (an error).
    static std::optional<FileDigest> compute(const QString &path, QString *error,
                                             const std::function<bool(double)> &progress = {});
};
