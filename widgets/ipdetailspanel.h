#pragma once

#include "evidenceclass.h"
#include "ipsummary.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QPushButton;
class QTextBrowser;

/// @brief One client IP in full: address flags, when and by whom it was used (counts split by
/// class), the ports the records give, and every field from every database side by side (or
/// stacked, in a narrow dock), with
/// each database's name and build date and the caveats in plain words. Selectable and copyable.
class IpDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpDetailsPanel)
public:
    explicit IpDetailsPanel(QWidget *parent = nullptr);
    void showIp(const IpSummary *ip, const QTimeZone &zone);
    QString html() const;
    QString plainText() const;
    /// @brief Puts the address's details on the clipboard: as text with each field's values
    /// stacked, a line per database naming it (a table's cells read as text would name none), and
    /// as HTML with the databases side by side.
    void copy() const;

signals:
    /// @brief A count clicked: the address's events of @p evidenceClass are wanted.
    void countChosen(const QString &ip, EvidenceClass evidenceClass);
    /// @brief The first (or, with @p last, the last) time of use clicked: that event is wanted.
    void seenChosen(const QString &ip, bool last);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    /// The shown address's details, the fields side by side or stacked.
    QString detailsHtml(bool sideBySide) const;
    /// Room for a column per database beside the fields' names; in a narrower dock each field's
    /// values are stacked under its name, one line per database, rather than broken mid-word.
    bool roomSideBySide(qsizetype databases) const;
    static QString builtText(const GeoAnswer &answer); ///< "GeoIP2-City, built 2026-02-04", as HTML
    /// Each database's value of the field @p key as HTML, or none where no database carries it.
    static std::optional<QStringList> fieldCells(const IpSummary &ip, const QString &key);
    QString fieldTable(const IpSummary &ip) const;
    QString stackedFields(const IpSummary &ip) const;
    QString caveatList(const IpSummary &ip) const;

    QTextBrowser *m_text;
    QPushButton *m_copy;
    std::optional<IpSummary> m_shown;
    QTimeZone m_zone;
    bool m_sideBySide = true; ///< how the fields were last laid out
};
