#include "demo/DemoToday.h"

#include "demo/DemoGenerator.h"
#include "demo/SeededRandom.h"
#include "domain/admin/UserService.h"
#include "domain/consent/ConsentService.h"
#include "domain/customers/CustomerService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/scoring/StandingService.h"
#include "domain/tickets/TicketService.h"
#include "storage/activity/FollowUpRepository.h"

#include <algorithm>
#include <map>

namespace tessera::domain {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000;
// Customers of each account manager that get something for today.
constexpr std::size_t kCustomersPerManager = 12;

struct Ticket {
    const char* level;
    double openedHoursAgo;
    std::optional<double> respondedAfterHours;
};

// Each level once, in every state My Day and the Tickets tab distinguish.
constexpr Ticket kTickets[] = {
    {"immediate", 1.0, std::nullopt}, // escalated at once
    {"24h", 26.0, std::nullopt},      // first response late, escalated
    {"24h", 21.0, std::nullopt},      // due within four hours
    {"72h", 30.0, 3.0},               // answered, on time
    {"72h", 80.0, 5.0},               // answered, resolution late
};

constexpr const char* kCategories[] = {"quality", "attitude", "delivery", "billing", "other"};
constexpr const char* kSubjects[] = {"Product not as described", "Slow reply from customer service",
                                     "Delivery arrived late", "Invoice amount is wrong",
                                     "Question about the contract"};

class Builder {
public:
    Builder(Workspace& ws, std::uint64_t seed) : m_ws(ws), m_random(seed) {}

    Status followUps(const std::vector<std::int64_t>& customers, DemoTodaySummary& summary) {
        const std::int64_t now = m_ws.nowMs();
        const std::int32_t today = m_ws.calendar().dayOf(now);
        const std::int32_t offsets[] = {-9, -2, 0, 0, 3, 8};
        const char* notes[] = {"Send the revised quote",     "Confirm the delivery date",
                               "Call about the renewal",     "Ask how the installation went",
                               "Invite to the spring event", "Review the service contract"};
        storage::FollowUpRepository repository(m_ws.db());
        for (std::size_t i = 0; i < std::size(offsets) && i < customers.size(); ++i) {
            storage::FollowUpRecord r;
            r.customerId = customers[i];
            r.ownerId = m_owner;
            r.dueDay = today + offsets[i];
            r.note = notes[i];
            r.createdAt = now - 10 * 24 * kHour;
            r.createdBy = m_owner;
            auto id = repository.insert(r);
            if (!id)
                return id.error();
            ++summary.followUps;
        }
        return {};
    }

    Status tickets(const std::vector<std::int64_t>& customers, DemoTodaySummary& summary) {
        TicketService service(m_ws);
        const std::int64_t now = m_ws.nowMs();
        for (std::size_t i = 0; i < std::size(kTickets) && i < customers.size(); ++i) {
            const Ticket& t = kTickets[i];
            const std::size_t kind = static_cast<std::size_t>(m_random.below(5));
            TicketDraft d;
            d.customerId = customers[i];
            d.category = kCategories[kind];
            d.subject = kSubjects[kind];
            d.level = t.level;
            d.complaint = kind < 4;
            d.at = now - static_cast<std::int64_t>(t.openedHoursAgo * kHour);
            d.assigneeId = m_owner;
            auto id = service.open(d);
            if (!id)
                return id.error();
            if (t.respondedAfterHours) {
                TicketChange respond{TicketStep::Respond, std::nullopt,
                                     *d.at +
                                         static_cast<std::int64_t>(*t.respondedAfterHours * kHour)};
                auto changed = service.change(*id, respond);
                if (!changed)
                    return changed.error();
            }
            ++summary.tickets;
        }
        return {};
    }

