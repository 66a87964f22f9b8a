#pragma once

// The hidden traits of one demo customer, drawn before any of its data: what
// kind of buyer it is, when it was won, how often and how much it buys, and,
// once its purchases are known, how satisfied and socially active it is. The
// records (transactions, interactions, surveys, tickets) are drawn from these.

#include "demo/DemoContext.h"
#include "demo/SeededRandom.h"

#include <cstdint>
#include <optional>

namespace tessera::domain {

// Customer-level heterogeneity: a few loyal heavy buyers, many occasional ones,
// some who stopped buying, some just won, and prospects who never bought.
enum class DemoBuyer { Loyal, Regular, Occasional, Churned, Newcomer, Prospect };
inline constexpr int kDemoBuyerKinds = 6;

// What a customer's purchases added up to.
struct DemoPurchaseSummary {
    int purchases = 0;         // rows with a non-negative amount
    std::int64_t netCents = 0; // purchases minus refunds
    std::int32_t firstDay = 0; // of the first purchase (when purchases > 0)
    std::int32_t lastDay = 0;  // of the last purchase
};

struct DemoProfile {
    DemoBuyer buyer = DemoBuyer::Regular;
    bool company = false;
    bool chinese = true;             // Chinese or English names, places and phrases
    std::int32_t acquisitionDay = 0; // won as a customer (prospects: first contact)
    std::int32_t activeFrom = 0;     // purchases fall on days activeFrom..activeUntil
    std::int32_t activeUntil = 0;
    double purchasesPerYear = 0;
    double medianOrderCents = 0;
    std::optional<std::int64_t> ownerId;

    // Set by settle() from the purchases: both rise with the customer's value.
    double valueScore = 0;   // about standard normal: log spend and frequency
    double satisfaction = 0; // about standard normal
    double engagement = 1;   // multiplies referrals, reviews, shares and comments

    static DemoProfile draw(const DemoContext& context, SeededRandom& random);
    void settle(const DemoPurchaseSummary& purchases, SeededRandom& random);

    int buyerIndex() const { return static_cast<int>(buyer); }
    std::size_t language() const { return chinese ? 0 : 1; } // row of per-language tables
};

} // namespace tessera::domain
