#include "domain/warnings/WarningService.h"

#include "domain/records/CustomerRules.h"
#include "domain/scoring/ProfileService.h"
#include "domain/warnings/CadenceRule.h"
#include "domain/warnings/ChurnRule.h"
#include "domain/warnings/FollowUpRule.h"
#include "domain/warnings/OverContactRule.h"
#include "domain/warnings/TicketLateRule.h"
#include "domain/warnings/ValueFlowRule.h"
#include "storage/scoring/ScoringRepository.h"
#include "storage/sqlite/SharedSnapshot.h"
#include "storage/warnings/WarningStateRepository.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

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
    case WarningKind::FirstResponseLate: return &TicketLateRule::firstResponse;
    case WarningKind::ResolutionLate: return &TicketLateRule::resolution;
    case WarningKind::HealthLow: return &HealthRule::evaluate;
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

// The first `keep` warnings in list order. Sorted through their positions,
// then moved into place along the cycles of that order: moving whole warnings
// (seven strings each) while sorting a million cost more than comparing them.
// Ties keep the rules' order, so the list is the same on every run.
std::vector<Warning> inListOrder(std::vector<Warning> all, std::size_t keep) {
    std::vector<std::uint32_t> order(all.size());
    std::iota(order.begin(), order.end(), 0U);
    const auto before = [&all](std::uint32_t a, std::uint32_t b) {
        if (listOrder(all[a], all[b]))
            return true;
        return !listOrder(all[b], all[a]) && a < b;
    };
    if (keep == order.size())
        std::sort(order.begin(), order.end(), before);
    else
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep),
                          order.end(), before);
    constexpr std::uint32_t kPlaced = std::numeric_limits<std::uint32_t>::max();
    for (std::uint32_t start = 0; start < order.size(); ++start) {
        if (order[start] == kPlaced)
            continue;
        Warning first = std::move(all[start]);
        std::uint32_t at = start;
        for (;;) {
            const std::uint32_t from = std::exchange(order[at], kPlaced);
            if (from == start) {
                all[at] = std::move(first);
                break;
            }
            all[at] = std::move(all[from]);
            at = from;
        }
    }
    all.resize(keep);
    return all;
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
    const std::int64_t now = m_ws.nowMs();
    const std::int32_t today = m_ws.calendar().dayOf(now);
    WarningInputs inputs{filter.asOfDay.value_or(today),
                         profile->parameters.warnings,
                         std::move(*owners),
                         std::nullopt,
                         std::nullopt,
                         m_ws.calendar(),
                         AccessPolicy::masksPersonalData(m_ws.session())};
    inputs.asOfMs =
        inputs.asOfDay >= today ? now : m_ws.calendar().startOfDayMs(inputs.asOfDay + 1) - 1;
    // One snapshot, so every rule sees the same data. For every customer's
    // churn or cadence warnings it is shared with a second connection, so
    // their scans run on two cores; on one connection if that cannot be had.
    std::unique_ptr<storage::SharedSnapshot> shared;
    const bool longScan =
        !filter.kind || *filter.kind == WarningKind::Churn || *filter.kind == WarningKind::Cadence;
    if (!filter.customerId && longScan) {
        if (auto begun = storage::SharedSnapshot::begin(m_ws.db()))
            shared = std::move(*begun);
    }
    std::optional<storage::ReadSnapshot> single;
    if (shared) {
        inputs.secondReader = &shared->second();
    } else {
        single.emplace(m_ws.db());
        TESSERA_TRY(single->status());
    }
    TESSERA_TRY(addScoringRuns(inputs));

    storage::WarningRepository repository(m_ws.db());
    if (filter.customerId)
        repository.onlyCustomer(*filter.customerId);
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
    TESSERA_TRY(applyStates(all, filter, inputs.asOfDay));
    const std::size_t keep =
        filter.limit ? std::min(all.size(), static_cast<std::size_t>(*filter.limit)) : all.size();
    all = inListOrder(std::move(all), keep);
    // The same masking as the portfolio list: a person's name is personal data.
    if (inputs.masksPersonalData)
        for (Warning& w : all)
            if (w.customerKind == "person")
                w.name = CustomerRules::initials(w.name);
    return all;
}

