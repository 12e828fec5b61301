#pragma once

#include "importfiles.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

/// @brief The files an import takes from those named (a folder's files, a ZIP's tables, down
/// into the ZIPs of tables inside it), listed on a helper thread: listing a ZIP inside a ZIP
/// copies it out, which takes a while for a large one. A progress dialog shows if it does.
class FileListing final
{
    Q_DECLARE_TR_FUNCTIONS(FileListing)
public:
    /// @brief ImportFiles::expand(@p paths), the GUI kept responsive meanwhile; nullopt if the
    /// analyst cancelled (the listing then finishes unseen).
    static std::optional<ImportFiles::Expanded> expand(const QStringList &paths, QWidget *parent);
};
