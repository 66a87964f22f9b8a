#include "domain/scoring/ScoringService.h"

#include "domain/records/CustomerRules.h"
#include "domain/scoring/PopulationLoader.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/StandingService.h"
#include "domain/workspace/Log.h"
#include "scoring/PopulationScorer.h"
#include "scoring/clv/LifetimeValue.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/scoring/ScoringRepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <cmath>
#include <future>

namespace tessera::domain {
namespace {

std::optional<double> finite(double value) {
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

// The row stored for customer `i` of the population.
storage::CustomerScoreRecord scoreRecord(std::int64_t runId, std::int64_t customerId,
                                         const scoring::PopulationScores& s, std::size_t i) {
    storage::CustomerScoreRecord r;
    const auto e = static_cast<Eigen::Index>(i);
    r.runId = runId;
    r.customerId = customerId;
    const double recency = s.raw.recencyDays[e];
    if (std::isfinite(recency))
        r.recencyDays = static_cast<std::int64_t>(recency);
    r.frequency = static_cast<std::int64_t>(s.raw.frequency[e]);
    r.monetary = s.raw.monetary[e];
    r.social = s.raw.social[e];
    r.scoreR = s.scores.scores[0][i];
    r.scoreF = s.scores.scores[1][i];
    r.scoreM = s.scores.scores[2][i];
    r.scoreS = s.scores.scores[3][i];
    r.rfms = s.rfms[e];
    r.segment = std::string(scoring::rfmSegmentName(s.segment[i]));
    r.cluster = s.clustering.cluster[i];
    for (int k = 0; k < 5; ++k)
        r.q[k] = finite(s.survey.q(e, k));
    r.y = finite(s.survey.y[e]);
    r.crmv = finite(s.crmv.crmv[e]);
    r.weightRule = weightRuleKey(s.crmv.rule[i]);
    r.tierScore = s.tierScore[e];
    r.tier = std::string(scoring::tierName(s.tier(i)));
    return r;
}

ScoringRunDetails parseDetails(const std::string& json) {
    return ScoringRunDetails::fromJson(
        QJsonDocument::fromJson(QByteArray::fromStdString(json)).object());
}

Result<ProfileVersion> chooseProfile(Workspace& ws, const std::optional<std::int64_t>& version) {
    ProfileService profiles(ws);
    return version ? profiles.version(*version) : profiles.current();
}

} // namespace

Result<ScoringRunSummary> ScoringService::run(const ScoringRequest& request,
                                              const JobControl& job) {
    QElapsedTimer total;
    total.start();
    TESSERA_TRY(m_ws.authorize(Action::RunScoring, "scoring"));
    auto profile = chooseProfile(m_ws, request.profileVersion);
    if (!profile)
        return profile.error();
    scoring::ScoringParameters parameters = profile->parameters;
    if (request.window)
        parameters.window = *request.window;
    if (const auto problems = parameters.validate(); !problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front());
    const std::int32_t asOf = request.asOfDay.value_or(m_ws.calendar().dayOf(m_ws.nowMs()));

    job.report(2, tr("Reading customers and their activity").toStdString());
    QElapsedTimer phase;
    phase.start();
    auto population = loadPopulation(m_ws.db(), asOf, parameters.window);
    if (!population)
        return population.error();
    if (population->customerIds.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("There are no customers to score; import some first.").toStdString());
    const std::int64_t loadMs = phase.restart();
    TESSERA_TRY(job.checkCancelled());

    // The lifetime-value fit only needs the transactions: it runs on a second
    // thread while this one scores RFM-S, CRMV and tiers (same results, less time).
    job.report(35, tr("Scoring %1 customers and fitting lifetime value models")
                       .arg(population->customerIds.size())
                       .toStdString());
    std::int64_t clvMs = 0;
    auto lifetimeJob = std::async(std::launch::async, [&] {
        QElapsedTimer clock;
        clock.start();
        auto values = scoring::computeLifetimeValues(
            population->input.transactions, population->input.customerCount, asOf, parameters.clv);
        clvMs = clock.elapsed();
        return values;
    });
    QElapsedTimer engineClock;
    engineClock.start();
    auto scores = scoring::scorePopulation(population->input, parameters);
    const std::int64_t engineMs = engineClock.elapsed();
    auto lifetime = lifetimeJob.get();
    if (!scores)
        return scores.error();
    ScoringRunDetails details = ScoringRunDetails::from(*scores, parameters.window);
    details.loadMs = loadMs;
    details.engineMs = engineMs;
    details.clvMs = clvMs;
    TESSERA_TRY(job.checkCancelled());

    const std::size_t n = population->customerIds.size();
    std::vector<std::optional<double>> pAlive(n), expectedPurchases(n), expectedValue(n), clv(n);
    if (lifetime) {
        details.setLifetimeValues(*lifetime);
        const auto& predictions = lifetime->predictions;
        for (std::size_t j = 0; j < lifetime->summary.size(); ++j) {
            const auto i = static_cast<std::size_t>(lifetime->summary.customer[j]);
            const auto e = static_cast<Eigen::Index>(j);
            pAlive[i] = finite(predictions.probabilityAlive[e]);
            expectedPurchases[i] = finite(predictions.expectedPurchases[e]);
            expectedValue[i] = finite(predictions.expectedValue[e]);
            clv[i] = finite(predictions.clv[e]);
        }
    } else {
        // Too few buyers to fit is no reason to lose the scores: the run says why.
        details.clvProblem = lifetime.error().message;
    }
    phase.restart();
    TESSERA_TRY(job.checkCancelled());

    // Every customer's lifecycle, loyalty and health follow from the new run.
    // Their facts are read on a second connection while this one writes the
    // scores: a snapshot from before the write, with the run's own P(alive)
    // and RFMS taken from memory.
    StandingService standingService(m_ws);
    auto standingPlan = standingService.planNewRun();
    if (!standingPlan)
        return standingPlan.error();
    auto standingDb = storage::Database::open(m_ws.db().path());
    if (!standingDb)
        return standingDb.error();
    std::vector<std::optional<double>> rfms(n);
    for (std::size_t i = 0; i < n; ++i)
        rfms[i] = scores->rfms[static_cast<Eigen::Index>(i)];
    const NewRunValues runValues{population->customerIds, pAlive, rfms};
    auto standingJob = std::async(std::launch::async, [&] {
        return StandingService::changesAfterRun(**standingDb, *standingPlan, runValues);
    });

    job.report(55, tr("Saving the results").toStdString());
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::ScoringRepository repository(m_ws.db());
    ScoringRunSummary summary;
    storage::ScoringRunRecord& run = summary.run;
    run.startedAt = m_ws.nowMs() - total.elapsed();
    run.userId = m_ws.session().userId;
    run.asOfDay = asOf;
    if (!parameters.window.allHistory)
        run.windowDays = parameters.window.days;
    run.profileVersion = profile->version;
    run.customers = static_cast<std::int64_t>(n);
    run.details = "{}";
    auto runId = repository.insertRun(run);
    if (!runId)
        return runId.error();
    run.id = *runId;
    auto writer = storage::makeScoreWriter(m_ws.db());
    if (!writer)
        return writer.error();
    const std::string stage = tr("Saving the results").toStdString();
    for (std::size_t i = 0; i < n; ++i) {
        storage::CustomerScoreRecord record =
            scoreRecord(run.id, population->customerIds[i], *scores, i);
        record.pAlive = pAlive[i];
        record.expectedPurchases = expectedPurchases[i];
        record.expectedValue = expectedValue[i];
        record.clv = clv[i];
        ++summary.tierCounts[static_cast<std::size_t>(scores->tier(i))];
        summary.withCrmv += record.crmv.has_value();
        TESSERA_TRY(writer->add(std::move(record)));
        if (i % 65536 == 0) {
            TESSERA_TRY(job.checkCancelled());
            job.report(55 + static_cast<int>(44 * i / n), stage);
        }
    }
    TESSERA_TRY(writer->flush());
    // Each run brings every customer's lifecycle, loyalty and health up to date.
    job.report(99, tr("Updating lifecycle, loyalty and health").toStdString());
    auto standingChanges = standingJob.get();
    if (!standingChanges)
        return standingChanges.error();
    auto standing = standingService.write(*standingChanges, standingPlan->window.asOfDay);
    if (!standing)
        return standing.error();
    details.writeMs = phase.restart();
    run.finishedAt = m_ws.nowMs();
    run.details = QJsonDocument(details.toJson()).toJson(QJsonDocument::Compact).toStdString();
    TESSERA_TRY(storage::updateRunDetails(m_ws.db(), run.id, run.finishedAt, run.details));
    TESSERA_TRY(m_ws.audit({"scoring.run", "scoring_run", std::to_string(run.id),
                            "as of " + Calendar::isoDate(asOf).toStdString() + ", profile v" +
                                std::to_string(profile->version) + ", " + std::to_string(n) +
                                " customers"}));
    TESSERA_TRY(tx->commit());
    summary.details = std::move(details);
    summary.durationMs = total.elapsed();
    log::logger().info("scoring.run id={} user={} customers={} profile={} duration_ms={}", run.id,
                       m_ws.session().userId, n, profile->version, summary.durationMs);
    job.report(100, tr("Done").toStdString());
    return summary;
}

Result<LifetimeValueFit> ScoringService::fitLifetimeValue(std::int32_t calibrationEndDay,
                                                          const scoring::ClvSettings& settings) {
    TESSERA_TRY(m_ws.authorize(Action::RunScoring, "clv"));
    auto population = loadPurchases(m_ws.db(), calibrationEndDay);
    if (!population)
        return population.error();
    auto values = scoring::computeLifetimeValues(population->input.transactions,
                                                 population->input.customerCount, calibrationEndDay,
                                                 settings);
    if (!values)
        return values.error();
    LifetimeValueFit fit;
    fit.calibrationEndDay = calibrationEndDay;
    fit.settings = settings;
    fit.customersWithPurchases = static_cast<std::int64_t>(values->summary.size());
    fit.bgNbd = values->bgNbd;
    fit.gammaGamma = values->gammaGamma;
    if (values->summary.size() > 0) {
        fit.meanExpectedPurchases = values->predictions.expectedPurchases.mean();
        fit.totalClv = values->predictions.clv.sum();
    }
    return fit;
}

Result<std::optional<storage::ScoringRunRecord>> ScoringService::latestRun() {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    return storage::ScoringRepository(m_ws.db()).latestRun();
}

Result<std::vector<storage::ScoringRunRecord>> ScoringService::runs(int limit) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    return storage::ScoringRepository(m_ws.db()).runs(limit);
}

Result<storage::ScoringRunRecord> ScoringService::existingRun(std::int64_t runId) {
    auto run = storage::ScoringRepository(m_ws.db()).run(runId);
    if (!run)
        return run.error();
    if (!*run)
        return makeError(ErrorCode::NotFound,
                         tr("There is no scoring run %1.").arg(runId).toStdString());
    return std::move(**run);
}

Result<storage::ScoringRunRecord> ScoringService::findRun(std::int64_t runId) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    return existingRun(runId);
}

