#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// @brief The call types an import met that it does not know ("Roaming", "Forward", a word in a
/// language it does not read), whose rows were read as the format's own kind (a carrier's: a
/// call). How many rows, and the first few words with their rows and first line, for a source's
/// metadata "call_types_not_known"; note() words it.
class CallTypesNotKnown
{
    Q_DECLARE_TR_FUNCTIONS(CallTypesNotKnown)

public:
    /// @brief Notes a row at @p line whose call type, written @p written, is not known.
    void note(const QString &written, qint64 line);
    bool isEmpty() const { return m_rows == 0; }
    /// @brief Adds "call_types_not_known" ({rows, kinds, read_as, first: [{written, rows,
    /// first_line}]}) to @p meta, @p readAs the subtype such rows were read as; nothing where
    /// none was noted.
    void addTo(QJsonObject *meta, const QString &readAs) const;
    /// @brief What @p metadata's "call_types_not_known" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    struct Kind
    {
        qint64 rows = 0;
        qint64 firstLine = 0;
    };
    static constexpr qsizetype FirstNamed = 5;
    qint64 m_rows = 0;
    QHash<QString, Kind>
        m_kinds; ///< by the word as written (a file has a handful, as TableImporter's own cache)
    QList<QString> m_order; ///< the words in the order first met
};
