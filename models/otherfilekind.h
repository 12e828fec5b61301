#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// @brief Files a return or a folder may hold that are no table and no document LookupLens
/// reads (a compressed file, an archive other than ZIP, an image, a database), named by their
/// first bytes with what to do, rather than read as text: a gzip'ed CSV file was "a file that
/// needs a column mapping", its compressed bytes shown as its first rows.
class OtherFileKind final
{
    Q_DECLARE_TR_FUNCTIONS(OtherFileKind)
public:
    /// @brief Why the file beginning with @p head cannot be read, and what to do; empty if it
    /// is none of these kinds.
    static QString whyUnreadable(const QByteArray &head);
};
