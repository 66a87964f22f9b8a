#pragma once

// The Data Quality tab (issue 14 point 1, docs/data-quality.md): the share of
// customers with each key field and with tags against the profile's goals,
// for everyone the user may see and by owner, each figure marked as meeting
// its goal or not. The figures are counted on a worker connection with
// progress and Cancel; a click on a figure lists the customers lacking that
// field below, and a double-click on one of them opens it.

#include "domain/quality/QualityService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::app {

class QualityView : public QWidget {
    Q_OBJECT

public:
    // The figures table's columns: the owner, the customer count, then the
    // eight key fields and the tags.
    static constexpr int kOwnerColumn = 0;
    static constexpr int kCustomersColumn = 1;
    static constexpr int kFirstFieldColumn = 2;
    // How many customers a click lists; one more tells there are more.
    static constexpr int kListed = 200;

    explicit QualityView(domain::Workspace& workspace, QWidget* parent = nullptr);

    // Counts again (in the background); asked while a count runs, once it ends.
    void reload();
    bool hasLoaded() const { return m_loaded; }
    // The figures shown (valid once hasLoaded()).
    const domain::QualityReport& report() const { return m_report; }
    // The field of a figures column (nullopt for the owner and count columns).
    static std::optional<domain::QualityField> fieldOfColumn(int column);

    QTableWidget* figuresTable() const { return m_figures; }
    QTableWidget* incompleteTable() const { return m_incomplete; }
    QLabel* incompleteHeading() const { return m_incompleteHeading; }
    QLabel* statusLabel() const { return m_status; }
    // True once the list asked for by the last click is shown.
    bool incompleteLoaded() const { return m_incompleteLoaded; }

signals:
    void loaded();
    void incompleteShown();
    void customerActivated(std::int64_t customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(Result<domain::QualityReport> result);
    void addRow(int row, const QString& label, const domain::QualityFigures& figures);
    void listIncomplete(int row, int column);
    void showIncomplete(const QString& heading,
                        Result<std::vector<domain::IncompleteCustomer>> rows);

    domain::Workspace& m_workspace;
    QLabel* m_goals = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QTableWidget* m_figures = nullptr;
    QLabel* m_incompleteHeading = nullptr;
    QTableWidget* m_incomplete = nullptr;
    domain::QualityReport m_report;
    std::vector<domain::QualityRequest> m_rowRequests; // what each figures row covers
    bool m_loaded = false;
    bool m_incompleteLoaded = false;
    bool m_running = false;
    bool m_reloadAgain = false;
    int m_listGeneration = 0;
};

} // namespace tessera::app
