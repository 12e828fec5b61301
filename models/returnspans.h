#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @brief The records of each return a file joins (its metadata block and header row again
/// further down, the block stating the return's period): each return's first and last record,
/// accepted or duplicate, by the lines between its header row and the next return's. A file
/// joining a return of August and one of October is one source, but the September between them
/// is covered by neither: the view of its period must not close it. A header row repeated
/// without such a block (each page of one export) opens no return of its own.
class ReturnSpans
{
    Q_DECLARE_TR_FUNCTIONS(ReturnSpans)

public:
    struct Span
    {
        int headerLine = 0;
        std::optional<qint64> firstMs; ///< UTC ms; none for a return without a record
        std::optional<qint64> lastMs;
    };
    /// @brief Measures, from the case, the span of each return @p metadata's header rows open
    /// (the file's first, and each of "later_returns" whose block states a period) in source
    /// @p sourceId, as the metadata's "returns_records"; empty for a file of one return; none,
    /// with @p error, where the case cannot be read.
    static std::optional<QJsonArray> measure(QSqlDatabase db, qint64 sourceId,
                                             const QJsonObject &metadata, QString *error);
    /// @brief The spans measured at import, in line order; empty for a file of one return or a
    /// case imported before they were kept.
    static QList<Span> read(const QJsonObject &metadata);
    /// @brief The header rows that open a return: the file's first, and each later one whose
    /// block states its period, in line order.
    static QList<int> openingLines(const QJsonObject &metadata);
    /// @brief A line each of what @p metadata's returns' records span, in UTC.
    static QStringList describe(const QJsonObject &metadata);
};
