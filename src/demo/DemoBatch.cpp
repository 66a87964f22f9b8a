#include "demo/DemoBatch.h"

#include "demo/DemoPeople.h"
#include "demo/DemoPhrases.h"
#include "demo/DemoWordLists.h"
#include "demo/activity/DemoInteractions.h"
#include "demo/activity/DemoPurchases.h"
#include "demo/activity/DemoSurveys.h"
#include "demo/activity/DemoTickets.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace tessera::domain {
namespace {

constexpr double kUnsubscribedShare = 0.04;
constexpr double kCustomerNotesShare = 0.06;
constexpr double kArchivedChurnedShare = 0.03;
constexpr std::int64_t kHourMs = 3600 * 1000;

constexpr std::array<const char*, kDemoBuyerKinds> kBuyerNames = {
    "loyal", "regular", "occasional", "churned", "newcomer", "prospect"};

// What the customer's records say about it, for its master record.
struct Behaviour {
    DemoPurchaseSummary purchases;
    int complaints = 0;
    std::int32_t lastActivityDay = 0;
};

template <typename Record> std::span<Record> tail(std::vector<Record>& rows, std::size_t from) {
    return std::span<Record>(rows).subspan(from);
}

std::string lifecycle(const DemoContext& c, const DemoProfile& p, const Behaviour& b) {
    if (b.purchases.purchases == 0)
        return "potential";
    const std::int32_t quiet = c.endDay - b.purchases.lastDay;
    if (quiet > 300)
        return "churned";
    if (quiet > 150)
        return "declining";
    if (b.purchases.firstDay > c.endDay - 90 && p.acquisitionDay > c.endDay - 120)
        return "new";
    if (b.purchases.purchases >= 8 && c.endDay - p.acquisitionDay > 365)
        return "mature";
    return "growing";
}

std::string risk(const DemoProfile& p, const Behaviour& b, const std::string& stage,
                 SeededRandom& random) {
    if (stage == "churned")
        return "high";
    if (stage == "declining")
        return random.chance(0.4) ? "high" : "medium";
    if (b.complaints >= 2 || p.satisfaction < -1.2)
        return "medium";
    return random.chance(0.08) ? "medium" : "low";
}

bool tagApplies(const std::string& condition, const DemoProfile& p, const Behaviour& b) {
    if (condition == "any")
        return true;
    if (condition == "company" || condition == "person")
        return p.company == (condition == "company");
    if (condition == "zh" || condition == "en")
        return p.chinese == (condition == "zh");
    if (condition == "social")
        return p.engagement > 1.5;
    if (condition == "complainer")
        return b.complaints > 0;
    return condition == kBuyerNames[static_cast<std::size_t>(p.buyerIndex())];
}

std::vector<std::string> tags(const DemoProfile& p, const Behaviour& b, SeededRandom& random) {
    const DemoWordList& list = DemoWordList::named("tags");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (tagApplies(list.field(i, 1), p, b) && random.chance(list.number(i, 2)))
            out.push_back(list.field(i, 0));
    return out;
}

// Channels the customer agreed to be contacted on, in the vocabulary's order.
std::string consentChannels(const DemoProfile& p, SeededRandom& random) {
    static const std::array<const char*, 8> channels = {"phone", "email",  "visit", "wechat",
                                                        "app",   "social", "web",   "other"};
    using Shares = std::array<double, 8>;
    static const Shares companyZh = {0.9, 0.9, 0.7, 0.6, 0.1, 0, 0, 0};
    static const Shares companyEn = {0.9, 0.95, 0.6, 0.05, 0.1, 0.1, 0, 0};
    static const Shares personZh = {0.8, 0.3, 0.1, 0.9, 0.4, 0.1, 0, 0};
    static const Shares personEn = {0.6, 0.9, 0.05, 0.05, 0.2, 0.25, 0, 0};
    const Shares& shares =
        p.company ? (p.chinese ? companyZh : companyEn) : (p.chinese ? personZh : personEn);
    std::string out;
    for (std::size_t i = 0; i < channels.size(); ++i)
        if (random.chance(shares[i]))
            out += (out.empty() ? "" : ",") + std::string(channels[i]);
    return out;
}

std::string contactFrequency(const DemoProfile& p, SeededRandom& random) {
    const bool often = random.chance(0.3);
    switch (p.buyer) {
    case DemoBuyer::Loyal: return often ? "weekly" : "monthly";
    case DemoBuyer::Regular: return random.chance(0.7) ? "monthly" : "quarterly";
    case DemoBuyer::Occasional: return random.chance(0.7) ? "quarterly" : "yearly";
    case DemoBuyer::Churned: return random.chance(0.5) ? "quarterly" : "yearly";
    case DemoBuyer::Newcomer: return often ? "weekly" : "monthly";
    case DemoBuyer::Prospect: break;
    }
    return "monthly";
}

std::string customerCode(std::int64_t id) {
    char code[24];
    std::snprintf(code, sizeof code, "C%07lld", static_cast<long long>(id));
    return code;
}

void describe(const DemoContext& c, const DemoProfile& p, const Behaviour& b, SeededRandom& random,
              storage::CustomerRecord& r) {
    static const DemoWordList& acquisition = DemoWordList::named("acquisition_channels");
    static const WeightedChoice acquisitionChoice = acquisition.weightedBy(1);
    r.kind = p.company ? "company" : "person";
    r.channel = acquisition.field(acquisitionChoice.pick(random), 0);
    r.ownerId = p.ownerId;
    r.lifecycle = lifecycle(c, p, b);
    r.risk = risk(p, b, r.lifecycle, random);
    r.tags = tags(p, b, random);
    r.unsubscribed = random.chance(kUnsubscribedShare);
    r.consentChannels = r.unsubscribed ? "" : consentChannels(p, random);
    r.contactFrequency = r.unsubscribed ? "never" : contactFrequency(p, random);
    if (random.chance(kCustomerNotesShare))
        r.notes = demophrases::note(p.language(), random);
    r.archived = p.buyer == DemoBuyer::Churned && random.chance(kArchivedChurnedShare);
    // Created when won; last changed at the latest activity (timestamps come
    // from the data, never from the clock, so every run writes the same rows).
    r.createdAt = c.startOfDay(p.acquisitionDay) + random.between(9, 17) * kHourMs;
    r.updatedAt = std::max(r.createdAt, c.startOfDay(b.lastActivityDay) + 18 * kHourMs);
}

void generateCustomer(const DemoContext& c, std::int64_t index, std::int64_t id, DemoBatch& batch) {
    SeededRandom random(SeededRandom::streamSeed(c.seed, static_cast<std::uint64_t>(index)));
    DemoProfile profile = DemoProfile::draw(c, random);
    storage::CustomerRecord record;
    record.id = id;
    record.code = customerCode(id);
    fillDemoIdentity(c, profile, random, record);

    const std::size_t t0 = batch.transactions.size(), i0 = batch.interactions.size();
    const std::size_t k0 = batch.tickets.size(), s0 = batch.surveys.size();
    Behaviour behaviour;
    behaviour.purchases = generatePurchases(c, profile, random, batch.transactions);
    profile.settle(behaviour.purchases, random);
    generateInteractions(c, profile, tail(batch.transactions, t0), random, batch.interactions);
    generateTickets(c, profile, tail(batch.interactions, i0), random, batch.tickets);
    generateSurveys(c, profile, tail(batch.transactions, t0), tail(batch.tickets, k0), random,
                    batch.surveys);

    behaviour.lastActivityDay = std::max(profile.acquisitionDay, behaviour.purchases.lastDay);
    for (auto& t : tail(batch.transactions, t0))
        t.customerId = id;
    for (auto& r : tail(batch.interactions, i0)) {
        r.customerId = id;
        behaviour.complaints += r.kind == "complaint";
        behaviour.lastActivityDay = std::max(behaviour.lastActivityDay, r.day);
    }
    for (auto& t : tail(batch.tickets, k0))
        t.customerId = id;
    for (auto& s : tail(batch.surveys, s0))
        s.customerId = id;
    describe(c, profile, behaviour, random, record);
    batch.customers.push_back(std::move(record));
}

} // namespace

void DemoBatch::clear() {
    customers.clear();
    sealed.clear();
    transactions.clear();
    interactions.clear();
    surveys.clear();
    tickets.clear();
}

void generateDemoBatch(const DemoContext& context, std::int64_t firstIndex, std::int64_t count,
                       std::int64_t firstId, DemoBatch& batch) {
    batch.clear();
    for (std::int64_t i = 0; i < count; ++i)
        generateCustomer(context, firstIndex + i, firstId + i, batch);
}

void sealDemoCustomers(DemoBatch& batch, const storage::FieldCipher& cipher) {
    batch.sealed.reserve(batch.customers.size());
    for (storage::CustomerRecord& customer : batch.customers)
        batch.sealed.push_back(storage::sealCustomer(std::move(customer), cipher));
    batch.customers.clear();
}

} // namespace tessera::domain
