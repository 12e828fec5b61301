#pragma once

class QFormLayout;

/// @brief Names a screen reader reads for controls (the label's words, not a combo box's choice).
namespace AccessibleNames {

/// @brief Gives each field of @p form that has no accessible name its row label's words, without
/// the colon and the mnemonic: a combo box is otherwise read out as its choice alone ("Not
/// declared"), not as what it chooses ("Zone of unmarked times").
void nameFieldsByLabels(QFormLayout *form);

} // namespace AccessibleNames
