#include "compactheaderview.h"

#include <QStyle>

CompactHeaderView::CompactHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

QSize CompactHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (isSortIndicatorShown()) {
        // QHeaderView added the section's height and a margin; the arrow needs its own width.
        size.rwidth() += style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) - size.height();
    }
    return size;
}
