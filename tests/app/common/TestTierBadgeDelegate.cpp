// Tier badges in item views: a cell with a tier key paints a badge in the
// tier's colour, wide enough for the translated name; other cells paint as usual.

#include "GuiTestSupport.h"
#include "app/common/ScoreText.h"
#include "app/common/TierBadgeDelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace tessera;

class TestTierBadgeDelegate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void paintsTheTierColour() {
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), "Gold");
        model.setData(model.index(0, 0), "Gold", app::TierBadgeDelegate::TierRole);
        model.setData(model.index(1, 0), "—");
        QTableView view;
        view.setModel(&model);
        app::TierBadgeDelegate delegate;
        const QColor gold = app::ScoreText::tierColour("Gold");
        QCOMPARE(pixelInside(delegate, view, model.index(0, 0)), gold.rgb());
        QVERIFY(pixelInside(delegate, view, model.index(1, 0)) != gold.rgb());
    }

    void isWideEnoughForTheName() {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), "Platinum", app::TierBadgeDelegate::TierRole);
        app::TierBadgeDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QFont();
        const int text = QFontMetrics(option.font).horizontalAdvance("Platinum");
        QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() > text);
    }

private:
    // The colour just inside the cell's top-left corner, after the badge's inset.
    static QRgb pixelInside(const app::TierBadgeDelegate& delegate, const QTableView& view,
                            const QModelIndex& index) {
        QImage image(120, 28, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = image.rect();
        option.font = view.font();
        delegate.paint(&painter, option, index);
        painter.end();
        return image.pixel(6, 14);
    }
};

QTEST_MAIN(TestTierBadgeDelegate)
#include "TestTierBadgeDelegate.moc"
