#pragma once

// A customer's standing from their facts (docs/scoring.md, "Lifecycle,
// loyalty and health"): lifecycle stage, loyalty-ladder stage and a 0-100
// health score. Pure rules; every number comes from the profile.

#include "scoring/ScoringParameters.h"
#include "storage/standing/StandingRepository.h"

#include <string>

namespace tessera::domain {

struct Standing {
    std::string lifecycle; // potential | new | growing | mature | declining | churned
    std::string loyalty;   // awareness | evaluation | commitment | behaviour
    int health = 0;        // 0..100
};

class StandingRules {
public:
    static Standing compute(const storage::StandingFacts& facts,
                            const scoring::ScoringParameters& parameters, std::int32_t asOfDay);

    static std::string lifecycle(const storage::StandingFacts& facts,
                                 const scoring::ScoringParameters& parameters,
                                 std::int32_t asOfDay);
    static std::string loyalty(const storage::StandingFacts& facts,
                               const scoring::StandingSettings& settings);
    static int health(const storage::StandingFacts& facts,
                      const scoring::ScoringParameters& parameters, std::int32_t asOfDay);
};

} // namespace tessera::domain