// Marks each warning with what users did about it, and leaves out the
// handled ones unless asked: acknowledged and resolved warnings stay out
// while they last; snoozed ones come back on their day.
Status WarningService::applyStates(std::vector<Warning>& warnings, const WarningFilter& filter,
                                   std::int32_t asOfDay) {
    auto states = storage::WarningStateRepository(m_ws.db()).states(filter.customerId);
    if (!states)
        return states.error();
    if (states->empty())
        return {};
    std::map<std::tuple<std::int64_t, std::string, std::int32_t>,
             const storage::WarningStateRecord*>
        byWarning;
    for (const auto& s : *states)
        byWarning[{s.customerId, s.kind, s.sinceDay}] = &s;
    std::vector<Warning> kept;
    kept.reserve(warnings.size());
    for (Warning& w : warnings) {
        auto it = byWarning.find({w.customerId, warningKindKey(w.kind), w.sinceDay});
        if (it != byWarning.end()) {
            const storage::WarningStateRecord& s = *it->second;
            const bool snoozeOver = s.state == "snoozed" && s.untilDay && *s.untilDay <= asOfDay;
            if (!snoozeOver)
                w.state = s.state;
        }
        if (w.state == "open" || filter.includeHandled)
            kept.push_back(std::move(w));
    }
    warnings = std::move(kept);
    return {};
}

Result<Warning> WarningService::handle(const std::string& id, WarningAction action,
                                       std::optional<std::int32_t> untilDay) {
    auto key = parseWarningId(id);
    if (!key)
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a warning id; copy one from the warnings list "
                            "(kind:customer:date, such as over-contact:42:2026-06-30).")
                             .arg(QString::fromStdString(id))
                             .toStdString());
    const std::int32_t today = m_ws.calendar().dayOf(m_ws.nowMs());
    if (action == WarningAction::Snooze && (!untilDay || *untilDay <= today))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("Snooze a warning until a day after today (--until DATE).").toStdString());
    TESSERA_TRY(m_ws.authorizeCustomer(Action::HandleWarning, key->customerId));
    WarningFilter filter;
    filter.customerId = key->customerId;
    filter.kind = key->kind;
    filter.includeHandled = true;
    auto current = list(filter);
    if (!current)
        return current.error();
    auto it = std::find_if(current->begin(), current->end(),
                           [&](const Warning& w) { return w.sinceDay == key->sinceDay; });
    if (it == current->end())
        return makeError(ErrorCode::NotFound,
                         tr("There is no such warning today: %1. It may have ended; list the "
                            "warnings again.")
                             .arg(QString::fromStdString(id))
                             .toStdString());
    storage::WarningStateRecord state;
    state.customerId = key->customerId;
    state.kind = warningKindKey(key->kind);
    state.sinceDay = key->sinceDay;
    state.state = action == WarningAction::Acknowledge ? "acknowledged"
                  : action == WarningAction::Snooze    ? "snoozed"
                                                       : "resolved";
    if (action == WarningAction::Snooze)
        state.untilDay = untilDay;
    state.userId = m_ws.session().userId;
    state.at = m_ws.nowMs();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::WarningStateRepository(m_ws.db()).save(state));
    TESSERA_TRY(
        m_ws.audit({actionKey(Action::HandleWarning), "warning", id,
                    state.state + (untilDay ? " until " + Calendar::isoDate(*untilDay).toStdString()
                                            : std::string())}));
    TESSERA_TRY(tx->commit());
    Warning handled = *it;
    handled.state = state.state;
    return handled;
}

} // namespace tessera::domain
