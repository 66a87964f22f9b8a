#pragma once

// Paints a tier as a small coloured badge with its translated name, in any
// item view whose items carry the tier's key (Diamond, ...) in TierRole;
// items without one paint as usual (the em dash of an unscored customer).

#include <QStyledItemDelegate>

namespace tessera::app {

class TierBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int TierRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tessera::app
