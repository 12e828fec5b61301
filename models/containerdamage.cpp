#include "containerdamage.h"

#include <array>
#include <utility>

namespace {

using End = ContainerDamage::End;

// The keys the case keeps: never renamed, a case written with them is read by later versions.
constexpr std::array<std::pair<End, const char16_t *>, 9> EndKeys{{
    {End::EmptyFile, u"empty_file"},
    {End::CutInFirstHeader, u"cut_in_first_header"},
    {End::CutAfterEntry, u"cut_after_entry"},
    {End::DirectoryUnreadable, u"directory_unreadable"},
    {End::NeitherEntryNorDirectory, u"neither_entry_nor_directory"},
    {End::CutInsideEntry, u"cut_inside_entry"},
    {End::ArchiveWithoutEndBlocks, u"archive_without_end_blocks"},
    {End::ArchiveCutAfterEntry, u"archive_cut_after_entry"},
    {End::ArchiveCutInsideEntry, u"archive_cut_inside_entry"},
}};

QString keyOf(End end)
{
    for (const auto &[known, key] : EndKeys) {
        if (known == end)
            return QString::fromUtf16(key);
    }
    return {};
}

End endOf(const QString &key)
{
    for (const auto &[end, known] : EndKeys) {
        if (key == QStringView(known))
            return end;
    }
    return End::Whole;
}

bool isArchiveEnd(End end)
{
    return end == End::ArchiveWithoutEndBlocks || end == End::ArchiveCutAfterEntry || end == End::ArchiveCutInsideEntry;
}

} // namespace

QString ContainerDamage::endText() const
{
    switch (end) {
    case End::Whole:
        return {};
    case End::EmptyFile:
        return tr("the file is empty");
    case End::CutInFirstHeader:
        return tr("the file ends inside the header of its first entry: it was cut short");
    case End::CutAfterEntry:
        return tr("the file ends after its entry \"%1\", with no directory: it was cut short there, and whatever "
                  "came after is missing")
            .arg(entry);
    case End::DirectoryUnreadable:
        return tr("each of its entries is there, whole; only the directory after them cannot be read");
    case End::NeitherEntryNorDirectory:
        return tr("at byte %1 it holds neither a further entry nor the directory: nothing from there on is read")
            .arg(byte);
    case End::CutInsideEntry:
        return tr("the file ends inside its entry \"%1\": it was cut short there, and whatever came after is "
                  "missing")
            .arg(entry);
    case End::ArchiveWithoutEndBlocks:
        return tr("the archive ends after its entry \"%1\" without the end-of-archive blocks tar writes: it may "
                  "have been cut short there, and entries after it would be missing")
            .arg(entry);
    case End::ArchiveCutAfterEntry:
        return tr("the archive ends after its entry \"%1\", before another entry's header is whole: it was cut "
                  "short there, and whatever came after is missing")
            .arg(entry);
    case End::ArchiveCutInsideEntry:
        return tr("the archive ends inside its entry \"%1\": it was cut short there. The entries before it are "
                  "whole; what that entry holds up to the cut was read, a line the cut ends inside is rejected, "
                  "and whatever came after is missing")
            .arg(entry);
    }
    return {};
}

QString ContainerDamage::text() const
{
    if (isWhole())
        return {};
    QString said = endText();
    if (!isArchiveEnd(end)) {
        said = whatsAppReturn ? tr("the return's ZIP has no directory that can be read, so its entries were read "
                                   "from their own headers: %1")
                                    .arg(said)
                              : tr("the ZIP has no directory that can be read, so its entries were read from their "
                                   "own headers: %1")
                                    .arg(said);
    }
    return within.isEmpty() ? said : QStringLiteral("%1: %2").arg(within, said);
}

QJsonObject ContainerDamage::toJson() const
{
    QJsonObject json{{QStringLiteral("end"), keyOf(end)}};
    if (!entry.isEmpty())
        json.insert(QStringLiteral("entry"), entry);
    if (byte >= 0)
        json.insert(QStringLiteral("byte"), byte);
    if (!within.isEmpty())
        json.insert(QStringLiteral("within"), within);
    if (whatsAppReturn)
        json.insert(QStringLiteral("whatsapp_return"), true);
    return json;
}

ContainerDamage ContainerDamage::fromJson(const QJsonObject &json)
{
    ContainerDamage damage;
    damage.end = endOf(json.value(QStringLiteral("end")).toString());
    damage.entry = json.value(QStringLiteral("entry")).toString();
    damage.byte = json.value(QStringLiteral("byte")).toInteger(-1);
    damage.within = json.value(QStringLiteral("within")).toString();
    damage.whatsAppReturn = json.value(QStringLiteral("whatsapp_return")).toBool();
    return damage;
}

QString ContainerDamage::shown(const QJsonValue &stored)
{
    return stored.isObject() ? fromJson(stored.toObject()).text() : stored.toString();
}
