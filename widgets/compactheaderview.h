#pragma once

#include <QHeaderView>

/// @brief A horizontal header whose sections are as wide as their text and the sort arrow.
///
/// Qt 6.4's QHeaderView reserves for the arrow a square as tall as the header, in every
/// section: a two-line heading ("Lookups\nmade") gained some 40 px, and a dock of ordinary
/// width lost the communications counts out of sight.
class CompactHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit CompactHeaderView(QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};
