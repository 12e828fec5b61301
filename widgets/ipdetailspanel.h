#pragma once

#include "evidenceclass.h"
#include "ipsummary.h"

#include <QTimeZone>
#include <QWidget>

class QTextBrowser;

/// @brief One client IP in full: address flags, when and by whom it was used (counts split by
/// class), the ports the records give, and every field from every database side by side, with
/// each database's name and build date and the caveats in plain words. Selectable and copyable.
class IpDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpDetailsPanel)
public:
    explicit IpDetailsPanel(QWidget *parent = nullptr);
    void showIp(const IpSummary *ip, const QTimeZone &zone);
    QString html() const;

signals:
    /// @brief A count clicked: the address's events of @p evidenceClass are wanted.
    void countChosen(const QString &ip, EvidenceClass evidenceClass);
    /// @brief The first (or, with @p last, the last) time of use clicked: that event is wanted.
    void seenChosen(const QString &ip, bool last);

private:
    QString fieldTable(const IpSummary &ip) const;
    QString caveatList(const IpSummary &ip) const;

    QTextBrowser *m_text;
    QString m_ip; ///< the address shown
};
