#include "ipdetailspanel.h"

#include "evidenceclass.h"
#include "figurelinks.h"
#include "geofields.h"
#include "iptablemodel.h"
#include "timeformat.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

IpDetailsPanel::IpDetailsPanel(QWidget *parent)
    : QWidget(parent), m_text(new QTextBrowser(this)),
      m_copy(new QPushButton(tr("Copy IP details"), this))
{
    setObjectName(QStringLiteral("ipDetailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_copy); // as the provenance panel's: its words quoted whole, by keyboard too
    connect(m_copy, &QPushButton::clicked, this, &IpDetailsPanel::copy);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Details of the selected IP"));
    m_text->viewport()->installEventFilter(this); // the fields laid out again as the dock's width allows
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!m_shown) // the links stand only in an address's page
            return;
        if (const auto cls = evidenceClassFromKey(url.toString()))
            emit countChosen(m_shown->ip, *cls);
        else if (url.toString() == u"first" || url.toString() == u"last")
            emit seenChosen(m_shown->ip, url.toString() == u"last");
    });
    showIp(nullptr, QTimeZone::utc());
}

QString IpDetailsPanel::html() const
{
    return m_text->toHtml();
}

QString IpDetailsPanel::plainText() const
{
    return m_text->toPlainText();
}

QString IpDetailsPanel::builtText(const GeoAnswer &answer)
{
    return tr("%1, built %2")
        .arg(answer.databaseType, TimeFormat::buildDate(answer.buildEpoch))
        .toHtmlEscaped();
}

std::optional<QStringList> IpDetailsPanel::fieldCells(const IpSummary &ip, const QString &key)
{
    bool anyCarried = false;
    QStringList cells;
    for (const GeoAnswer &a : ip.geo) {
        const GeoFields::Cell cell = GeoFields::cell(a, key);
        anyCarried = anyCarried || cell.state != GeoFields::State::NotCarried;
        const bool muted = cell.state == GeoFields::State::NotCarried || cell.state == GeoFields::State::NoAnswer;
        cells.append(muted ? QStringLiteral("<i><font color=#777>%1</font></i>").arg(cell.text.toHtmlEscaped())
                           : cell.text.toHtmlEscaped());
    }
    return anyCarried ? std::optional(cells) : std::nullopt; // a field no database carries is left out
}

QString IpDetailsPanel::fieldTable(const IpSummary &ip) const
{
    QString html = QStringLiteral("<table border=1 cellspacing=0 cellpadding=3><tr><th></th>");
    for (const GeoAnswer &a : ip.geo)
        html += QStringLiteral("<th>%1<br><small>%2</small></th>").arg(a.database.toHtmlEscaped(), builtText(a));
    html += QStringLiteral("</tr>");
    for (const GeoFields::Field &field : GeoFields::fields()) {
        if (const auto cells = fieldCells(ip, field.key))
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(field.label.toHtmlEscaped(), cells->join(QStringLiteral("</td><td>")));
    }
    return html + QStringLiteral("</table>");
}

QString IpDetailsPanel::stackedFields(const IpSummary &ip) const
{
    QStringList databases;
    for (const GeoAnswer &a : ip.geo)
        databases.append(QStringLiteral("<b>%1</b>: %2").arg(a.database.toHtmlEscaped(), builtText(a)));
    QString html = QStringLiteral("<p>%1</p>").arg(databases.join(QStringLiteral("<br>")));
    for (const GeoFields::Field &field : GeoFields::fields()) {
        const auto cells = fieldCells(ip, field.key);
        if (!cells)
            continue;
        QStringList lines;
        for (qsizetype i = 0; i < ip.geo.size(); ++i)
            lines.append(QStringLiteral("%1: %2").arg(ip.geo.at(i).database.toHtmlEscaped(), cells->at(i)));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(field.label.toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
    }
    return html;
}

bool IpDetailsPanel::roomSideBySide(qsizetype databases) const
{
    const int column = fontMetrics().averageCharWidth() * 14; // "Registered country", "not in this database" on two lines
    return m_text->viewport()->width() >= column * (databases + 1);
}

bool IpDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::Resize && m_shown && !m_shown->geo.isEmpty()
        && roomSideBySide(m_shown->geo.size()) != m_sideBySide)
        render();
    return QWidget::eventFilter(watched, event);
}

