// Editing the journey: supervisors and administrators add, rename, move,
// retire and restore stages and touchpoints; names stay unique; retiring
// keeps history readable; account managers may not; every change is audited.

#include "domain/journeymaps/JourneyService.h"
#include "domain/journeys/JourneyEditor.h"
#include "domain/journeys/TouchpointLookup.h"
#include "journeymaps/JourneyExample.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestJourneyEditor : public test::JourneyExample {
protected:
    std::vector<std::string> stageNames(Workspace& ws) {
        std::vector<std::string> names;
        auto layout = JourneyEditor(ws).layout();
        for (const auto& s : layout->stages)
            names.push_back(s.name);
        return names;
    }
};

TEST_F(TestJourneyEditor, StagesAreAddedRenamedAndMovedInOrder) {
    auto ws = as("sup");
    JourneyEditor editor(*ws);
    ASSERT_TRUE(editor.addStage("Loyalty", 2).ok());
    ASSERT_TRUE(editor.renameStage("loyalty", "Loyalty programme").ok());
    ASSERT_TRUE(editor.moveStage("Referral", 1).ok());
    EXPECT_EQ(stageNames(*ws),
              (std::vector<std::string>{"Referral", "Awareness", "Loyalty programme",
                                        "Evaluation and purchase", "Use", "After-sales"}));
    EXPECT_GE(count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'journey.stage.%'"), 3);

    EXPECT_EQ(editor.addStage("use").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(editor.renameStage("Use", "Referral").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(editor.addStage("two\nlines").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(editor.moveStage("Use", 9).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(editor.renameStage("Nowhere", "X").error().code, ErrorCode::NotFound);
}

TEST_F(TestJourneyEditor, TouchpointsKeepUniqueNamesAndMoveBetweenStages) {
    auto ws = as("admin");
    JourneyEditor editor(*ws);
    ASSERT_TRUE(editor.addTouchpoint("Use", "Mobile app", "app").ok());
    // Records name a touchpoint without its stage: unique in the whole journey.
    EXPECT_EQ(editor.addTouchpoint("Referral", "quotation").error().code,
              ErrorCode::InvalidArgument);
    ASSERT_TRUE(editor.moveTouchpoint("Use", "Mobile app", 1).ok());
    ASSERT_TRUE(editor.moveTouchpoint("Use", "Onboarding", std::nullopt, "Awareness").ok());
    auto layout = editor.layout();
    ASSERT_TRUE(layout.ok());
    std::vector<std::string> use;
    std::vector<std::string> awareness;
    for (const auto& t : layout->touchpoints) {
        if (t.stageId == layout->stages[2].id)
            use.push_back(t.name);
        if (t.stageId == layout->stages[0].id)
            awareness.push_back(t.name);
    }
    EXPECT_EQ(use, (std::vector<std::string>{"Mobile app", "Product use", "Account review"}));
    EXPECT_EQ(awareness.back(), "Onboarding");
    // Its interactions moved with it: the map counts them in Awareness now.
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok());
    EXPECT_EQ(map->find("Awareness", "Onboarding")->volume, 2);
}

TEST_F(TestJourneyEditor, RetiringKeepsHistoryButLeavesTheListsOfNewRecords) {
    auto ws = as("admin");
    JourneyEditor editor(*ws);
    ASSERT_TRUE(editor.retireTouchpoint("Use", "Onboarding").ok());
    ASSERT_TRUE(editor.retireTouchpoint("Use", "Product use").ok());
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok());
    // Onboarding had May's interactions: still on May's map, marked retired.
    const TouchpointFigures* onboarding = map->find("Use", "Onboarding");
    ASSERT_NE(onboarding, nullptr);
    EXPECT_TRUE(onboarding->retired);
    EXPECT_EQ(onboarding->volume, 2);
    EXPECT_EQ(map->find("Use", "Product use"), nullptr); // nothing to show
    // New records may not name it.
    auto lookup = TouchpointLookup::idOf(ws->db(), "onboarding");
    ASSERT_FALSE(lookup.ok());
    EXPECT_NE(lookup.error().message.find("retired"), std::string::npos);
    EXPECT_EQ(editor.retireTouchpoint("Use", "Onboarding").error().code,
              ErrorCode::InvalidArgument);
    ASSERT_TRUE(editor.restoreTouchpoint("Use", "Onboarding").ok());
    EXPECT_TRUE(TouchpointLookup::idOf(ws->db(), "onboarding").ok());
}

TEST_F(TestJourneyEditor, AJourneyKeepsOneStageInUse) {
    auto ws = as("admin");
    JourneyEditor editor(*ws);
    for (const char* stage : {"Awareness", "Evaluation and purchase", "Use", "After-sales"})
        ASSERT_TRUE(editor.retireStage(stage).ok()) << stage;
    EXPECT_EQ(editor.retireStage("Referral").error().code, ErrorCode::InvalidArgument);
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok());
    // Retired stages with May's interactions stay, marked; no drop-off runs
    // through them.
    EXPECT_EQ(map->stages.size(), 5u);
    EXPECT_TRUE(map->stages[0].retired);
    EXPECT_TRUE(map->dropOffs.empty());
    ASSERT_TRUE(editor.restoreStage("Use").ok());
    auto again = JourneyService(*ws).compute(may());
    ASSERT_EQ(again->dropOffs.size(), 1u);
    EXPECT_EQ(again->dropOffs[0].from, "Use");
    EXPECT_EQ(again->dropOffs[0].to, "Referral");
}

TEST_F(TestJourneyEditor, AccountManagersAndAnalystsMayNotEditTheJourney) {
    for (const char* user : {"am1", "ana"}) {
        auto ws = quietly(user);
        JourneyEditor editor(*ws);
        EXPECT_EQ(editor.addStage("Mine").error().code, ErrorCode::PermissionDenied) << user;
        EXPECT_EQ(editor.retireTouchpoint("Use", "Onboarding").error().code,
                  ErrorCode::PermissionDenied);
        EXPECT_TRUE(editor.layout().ok()); // reading is fine
    }
    auto ws = as("admin");
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM journey_stages"), 5);
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM touchpoints WHERE retired_at IS NOT NULL"), 0);
}

} // namespace
