#include "zipdirectory.h"

#include "keptbyfile.h"

#include <QHash>

#include <quazip.h>
#include <unzip.h>

namespace {

/// Where each entry's record is in the directory, by name.
using Positions = QHash<QString, unz64_file_pos>;

Positions positionsIn(QuaZip &zip)
{
    Positions positions;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        unz64_file_pos position{};
        const QString name = zip.getCurrentFileName();
        if (!positions.contains(name) && unzGetFilePos64(zip.getUnzFile(), &position) == UNZ_OK) // the first of a name, as QuaZip finds it
            positions.insert(name, position);
    }
    return positions;
}

} // namespace

bool ZipDirectory::goTo(QuaZip &zip, const QString &zipPath, const QString &entryName)
{
    static KeptByFile<Positions> kept;
    const QString key = fileStateKey(zipPath);
    std::optional<Positions> positions = kept.find(key);
    if (!positions) {
        positions = positionsIn(zip);
        kept.insert(key, *positions);
    }
    const auto at = positions->constFind(entryName);
    if (at == positions->cend())
        return zip.setCurrentFile(entryName, QuaZip::csSensitive); // as QuaZip finds it, should the list miss it
    unz64_file_pos position = *at;
    // QuaZip reads the current file's information and data from the handle it gives, so its
    // current file moves with it; it must only know it has one (the first). Checked by name, so
    // a position gone stale finds nothing wrong.
    return zip.goToFirstFile() && unzGoToFilePos64(zip.getUnzFile(), &position) == UNZ_OK
           && zip.getCurrentFileName() == entryName;
}
