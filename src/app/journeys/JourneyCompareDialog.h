#pragma once

// Two saved journey snapshots side by side: for every touchpoint (matched by
// stage and name) the volume, CSAT, complaint rate and improvement priority
// before and after, and the change marked ▲/▼, green when better and red
// when worse (CSAT up is better; complaint rate and priority up are worse).
// Touchpoints in one snapshot only are marked new or gone.

#include "domain/journeymaps/JourneySnapshots.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tessera::app {

class JourneyCompareDialog : public QDialog {
    Q_OBJECT

public:
    // The columns of the table.
    enum Column {
        StageColumn,
        TouchpointColumn,
        VolumeBefore,
        VolumeAfter,
        VolumeChange,
        CsatBefore,
        CsatAfter,
        CsatChange,
        ComplaintsBefore,
        ComplaintsAfter,
        ComplaintsChange,
        PriorityBefore,
        PriorityAfter,
        PriorityChange,
        ColumnCount
    };
    // In a change cell: +1 better, -1 worse, 0 neither.
    static constexpr int VerdictRole = Qt::UserRole + 1;

    explicit JourneyCompareDialog(domain::Workspace& workspace, QWidget* parent = nullptr);

    QComboBox* beforeBox() const { return m_before; }
    QComboBox* afterBox() const { return m_after; }
    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    // Both lists are filled (and the newest two compared, when there are two).
    bool hasListed() const { return m_listed; }
    // Compares the snapshots chosen in the boxes.
    void compare();

signals:
    void listed();
    void compared();

private:
    void showSnapshots(Result<std::vector<domain::JourneySnapshotInfo>> list);
    void showComparison(Result<domain::JourneyComparison> comparison);
    void showError(const QString& message);

    domain::Workspace& m_workspace;
    QComboBox* m_before;
    QComboBox* m_after;
    QLabel* m_message;
    QTableWidget* m_table;
    bool m_listed = false;
    int m_generation = 0;
};

} // namespace tessera::app
