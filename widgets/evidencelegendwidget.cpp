#include "evidencelegendwidget.h"

#include "evidenceclass.h"
#include "evidenceclassstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

/// A small square that shows a class's marker and, beside it, its line style.
class LegendSwatch final : public QWidget
{
public:
    LegendSwatch(EvidenceClass evidenceClass, QWidget *parent) : QWidget(parent), m_class(evidenceClass)
    {
        setFixedSize(56, 20);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QColor background = palette().color(QPalette::Window); // a dark theme's too
        EvidenceClassStyle::paintMarker(&painter, QRectF(0, 0, 20, 20), m_class, background);
        EvidenceClassStyle::paintLineSample(&painter, QRectF(24, 0, 30, 20), m_class, background);
    }

private:
    EvidenceClass m_class;
};

} // namespace

EvidenceLegendWidget::EvidenceLegendWidget(QWidget *parent, Qt::Orientation orientation) : QWidget(parent)
{
    // A row per class (or the classes side by side), its swatch beside its meaning; the caveat;
    // the space below them empty.
    auto *layout = new QVBoxLayout(this);
    auto *classes = new QBoxLayout(orientation == Qt::Vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    layout->addLayout(classes);
    if (orientation == Qt::Horizontal)
        layout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        EvidenceClass cls;
        QString meaning;
    } rows[] = {
        {EvidenceClass::Lookup, tr("hollow, dashed, amber: a device asked about a handle")},
        {EvidenceClass::Communication, tr("filled, solid, blue: a message or call was carried")},
        {EvidenceClass::Connection, tr("tick, dotted, grey: the account connected from an IP")},
    };
    for (const auto &entry : rows) {
        auto *row = new QHBoxLayout;
        row->addWidget(new LegendSwatch(entry.cls, this), 0, Qt::AlignTop);
        auto *label = new QLabel(QStringLiteral("<b>%1</b> — %2").arg(EvidenceClassText::label(entry.cls), entry.meaning), this);
        label->setWordWrap(true);
        row->addWidget(label, 1);
        classes->addLayout(row, 1);
    }
    auto *caveat = new QLabel(tr("<i>%1</i>").arg(EvidenceClassText::lookupCaveat()), this);
    caveat->setWordWrap(true);
    caveat->setObjectName(QStringLiteral("lookupCaveat"));
    layout->addWidget(caveat);
    if (orientation == Qt::Vertical)
        layout->addStretch(1);
}

QScrollArea *EvidenceLegendWidget::scrolled(QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    auto *legend = new EvidenceLegendWidget(area);
    area->setWidget(legend);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setMinimumWidth(legend->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width());
    area->setAccessibleName(tr("Legend"));
    return area;
}

void EvidenceLegendWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Each wrapped line's height at the width it now has: a dock's layout gave the labels their
    // height at another width, and cut their last line off.
    for (QLabel *label : findChildren<QLabel *>())
        label->setMinimumHeight(label->heightForWidth(label->width()));
}
