#include "demo/activity/DemoInteractions.h"

#include "demo/DemoPhrases.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera::domain {
namespace {

constexpr int kChannelCount = 8;
constexpr std::array<const char*, kChannelCount> kChannels = {"phone", "email",  "visit", "wechat",
                                                              "app",   "social", "web",   "other"};

enum class Driver { Plain, Social, Complaint };

// Journey stages by position: awareness, evaluation and purchase, use,
// after-sales, referral.
enum Stage { NoStage = 0, Awareness, Purchase, Use, AfterSales, Referral };

struct KindModel {
    const char* kind;
    double weight;   // share among a typical customer's interactions
    double outbound; // probability that we contacted the customer
    Driver driver;
    std::array<std::array<double, kChannelCount>, 2> channels; // weights by language
};

// phone, email, visit, wechat, app, social, web, other. English-speaking
// customers rarely use WeChat and prefer e-mail and the web.
const std::array<KindModel, 11> kKinds = {{
    {"call", 22, 0.55, Driver::Plain, {{{85, 0, 0, 10, 0, 0, 0, 5}, {90, 0, 0, 0, 0, 0, 0, 10}}}},
    {"meeting",
     8,
     0.8,
     Driver::Plain,
     {{{10, 0, 70, 0, 0, 0, 0, 20}, {10, 0, 60, 0, 0, 0, 0, 30}}}},
    {"email", 16, 0.6, Driver::Plain, {{{0, 100, 0, 0, 0, 0, 0, 0}, {0, 100, 0, 0, 0, 0, 0, 0}}}},
    {"message",
     18,
     0.5,
     Driver::Plain,
     {{{0, 0, 0, 60, 20, 10, 10, 0}, {0, 0, 0, 5, 30, 30, 35, 0}}}},
    {"complaint",
     3,
     0,
     Driver::Complaint,
     {{{40, 20, 0, 20, 10, 5, 5, 0}, {45, 30, 0, 0, 10, 5, 10, 0}}}},
    {"referral",
     2,
     0,
     Driver::Social,
     {{{20, 5, 10, 45, 0, 20, 0, 0}, {25, 15, 10, 0, 0, 50, 0, 0}}}},
    {"review", 3, 0, Driver::Social, {{{0, 0, 0, 0, 30, 40, 30, 0}, {0, 0, 0, 0, 30, 40, 30, 0}}}},
    {"share", 3, 0, Driver::Social, {{{0, 0, 0, 45, 0, 55, 0, 0}, {0, 10, 0, 0, 0, 90, 0, 0}}}},
    {"comment",
     4,
     0,
     Driver::Social,
     {{{0, 0, 0, 10, 20, 45, 25, 0}, {0, 0, 0, 0, 20, 50, 30, 0}}}},
    {"visit", 7, 0.3, Driver::Plain, {{{0, 0, 100, 0, 0, 0, 0, 0}, {0, 0, 100, 0, 0, 0, 0, 0}}}},
    {"other", 2, 0.5, Driver::Plain, {{{0, 0, 0, 0, 0, 0, 40, 60}, {0, 0, 0, 0, 0, 0, 40, 60}}}},
}};
constexpr std::size_t kCall = 0, kEmail = 2, kMessage = 3;

// Interactions per year of contact, by DemoBuyer; companies are contacted more.
constexpr std::array<double, kDemoBuyerKinds> kRatePerYear = {6.9, 3.0, 1.25, 2.5, 8.0, 5.7};
constexpr double kCompanyRateFactor = 1.3;
constexpr double kPurchaseAnchoredShare = 0.35; // contacts around an order
constexpr double kTouchpointShare = 0.85;       // interactions placed on the journey
constexpr double kNotesShare = 0.1;
constexpr double kBurstShare = 0.03; // customers who get a burst of outbound contacts
constexpr int kPreSalesDays = 20;    // first contacts come shortly before the first order

const WeightedChoice& channelChoice(std::size_t kind, std::size_t language) {
    static const auto choices = [] {
        std::array<std::array<WeightedChoice, 2>, kKinds.size()> out;
        for (std::size_t k = 0; k < kKinds.size(); ++k)
            for (std::size_t l = 0; l < 2; ++l)
                out[k][l] = WeightedChoice(std::vector<double>(kKinds[k].channels[l].begin(),
                                                               kKinds[k].channels[l].end()));
        return out;
    }();
    return choices[kind][language];
}

// This customer's mix of kinds: social kinds follow engagement, complaints
// follow dissatisfaction.
WeightedChoice kindChoice(const DemoProfile& p) {
    std::vector<double> weights;
    for (const KindModel& model : kKinds) {
        double w = model.weight;
        if (model.driver == Driver::Social)
            w *= p.engagement;
        else if (model.driver == Driver::Complaint)
            w *= std::exp(-0.7 * p.satisfaction) * (p.company ? 1.2 : 1.0);
        weights.push_back(w);
    }
    return WeightedChoice(weights);
}

Stage stageFor(const std::string& kind, bool aroundOrder, bool beforeFirstOrder,
               SeededRandom& random) {
    if (kind == "complaint")
        return AfterSales;
    if (kind == "referral" || kind == "review" || kind == "share")
        return Referral;
    if (kind == "comment")
        return random.chance(0.6) ? Referral : Use;
    if (kind == "other")
        return random.chance(0.3) ? Use : NoStage;
    if (beforeFirstOrder)
        return random.chance(0.6) ? Awareness : Purchase;
    if (aroundOrder)
        return Purchase;
    if (kind == "visit") {
        const double r = random.uniform();
        return r < 0.4 ? Purchase : (r < 0.7 ? AfterSales : Referral);
    }
    if (kind == "meeting" || kind == "call")
        return random.chance(0.7) ? Use : AfterSales;
    return random.chance(0.5) ? Use : AfterSales;
}

struct Contact {
    std::int32_t day;
    bool aroundOrder;
};

Contact contactDay(const DemoContext& c, std::int32_t from,
                   std::span<const storage::TransactionRecord> transactions, SeededRandom& random) {
    if (!transactions.empty() && random.chance(kPurchaseAnchoredShare)) {
        const auto& order = transactions[static_cast<std::size_t>(
            random.below(static_cast<std::int64_t>(transactions.size())))];
        return {std::max(from, order.day - static_cast<std::int32_t>(random.below(3))), true};
    }
    return {static_cast<std::int32_t>(random.between(from, c.endDay)), false};
}

storage::InteractionRecord makeInteraction(const DemoContext& c, const DemoProfile& p,
                                           std::size_t kind, bool outbound, std::int32_t day,
                                           Stage stage, SeededRandom& random) {
    storage::InteractionRecord r;
    r.day = day;
    r.at = c.startOfDay(day) + random.between(8 * 3600, 20 * 3600 - 1) * 1000;
    r.kind = kKinds[kind].kind;
    r.channel = kChannels[channelChoice(kind, p.language()).pick(random)];
    r.direction = outbound ? "outbound" : "inbound";
    r.outcome = demophrases::outcome(
        r.kind, demophrases::moodOf(p.satisfaction + 0.8 * random.normal()), random);
    if (stage != NoStage && random.chance(kTouchpointShare))
        if (const std::int64_t t = c.touchpointFor(stage, r.channel, random); t > 0)
            r.touchpointId = t;
    if (outbound || random.chance(0.7))
        r.userId = p.ownerId;
    if (random.chance(kNotesShare))
        r.notes = demophrases::note(p.language(), random);
    return r;
}

// A few customers get several outbound contacts within a week (a campaign push),
// which the over-contact warning is there to catch.
void addBurst(const DemoContext& c, const DemoProfile& p, std::int32_t from, SeededRandom& random,
              std::vector<storage::InteractionRecord>& out) {
    const auto start =
        static_cast<std::int32_t>(random.between(from, std::max(from, c.endDay - 6)));
    const int count = static_cast<int>(random.between(4, 5));
    for (int i = 0; i < count; ++i) {
        const std::size_t kind = std::array{kCall, kEmail, kMessage}[random.below(3)];
        const auto day = std::min(c.endDay, start + static_cast<std::int32_t>(random.below(7)));
        out.push_back(makeInteraction(c, p, kind, true, day, Use, random));
    }
}

} // namespace

