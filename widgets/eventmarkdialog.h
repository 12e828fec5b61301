#pragma once

#include <QDialog>

#include <optional>

class QPlainTextEdit;

/// @brief Asks the analyst's note for a mark on one event: the event named above, the lookup
/// caveat where it is a lookup, and what a mark is. Ctrl+Return accepts.
class EventMarkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventMarkDialog)
public:
    EventMarkDialog(const QString &event, bool lookup, const QString &note,
                    QWidget *parent = nullptr);
    QString note() const;

    /// @brief The note given (possibly empty), or nothing when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &event, bool lookup,
                                      const QString &note);

private:
    QPlainTextEdit *m_note;
};
