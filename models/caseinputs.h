#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/// @brief The files a case was built from: the evidence of each source (its file, or the archive
/// it came out of) and the GeoIP databases the case's places were read from (its own copies).
/// Nothing LookupLens writes may replace one: the evidence is read-only by promise, and a case's
/// figures lead back to these files by name and SHA-256.
class CaseInputs final
{
    Q_DECLARE_TR_FUNCTIONS(CaseInputs)
public:
    /// @brief Why @p path must not be written, naming the file; empty when it is none of the
    /// inputs of the case open in @p db. Compared as an absolute path and, for a file that
    /// exists, as its canonical path too (a link, "..", a doubled slash).
    static QString whyNeverWritten(const QSqlDatabase &db, const QString &path);
};
