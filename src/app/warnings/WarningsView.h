#pragma once

// The Warnings tab beside the portfolio: the open warnings and overdue
// follow-ups of the customers the user may see, computed in the background
// (a million customers take seconds), filtered by kind, sortable by any
// column; a double-click opens the customer.

#include "app/warnings/WarningsModel.h"
#include "domain/workspace/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace tessera::app {

class WarningsView : public QWidget {
    Q_OBJECT

public:
    WarningsView(const domain::Workspace& workspace, QWidget* parent = nullptr);

    // Computes the list again (the first call is made when the view is first shown).
    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    WarningsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kind; }

signals:
    void customerActivated(std::int64_t customerId);
    // The list is shown: `count` warnings (after the kind filter).
    void loaded(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(Result<std::vector<domain::Warning>> result);

    const domain::Workspace& m_workspace;
    WarningsModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0; // only the newest request's answer is shown
};

} // namespace tessera::app
