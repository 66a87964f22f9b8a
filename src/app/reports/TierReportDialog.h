#pragma once

// Reports > Tier Report…: which scoring run (the newest by default), an
// optional run to compare with (the one before it by default), the format and
// the file. Export hands the choice back to the main window, which writes the
// report in the background (TierReportService) after asking for the password
// when names leave unmasked.

#include "app/jobs/DatabaseWorker.h"
#include "domain/reports/TierReport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::app {

class TierReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit TierReportDialog(DatabaseWorker& worker, QWidget* parent = nullptr);

    QComboBox* runCombo() const { return m_run; }
    QComboBox* compareCombo() const { return m_compare; }
    QComboBox* formatCombo() const { return m_format; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* status() const { return m_status; }

    domain::TierReportRequest request() const;
    QString format() const;
    QString path() const;

signals:
    void runsLoaded();

private:
    using RunsResult = Result<std::vector<storage::ScoringRunRecord>>;

    void showRuns(const RunsResult& runs);
    void matchSuffixToFormat();
    void browse();
    void updateExportButton();

    QComboBox* m_run = nullptr;
    QComboBox* m_compare = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tessera::app