Result<ScoringRunDetails> ScoringService::runDetails(std::int64_t runId) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto run = existingRun(runId);
    if (!run)
        return run.error();
    return parseDetails(run->details);
}

Result<ScoringRunSummary> ScoringService::summary(std::int64_t runId) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto run = existingRun(runId);
    if (!run)
        return run.error();
    ScoringRunSummary summary;
    summary.run = std::move(*run);
    summary.details = parseDetails(summary.run.details);
    TESSERA_TRY(storage::ScoringRepository(m_ws.db()).forEachScore(
        runId, [&](const storage::CustomerScoreRecord& score) {
            for (int t = 0; t < scoring::kTierCount; ++t)
                if (score.tier == scoring::tierName(static_cast<scoring::Tier>(t)))
                    ++summary.tierCounts[static_cast<std::size_t>(t)];
            summary.withCrmv += score.crmv.has_value();
        }));
    return summary;
}

Result<std::optional<CustomerScoreHistoryEntry>>
ScoringService::latestScores(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    storage::ScoringRepository repository(m_ws.db());
    auto run = repository.latestRun();
    if (!run)
        return run.error();
    if (!*run)
        return std::optional<CustomerScoreHistoryEntry>{};
    auto score = repository.scoreOf((*run)->id, customerId);
    if (!score)
        return score.error();
    if (!*score)
        return std::optional<CustomerScoreHistoryEntry>{};
    return std::optional<CustomerScoreHistoryEntry>(CustomerScoreHistoryEntry{**run, **score});
}

