#pragma once

// Administration > Access Review: reads of personal data per user and day
// over a period (days in the database's zone), loaded on a worker
// connection; bulk reads, access out of hours or at a weekend and refused
// attempts stand out. The table can be saved as CSV.

#include "app/accessreview/AccessReviewModel.h"
#include "domain/workspace/Workspace.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace tessera::app {

class AccessReviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit AccessReviewDialog(const domain::Workspace& workspace, QWidget* parent = nullptr);

    AccessReviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* exportButton() const { return m_export; }
    QString summaryText() const;
    QString settingsText() const;
    bool isLoading() const { return m_loading; }

    // Writes the rows shown, with a header, to `path` as CSV.
    Status exportCsv(const QString& path) const;

public slots:
    void reload();

signals:
    void loaded();

private:
    void showReview(Result<domain::AccessReview> review);
    void askAndExport();

    const domain::Workspace& m_workspace;
    AccessReviewModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_settings = nullptr;
    QLabel* m_summary = nullptr;
    bool m_loading = false;
    int m_generation = 0; // drops the answers of superseded queries
};

} // namespace tessera::app
