#pragma once

#include <QList>
#include <QString>

/// @brief The relationships of one part of an Office Open XML package (a .xlsx), read from its
/// ".rels" part (ECMA-376 Part 2, Open Packaging Conventions). A package names its parts through
/// these, not by fixed names: export tools write "xl/SharedStrings.xml", or put the workbook
/// elsewhere, and a reader going by Excel's own names found no strings, or no workbook.
class OpcRelationships final
{
public:
    struct Relationship
    {
        QString id;
        QString type; ///< a URI; its last segment ("sharedStrings") says the kind
        QString target; ///< the part's name within the package, without a leading "/"
    };

    /// @brief Reads the relationships of @p sourcePart ("" for the package's own) from the XML
    /// of its ".rels" part. Relative targets are resolved against the source part's folder; a
    /// relationship to something outside the package (TargetMode="External") is left out.
    OpcRelationships(const QByteArray &relsXml, const QString &sourcePart);

    /// @brief The name of the ".rels" part holding @p sourcePart's relationships: "_rels/.rels"
    /// for the package, "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
    static QString partOf(const QString &sourcePart);

    /// @brief Why the ".rels" part's XML is not well-formed, or an empty string.
    QString error() const { return m_error; }
    /// @brief The line of the ".rels" part where error() was found.
    qint64 errorLine() const { return m_errorLine; }

    /// @brief The target of relationship @p id, or an empty string.
    QString target(const QString &id) const;
    /// @brief The target of the first relationship whose type ends in "/" + @p kind (the
    /// transitional and strict schemas' URIs differ before it), or an empty string.
    QString targetOfKind(QStringView kind) const;

private:
    QList<Relationship> m_relationships;
    QString m_error;
    qint64 m_errorLine = 0;
};