Result<std::vector<CustomerScoreHistoryEntry>> ScoringService::history(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    auto rows = storage::ScoringRepository(m_ws.db()).historyOf(customerId);
    if (!rows)
        return rows.error();
    std::vector<CustomerScoreHistoryEntry> out;
    for (auto& [run, score] : *rows)
        out.push_back({std::move(run), std::move(score)});
    return out;
}

Result<std::vector<storage::TierChangeRecord>> ScoringService::tierChanges(std::int64_t fromRun,
                                                                           std::int64_t toRun) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto changes = storage::ScoringRepository(m_ws.db()).tierChanges(fromRun, toRun);
    if (!changes)
        return changes.error();
    const auto owners = AccessPolicy::visibleOwners(m_ws.session());
    if (owners) {
        storage::CustomerRepository customers(m_ws.db(), m_ws.cipher());
        std::vector<storage::TierChangeRecord> visible;
        for (auto& change : *changes) {
            auto owner = customers.ownerOf(change.customerId);
            if (!owner)
                return owner.error();
            if (*owner && **owner &&
                std::find(owners->begin(), owners->end(), ***owner) != owners->end())
                visible.push_back(std::move(change));
        }
        *changes = std::move(visible);
    }
    // The same masking as the portfolio list: a person's name is personal data.
    if (AccessPolicy::masksPersonalData(m_ws.session()))
        for (auto& change : *changes)
            if (change.kind == "person")
                change.name = CustomerRules::initials(change.name);
    return changes;
}

} // namespace tessera::domain
