#pragma once

// One touchpoint on the journey map: a card filled by its satisfaction, with
// its volume (a bar sized against the busiest touchpoint), CSAT and
// complaint rate, a red "!" when it is a pain point and a round badge for a
// top-three improvement priority. Retired touchpoints are drawn faded and
// dashed, as the map still counts what was recorded at them.

#include "domain/journeymaps/JourneyMap.h"

#include <QColor>
#include <QGraphicsObject>

namespace tessera::app {

class JourneyCardItem : public QGraphicsObject {
    Q_OBJECT

public:
    static constexpr qreal kWidth = 200;
    static constexpr qreal kHeight = 104;

    // `maxVolume`: the busiest touchpoint's volume on the map (the bar's full width).
    JourneyCardItem(const domain::StageFigures& stage, const domain::TouchpointFigures& touchpoint,
                    std::int64_t maxVolume, QGraphicsItem* parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget = nullptr) override;

    const domain::TouchpointFigures& figures() const { return m_touchpoint; }
    QString stageName() const;
    QString name() const;
    QColor fill() const { return m_fill; }
    std::optional<int> badge() const { return m_touchpoint.rank; }
    bool painMarker() const { return m_touchpoint.painPoint; }

signals:
    void clicked(std::int64_t touchpointId);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void paintMarkers(QPainter* painter, qreal& right) const;

    domain::StageFigures m_stage; // without its touchpoints: only the name is read
    domain::TouchpointFigures m_touchpoint;
    double m_volumeFraction = 0.0;
    QColor m_fill;
    bool m_hovered = false;
};

} // namespace tessera::app