void generateInteractions(const DemoContext& c, const DemoProfile& p,
                          std::span<const storage::TransactionRecord> transactions,
                          SeededRandom& random, std::vector<storage::InteractionRecord>& out) {
    const std::size_t first = out.size();
    const std::int32_t from = std::max(c.firstDay, p.acquisitionDay - kPreSalesDays);
    const double years = (c.endDay - from + 1) / 365.0;
    const double rate = kRatePerYear[static_cast<std::size_t>(p.buyerIndex())] *
                        (p.company ? kCompanyRateFactor : 1.0);
    const int count = random.poisson(rate * years);
    const WeightedChoice kinds = kindChoice(p);
    const std::int32_t firstOrderDay = transactions.empty() ? c.endDay + 1 : transactions[0].day;
    for (int i = 0; i < count; ++i) {
        const Contact contact = contactDay(c, from, transactions, random);
        std::size_t kind = kinds.pick(random);
        bool outbound = random.chance(kKinds[kind].outbound);
        if (contact.day > p.activeUntil && random.chance(0.8)) {
            // After a customer stops buying, we try to win them back.
            kind = std::array{kCall, kEmail, kMessage}[random.below(3)];
            outbound = true;
        }
        const Stage stage =
            stageFor(kKinds[kind].kind, contact.aroundOrder, contact.day < firstOrderDay, random);
        out.push_back(makeInteraction(c, p, kind, outbound, contact.day, stage, random));
    }
    if (p.ownerId && random.chance(kBurstShare))
        addBurst(c, p, from, random, out);
    // Stable, so equal times keep the order they were drawn in on every platform.
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
}

} // namespace tessera::domain