QString IpDetailsPanel::caveatList(const IpSummary &ip) const
{
    QString html;
    bool anonymiserDatabase = false;
    for (const GeoAnswer &a : ip.geo) {
        anonymiserDatabase = anonymiserDatabase || GeoFields::carries(a.databaseType, QStringLiteral("is_anonymous"));
        for (const Caveat &c : a.caveats)
            html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(a.database.toHtmlEscaped(), c.text.toHtmlEscaped());
    }
    if (!anonymiserDatabase)
        html += QStringLiteral("<li>%1</li>").arg(tr("Anonymiser status unknown: no anonymiser database is in this case "
                                                     "(that is not the same as \"not a VPN\").").toHtmlEscaped());
    // Said by each database's answer; of an address no database answered, once (it is the
    // address's own, as its flag).
    if (ip.flags.contains(u"cgnat"_qs) && ip.geo.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(IpSummaries::cgnatCaveat().toHtmlEscaped());
    if (ip.flags.contains(u"cgnat"_qs) && !ip.ports.isEmpty()) {
        QStringList ports;
        for (int port : ip.ports)
            ports.append(QString::number(port));
        html += QStringLiteral("<li>%1</li>").arg(tr("Ports in the records, for the carrier: %1").arg(ports.join(QStringLiteral(", "))));
    }
    return html.isEmpty() ? QString() : QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(tr("What these figures do not show"), html);
}

void IpDetailsPanel::showIp(const IpSummary *ip, const QTimeZone &zone)
{
    m_shown = ip ? std::optional<IpSummary>(*ip) : std::nullopt;
    m_zone = zone;
    render();
}

void IpDetailsPanel::render()
{
    m_copy->setEnabled(m_shown.has_value());
    if (!m_shown) {
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a client IP in the IPs list or on the map.")));
        return;
    }
    m_sideBySide = roomSideBySide(m_shown->geo.size());
    m_text->setHtml(detailsHtml(m_sideBySide));
}

void IpDetailsPanel::copy() const
{
    if (!m_shown)
        return;
    auto *data = new QMimeData;
    data->setText(QTextDocumentFragment::fromHtml(detailsHtml(false)).toPlainText());
    data->setHtml(detailsHtml(true));
    QGuiApplication::clipboard()->setMimeData(data);
}

QString IpDetailsPanel::detailsHtml(bool sideBySide) const
{
    const IpSummary *ip = &*m_shown;
    const QTimeZone &zone = m_zone;
    QStringList flags;
    for (const QString &flag : ip->flags)
        flags.append(IpTableModel::flagText(flag));
    QString html = QStringLiteral("<h3>%1</h3>").arg(ip->ip.toHtmlEscaped());
    QStringList lines{
        tr("Address flags: %1").arg(flags.isEmpty() ? tr("none (a public address)") : flags.join(QStringLiteral(", "))).toHtmlEscaped(),
        // Each figure leads to its events (anchorClicked): the times to the first and last event,
        // the counts to the events they count; each event to its source line.
        tr("Used %1 to %2").toHtmlEscaped().arg(FigureLinks::anchor(QStringLiteral("first"), TimeFormat::display(ip->firstMs, zone)),
                                                FigureLinks::anchor(QStringLiteral("last"), TimeFormat::display(ip->lastMs, zone))),
        FigureLinks::classCounts({ip->lookups, ip->communications, ip->connections}),
        tr("Handles: %1").arg(ip->handles.join(QStringLiteral(", "))).toHtmlEscaped()};
    if (!ip->otherWritings.isEmpty()) // one address, however the records wrote it
        lines.insert(1, IpTableModel::otherWritingsText(*ip).toHtmlEscaped());
    if (const QString notShared = IpTableModel::notSharedText(*ip); !notShared.isEmpty())
        lines.append(QStringLiteral("<b>%1</b>").arg(notShared.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    if (ip->lookups > 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(EvidenceClassText::lookupCaveat().toHtmlEscaped());
    if (ip->geo.isEmpty() && ip->notLookedUpIn.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No geolocation database has been added to this case.").toHtmlEscaped());
    else if (!ip->geo.isEmpty())
        html += sideBySide ? fieldTable(*ip) : stackedFields(*ip);
    // It said "no database has been added" of an address a later import brought.
    if (const QString notAsked = IpSummaries::notLookedUpText(*ip); !notAsked.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(notAsked.toHtmlEscaped());
    return html + caveatList(*ip);
}
