#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// @brief How a ZIP or archive ends where it was cut short or damaged at its end (a ZIP's
/// directory lost, a tar without its end blocks or ending inside an entry), as data. Each source
/// read out of it keeps it (metadata "container_damage") and it is worded when shown: in the
/// language of whoever reads the case, not of whoever imported it.
struct ContainerDamage
{
    Q_DECLARE_TR_FUNCTIONS(ContainerDamage)
public:
    enum class End {
        Whole,                 ///< nothing to say
        EmptyFile,             ///< ZIP: the file is empty
        CutInFirstHeader,      ///< ZIP: the file ends inside its first entry's header
        CutAfterEntry,         ///< ZIP: the file ends after @c entry, with no directory
        DirectoryUnreadable,   ///< ZIP: every entry whole, only the directory after them unreadable
        NeitherEntryNorDirectory, ///< ZIP: at @c byte neither a further entry nor the directory
        CutInsideEntry,        ///< ZIP: the file ends inside @c entry
        ArchiveWithoutEndBlocks,  ///< tar: ends after @c entry without the end-of-archive blocks
        ArchiveCutAfterEntry,  ///< tar: ends after @c entry, before another entry's header is whole
        ArchiveCutInsideEntry, ///< tar: ends inside @c entry
    };

    End end = End::Whole;
    QString entry; ///< the entry the end is told by; empty where none is
    qint64 byte = -1;  ///< where NeitherEntryNorDirectory found neither
    /// The ZIP inside the one named where that is the one damaged (cut short before it was
    /// zipped); empty where it is the one named.
    QString within;
    bool whatsAppReturn = false; ///< a WhatsApp return's own ZIP, its documents read from the entries' headers

    static ContainerDamage of(End end, const QString &entry = {}, qint64 byte = -1)
    {
        ContainerDamage damage;
        damage.end = end;
        damage.entry = entry;
        damage.byte = byte;
        return damage;
    }

    bool isWhole() const { return end == End::Whole; }
    /// @brief How the file ends, alone ("the file ends inside its entry …"): ZipSalvage's words,
    /// which a refusal of the file quotes too.
    QString endText() const;
    /// @brief What the analyst is told: for a ZIP, that its entries were read from their own
    /// headers and how it ends; the ZIP inside named first. Empty where it is whole.
    QString text() const;

    QJsonObject toJson() const;
    static ContainerDamage fromJson(const QJsonObject &json);
    /// @brief The text for a source's stored "container_damage": data worded now, or the text a
    /// case imported before it was kept as data holds, as it was written then.
    static QString shown(const QJsonValue &stored);
};
