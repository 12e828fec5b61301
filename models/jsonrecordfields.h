#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

/// @brief Reads the fields of one JSON record as a table's cells, each value's text as written: a
/// string without its quotes and escapes, a number as its digits (not as a double would write
/// it back: "12025550143", "5.50"), true and false as words, null as nothing, an array as its
/// text without the white space between its parts.
class JsonRecordFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordFields)
public:
    struct Fields
    {
        /// The keys of an object, a nested object's joined to its own by a dot ("caller.number");
        /// empty for an array, whose values are its cells in order.
        QStringList keys;
        QStringList values;
        bool isObject = false;
        QString
            error; ///< why the record cannot be read as fields (set for a value that is no JSON)
    };

    /// @brief The fields of @p text, an object or an array. A nested object is read into its
    /// fields; one of a single member whose key begins with "$" (MongoDB's extended JSON:
    /// `{"$date": "…"}`, `{"$numberLong": "…"}`) is that member's value. A key written twice in
    /// one object is an error: which of the two values is meant, the file does not say.
    static Fields read(QStringView text);
    /// @brief The same without Qt's check first, for a first reading that wants the keys alone:
    /// text that is no JSON stops the walk with "not JSON", its fields as far as read.
    static Fields readUnchecked(QStringView text);
};
