#pragma once

// A table cell drawn as a small horizontal bar (a share, 0..1, in
// ShareRole, coloured by ColourRole) with the cell's text beside it: the
// paths panel's churn shares and the stages' drop-off.

#include <QStyledItemDelegate>

namespace tessera::app {

class JourneyBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int ShareRole = Qt::UserRole + 20;
    static constexpr int ColourRole = Qt::UserRole + 21;
    // An optional second share drawn in front of the first (reached, then continued).
    static constexpr int InnerShareRole = Qt::UserRole + 22;
    static constexpr int InnerColourRole = Qt::UserRole + 23;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tessera::app
