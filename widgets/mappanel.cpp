#include "mappanel.h"

#include "filedialogs.h"
#include "geoexport.h"
#include "iptablemodel.h"
#include "mapview.h"
#include "plainmessagebox.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent), m_map(new MapView(this)), m_database(new QComboBox(this)), m_notDrawn(new QListWidget(this))
{
    setObjectName(QStringLiteral("mapPanel"));
    m_database->setAccessibleName(tr("Database the circles are from"));
    m_notDrawn->setAccessibleName(tr("Client IPs not drawn"));
    m_map->setAccessibleName(tr("Map of the client IPs"));
    auto *fit = new QPushButton(tr("Fit to data"), this);
    auto *exportButton = new QPushButton(tr("Export PNG/PDF…"), this);
    auto *top = new QHBoxLayout;
    auto *databaseLabel = new QLabel(tr("Circles from:"), this);
    databaseLabel->setBuddy(m_database); // a screen reader on Linux names a combo box by its label
    top->addWidget(databaseLabel);
    top->addWidget(m_database);
    top->addStretch(1);
    top->addWidget(fit);
    top->addWidget(exportButton);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideTitle = new QLabel(tr("Not drawn (no place to draw):"), side);
    sideTitle->setWordWrap(true);
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_notDrawn);
    m_notDrawn->setWordWrap(true);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_map);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 220});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(fit, &QPushButton::clicked, m_map, &MapView::fitToData);
    fit->setToolTip(tr("Zoom so every drawn circle is in view"));
    connect(exportButton, &QPushButton::clicked, this, &MapPanel::exportMap);
    connect(m_map, &MapView::ipClicked, this, &MapPanel::ipSelected);
    connect(m_map, &MapView::ipDoubleClicked, this, &MapPanel::ipActivated);
    connect(m_database, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (m_syncing)
            return;
        m_map->setDatabase(name);
        refreshNotDrawn();
    });
    connect(m_notDrawn, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_syncing)
            emit ipSelected(item->data(Qt::UserRole).toString());
    });
    // As a circle on the map: an address no database places still leads to its events.
    m_notDrawn->setToolTip(tr("Double-click an address to list its events."));
    connect(m_notDrawn, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit ipActivated(item->data(Qt::UserRole).toString()); });
    // A circle's or a line's menu: as an address's row in the IPs list offers.
    connect(m_map, &MapView::menuWanted, this, &MapPanel::popUpMenu);
    m_notDrawn->installEventFilter(this);             // the Menu key's
    m_notDrawn->viewport()->installEventFilter(this); // the mouse's
}

bool MapPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu ||
        (watched != m_notDrawn && watched != m_notDrawn->viewport()))
        return QWidget::eventFilter(watched, event);
    const auto *menu = static_cast<QContextMenuEvent *>(event);
    // The line under the pointer, highlighted first; from the keyboard, the one highlighted.
    QListWidgetItem *item = menu->reason() == QContextMenuEvent::Keyboard
                                ? m_notDrawn->currentItem()
                                : m_notDrawn->itemAt(menu->pos());
    if (item) {
        m_notDrawn->setCurrentItem(item);
        const QRect line = m_notDrawn->visualItemRect(item);
        popUpMenu(item->data(Qt::UserRole).toString(),
                  m_notDrawn->viewport()->mapToGlobal(line.contains(menu->pos()) ? menu->pos()
                                                                                 : line.center()));
    }
    return true;
}

void MapPanel::popUpMenu(const QString &ip, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(ip); // whose menu it is
    menu->addAction(tr("&List its events"), this, [this, ip]() { emit eventsWanted(ip); });
    menu->addAction(tr("Show its &details"), this, [this, ip]() { emit detailsWanted(ip); });
    menu->popup(globalPos);
}

void MapPanel::setIps(const QList<IpSummary> &ips)
{
    m_ips = ips;
    m_syncing = true;
    const QString chosen = m_database->currentText();
    m_database->clear();
    for (const IpSummary &ip : ips) {
        for (const GeoAnswer &a : ip.geo) {
            if (a.latitude && m_database->findText(a.database) < 0)
                m_database->addItem(a.database);
        }
    }
    if (m_database->findText(chosen) >= 0)
        m_database->setCurrentText(chosen);
    m_syncing = false;
    m_map->setIps(ips);
    m_map->setDatabase(m_database->currentText());
    refreshNotDrawn();
}

void MapPanel::refreshNotDrawn()
{
    m_syncing = true;
    m_notDrawn->clear();
    const QString database = m_map->database();
    for (const IpSummary &ip : m_ips) {
        const GeoAnswer *answer = nullptr;
        for (const GeoAnswer &a : ip.geo) {
            if (a.database == database)
                answer = &a;
        }
        if (answer && GeoExport::drawable(*answer))
            continue;
        QStringList reasons;
        if (answer) {
            for (const Caveat &c : answer->caveats)
                reasons.append(c.text);
            if (answer->countryIso)
                reasons.prepend(QStringLiteral("%1 %2").arg(*answer->countryIso, answer->country.value_or(QString())));
        } else if (ip.notLookedUpIn.contains(database)) {
            // Added before the address came, its file gone or changed by then: it was never asked.
            reasons.append(tr("not looked up in %1").arg(database));
            for (const QString &flag : ip.flags)
                reasons.append(IpTableModel::flagText(flag));
        } else {
            reasons.append(tr("no answer from %1").arg(database.isEmpty() ? tr("any database") : database));
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(ip.ip, reasons.join(QStringLiteral("; "))), m_notDrawn);
        item->setData(Qt::UserRole, ip.ip);
    }
    m_syncing = false;
}

void MapPanel::selectIp(const QString &ip)
{
    m_map->setSelectedIp(ip);
    m_syncing = true;
    for (int i = 0; i < m_notDrawn->count(); ++i) {
        if (m_notDrawn->item(i)->data(Qt::UserRole).toString() == ip)
            m_notDrawn->setCurrentRow(i);
    }
    m_syncing = false;
}

void MapPanel::exportMap()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export map"), FileDialogs::Folder::Exports, QStringLiteral("map.png"),
        tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_map->exportTo(path, m_map->size() * 2, &error))
        PlainMessageBox::warning(this, tr("Export map"), error);
    else
        emit exported(path);
}
