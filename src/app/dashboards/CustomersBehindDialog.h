#pragma once

// The customers behind a dashboard figure: code and name (masked for
// analysts, as everywhere), a double-click opening the customer.

#include "domain/workspace/Workspace.h"

#include <QDialog>

class QListWidget;

namespace tessera::app {

class CustomersBehindDialog : public QDialog {
    Q_OBJECT

public:
    CustomersBehindDialog(domain::Workspace& workspace, const QString& title,
                          const std::vector<std::int64_t>& ids, bool truncated,
                          QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

signals:
    void customerActivated(std::int64_t customerId);

private:
    QListWidget* m_list;
};

} // namespace tessera::app
