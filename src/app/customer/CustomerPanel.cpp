#include "app/customer/CustomerPanel.h"

#include "app/common/AppResources.h"
#include "app/common/ScoreText.h"
#include "app/common/Text.h"
#include "app/customer/CustomerJourneyWidget.h"
#include "app/customer/ScoreCard.h"
#include "app/customer/TierHistoryWidget.h"
#include "app/customer/TimelineWidget.h"
#include "domain/journeymaps/JourneyService.h"
#include "domain/records/CustomerRules.h"
#include "domain/records/Vocabulary.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

enum Page { HintPage, CustomerPage };

QString badge(const QString& text, const char* background) {
    return ScoreText::badgeHtml(text, QColor(QLatin1String(background)));
}

const char* riskColour(const std::string& risk) {
    if (risk == "high")
        return "#b3261e";
    return risk == "medium" ? "#a86200" : "#2e7d4f";
}

QString labelList(const std::vector<domain::Term>& terms, const std::string& keys) {
    QStringList labels;
    for (const std::string& key : domain::CustomerRules::parseTags(keys))
        labels << domain::vocabulary::labelOf(terms, key);
    return labels.join(QStringLiteral(", "));
}

} // namespace

struct CustomerPanel::Details {
    std::int64_t customerId;
    Result<domain::CustomerView> view;
    Result<std::vector<domain::TimelineEntry>> timeline;
    ScoreCard::Data scores;
    Result<std::vector<domain::CustomerScoreHistoryEntry>> history;
    Result<domain::CustomerJourney> journey;
};

CustomerPanel::CustomerPanel(DatabaseWorker& worker, const domain::Calendar& calendar,
                             QWidget* parent)
    : QWidget(parent), m_worker(worker), m_calendar(calendar) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_hint =
        new QLabel(tr("Select a customer to see their profile, contacts, timeline and scores."));
    m_hint->setObjectName(QStringLiteral("customerHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(24);
    m_stack->addWidget(m_hint);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    buildHeader(page);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    buildProfile();
    buildContacts();
    m_timeline = new TimelineWidget;
    m_tabs->addTab(m_timeline, appIcon(QStringLiteral("transaction")), tr("Timeline"));
    m_scoreCard = new ScoreCard;
    m_tabs->addTab(m_scoreCard, appIcon(QStringLiteral("score")), tr("Score"));
    m_tierHistory = new TierHistoryWidget;
    m_tabs->addTab(m_tierHistory, appIcon(QStringLiteral("compare")), tr("Tier history"));
    m_journey = new CustomerJourneyWidget;
    m_tabs->addTab(m_journey, appIcon(QStringLiteral("interaction")), tr("Journey"));
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
}

void CustomerPanel::buildHeader(QWidget* page) {
    auto* header = new QHBoxLayout;
    m_icon = new QLabel(page);
    m_icon->setFixedSize(44, 44);
    auto* titles = new QVBoxLayout;
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("customerSubtitle"));
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_badges = new QLabel(page);
    m_badges->setTextFormat(Qt::RichText);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_badges);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    static_cast<QVBoxLayout*>(page->layout())->addLayout(header);
}

void CustomerPanel::buildProfile() {
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(QStringLiteral("code"), tr("Code:"));
    addField(QStringLiteral("kind"), tr("Type:"));
    addField(QStringLiteral("industry"), tr("Industry:"));
    addField(QStringLiteral("region"), tr("Region:"));
    addField(QStringLiteral("channel"), tr("Acquisition channel:"));
    addField(QStringLiteral("owner"), tr("Owner:"));
    addField(QStringLiteral("lifecycle"), tr("Lifecycle stage:"));
    addField(QStringLiteral("loyalty"), tr("Loyalty stage:"));
    addField(QStringLiteral("health"), tr("Health score:"));
    addField(QStringLiteral("risk"), tr("Risk level:"));
    addField(QStringLiteral("tags"), tr("Tags:"));
    addField(QStringLiteral("phone"), tr("Phone:"));
    addField(QStringLiteral("email"), tr("Email:"));
    addField(QStringLiteral("id_number"), tr("ID number:"));
    addField(QStringLiteral("address"), tr("Address:"));
    addField(QStringLiteral("consent_channels"), tr("Allowed channels:"));
    addField(QStringLiteral("contact_frequency"), tr("Contact frequency:"));
    addField(QStringLiteral("unsubscribed"), tr("Unsubscribed:"));
    addField(QStringLiteral("notes"), tr("Notes:"));
    addField(QStringLiteral("updated"), tr("Last updated:"));
    scroll->setWidget(content);
    m_tabs->addTab(scroll, appIcon(QStringLiteral("person")), tr("Profile"));
}

