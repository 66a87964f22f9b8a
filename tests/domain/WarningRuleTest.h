#pragma once

// The fixture of the warning rule tests: a standard database signed in as
// admin, WarningTestData to add facts, and a rule's findings as text.

#include "storage/warnings/WarningRepository.h"
#include "support/TestSupport.h"
#include "support/WarningTestData.h"

#include <gtest/gtest.h>
#include <memory>

namespace tessera::test {

class WarningRuleTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("rule.tessera");
        makeStandardDatabase(path);
        ws = openAs(path, "admin");
        data = std::make_unique<WarningTestData>(*ws);
    }

    // What `Rule` finds with `inputs` (default: warningInputs()), via describe().
    template <typename Rule>
    std::vector<std::string> evaluate(const domain::WarningInputs& inputs) {
        storage::WarningRepository repository(ws->db());
        return describe(Rule::evaluate(repository, inputs));
    }
    template <typename Rule> std::vector<std::string> evaluate() {
        return evaluate<Rule>(warningInputs(*ws));
    }

    const std::int32_t day = warningDay(); // 2026-06-30
    TempDir dir;
    std::string path;
    std::unique_ptr<domain::Workspace> ws;
    std::unique_ptr<WarningTestData> data;
};

} // namespace tessera::test
