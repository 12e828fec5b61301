#pragma once

#include "casequeries.h"

#include <QTimeZone>
#include <QWidget>

class QTextBrowser;

/// @brief Where the selected event comes from: source file, its SHA-256, the line, the raw
/// record verbatim, the zone used, the preserved extra columns and every other source the
/// same record appears in. Selectable and copyable.
class ProvenancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvenancePanel)
public:
    explicit ProvenancePanel(QWidget *parent = nullptr);
    void showEvent(const std::optional<EventProvenance> &provenance, const QTimeZone &zone);
    QString plainText() const;

private:
    static QString repeatedHourText(const QString &note, const QTimeZone &zone);
    /// @brief The time as written, and, for a worksheet's date serial number, what that is.
    static QString asWritten(const QString &timeRaw, const EventProvenance &p);
    QTextBrowser *m_text;
    QString m_plain; ///< the same content as "Label: value" lines, for the clipboard
};
