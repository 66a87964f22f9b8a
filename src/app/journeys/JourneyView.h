#pragma once

// The Journeys tab (product.md capability 4): filters for the period, team,
// tier and RFM segment; the journey map (stages, touchpoint cards) on the
// left and the common paths and drop-offs on the right. The map is computed
// on a worker connection; the view only draws. A click on a card, the
// snapshot buttons, the stage editor and the export go to the controller.

#include "domain/journeymaps/JourneyService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace tessera::app {

class JourneyMapScene;
class JourneyMapView;
class JourneyPathsPanel;

class JourneyView : public QWidget {
    Q_OBJECT

public:
    explicit JourneyView(domain::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool hasLoaded() const { return m_loaded; }
    // The request the filters make, and the map last shown (with its population label).
    domain::JourneyRequest request() const;
    const domain::JourneyMap& map() const { return m_map; }
    const domain::JourneyRequest& shownRequest() const { return m_shown; }
    // "2026Q3, Gold, Team of sup": what the map shows, for titles and snapshot names.
    QString describe() const;
    QString suggestedSnapshotName() const;

    JourneyMapScene* scene() const { return m_scene; }
    JourneyMapView* mapView() const { return m_mapView; }
    JourneyPathsPanel* pathsPanel() const { return m_paths; }
    QSplitter* splitter() const { return m_splitter; }
    QComboBox* periodKindBox() const { return m_kind; }
    QComboBox* periodBox() const { return m_period; }
    QComboBox* teamBox() const { return m_team; }
    QComboBox* tierBox() const { return m_tier; }
    QComboBox* segmentBox() const { return m_segment; }
    QPushButton* editStagesButton() const { return m_editStages; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void cardClicked(const domain::JourneyRequest& request, std::int64_t touchpointId,
                     const QString& title);
    void saveSnapshotRequested();
    void compareRequested();
    void editStagesRequested();
    void exportRequested();
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildButtons();
    QWidget* buildMapArea();
    void fillPeriods();
    void display(Result<domain::JourneyMap> result);

    domain::Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_segment = nullptr;
    QPushButton* m_saveSnapshot = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_editStages = nullptr;
    QLabel* m_status = nullptr;
    QSplitter* m_splitter = nullptr;
    JourneyMapScene* m_scene = nullptr;
    JourneyMapView* m_mapView = nullptr;
    JourneyPathsPanel* m_paths = nullptr;
    domain::JourneyMap m_map;
    domain::JourneyRequest m_shown; // the request m_map answers
    QString m_shownDescription;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace tessera::app
