#include "demo/DemoProfile.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera::domain {
namespace {

struct BuyerModel {
    double share;             // of all customers
    double medianPerYear;     // purchases per year while active
    double rateSigma;         // spread of that rate between customers
    double orderFactor;       // multiplies the median order value
    double satisfactionShift; // added to the latent satisfaction
    double engagementFactor;  // multiplies social activity
};

// Indexed by DemoBuyer. Tuned so that a customer has about ten transactions
// over two years on average, with a long tail of heavy buyers.
constexpr std::array<BuyerModel, kDemoBuyerKinds> kBuyers = {{
    {0.12, 20.0, 0.35, 1.4, 0.2, 1.5}, // loyal
    {0.30, 7.0, 0.40, 1.0, 0.0, 1.0},  // regular
    {0.32, 1.5, 0.50, 0.8, 0.0, 0.8},  // occasional
    {0.15, 7.0, 0.50, 1.0, -0.5, 0.7}, // churned
    {0.07, 7.0, 0.40, 1.0, 0.1, 1.0},  // newcomer
    {0.04, 0.0, 0.00, 1.0, 0.0, 0.6},  // prospect
}};

constexpr double kCompanyShare = 0.45;
constexpr double kChineseShare = 0.72;
constexpr double kEstablishedShare = 0.55; // won before the data window opens
constexpr double kUnassignedShare = 0.03;
constexpr int kChurnQuietDays = 180; // churned customers bought nothing for at least this

const WeightedChoice& buyerChoice() {
    static const WeightedChoice choice = [] {
        std::vector<double> shares;
        for (const BuyerModel& model : kBuyers)
            shares.push_back(model.share);
        return WeightedChoice(shares);
    }();
    return choice;
}

std::int32_t dayBetween(SeededRandom& random, std::int32_t from, std::int32_t to) {
    return static_cast<std::int32_t>(random.between(from, std::max(from, to)));
}

std::int32_t drawAcquisitionDay(const DemoContext& c, DemoBuyer buyer, SeededRandom& random) {
    switch (buyer) {
    case DemoBuyer::Newcomer: return c.endDay - dayBetween(random, 10, 150);
    case DemoBuyer::Prospect: return c.endDay - dayBetween(random, 5, 300);
    case DemoBuyer::Churned: // early enough to have bought, then gone quiet
        return dayBetween(random, c.earliestDay, c.endDay - kChurnQuietDays - 60);
    default:
        return random.chance(kEstablishedShare) ? dayBetween(random, c.earliestDay, c.firstDay - 1)
                                                : dayBetween(random, c.firstDay, c.endDay - 120);
    }
}

std::optional<std::int64_t> drawOwner(const DemoContext& c, bool chinese, SeededRandom& random) {
    if (random.chance(kUnassignedShare))
        return std::nullopt;
    // Each team serves the customers of its language: the China team's
    // portfolios read as Chinese, the international team's as English.
    const DemoTeam team = chinese ? DemoTeam::China : DemoTeam::International;
    const auto t = static_cast<std::size_t>(team);
    if (c.teams[t].empty())
        return std::nullopt;
    return c.teams[t][c.teamChoice[t].pick(random)].userId;
}

} // namespace

DemoProfile DemoProfile::draw(const DemoContext& c, SeededRandom& random) {
    DemoProfile p;
    p.buyer = static_cast<DemoBuyer>(buyerChoice().pick(random));
    const BuyerModel& model = kBuyers[static_cast<std::size_t>(p.buyer)];
    p.company = random.chance(kCompanyShare);
    p.chinese = random.chance(kChineseShare);
    p.acquisitionDay = drawAcquisitionDay(c, p.buyer, random);
    p.activeFrom = std::max(p.acquisitionDay, c.firstDay);
    p.activeUntil = p.buyer == DemoBuyer::Churned
                        ? dayBetween(random, p.activeFrom + 20, c.endDay - kChurnQuietDays)
                        : c.endDay;
    if (model.medianPerYear > 0)
        p.purchasesPerYear = random.logNormal(model.medianPerYear, model.rateSigma);
    // Heavy-tailed order values: companies order more than private persons.
    const double medianYuan = p.company ? random.logNormal(2500, 0.9) : random.logNormal(350, 0.8);
    p.medianOrderCents = medianYuan * 100 * model.orderFactor;
    p.ownerId = drawOwner(c, p.chinese, random);
    return p;
}

void DemoProfile::settle(const DemoPurchaseSummary& purchases, SeededRandom& random) {
    const BuyerModel& model = kBuyers[static_cast<std::size_t>(buyer)];
    if (purchases.purchases > 0) {
        const double yuan = std::max<double>(0, static_cast<double>(purchases.netCents) / 100);
        const double spend = (std::log1p(yuan) - 7.0) / 1.8;
        const double frequency = (std::log1p(purchases.purchases) - 1.6) / 0.9;
        valueScore = (spend + frequency) / 2;
    } else {
        valueScore = -1.5;
    }
    satisfaction = 0.6 * valueScore + 0.8 * random.normal() + model.satisfactionShift;
    engagement = model.engagementFactor * std::exp(0.5 * valueScore + 0.5 * random.normal());
}

} // namespace tessera::domain
