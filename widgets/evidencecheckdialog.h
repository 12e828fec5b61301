#pragma once

#include "evidencecheck.h"

#include <QDialog>

class QVBoxLayout;

/// @brief What a check of the evidence found: one row per evidence file (same, changed, missing
/// or unreadable, in words and not by colour alone), its path, the sources read from it, the
/// SHA-256 recorded at import and the one found now, and the counts above; below, the GeoIP
/// databases of the case checked the same way, apart from the evidence, and the local times
/// read again by this machine's tz database.
class EvidenceCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCheckDialog)
public:
    /// exec()'s result when the analyst asks to check again in a folder of their choice.
    static constexpr int CheckInFolder = 2;

    /// @p folder: the folder each file was looked for in by its name (empty: where recorded);
    /// @p zoneRules: what reading the local times again found (ZoneRulesCheck::lines()).
    EvidenceCheckDialog(const QList<EvidenceCheck::File> &files,
                        const QList<EvidenceCheck::File> &databases, const QString &folder = {},
                        const QStringList &zoneRules = {}, QWidget *parent = nullptr);
    /// @brief "Same", "Changed", "Missing" or "Unreadable", as the dialog shows it.
    static QString outcomeText(EvidenceCheck::Outcome outcome);

private:
    void addDatabases(const QList<EvidenceCheck::File> &databases, QVBoxLayout *layout);
};
