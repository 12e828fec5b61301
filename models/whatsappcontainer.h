#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// @brief One records.html found in a WhatsApp return, with where it was found.
struct ContainerDocument
{
    QString name;   ///< "outer.zip › delivery-1.zip › records.html", or the file name
    QByteArray bytes;
};

/// @brief Opens a WhatsApp pen-register return: an outer ZIP of inner ZIPs (one per delivery),
/// a single inner ZIP, or a bare records.html. Refuses path traversal, absurd expansion and
/// nesting deeper than two ZIPs, with a message and no partial result.
class WhatsAppContainer final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    static constexpr int MaxZipDepth = 2;
    static constexpr qint64 MaxTotalBytes = qint64(8) * 1024 * 1024 * 1024;

    /// @brief True if @p path is a WhatsApp return (a records page, or a ZIP that is not a workbook).
    static bool probe(const QString &path);
    static QList<ContainerDocument> documents(const QString &path, QString *error);
};
