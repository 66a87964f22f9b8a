#pragma once

// Beside the map: the most common paths through the stages (customers and
// the share of them churned or at risk) and, between consecutive stages,
// how many who reached one went on to the next.

#include "domain/journeymaps/JourneyMap.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tessera::app {

class JourneyPathsPanel : public QWidget {
    Q_OBJECT

public:
    explicit JourneyPathsPanel(QWidget* parent = nullptr);

    void setMap(const domain::JourneyMap& map);
    void clear();

    QTableWidget* pathsTable() const { return m_paths; }
    QTableWidget* dropOffTable() const { return m_dropOffs; }

private:
    void showPaths(const domain::JourneyMap& map);
    void showDropOffs(const domain::JourneyMap& map);

    QTableWidget* m_paths;
    QTableWidget* m_dropOffs;
    QLabel* m_pathsNote;
};

} // namespace tessera::app