    // Four e-mails within the week: an over-contact warning.
    Status overContact(std::int64_t customer, DemoTodaySummary& summary) {
        TESSERA_TRY(ConsentService(m_ws).give(customer, "email", "demo: web form"));
        InteractionService log(m_ws);
        const std::int64_t now = m_ws.nowMs();
        for (int i = 0; i < 4; ++i) {
            InteractionDraft d;
            d.customerId = customer;
            d.channel = "email";
            d.kind = "email";
            d.direction = "outbound";
            d.outcome = i == 3 ? "Sent the reminder again" : "Sent the offer";
            d.at = now - (3 - i) * 30 * kHour - kHour;
            auto logged = log.add(d, true);
            if (!logged)
                return logged.error();
            ++summary.interactions;
        }
        return {};
    }

    Status consent(const std::vector<std::int64_t>& customers, DemoTodaySummary& summary) {
        ConsentService consent(m_ws);
        if (!customers.empty()) {
            TESSERA_TRY(consent.withdraw(customers[0], "phone", "demo: asked by e-mail"));
            ++summary.consentChanges;
        }
        if (customers.size() > 1) {
            TESSERA_TRY(consent.withdraw(customers[1], "all", "demo: unsubscribe link"));
            ++summary.consentChanges;
        }
        return {};
    }

    void setOwner(std::int64_t owner) { m_owner = owner; }
    SeededRandom& random() { return m_random; }

private:
    Workspace& m_ws;
    SeededRandom m_random;
    std::int64_t m_owner = 0;
};

} // namespace

Result<DemoTodaySummary> DemoToday::add(Workspace& ws, std::uint64_t seed, const JobControl& job) {
    TESSERA_TRY(ws.authorize(Action::ManageUsers, "demo", "today"));
    // Each account manager's first customers by code (a few hundred, however
    // large the demo), then in a seeded order.
    CustomerService customers(ws);
    std::map<std::int64_t, std::vector<std::int64_t>> byOwner;
    for (const DemoUser& user : DemoGenerator::demoUsers()) {
        if (user.role != Role::AccountManager)
            continue;
        auto owner = UserService(ws).idOf(user.username);
        if (!owner)
            return owner.error();
        PortfolioFilter filter;
        filter.ownerId = *owner;
        filter.sort = storage::PortfolioSort::Code;
        filter.limit = 400;
        auto ids = customers.queryIds(filter);
        if (!ids)
            return ids.error();
        byOwner[*owner] = std::move(*ids);
    }
    Builder builder(ws, SeededRandom::streamSeed(seed, 77));
    DemoTodaySummary summary;
    int done = 0;
    for (auto& [owner, list] : byOwner) {
        std::sort(list.begin(), list.end());
        for (std::size_t i = list.size(); i > 1; --i)
            std::swap(list[i - 1], list[static_cast<std::size_t>(
                                       builder.random().below(static_cast<std::int64_t>(i)))]);
        list.resize(std::min(list.size(), kCustomersPerManager));
        if (list.size() < kCustomersPerManager)
            continue; // too small a portfolio to show every case
        builder.setOwner(owner);
        const std::vector<std::int64_t> forFollowUps(list.begin(), list.begin() + 6);
        const std::vector<std::int64_t> forTickets(list.begin() + 6, list.begin() + 11);
        TESSERA_TRY(builder.followUps(forFollowUps, summary));
        TESSERA_TRY(builder.tickets(forTickets, summary));
        TESSERA_TRY(builder.overContact(list[11], summary));
        TESSERA_TRY(builder.consent({list[0], list[6]}, summary));
        job.report(++done * 80 / static_cast<int>(byOwner.size()),
                   tr("Adding today's follow-ups, tickets and contacts").toStdString());
        TESSERA_TRY(job.checkCancelled());
    }
    // One transaction: on its own each customer's update would be a commit
    // (and an fsync) of its own, which made this the slowest step of a demo.
    auto tx = storage::TransactionGuard::begin(ws.db());
    if (!tx)
        return tx.error();
    auto refreshed = StandingService(ws).refreshAll(job);
    if (!refreshed)
        return refreshed.error();
    TESSERA_TRY(tx->commit());
    return summary;
}

} // namespace tessera::domain
