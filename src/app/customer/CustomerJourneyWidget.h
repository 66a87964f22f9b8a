#pragma once

// One customer's journey in the 360 view: the journey's stages as lanes,
// time along them, a dot for each interaction at a touchpoint on its stage's
// lane (interactions at no touchpoint on a faint lane of their own), and the
// stage the latest one was at ("Now in: After-sales").

#include "domain/journeymaps/JourneyService.h"

#include <QWidget>

class QLabel;

namespace tessera::app {

class CustomerJourneyWidget : public QWidget {
    Q_OBJECT

public:
    explicit CustomerJourneyWidget(QWidget* parent = nullptr);

    void setJourney(const domain::CustomerJourney& journey);
    void showError(const QString& message);

    QString currentStageText() const;
    const domain::CustomerJourney& journey() const { return m_journey; }
    QWidget* lanes() const { return m_lanes; }

private:
    QLabel* m_current;
    QLabel* m_summary;
    QWidget* m_lanes;
    domain::CustomerJourney m_journey;
};

} // namespace tessera::app
