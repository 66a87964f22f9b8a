#pragma once

// The journey map as a scene: a title and legend, the stages as columns
// (name, customers who reached it, the share who went on to the next) and
// the touchpoints as cards in them. The scene is rebuilt from each map the
// view receives; it is also what the PNG, SVG and PDF exports render.

#include "domain/journeymaps/JourneyMap.h"

#include <QGraphicsScene>
#include <vector>

namespace tessera::app {

class JourneyCardItem;

class JourneyMapScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit JourneyMapScene(QObject* parent = nullptr);

    // `title`: the period and population, as the filters name them.
    void setMap(const domain::JourneyMap& map, const QString& title);
    void showMessage(const QString& message);

    const std::vector<JourneyCardItem*>& cards() const { return m_cards; }
    // The card of the touchpoint named `name` (in `stage` when given), or nullptr.
    JourneyCardItem* card(const QString& name, const QString& stage = {}) const;

signals:
    void cardClicked(std::int64_t touchpointId, const QString& stage, const QString& touchpoint);

private:
    void addTitle(const QString& title, const domain::JourneyMap& map);
    void addLegend(qreal y, double painPointRate);
    qreal addStageHeader(const domain::StageFigures& stage, const domain::JourneyMap& map, qreal x,
                         qreal y);
    void addDropOff(const domain::StageDropOff& dropOff, qreal x, qreal y);

    std::vector<JourneyCardItem*> m_cards;
};

} // namespace tessera::app
