#include "domain/journeys/JourneyDefaults.h"

#include "storage/journeys/JourneyRepository.h"

#include <array>

namespace tessera::domain {
namespace {

struct StageSeed {
    const char* name;
    std::array<std::pair<const char*, const char*>, 3> touchpoints; // name, channel
};

// Stage and touchpoint names are data the users edit, stored as entered.
constexpr std::array<StageSeed, 5> kStages = {{
    {"Awareness",
     {{{"Advertising", "social"}, {"Website visit", "web"}, {"Referral contact", "phone"}}}},
    {"Evaluation and purchase",
     {{{"Sales consultation", "visit"}, {"Quotation", "email"}, {"Order placement", "app"}}}},
    {"Use", {{{"Onboarding", "visit"}, {"Product use", "app"}, {"Account review", "phone"}}}},
    {"After-sales",
     {{{"Service hotline", "phone"},
       {"Repair and returns", "visit"},
       {"Online support", "wechat"}}}},
    {"Referral",
     {{{"Review and rating", "social"},
       {"Recommendation", "wechat"},
       {"Community event", "visit"}}}},
}};

} // namespace

Status seedJourneyStages(storage::Database& db) {
    storage::JourneyRepository journeys(db);
    int position = 1;
    for (const StageSeed& seed : kStages) {
        auto stageId = journeys.insertStage({0, seed.name, position++});
        if (!stageId)
            return stageId.error();
        for (const auto& [name, channel] : seed.touchpoints) {
            auto touchpointId = journeys.insertTouchpoint({0, *stageId, name, channel});
            if (!touchpointId)
                return touchpointId.error();
        }
    }
    return {};
}

} // namespace tessera::domain
