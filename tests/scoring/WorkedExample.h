#pragma once

// The worked example of docs/scoring.md: six customers, as-of day D = 1000,
// the default 365-day window and profile. The numbers below are worked out
// by hand in the document; the tests check the engine against them.

#include "scoring/PopulationScorer.h"

#include <limits>
#include <string>
#include <vector>

namespace tessera::scoring::test {

inline PopulationInput workedExampleInput() {
    constexpr std::int32_t D = 1000;
    using K = InteractionKind;
    PopulationInput in;
    in.customerCount = 6; // 0 Ann, 1 Bo, 2 Chen, 3 Dana, 4 Eli, 5 Fay
    in.asOfDay = D;
    in.transactions.add(0, D - 100, 60.0);
    in.transactions.add(0, D - 50, 80.0);
    in.transactions.add(0, D - 10, 120.0);
    in.transactions.add(1, D - 5, 40.0);
    in.transactions.add(1, D - 4, -15.0); // refund
    in.transactions.add(2, D - 300, 300.0);
    in.transactions.add(2, D - 200, 0.0);   // zero-value order
    in.transactions.add(3, D - 400, 500.0); // outside the window
    in.transactions.add(4, D - 40, 25.0);
    in.transactions.add(4, D - 20, 50.0);
    in.transactions.add(4, D - 20, 25.0);
    in.interactions.add(0, D - 30, static_cast<std::uint8_t>(K::Referral));
    in.interactions.add(0, D - 60, static_cast<std::uint8_t>(K::Review));
    in.interactions.add(1, D - 3, static_cast<std::uint8_t>(K::Share));
    in.interactions.add(2, D - 100, static_cast<std::uint8_t>(K::Call));
    in.interactions.add(3, D - 200, static_cast<std::uint8_t>(K::Comment));
    in.interactions.add(4, D - 15, static_cast<std::uint8_t>(K::Review));
    // Ann's survey: 7; 6 and 4; 5; 6; 7 on the five dimensions; recommends 9.
    in.surveyAnswers.add(0, D - 20, 0, 7.0);
    in.surveyAnswers.add(0, D - 20, 1, 6.0);
    in.surveyAnswers.add(0, D - 20, 1, 4.0);
    in.surveyAnswers.add(0, D - 20, 2, 5.0);
    in.surveyAnswers.add(0, D - 20, 3, 6.0);
    in.surveyAnswers.add(0, D - 20, 4, 7.0);
    in.recommendAnswers.add(0, D - 20, 9.0);
    return in;
}

struct WorkedExampleCustomer {
    const char* name;
    Eigen::Index index;
    double recencyDays, frequency, monetary, social;
    std::string code;
    double rfms;
    RfmSegment segment;
    double tierScore;
    Tier tier;
};

inline std::vector<WorkedExampleCustomer> workedExampleExpectations() {
    constexpr double inf = std::numeric_limits<double>::infinity();
    using S = RfmSegment;
    using T = Tier;
    return {
        {"Ann", 0, 10, 3, 260, 5, "4-5-4-5", 86.25, S::Loyal, 0.6 * 86.25 + 0.4 * 250.0 / 3.0,
         T::Diamond},
        {"Bo", 1, 5, 1, 25, 1, "5-2-2-2", 43.75, S::PotentialLoyalist, 43.75, T::Silver},
        {"Chen", 2, 200, 2, 300, 0, "2-3-5-1", 48.75, S::AtRisk, 48.75, T::Gold},
        {"Dana", 3, inf, 0, 0, 1, "1-1-1-2", 5.0, S::Lost, 5.0, T::Silver},
        {"Eli", 4, 20, 2, 100, 2, "3-3-3-4", 55.0, S::NeedAttention, 55.0, T::Platinum},
        {"Fay", 5, inf, 0, 0, 0, "1-1-1-1", 0.0, S::Lost, 0.0, T::Bronze},
    };
}

} // namespace tessera::scoring::test