void CustomerPanel::buildContacts() {
    m_contacts = new QTableWidget(0, 5);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Phone"), tr("Email"), tr("Primary")});
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->verticalHeader()->hide();
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contacts->setAlternatingRowColors(true);
    m_tabs->addTab(m_contacts, appIcon(QStringLiteral("interaction")), tr("Contacts"));
}

void CustomerPanel::addField(const QString& key, const QString& caption) {
    auto* value = new QLabel;
    value->setObjectName(QStringLiteral("field_") + key);
    // Free text wraps; short values stay on one line, and tags one a line
    // (wrapping labels in a form layout can be measured a line short).
    value->setWordWrap(key == QLatin1String("notes") || key == QLatin1String("address"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, value);
    m_fields[key] = value;
}

void CustomerPanel::setField(const QString& key, const QString& text) {
    QLabel* label = m_fields.at(key);
    label->setStyleSheet(QString());
    label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void CustomerPanel::setPersonal(const QString& key, const std::optional<std::string>& value,
                                bool masked) {
    if (!masked) {
        setField(key, qs(value));
        return;
    }
    QLabel* label = m_fields.at(key);
    label->setText(tr("Hidden for your role"));
    label->setStyleSheet(QStringLiteral("color: #5f6b7a; font-style: italic;"));
}

QString CustomerPanel::fieldText(const QString& field) const {
    if (field == QLatin1String("name"))
        return m_name->text();
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? QString() : it->second->text();
}

QString CustomerPanel::errorText() const {
    return m_stack->currentIndex() == HintPage && m_customerId != 0 ? m_hint->text() : QString();
}

void CustomerPanel::showCustomer(std::int64_t customerId) {
    m_customerId = customerId;
    const std::uint64_t generation = ++m_generation;
    if (customerId == 0) {
        m_loading = false;
        m_view.reset();
        m_hint->setText(
            tr("Select a customer to see their profile, contacts, timeline and scores."));
        m_stack->setCurrentIndex(HintPage);
        return;
    }
    m_loading = true;
    m_worker.post<std::shared_ptr<Details>>(
        this,
        [customerId](domain::Workspace& ws) {
            domain::CustomerService service(ws);
            return std::make_shared<Details>(Details{
                customerId, service.open(customerId), service.timeline(customerId),
                ScoreCard::load(ws, customerId), domain::ScoringService(ws).history(customerId),
                domain::JourneyService(ws).customerJourney(customerId)});
        },
        [this, generation](std::shared_ptr<Details> details) {
            if (generation == m_generation)
                showDetails(*details);
        });
}

void CustomerPanel::reload() {
    showCustomer(m_customerId);
}

void CustomerPanel::showDetails(const Details& details) {
    m_loading = false;
    if (!details.view) {
        showError(qs(details.view.error().message));
    } else {
        m_view = *details.view;
        showProfile(*details.view);
        showContacts(details.view->record, details.view->masked);
        if (details.timeline)
            m_timeline->setEntries(*details.timeline, m_calendar);
        else
            m_timeline->summary()->setText(qs(details.timeline.error().message));
        showScores(details);
        if (details.journey)
            m_journey->setJourney(*details.journey);
        else
            m_journey->showError(qs(details.journey.error().message));
        m_stack->setCurrentIndex(CustomerPage);
    }
    emit loaded(details.customerId);
}

void CustomerPanel::showScores(const Details& details) {
    m_scoreCard->setData(details.scores);
    if (details.scores.latest)
        m_badges->setText(ScoreText::tierBadgeHtml(details.scores.latest->score.tier) +
                          QStringLiteral(" ") + m_badges->text());
    if (details.history)
        m_tierHistory->setHistory(*details.history);
    else
        m_tierHistory->showError(qs(details.history.error().message));
}

void CustomerPanel::showError(const QString& message) {
    m_view.reset();
    m_hint->setText(message);
    m_stack->setCurrentIndex(HintPage);
}

void CustomerPanel::showProfile(const domain::CustomerView& view) {
    namespace vocab = domain::vocabulary;
    const storage::CustomerRecord& r = view.record;
    m_icon->setPixmap(
        appIcon(r.kind == "person" ? QStringLiteral("person") : QStringLiteral("company"))
            .pixmap(40, 40));
    m_name->setText(qs(r.name));
    m_subtitle->setText(QStringLiteral("%1 · %2").arg(
        qs(r.code), view.ownerName.empty() ? tr("Unassigned") : qs(view.ownerName)));
    QString badges =
        badge(vocab::labelOf(vocab::lifecycleStages(), r.lifecycle), "#1f6fb2") +
        QStringLiteral(" ") +
        (r.health ? badge(tr("Health %1").arg(*r.health), *r.health < 40 ? "#b3261e" : "#2e7d32") +
                        QStringLiteral(" ")
                  : QString()) +
        badge(tr("%1 risk").arg(vocab::labelOf(vocab::riskLevels(), r.risk)), riskColour(r.risk));
    if (r.archived)
        badges += QStringLiteral(" ") + badge(tr("Archived"), "#6b7785");
    m_badges->setText(badges);

    setField(QStringLiteral("code"), qs(r.code));
    setField(QStringLiteral("kind"), vocab::labelOf(vocab::customerKinds(), r.kind));
    setField(QStringLiteral("industry"), qs(r.industry));
    setField(QStringLiteral("region"), qs(r.region));
    setField(QStringLiteral("channel"), vocab::labelOf(vocab::channels(), r.channel));
    setField(QStringLiteral("owner"), qs(view.ownerName));
    setField(QStringLiteral("lifecycle"), vocab::labelOf(vocab::lifecycleStages(), r.lifecycle));
    setField(QStringLiteral("loyalty"), vocab::labelOf(vocab::loyaltyStages(), r.loyalty));
    setField(QStringLiteral("health"),
             r.health ? tr("%1 of 100").arg(*r.health) : tr("Not computed yet"));
    setField(QStringLiteral("risk"), vocab::labelOf(vocab::riskLevels(), r.risk));
    QStringList tags;
    for (const std::string& tag : r.tags)
        tags << qs(tag);
    setField(QStringLiteral("tags"), tags.join(QLatin1Char('\n')));
    setPersonal(QStringLiteral("phone"), r.phone, view.masked);
    setPersonal(QStringLiteral("email"), r.email, view.masked);
    setPersonal(QStringLiteral("id_number"), r.idNumber, view.masked);
    setPersonal(QStringLiteral("address"), r.address, view.masked);
    setPersonal(QStringLiteral("notes"), r.notes, view.masked);
    setField(QStringLiteral("consent_channels"), labelList(vocab::channels(), r.consentChannels));
    setField(QStringLiteral("contact_frequency"),
             vocab::labelOf(vocab::contactFrequencies(), r.contactFrequency));
    setField(QStringLiteral("unsubscribed"), r.unsubscribed ? tr("Yes") : tr("No"));
    setField(QStringLiteral("updated"),
             QDateTime::fromMSecsSinceEpoch(r.updatedAt, m_calendar.timeZone())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void CustomerPanel::showContacts(const storage::CustomerRecord& record, bool masked) {
    m_contacts->setRowCount(static_cast<int>(record.contacts.size()));
    const QString hidden = tr("Hidden");
    int row = 0;
    for (const storage::ContactRecord& c : record.contacts) {
        const QStringList cells = {qs(c.name), qs(c.role), masked ? hidden : qs(c.phone),
                                   masked ? hidden : qs(c.email),
                                   c.isPrimary ? tr("Yes") : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_contacts->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
    m_tabs->setTabText(1, tr("Contacts (%1)").arg(record.contacts.size()));
}

} // namespace tessera::app
