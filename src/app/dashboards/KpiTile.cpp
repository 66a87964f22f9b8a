#include "app/dashboards/KpiTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace tessera::app {

KpiTile::KpiTile(const QString& kpiKey, const QString& title, QWidget* parent)
    : QFrame(parent), m_key(kpiKey) {
    setObjectName(QStringLiteral("tile_") + kpiKey);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(150);
    auto* name = new QLabel(title, this);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_target = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_target);
    layout->addStretch(1);
}

void KpiTile::setFigures(const QString& value, const QString& change, const QString& target,
                         const QString& alert) {
    m_value->setText(value);
    m_change->setText(change);
    m_change->setVisible(!change.isEmpty());
    m_target->setText(target);
    m_target->setVisible(!target.isEmpty());
    m_alerted = !alert.isEmpty();
    setToolTip(alert);
    setStyleSheet(m_alerted ? QStringLiteral("KpiTile { background: #fde8e6; border: 1px solid "
                                             "#b3261e; } QLabel#value { color: #b3261e; }")
                            : QString());
}

QString KpiTile::valueText() const {
    return m_value->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event) {
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        emit clicked(m_key);
}

} // namespace tessera::app
