#pragma once

// Scoring > Score Now: the as-of date (default today), the window (the
// profile's, the last N days or all history) and the profile version
// (default the newest) of a new scoring run. The versions load in the
// background; the window then names each version's default.

#include "app/jobs/DatabaseWorker.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/ScoringService.h"

#include <QDialog>
#include <map>

class QComboBox;
class QDateEdit;
class QRadioButton;
class QSpinBox;

namespace tessera::app {

class ScoreNowDialog : public QDialog {
    Q_OBJECT

public:
    ScoreNowDialog(DatabaseWorker& worker, const domain::Calendar& calendar,
                   QWidget* parent = nullptr);

    domain::ScoringRequest request() const;

    QDateEdit* asOfEdit() const { return m_asOf; }
    QRadioButton* profileWindowChoice() const { return m_profileWindow; }
    QRadioButton* daysChoice() const { return m_daysWindow; }
    QRadioButton* allHistoryChoice() const { return m_allHistory; }
    QSpinBox* daysSpin() const { return m_days; }
    QComboBox* versionCombo() const { return m_version; }

signals:
    void versionsLoaded();

private:
    void loadVersions(DatabaseWorker& worker);
    void showVersions(const Result<std::vector<domain::ProfileVersion>>& versions);
    void updateWindowText();

    QDateEdit* m_asOf = nullptr;
    QRadioButton* m_profileWindow = nullptr;
    QRadioButton* m_daysWindow = nullptr;
    QRadioButton* m_allHistory = nullptr;
    QSpinBox* m_days = nullptr;
    QComboBox* m_version = nullptr;
    std::map<std::int64_t, scoring::WindowSettings> m_windows; // by profile version
};

} // namespace tessera::app
