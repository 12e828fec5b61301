#include "evidencelegendwidget.h"

#include "evidenceclass.h"
#include "evidenceclassstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

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
        EvidenceClassStyle::paintMarker(&painter, QRectF(0, 0, 20, 20), m_class);
        EvidenceClassStyle::paintLineSample(&painter, QRectF(24, 0, 30, 20), m_class);
    }

private:
    EvidenceClass m_class;
};

} // namespace

EvidenceLegendWidget::EvidenceLegendWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    const struct
    {
        EvidenceClass cls;
        QString meaning;
    } rows[] = {
        {EvidenceClass::Lookup, tr("hollow, dashed, amber: a device asked about a handle")},
        {EvidenceClass::Communication, tr("filled, solid, blue: a message or call was carried")},
        {EvidenceClass::Connection, tr("tick, dotted, grey: the account connected from an IP")},
    };
    int row = 0;
    for (const auto &entry : rows) {
        layout->addWidget(new LegendSwatch(entry.cls, this), row, 0);
        auto *label = new QLabel(QStringLiteral("<b>%1</b> — %2").arg(EvidenceClassText::label(entry.cls), entry.meaning), this);
        label->setWordWrap(true);
        layout->addWidget(label, row, 1);
        ++row;
    }
    auto *caveat = new QLabel(tr("<i>%1</i>").arg(EvidenceClassText::lookupCaveat()), this);
    caveat->setWordWrap(true);
    caveat->setObjectName(QStringLiteral("lookupCaveat"));
    layout->addWidget(caveat, row, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(row + 1, 1);
}
