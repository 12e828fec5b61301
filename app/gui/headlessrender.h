#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

/// @brief `lookuplens CASE --render KIND --out FILE [--size WxH]`: draws a view into a PNG or
/// PDF without showing a window (works under QT_QPA_PLATFORM=offscreen). Audited as an export.
class HeadlessRender final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRender)
public:
    struct Request
    {
        QString casePath;
        QString kind; ///< "map"
        QString out;
        QSize size{1600, 900};
    };
    /// @brief Parses "1600x900"; nullopt when malformed or absurd.
    static std::optional<QSize> parseSize(const QString &text);
    static bool run(const Request &request, QString *error);

private:
    static bool renderMap(const Request &request, QString *error);
};
