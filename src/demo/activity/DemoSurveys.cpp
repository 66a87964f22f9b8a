#include "demo/activity/DemoSurveys.h"

#include "demo/DemoPhrases.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera::domain {
namespace {

constexpr int kDimensions = 5;
constexpr int kItemsPerDimension = 3;
using PerDimension = std::array<double, kDimensions>;

struct SurveyModel {
    double respondShare;   // customers of this kind who answer at all
    double extraResponses; // mean number of further responses
    PerDimension offset;   // where this kind stands on each dimension
    PerDimension nps;      // how much each dimension drives the recommendation
};

// By DemoBuyer. Loyal customers recommend for the relationship (personal
// service, emotional connection); occasional ones for value and ease; those
// who left mostly for how their rights were protected.
constexpr std::array<SurveyModel, kDemoBuyerKinds> kModels = {{
    {0.55, 1.0, {0.3, 0.4, 0, 0, 0}, {0.30, 0.35, 0.10, 0.10, 0.15}},
    {0.35, 0.5, {0, 0, 0, 0.1, 0}, {0.15, 0.15, 0.20, 0.30, 0.20}},
    {0.20, 0.2, {-0.2, -0.3, 0, 0, 0.2}, {0.10, 0.05, 0.15, 0.40, 0.30}},
    {0.25, 0.2, {-0.2, -0.3, -0.6, -0.3, 0}, {0.10, 0.10, 0.45, 0.25, 0.10}},
    {0.30, 0.2, {0, -0.1, 0, 0, 0.1}, {0.20, 0.10, 0.15, 0.25, 0.30}},
    {0.10, 0.2, {0, 0, 0, 0, 0}, {0.20, 0.20, 0.20, 0.20, 0.20}},
}};

constexpr PerDimension kLoading = {0.9, 0.8, 0.85, 0.95, 0.8}; // on latent satisfaction
// Item noise: the ease-of-interaction items agree less, so its reliability is lower.
constexpr PerDimension kItemNoise = {0.55, 0.55, 0.6, 0.55, 0.85};
constexpr double kItemCentre = 4.7;
constexpr double kAfterTicketShare = 0.3;
constexpr double kPulseShare = 0.2; // short surveys among those after an order
constexpr double kCommentShare = 0.15;
constexpr std::int64_t kDayMs = 24 * 3600 * 1000;

int clampRound(double value, int low, int high) {
    return std::clamp(static_cast<int>(std::lround(value)), low, high);
}

struct Occasion {
    std::int32_t day;
    std::optional<std::int64_t> touchpointId;
    bool pulse;
    double mood; // how this particular experience went
};

Occasion afterTicket(const DemoContext& c, const storage::TicketRecord& t, SeededRandom& random) {
    const std::int64_t done = t.resolvedAt.value_or(t.openedAt);
    const std::int32_t day = c.dayOf(done) + static_cast<std::int32_t>(random.between(1, 3));
    const bool late = !t.firstResponseAt || *t.firstResponseAt - t.openedAt > kDayMs;
    return {day, t.touchpointId, random.chance(0.7), 0.3 * random.normal() - (late ? 0.6 : 0)};
}

Occasion drawOccasion(const DemoContext& c, const DemoProfile& p,
                      std::span<const storage::TransactionRecord> transactions,
                      std::span<const storage::TicketRecord> tickets, SeededRandom& random) {
    if (!tickets.empty() && random.chance(kAfterTicketShare))
        return afterTicket(c,
                           tickets[static_cast<std::size_t>(
                               random.below(static_cast<std::int64_t>(tickets.size())))],
                           random);
    Occasion o{0, std::nullopt, random.chance(kPulseShare), 0.3 * random.normal()};
    if (transactions.empty()) {
        o.day = static_cast<std::int32_t>(
            random.between(std::max(c.firstDay, p.acquisitionDay), c.endDay));
        return o;
    }
    const auto& order = transactions[static_cast<std::size_t>(
        random.below(static_cast<std::int64_t>(transactions.size())))];
    o.day = order.day + static_cast<std::int32_t>(random.between(2, 10));
    // Most answer about the order or the product, some about another step of
    // the journey; some steps go worse than others, so the demo's journey
    // map has its pain points.
    if (random.chance(0.8)) {
        constexpr std::array<int, 8> kStages = {1, 2, 2, 2, 3, 3, 4, 5};
        const int stage = kStages[static_cast<std::size_t>(
            random.below(static_cast<std::int64_t>(kStages.size())))];
        o.touchpointId = c.touchpointFor(stage, "", random);
        constexpr std::array<double, 7> kTouchpointMood = {0.5, -0.9, 0.2, -0.45, 0.7, 0.0, -0.6};
        if (o.touchpointId && *o.touchpointId > 0)
            o.mood +=
                kTouchpointMood[static_cast<std::size_t>(*o.touchpointId) % kTouchpointMood.size()];
    }
    return o;
}

// Three items per dimension around the customer's standing on it; returns the
// dimension means rescaled to 0..1.
PerDimension answerItems(const PerDimension& standing, double mood, SeededRandom& random,
                         storage::SurveyResponseRecord& r) {
    PerDimension rescaled{};
    for (int k = 0; k < kDimensions; ++k) {
        int sum = 0;
        for (int item = 1; item <= kItemsPerDimension; ++item) {
            const int value = clampRound(
                kItemCentre + standing[k] + mood + kItemNoise[k] * random.normal(), 1, 7);
            r.answers.push_back({k + 1, item, value});
            sum += value;
        }
        rescaled[k] = (static_cast<double>(sum) / kItemsPerDimension - 1) / 6;
    }
    return rescaled;
}

storage::SurveyResponseRecord makeResponse(const DemoProfile& p, const PerDimension& standing,
                                           const Occasion& o, SeededRandom& random) {
    const SurveyModel& model = kModels[static_cast<std::size_t>(p.buyerIndex())];
    storage::SurveyResponseRecord r;
    r.day = o.day;
    if (o.touchpointId && *o.touchpointId > 0)
        r.touchpointId = o.touchpointId;
    PerDimension q{};
    if (o.pulse) { // no items: the expected standing stands in for them
        for (int k = 0; k < kDimensions; ++k)
            q[k] = std::clamp((kItemCentre + standing[k] + o.mood - 1) / 6, 0.0, 1.0);
    } else {
        q = answerItems(standing, o.mood, random, r);
    }
    double driver = 0;
    for (int k = 0; k < kDimensions; ++k)
        driver += model.nps[k] * q[k];
    r.nps = clampRound(7.2 + 12 * (driver - 0.617) + random.normal(), 0, 10);
    r.csat = clampRound(3.8 + 0.7 * (p.satisfaction + o.mood) + 0.6 * random.normal(), 1, 5);
    r.ces = clampRound(4.9 + 0.9 * (standing[4] + o.mood) + 0.8 * random.normal(), 1, 7);
    if (random.chance(kCommentShare)) {
        const char mood = *r.nps >= 9 ? '+' : (*r.nps <= 6 ? '-' : '0');
        r.comment = demophrases::surveyComment(mood, p.language(), random);
    }
    return r;
}

} // namespace

void generateSurveys(const DemoContext& c, const DemoProfile& p,
                     std::span<const storage::TransactionRecord> transactions,
                     std::span<const storage::TicketRecord> tickets, SeededRandom& random,
                     std::vector<storage::SurveyResponseRecord>& out) {
    const SurveyModel& model = kModels[static_cast<std::size_t>(p.buyerIndex())];
    if (!random.chance(model.respondShare))
        return;
    // Where the customer stands on each dimension, the same in all their responses.
    PerDimension standing{};
    for (int k = 0; k < kDimensions; ++k)
        standing[k] = kLoading[k] * p.satisfaction + model.offset[k] + 0.45 * random.normal();
    const std::size_t first = out.size();
    const int count = 1 + random.poisson(model.extraResponses);
    for (int i = 0; i < count; ++i) {
        const Occasion occasion = drawOccasion(c, p, transactions, tickets, random);
        if (occasion.day <= c.endDay)
            out.push_back(makeResponse(p, standing, occasion, random));
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
}

} // namespace tessera::domain
