#pragma once

// One customer's interactions, newest first, with Log, Edit and Delete.

#include "domain/interactions/InteractionService.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace tessera::app {

class InteractionController;

class InteractionLogDialog : public QDialog {
    Q_OBJECT

public:
    InteractionLogDialog(domain::Workspace& workspace, InteractionController& controller,
                         std::int64_t customerId, const QString& customerName,
                         QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();

private:
    std::int64_t selectedId() const;

    domain::Workspace& m_workspace;
    InteractionController& m_controller;
    std::int64_t m_customerId;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace tessera::app
