#include "domain/scoring/StandingService.h"

#include "domain/records/Vocabulary.h"
#include "domain/scoring/ProfileService.h"
#include "storage/scoring/ScoringRepository.h"

#include <charconv>
#include <unordered_map>

namespace tessera::domain {
namespace {

void applyOverride(Standing& s, const storage::StandingOverride& o) {
    if (o.aspect == "lifecycle")
        s.lifecycle = o.value;
    else if (o.aspect == "loyalty")
        s.loyalty = o.value;
    else if (o.aspect == "health")
        s.health = std::stoi(o.value);
}

// Computes the standing of customers from their facts, hand overrides first,
// and keeps those whose stored standing differs.
class ChangeCollector {
public:
    ChangeCollector(const scoring::ScoringParameters& parameters, std::int32_t asOfDay,
                    const std::vector<storage::StandingOverride>& overrides)
        : m_parameters(parameters), m_asOfDay(asOfDay) {
        for (const auto& o : overrides)
            m_overrides.emplace(o.customerId, o);
    }

    void add(const storage::StandingFacts& f) {
        Standing s = StandingRules::compute(f, m_parameters, m_asOfDay);
        auto [from, to] = m_overrides.equal_range(f.customerId);
        for (auto it = from; it != to; ++it)
            applyOverride(s, it->second);
        const bool lifecycleChanged = s.lifecycle != f.lifecycle;
        if (lifecycleChanged || s.loyalty != f.loyalty || f.health != s.health)
            m_changes.push_back({f.customerId, std::move(s), lifecycleChanged});
    }
    std::vector<StandingChange>& changes() { return m_changes; }

private:
    const scoring::ScoringParameters& m_parameters;
    std::int32_t m_asOfDay;
    std::unordered_multimap<std::int64_t, storage::StandingOverride> m_overrides;
    std::vector<StandingChange> m_changes;
};

Result<std::int64_t> writeChanges(storage::StandingRepository& repository,
                                  const std::vector<StandingChange>& changes, std::int32_t asOfDay,
                                  const JobControl& job) {
    const std::string stage =
        StandingService::tr("Updating lifecycle, loyalty and health").toStdString();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const StandingChange& c = changes[i];
        TESSERA_TRY(repository.write(c.customerId,
                                     c.lifecycleChanged ? &c.standing.lifecycle : nullptr,
                                     c.standing.loyalty, c.standing.health, asOfDay));
        if (i % 65536 == 0) {
            TESSERA_TRY(job.checkCancelled());
            job.report(static_cast<int>(100 * i / changes.size()), stage);
        }
    }
    TESSERA_TRY(repository.flushWrites());
    return static_cast<std::int64_t>(changes.size());
}

} // namespace

Result<storage::StandingWindow>
StandingService::window(const scoring::ScoringParameters& parameters, bool beforeNewRun) {
    storage::StandingWindow w;
    w.asOfMs = m_ws.nowMs();
    w.asOfDay = m_ws.calendar().dayOf(w.asOfMs);
    w.trendDays = parameters.standing.trendWindowDays;
    w.resolutionMs = static_cast<std::int64_t>(parameters.warnings.ticketResolutionHours) * 3600000;
    auto runs = storage::ScoringRepository(m_ws.db()).runs(2);
    if (!runs)
        return runs.error();
    // Before a new run is written, today's newest run becomes the previous one
    // and the new run's values come from memory (see applyRun).
    const std::size_t previous = beforeNewRun ? 0 : 1;
    if (!beforeNewRun && !runs->empty())
        w.newestRun = (*runs)[0].id;
    if (runs->size() > previous)
        w.previousRun = (*runs)[previous].id;
    return w;
}

Result<std::int64_t> StandingService::recompute(std::optional<std::int64_t> customerId,
                                                const JobControl& job) {
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const scoring::ScoringParameters& parameters = profile->parameters;
    auto w = window(parameters, false);
    if (!w)
        return w.error();
    storage::StandingRepository repository(m_ws.db());
    auto overrides = repository.overrides(w->asOfDay, customerId);
    if (!overrides)
        return overrides.error();
    // Written after the read, so the scan never meets its own updates.
    ChangeCollector collector(parameters, w->asOfDay, *overrides);
    TESSERA_TRY(repository.facts(*w, customerId, [&](const storage::StandingFacts& f) -> Status {
        collector.add(f);
        return {};
    }));
    return writeChanges(repository, collector.changes(), w->asOfDay, job);
}

