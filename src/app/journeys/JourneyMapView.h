#pragma once

// The journey map's viewport: Ctrl+wheel zooms around the pointer, the
// buttons beside it zoom in, out and to fit. A new map opens fitted to the
// width, but never enlarged past its natural size (cards stay crisp).

#include <QGraphicsView>

namespace tessera::app {

class JourneyMapScene;

class JourneyMapView : public QGraphicsView {
    Q_OBJECT

public:
    explicit JourneyMapView(JourneyMapScene* scene, QWidget* parent = nullptr);

    JourneyMapScene* mapScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitMap();
    // After the scene was rebuilt: fit once, keep the user's zoom afterwards.
    void mapReplaced();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setZoom(qreal zoom);

    JourneyMapScene* m_scene;
    bool m_userZoomed = false;
};

} // namespace tessera::app
