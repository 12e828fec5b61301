#include "evidenceclassdelegate.h"
#include "evidenceclassstyle.h"
#include "itemroles.h"

#include <QStandardItemModel>
#include <QTableView>

#include <QTest>

using namespace Qt::StringLiterals;

class tst_EvidenceClassStyle : public QObject
{
    Q_OBJECT
private slots:
    void onWhiteTheMarksAreTheClassColours();
    void wordsAndMarksStandOutFromAnyBackground();
    void theHueIsKeptOnADarkTheme();
    void theEventsClassColumnIsReadOnADarkTheme();
};

void tst_EvidenceClassStyle::onWhiteTheMarksAreTheClassColours()
{
    // The light theme, the charts and every exported picture: the colours product.md names.
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection})
        QCOMPARE(EvidenceClassStyle::colorOn(cls, Qt::white, EvidenceClassStyle::MarksContrast), EvidenceClassStyle::color(cls));
    QCOMPARE(EvidenceClassStyle::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(EvidenceClassStyle::contrast(Qt::white, Qt::white), 1.0);
    QVERIFY(qAbs(EvidenceClassStyle::contrast(EvidenceClassStyle::color(EvidenceClass::Lookup), Qt::white) - 3.40) < 0.01);
}

void tst_EvidenceClassStyle::wordsAndMarksStandOutFromAnyBackground()
{
    // Every grey from black to white, and a dark theme's coloured bases: the words meet WCAG's
    // 4.5 : 1 and the marks 3 : 1 — the amber stood at 3.4 on white and 2.6 on a dark base.
    QList<QColor> backgrounds;
    for (int grey = 0; grey <= 255; grey += 3)
        backgrounds.append(QColor(grey, grey, grey));
    backgrounds += {QColor(0x23, 0x26, 0x29), QColor(0x2B, 0x2B, 0x40), QColor(0x1F, 0x5F, 0xBF), QColor(0xFF, 0xF8, 0xE0)};
    for (const QColor &background : backgrounds) {
        for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection}) {
            for (double ratio : {EvidenceClassStyle::WordsContrast, EvidenceClassStyle::MarksContrast}) {
                const QColor shown = EvidenceClassStyle::colorOn(cls, background, ratio);
                QVERIFY2(EvidenceClassStyle::contrast(shown, background) >= ratio,
                         qPrintable(QStringLiteral("%1 on %2: %3").arg(shown.name(), background.name()).arg(EvidenceClassStyle::contrast(shown, background))));
            }
        }
    }
}

void tst_EvidenceClassStyle::theHueIsKeptOnADarkTheme()
{
    // Lightened, not replaced: amber stays amber and blue blue on Breeze Dark's base.
    const QColor base(0x23, 0x26, 0x29);
    const QColor amber = EvidenceClassStyle::colorOn(EvidenceClass::Lookup, base, EvidenceClassStyle::WordsContrast);
    const QColor blue = EvidenceClassStyle::colorOn(EvidenceClass::Communication, base, EvidenceClassStyle::WordsContrast);
    QVERIFY(amber.lightness() > EvidenceClassStyle::color(EvidenceClass::Lookup).lightness());
    QVERIFY(qAbs(amber.hsvHue() - EvidenceClassStyle::color(EvidenceClass::Lookup).hsvHue()) <= 2);
    QVERIFY(qAbs(blue.hsvHue() - EvidenceClassStyle::color(EvidenceClass::Communication).hsvHue()) <= 2);
    QVERIFY(blue.hsvSaturation() > 100); // still a blue, not a grey
}

void tst_EvidenceClassStyle::theEventsClassColumnIsReadOnADarkTheme()
{
    // The events table's class column as drawn: its words in the colour that stands out from the
    // table's base, light or dark; a selected row's marker and words in the highlighted text's.
    QStandardItemModel model(2, 1);
    for (int row = 0; row < 2; ++row) {
        auto *item = new QStandardItem(QStringLiteral("Lookup"));
        item->setData(int(EvidenceClass::Lookup), ItemRoles::EvidenceClassRole);
        model.setItem(row, 0, item);
    }
    for (const QColor &base : {QColor(Qt::white), QColor(0x23, 0x26, 0x29)}) {
        QTableView view;
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, base);
        palette.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        view.setPalette(palette);
        view.setModel(&model);
        view.setItemDelegateForColumn(0, new EvidenceClassDelegate(&view));
        view.resize(300, 200);
        view.setColumnWidth(0, 200);
        view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select);
        const QImage image = view.viewport()->grab().toImage();
        const QColor words = EvidenceClassStyle::colorOn(EvidenceClass::Lookup, base, EvidenceClassStyle::WordsContrast);
        const QColor mark = EvidenceClassStyle::colorOn(EvidenceClass::Lookup, base, EvidenceClassStyle::MarksContrast);
        // The marker's and the words' strongest pixels: the marker's stroke is drawn whole, the
        // words' glyphs antialiased (their strongest pixel comes within a tenth of the colour's).
        const auto strongest = [&](int row, bool wordsPart, const QColor &behind) {
            const QRect cell = view.visualRect(model.index(row, 0));
            const int marker = cell.height() + 6;
            const QRect part = wordsPart ? cell.adjusted(marker, 0, 0, 0) : cell.adjusted(0, 0, marker - cell.width(), 0);
            QColor found = behind;
            for (int y = part.top(); y <= part.bottom(); ++y) {
                for (int x = part.left(); x <= part.right(); ++x) {
                    const QColor seen = image.pixelColor(x, y);
                    if (EvidenceClassStyle::contrast(seen, behind) > EvidenceClassStyle::contrast(found, behind))
                        found = seen;
                }
            }
            return found;
        };
        QCOMPARE(strongest(0, false, base), mark);
        const QColor shown = strongest(0, true, base);
        QVERIFY2(EvidenceClassStyle::contrast(shown, base) >= 0.9 * EvidenceClassStyle::contrast(words, base),
                 qPrintable(shown.name() + u" on "_s + base.name()));
        QVERIFY(EvidenceClassStyle::contrast(shown, base) >= 4.0);
        // The selected row: white on the highlight.
        const QColor highlight = palette.color(QPalette::Highlight);
        QCOMPARE(strongest(1, false, highlight), QColor(Qt::white));
        QCOMPARE(strongest(1, true, highlight), QColor(Qt::white));
    }
}

QTEST_MAIN(tst_EvidenceClassStyle)
#include "tst_evidenceclassstyle.moc"
