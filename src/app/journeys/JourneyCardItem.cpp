#include "app/journeys/JourneyCardItem.h"

#include "app/common/Text.h"
#include "app/journeys/JourneyFormat.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace tessera::app {
namespace {

constexpr qreal kPad = 8;
constexpr qreal kBadge = 22;
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kPainRed(0xb3, 0x26, 0x1e);
const QColor kBadgeBlue(0x1f, 0x4e, 0x8c);

} // namespace

JourneyCardItem::JourneyCardItem(const domain::StageFigures& stage,
                                 const domain::TouchpointFigures& touchpoint,
                                 std::int64_t maxVolume, QGraphicsItem* parent)
    : QGraphicsObject(parent), m_touchpoint(touchpoint),
      m_fill(JourneyFormat::satisfactionColour(touchpoint.normalisedSatisfaction)) {
    m_stage.id = stage.id;
    m_stage.name = stage.name;
    m_stage.retired = stage.retired;
    m_volumeFraction = maxVolume > 0
                           ? static_cast<double>(touchpoint.volume) / static_cast<double>(maxVolume)
                           : 0.0;
    setToolTip(JourneyFormat::tooltip(stage, touchpoint));
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    if (touchpoint.retired || stage.retired)
        setOpacity(0.55);
}

QString JourneyCardItem::stageName() const {
    return qs(m_stage.name);
}

QString JourneyCardItem::name() const {
    return qs(m_touchpoint.name);
}

QRectF JourneyCardItem::boundingRect() const {
    return QRectF(-2, -2, kWidth + 4, kHeight + 4);
}

void JourneyCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(0, 0, kWidth, kHeight);
    const bool retired = m_touchpoint.retired || m_stage.retired;
    QPen border(m_hovered ? QColor(0x1f, 0x4e, 0x8c) : QColor(0x6b, 0x77, 0x85),
                m_hovered ? 2.0 : 1.0);
    if (retired)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(card, 6, 6);

    qreal right = kWidth - kPad;
    paintMarkers(painter, right);

    QFont bold = painter->font();
    bold.setPointSizeF(9.5);
    bold.setBold(true);
    QFont plain = bold;
    plain.setBold(false);
    plain.setPointSizeF(8.5);
    painter->setPen(kInk);
    painter->setFont(bold);
    const QString title = retired ? tr("%1 (retired)").arg(name()) : name();
    const QRectF titleBox(kPad, kPad - 2, right - kPad - 2, 20);
    painter->drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(bold).elidedText(title, Qt::ElideRight, titleBox.width()));

    painter->setFont(plain);
    const QString lines[] = {
        tr("Volume %1 (%2)")
            .arg(JourneyFormat::count(m_touchpoint.volume),
                 JourneyFormat::percent(m_touchpoint.volumeShare)),
        m_touchpoint.satisfaction
            ? tr("CSAT %1 (%Ln response(s))", nullptr, static_cast<int>(m_touchpoint.responses))
                  .arg(JourneyFormat::csat(m_touchpoint.satisfaction))
            : tr("CSAT: no responses"),
        tr("Complaints %1").arg(JourneyFormat::percent(m_touchpoint.complaintRate))};
    qreal y = titleBox.bottom() + 2;
    for (const QString& line : lines) {
        painter->drawText(QRectF(kPad, y, kWidth - 2 * kPad, 17), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += 17;
    }

    // The volume bar: how busy the touchpoint is against the busiest one.
    const QRectF track(kPad, kHeight - kPad - 6, kWidth - 2 * kPad, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 150));
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(QColor(0x2b, 0x3a, 0x4d));
    painter->drawRoundedRect(
        QRectF(track.topLeft(), QSizeF(track.width() * m_volumeFraction, track.height())), 3, 3);
}

void JourneyCardItem::paintMarkers(QPainter* painter, qreal& right) const {
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(9);
    painter->setFont(font);
    const qreal top = kPad - 3;
    if (m_touchpoint.rank) {
        const QRectF circle(right - kBadge, top, kBadge, kBadge);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(kBadgeBlue);
        painter->drawEllipse(circle);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, QString::number(*m_touchpoint.rank));
        right -= kBadge + 4;
    }
    if (m_touchpoint.painPoint) {
        const QRectF box(right - kBadge, top, kBadge, kBadge);
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(kPainRed);
        painter->drawPath(triangle);
        painter->setPen(Qt::white);
        painter->drawText(box.adjusted(0, 5, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
        right -= kBadge + 4;
    }
}

void JourneyCardItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void JourneyCardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = false;
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

void JourneyCardItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    // Accepting the press is what brings the release here.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void JourneyCardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && boundingRect().contains(event->pos()))
        emit clicked(m_touchpoint.id);
}

} // namespace tessera::app
