#include "domain/warnings/WarningService.h"

#include "domain/warnings/CadenceRule.h"
#include "domain/warnings/ChurnRule.h"
#include "domain/records/CustomerRules.h"
#include "domain/warnings/FollowUpRule.h"
#include "domain/warnings/OverContactRule.h"
#include "domain/scoring/ProfileService.h"
#include "domain/warnings/ValueFlowRule.h"
#include "storage/scoring/ScoringRepository.h"

#include <algorithm>

namespace tessera::domain {
namespace {

using RuleFn = Result<std::vector<Warning>> (*)(storage::WarningRepository&, const WarningInputs&);

RuleFn ruleFor(WarningKind kind) {
    switch (kind) {
    case WarningKind::Churn: return &ChurnRule::evaluate;
    case WarningKind::OverContact: return &OverContactRule::evaluate;
    case WarningKind::Cadence: return &CadenceRule::evaluate;
    case WarningKind::ValueFlow: return &ValueFlowRule::evaluate;
    case WarningKind::FollowUp: return &FollowUpRule::evaluate;
    }
    return &ChurnRule::evaluate;
}

bool listOrder(const Warning& a, const Warning& b) {
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.sinceDay != b.sinceDay)
        return a.sinceDay < b.sinceDay;
    return a.code < b.code;
}

} // namespace

Result<storage::OwnerScope> WarningService::ownerScope(const WarningFilter& filter) {
    storage::OwnerScope visible = AccessPolicy::visibleOwners(m_ws.session());
    if (!filter.ownerId)
        return visible;
    if (visible && std::find(visible->begin(), visible->end(), *filter.ownerId) == visible->end()) {
        const std::string message =
            tr("You may only see the warnings of your own portfolio (or your team's).")
                .toStdString();
        (void)m_ws.audit({actionKey(Action::ListCustomers), "user", std::to_string(*filter.ownerId),
                          message, "refused"});
        return makeError(ErrorCode::PermissionDenied, message);
    }
    return storage::OwnerScope(std::vector<std::int64_t>{*filter.ownerId});
}

// The newest run on or before the as-of day, and the run before it: the
// tiers for the cadence rule and the pair the value-flow rule compares.
Status WarningService::addScoringRuns(WarningInputs& inputs) {
    auto runs = storage::ScoringRepository(m_ws.db()).runs(1000);
    if (!runs)
        return runs.error();
    for (const auto& run : *runs) {
        if (run.asOfDay > inputs.asOfDay)
            continue;
        if (!inputs.newestRun)
            inputs.newestRun = run;
        else if (!inputs.previousRun)
            inputs.previousRun = run;
    }
    return {};
}

Result<std::vector<Warning>> WarningService::list(const WarningFilter& filter,
                                                  const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    if (filter.limit && *filter.limit < 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The limit must be 1 or more.").toStdString());
    auto owners = ownerScope(filter);
    if (!owners)
        return owners.error();
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    WarningInputs inputs{filter.asOfDay.value_or(m_ws.calendar().today()),
                         profile->parameters.warnings,
                         std::move(*owners),
                         std::nullopt,
                         std::nullopt,
                         m_ws.calendar(),
                         AccessPolicy::masksPersonalData(m_ws.session())};
    // One snapshot, so every rule sees the same data.
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    TESSERA_TRY(addScoringRuns(inputs));

    storage::WarningRepository repository(m_ws.db());
    std::vector<Warning> all;
    int done = 0;
    for (WarningKind kind : kAllWarningKinds) {
        if (filter.kind && *filter.kind != kind)
            continue;
        job.report(done * 100 / static_cast<int>(kAllWarningKinds.size()),
                   warningKindLabel(kind).toStdString());
        auto found = ruleFor(kind)(repository, inputs);
        if (!found)
            return found.error();
        TESSERA_TRY(job.checkCancelled());
        all.insert(all.end(), std::make_move_iterator(found->begin()),
                   std::make_move_iterator(found->end()));
        ++done;
    }
    std::sort(all.begin(), all.end(), listOrder);
    if (filter.limit && all.size() > static_cast<std::size_t>(*filter.limit))
        all.resize(static_cast<std::size_t>(*filter.limit));
    // The same masking as the portfolio list: a person's name is personal data.
    if (inputs.masksPersonalData)
        for (Warning& w : all)
            if (w.customerKind == "person")
                w.name = CustomerRules::initials(w.name);
    return all;
}

} // namespace tessera::domain
