#include "domain/scoring/StandingService.h"

#include "domain/records/Vocabulary.h"
#include "domain/scoring/ProfileService.h"
#include "storage/scoring/ScoringRepository.h"

#include <charconv>
#include <unordered_map>

namespace tessera::domain {
namespace {

struct Change {
    std::int64_t customerId;
    Standing standing;
};

void applyOverride(Standing& s, const storage::StandingOverride& o) {
    if (o.aspect == "lifecycle")
        s.lifecycle = o.value;
    else if (o.aspect == "loyalty")
        s.loyalty = o.value;
    else if (o.aspect == "health")
        s.health = std::stoi(o.value);
}

} // namespace

Result<storage::StandingWindow>
StandingService::window(const scoring::ScoringParameters& parameters) {
    storage::StandingWindow w;
    w.asOfMs = m_ws.nowMs();
    w.asOfDay = m_ws.calendar().dayOf(w.asOfMs);
    w.trendDays = parameters.standing.trendWindowDays;
    w.resolutionMs = static_cast<std::int64_t>(parameters.warnings.ticketResolutionHours) * 3600000;
    auto runs = storage::ScoringRepository(m_ws.db()).runs(2);
    if (!runs)
        return runs.error();
    if (!runs->empty())
        w.newestRun = (*runs)[0].id;
    if (runs->size() > 1)
        w.previousRun = (*runs)[1].id;
    return w;
}

Result<std::int64_t> StandingService::recompute(std::optional<std::int64_t> customerId,
                                                const JobControl& job) {
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const scoring::ScoringParameters& parameters = profile->parameters;
    auto w = window(parameters);
    if (!w)
        return w.error();
    storage::StandingRepository repository(m_ws.db());
    auto overrides = repository.overrides(w->asOfDay, customerId);
    if (!overrides)
        return overrides.error();
    std::unordered_multimap<std::int64_t, storage::StandingOverride> byCustomer;
    for (auto& o : *overrides)
        byCustomer.emplace(o.customerId, std::move(o));
    // Written after the read, so the scan never meets its own updates.
    std::vector<Change> changes;
    TESSERA_TRY(repository.facts(*w, customerId, [&](const storage::StandingFacts& f) -> Status {
        Standing s = StandingRules::compute(f, parameters, w->asOfDay);
        auto [from, to] = byCustomer.equal_range(f.customerId);
        for (auto it = from; it != to; ++it)
            applyOverride(s, it->second);
        if (s.lifecycle != f.lifecycle || s.loyalty != f.loyalty || f.health != s.health)
            changes.push_back({f.customerId, std::move(s)});
        return {};
    }));
    const std::string stage = tr("Updating lifecycle, loyalty and health").toStdString();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Change& c = changes[i];
        TESSERA_TRY(repository.write(c.customerId, c.standing.lifecycle, c.standing.loyalty,
                                     c.standing.health, w->asOfDay));
        if (i % 65536 == 0) {
            TESSERA_TRY(job.checkCancelled());
            job.report(static_cast<int>(100 * i / changes.size()), stage);
        }
    }
    return static_cast<std::int64_t>(changes.size());
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
