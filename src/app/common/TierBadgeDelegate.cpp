#include "app/common/TierBadgeDelegate.h"

#include "app/common/ScoreText.h"

#include <QApplication>
#include <QPainter>

namespace tessera::app {
namespace {

constexpr int kPadding = 6;  // text to badge edge
constexpr int kInset = 3;    // badge to cell edge
constexpr qreal kRadius = 4; // corner

} // namespace

void TierBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    const std::string tier = index.data(TierRole).toString().toStdString();
    if (tier.empty())
        return QStyledItemDelegate::paint(painter, option, index);
    // The cell's background and selection as usual, then the badge without text behind it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle* style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    const QString label = ScoreText::tierLabel(tier);
    const QFontMetrics metrics(option.font);
    const int width =
        std::min(metrics.horizontalAdvance(label) + 2 * kPadding, option.rect.width() - 2 * kInset);
    const QRect badge(option.rect.left() + kInset, option.rect.top() + kInset, width,
                      option.rect.height() - 2 * kInset);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ScoreText::tierColour(tier));
    painter->drawRoundedRect(badge, kRadius, kRadius);
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(label, Qt::ElideRight, badge.width() - 4));
    painter->restore();
}

QSize TierBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString tier = index.data(TierRole).toString();
    if (!tier.isEmpty()) {
        const int badge =
            QFontMetrics(option.font).horizontalAdvance(ScoreText::tierLabel(tier.toStdString())) +
            2 * (kPadding + kInset);
        size.setWidth(std::max(size.width(), badge));
    }
    return size;
}

} // namespace tessera::app
