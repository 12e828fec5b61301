#pragma once

#include "durations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// @brief The decimal mark a file's durations are read by, and where it comes from: the
/// analyst's declaration, a column mapping's, or the first duration the file writes one way
/// only ("12,5" on line 7).
struct DecimalMarkDeclared
{
    DecimalMark mark = DecimalMark::Unknown;
    QString source; ///< "declared by analyst", "declared by profile" or "settled from the data"
    int line = 0;   ///< settled by the data: the line that settled it
    QString text;   ///< and its duration as written
};

/// @brief The durations the decimal mark decided ("1.234", which is 1234 or 1.234 by the mark):
/// how many, the first of them, and the mark they were read by, for a source's metadata
/// "duration_decimal_mark"; note() words it.
class DecimalMarkReading
{
    Q_DECLARE_TR_FUNCTIONS(DecimalMarkReading)

public:
    /// @brief Notes a duration @p written at @p line that the mark decided.
    void note(const QString &written, int line);
    bool isEmpty() const { return m_rows == 0; }
    /// @brief Adds "duration_decimal_mark" ({mark, from, rows, first_line, first, and where the
    /// data settled it settled_line, settled_text}) to @p meta; nothing where no duration was
    /// decided by the mark.
    void addTo(QJsonObject *meta, const DecimalMarkDeclared &mark) const;
    /// @brief What @p metadata's "duration_decimal_mark" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    qint64 m_rows = 0;
    int m_firstLine = 0;
    QString m_first;
};
