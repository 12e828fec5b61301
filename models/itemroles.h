#pragma once

#include <Qt>

/// @brief Custom roles shared by LookupLens's item models, so every view and delegate reads
/// the same values (style.md: raw values for sorting and plotting, the class as a role).
namespace ItemRoles {
enum : int
{
    EvidenceClassRole = Qt::UserRole + 1, ///< int(EvidenceClass) of the row's event
    RawValueRole,                         ///< the unformatted value (ms, ids, numbers)
    EventIdRole,                          ///< events.id
    HandleIdRole,                         ///< handles.id
    SourceIdRole,                         ///< sources.id
    /// A source's accepted count: true where the figure is not simply the records its file holds:
    /// some stand in another source too (ShiftedRecords, RecordedTwice), counted twice, or parts of
    /// the file were not read (a worksheet, a delivery, a damaged or cut container). Its
    /// description says which. Its first or last record: true where dated outside the period the
    /// source states. The cell carries a warning sign.
    CountCaveatRole,
    /// Of a cell CountCaveatRole marks: what its sign means, beneath a copy of the table; none
    /// for the accepted count's (TableText::countCaveat()).
    CaveatNoteRole,
    /// A source's description: its tooltip's file, hashes, rows and notes, then how the file was
    /// read (SourceReading), too long for a tooltip.
    DescriptionRole,
    /// Asked of headerData(0, Qt::Horizontal): words that go beneath a copy or an export of the
    /// table, saying what its figures are where the cells cannot (whose estimates the places are).
    TableNoteRole,
};
} // namespace ItemRoles