Result<StandingPlan> StandingService::planNewRun() {
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    StandingPlan plan;
    plan.parameters = profile->parameters;
    auto w = window(plan.parameters, true);
    if (!w)
        return w.error();
    plan.window = *w;
    auto overrides = storage::StandingRepository(m_ws.db()).overrides(w->asOfDay, std::nullopt);
    if (!overrides)
        return overrides.error();
    plan.overrides = std::move(*overrides);
    return plan;
}

Result<std::vector<StandingChange>> StandingService::changesAfterRun(storage::Database& readDb,
                                                                     const StandingPlan& plan,
                                                                     const NewRunValues& run) {
    ChangeCollector collector(plan.parameters, plan.window.asOfDay, plan.overrides);
    // Facts and run values are both in customer id order.
    std::size_t i = 0;
    TESSERA_TRY(storage::StandingRepository(readDb).facts(
        plan.window, std::nullopt, [&](const storage::StandingFacts& read) -> Status {
            while (i < run.customerIds.size() && run.customerIds[i] < read.customerId)
                ++i;
            if (i < run.customerIds.size() && run.customerIds[i] == read.customerId) {
                storage::StandingFacts f = read;
                f.pAlive = run.pAlive[i];
                f.rfms = run.rfms[i];
                collector.add(f);
            } else {
                collector.add(read);
            }
            return {};
        }));
    return std::move(collector.changes());
}

Result<std::int64_t> StandingService::write(const std::vector<StandingChange>& changes,
                                            std::int32_t day, const JobControl& job) {
    storage::StandingRepository repository(m_ws.db());
    return writeChanges(repository, changes, day, job);
}

Status StandingService::refresh(std::int64_t customerId) {
    auto changed = recompute(customerId, {});
    if (!changed)
        return changed.error();
    return {};
}

Result<std::int64_t> StandingService::refreshAll(const JobControl& job) {
    return recompute(std::nullopt, job);
}

Status StandingService::setOverride(std::int64_t customerId, const std::string& aspect,
                                    const std::string& value, const std::string& reason,
                                    std::int32_t untilDay) {
    auto invalid = [](const QString& message) {
        return makeError(ErrorCode::InvalidArgument, message.toStdString());
    };
    if (aspect == "lifecycle") {
        if (!vocabulary::contains(vocabulary::lifecycleStages(), value))
            return invalid(tr("'%1' is not a lifecycle stage; use potential, new, growing, "
                              "mature, declining or churned.")
                               .arg(QString::fromStdString(value)));
    } else if (aspect == "loyalty") {
        if (!vocabulary::contains(vocabulary::loyaltyStages(), value))
            return invalid(tr("'%1' is not a loyalty stage; use awareness, evaluation, "
                              "commitment or behaviour.")
                               .arg(QString::fromStdString(value)));
    } else if (aspect == "health") {
        int score = -1;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), score);
        if (ec != std::errc() || end != value.data() + value.size() || score < 0 || score > 100)
            return invalid(tr("A health score is a whole number from 0 to 100."));
    } else {
        return invalid(tr("Only the lifecycle stage, the loyalty stage and the health score can "
                          "be set by hand."));
    }
    if (QString::fromStdString(reason).trimmed().isEmpty())
        return invalid(tr("Say why the value is set by hand: a reason is required."));
    const std::int32_t today = m_ws.calendar().dayOf(m_ws.nowMs());
    if (untilDay <= today)
        return invalid(tr("The override must last until a day after today."));
    TESSERA_TRY(m_ws.authorizeCustomer(Action::OverrideStanding, customerId));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::StandingOverride o{customerId,  aspect, value, reason, untilDay, m_ws.session().userId,
                                m_ws.nowMs()};
    TESSERA_TRY(storage::StandingRepository(m_ws.db()).saveOverride(o));
    TESSERA_TRY(refresh(customerId));
    TESSERA_TRY(
        m_ws.audit({actionKey(Action::OverrideStanding), "customer", std::to_string(customerId),
                    aspect + " " + value + " until " + Calendar::isoDate(untilDay).toStdString()}));
    return tx->commit();
}

Status StandingService::clearOverride(std::int64_t customerId, const std::string& aspect) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::OverrideStanding, customerId));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::StandingRepository(m_ws.db()).removeOverride(customerId, aspect));
    TESSERA_TRY(refresh(customerId));
    TESSERA_TRY(m_ws.audit({actionKey(Action::OverrideStanding), "customer",
                            std::to_string(customerId), aspect + " cleared"}));
    return tx->commit();
}

} // namespace tessera::domain
