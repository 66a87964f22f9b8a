#include "app/journeys/JourneyBarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace tessera::app {
namespace {

constexpr int kBarWidth = 70;
constexpr int kBarHeight = 10;

} // namespace

void JourneyBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QWidget* widget = const_cast<QWidget*>(option.widget);
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(6, 0, -6, 0);
    const QRect track(cell.left(), cell.center().y() - kBarHeight / 2, kBarWidth, kBarHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe3, 0xe7, 0xec));
    painter->drawRoundedRect(track, 3, 3);
    const auto bar = [&](int shareRole, int colourRole) {
        const QVariant share = index.data(shareRole);
        if (!share.isValid())
            return;
        const double v = std::clamp(share.toDouble(), 0.0, 1.0);
        painter->setBrush(index.data(colourRole).value<QColor>());
        painter->drawRoundedRect(
            QRectF(track.left(), track.top(), track.width() * v, track.height()), 3, 3);
    };
    bar(ShareRole, ColourRole);
    bar(InnerShareRole, InnerColourRole);
    painter->setPen(opt.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(cell.adjusted(kBarWidth + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      text);
    painter->restore();
}

QSize JourneyBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kBarWidth + 20;
    return size;
}

} // namespace tessera::app
