#pragma once

// The interactions behind a journey card: date, customer (code and name,
// masked for analysts by the domain), channel, kind and direction, newest
// first; a double-click opens the customer. Loaded on a worker connection.

#include "domain/journeymaps/JourneyService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tessera::app {

class JourneyCardDialog : public QDialog {
    Q_OBJECT

public:
    // At most this many interactions are listed; the heading says when there are more.
    static constexpr int kListed = 500;

    JourneyCardDialog(domain::Workspace& workspace, const domain::JourneyRequest& request,
                      std::int64_t touchpointId, const QString& title, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool hasLoaded() const { return m_loaded; }

signals:
    void customerActivated(std::int64_t customerId);
    void loaded();

private:
    void showRows(Result<std::vector<domain::JourneyCardRow>> rows);

    const domain::Calendar m_calendar;
    QLabel* m_heading;
    QTableWidget* m_table;
    bool m_loaded = false;
};

} // namespace tessera::app
