#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class CaseDatabase;
class QJsonObject;

/// @brief `lookuplens CASE --render KIND --out FILE [--size WxH]`: draws a view into a PNG or
/// PDF without showing a window (works under QT_QPA_PLATFORM=offscreen). Audited as an export.
class HeadlessRender final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRender)
public:
    struct Request
    {
        QString casePath;
        QString kind; ///< "map", "timeline", "patterns" or "graph"
        QString out;
        QSize size{1600, 900};
        QString handle;              ///< timeline: any spelling of the handle
        std::optional<qint64> fromMs; ///< timeline: the window shown (default: all of it)
        std::optional<qint64> toMs;
        QString focus; ///< graph: only this handle's neighbourhood
        int hops = 1;
    };
    /// @brief Parses "1600x900"; nullopt when malformed or absurd.
    static std::optional<QSize> parseSize(const QString &text);
    static bool run(const Request &request, QString *error);

private:
    /// Why --out must not be written, a file the case was built from; empty when it may be or
    /// when the case cannot be opened (the render then says so itself).
    static QString inputNamed(const Request &request);
    static bool renderMap(const Request &request, QString *error);
    /// @brief The timeline or the patterns of one handle.
    static bool renderHandleView(const Request &request, QString *error);
    static bool renderGraph(const Request &request, QString *error);
    /// Records a picture in the case's audit log with the SHA-256 of its file (`file` in
    /// @p details); where it cannot be (a case on read-only storage), says so on stderr, the
    /// picture standing.
    static void recordExport(const CaseDatabase &db, const QString &action, QJsonObject details);
};
