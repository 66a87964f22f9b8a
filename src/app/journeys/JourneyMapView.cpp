#include "app/journeys/JourneyMapView.h"

#include "app/journeys/JourneyMapScene.h"

#include <QResizeEvent>
#include <QWheelEvent>
#include <algorithm>

namespace tessera::app {
namespace {

constexpr qreal kMinZoom = 0.2;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.2;

} // namespace

JourneyMapView::JourneyMapView(JourneyMapScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene) {
    setObjectName(QStringLiteral("journeyMapView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setBackgroundBrush(Qt::white);
}

void JourneyMapView::setZoom(qreal zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
}

void JourneyMapView::zoomIn() {
    m_userZoomed = true;
    setZoom(zoom() * kStep);
}

void JourneyMapView::zoomOut() {
    m_userZoomed = true;
    setZoom(zoom() / kStep);
}

void JourneyMapView::fitMap() {
    const QRectF area = m_scene->sceneRect();
    if (area.isEmpty() || viewport()->width() < 10)
        return;
    const qreal byWidth = viewport()->width() / area.width();
    const qreal byHeight = viewport()->height() / area.height();
    setZoom(std::min(byWidth, byHeight));
    m_userZoomed = false;
}

void JourneyMapView::mapReplaced() {
    if (m_userZoomed)
        return;
    // Fit the width only: a long column scrolls rather than shrinking every card.
    const QRectF area = m_scene->sceneRect();
    if (area.isEmpty() || viewport()->width() < 10)
        return;
    setZoom(std::min<qreal>(1.0, viewport()->width() / area.width()));
}

void JourneyMapView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // Until the user zooms, the map follows the room it has (window or splitter resized).
    mapReplaced();
}

void JourneyMapView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return event->accept();
    m_userZoomed = true;
    qreal z = zoom();
    for (int i = 0; i < std::abs(steps); ++i)
        z = steps > 0 ? z * kStep : z / kStep;
    setZoom(z);
    event->accept();
}

} // namespace tessera::app
