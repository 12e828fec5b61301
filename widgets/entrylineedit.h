#pragma once

#include <QLineEdit>

/// @brief A line edit whose Return key is its own: it finishes the entry (returnPressed,
/// editingFinished) and does not also press the dialog's default button, as a plain QLineEdit
/// lets it do. A password or a subscriber typed into the import dialog is not an import.
class EntryLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryLineEdit)
public:
    using QLineEdit::QLineEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
