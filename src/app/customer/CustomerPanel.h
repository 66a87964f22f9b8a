#pragma once

// The customer 360 view: who the customer is (profile, masked for analysts by
// the domain), the people to talk to (contacts), what happened (timeline),
// what the customer is worth (score card with its explanation, tier
// history), and where they are on the journey.
// Loads in the background on its own connection, so selecting rows quickly
// never waits on the database.

#include "app/jobs/DatabaseWorker.h"
#include "domain/customers/CustomerService.h"

#include <QWidget>
#include <map>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QFormLayout;

namespace tessera::app {

class CustomerJourneyWidget;
class ScoreCard;
class TierHistoryWidget;
class TimelineWidget;

class CustomerPanel : public QWidget {
    Q_OBJECT

public:
    CustomerPanel(DatabaseWorker& worker, const domain::Calendar& calendar,
                  QWidget* parent = nullptr);

    // Shows the customer with this id; 0 shows the "select a customer" hint.
    void showCustomer(std::int64_t customerId);
    void reload();

    std::int64_t customerId() const { return m_customerId; }
    bool isLoading() const { return m_loading; }
    // The record shown, as the domain returned it (masked for analysts).
    const std::optional<domain::CustomerView>& customer() const { return m_view; }
    QString fieldText(const QString& field) const;
    QString errorText() const;
    TimelineWidget* timeline() const { return m_timeline; }
    QTableWidget* contacts() const { return m_contacts; }
    QTabWidget* tabs() const { return m_tabs; }
    ScoreCard* scoreCard() const { return m_scoreCard; }
    TierHistoryWidget* tierHistory() const { return m_tierHistory; }
    CustomerJourneyWidget* journey() const { return m_journey; }

signals:
    // The customer's details are on screen (or failed to load).
    void loaded(std::int64_t customerId);

private:
    struct Details;
    void buildHeader(QWidget* page);
    void buildProfile();
    void buildContacts();
    void addField(const QString& key, const QString& caption);
    void setField(const QString& key, const QString& text);
    void setPersonal(const QString& key, const std::optional<std::string>& value, bool masked);
    void showDetails(const Details& details);
    void showProfile(const domain::CustomerView& view);
    void showContacts(const storage::CustomerRecord& record, bool masked);
    void showScores(const Details& details);
    void showError(const QString& message);

    DatabaseWorker& m_worker;
    domain::Calendar m_calendar;
    std::int64_t m_customerId = 0;
    std::uint64_t m_generation = 0;
    bool m_loading = false;
    std::optional<domain::CustomerView> m_view;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_badges = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_form = nullptr;
    std::map<QString, QLabel*> m_fields;
    QTableWidget* m_contacts = nullptr;
    TimelineWidget* m_timeline = nullptr;
    ScoreCard* m_scoreCard = nullptr;
    TierHistoryWidget* m_tierHistory = nullptr;
    CustomerJourneyWidget* m_journey = nullptr;
};

} // namespace tessera::app
