#pragma once

// One open warning about one customer: what kind, since when, and a sentence
// with the figures that explain it.

#include "common/Result.h"
#include "domain/warnings/WarningKind.h"
#include "storage/warnings/WarningRepository.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct Warning {
    std::int64_t customerId = 0;
    std::string code;
    std::string name; // masked for callers who may not see personal data
    std::string customerKind;
    std::optional<std::int64_t> ownerId;
    std::string owner;     // username
    std::string ownerName; // display name
    WarningKind kind = WarningKind::Churn;
    std::int32_t sinceDay = 0; // the first day the warning applies
    std::string reason;        // one translated sentence
    // open, or what a user did about it: acknowledged, snoozed, resolved.
    std::string state = "open";
};

// A warning's stable id, "kind:customer id:first day" (over-contact:42:2026-06-30),
// as the CLI and the warnings list show it.
std::string warningId(const Warning& warning);
struct WarningKey {
    WarningKind kind = WarningKind::Churn;
    std::int64_t customerId = 0;
    std::int32_t sinceDay = 0;
};
std::optional<WarningKey> parseWarningId(const std::string& id);

// Takes the customer by value: a rule that owns its facts moves them in, so a
// million warnings do not copy each name and owner again.
Warning makeWarning(storage::WarningCustomer customer, WarningKind kind, std::int32_t sinceDay,
                    const QString& reason);
Warning makeWarning(storage::WarningCustomer customer, WarningKind kind, std::int32_t sinceDay,
                    std::string reason);

// The warnings `judge` finds among the candidates `query(sink)` hands to the
// sink one by one (it returns nullopt for a candidate that does not warn; it
// may move from the candidate).
template <typename Fact, typename Query, typename Judge>
Result<std::vector<Warning>> warningsFrom(Query query, Judge judge) {
    std::vector<Warning> out;
    const storage::FactSink<Fact> sink = [&](Fact& fact) {
        if (std::optional<Warning> warning = judge(fact))
            out.push_back(std::move(*warning));
    };
    TESSERA_TRY(query(sink));
    return out;
}

} // namespace tessera::domain
