// Google Benchmark of the scoring engine on a synthetic population of
// 1,000,000 customers (about 10M transactions, 5M interactions, surveys for
// about 30%): (a) the whole RFM-S / CRMV / tier pipeline, (b) the BG/NBD and
// Gamma-Gamma fits, plus the steps around them for a breakdown.

#include "SyntheticPopulation.h"
#include "scoring/clv/BgNbdModel.h"
#include "scoring/clv/ClvSummary.h"
#include "scoring/clv/GammaGammaModel.h"
#include "scoring/clv/LifetimeValue.h"
#include "scoring/PopulationScorer.h"

#include <benchmark/benchmark.h>

using namespace tessera::scoring;

namespace {

const PopulationInput& population() {
    static const PopulationInput input = bench::syntheticPopulation(bench::SyntheticSettings{});
    return input;
}

// The lifetime-value models are calibrated on history up to 90 days before the as-of day.
const ClvSummary& clvSummary() {
    static const ClvSummary summary =
        *summariseForClv(population().transactions, population().customerCount,
                         population().asOfDay - 90, ClvTimeUnit::Weeks);
    return summary;
}

void addSizeCounters(benchmark::State& state) {
    const PopulationInput& input = population();
    state.counters["customers"] = input.customerCount;
    state.counters["transactions"] = static_cast<double>(input.transactions.size());
    state.counters["interactions"] = static_cast<double>(input.interactions.size());
    state.counters["survey_answers"] = static_cast<double>(input.surveyAnswers.size());
}

void BM_ScorePopulation(benchmark::State& state) {
    const ScoringParameters parameters;
    for (auto _ : state) {
        auto scores = scorePopulation(population(), parameters);
        benchmark::DoNotOptimize(scores);
        if (!scores.ok())
            state.SkipWithError(scores.error().message.c_str());
    }
    addSizeCounters(state);
}

void BM_RawValues(benchmark::State& state) {
    const ScoringParameters parameters;
    const DayWindow window = DayWindow::ending(population().asOfDay, parameters.window);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            aggregateRawValues(population().transactions, population().interactions,
                               population().customerCount, window, parameters.socialWeightByKind));
}

void BM_ClvSummary(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(summariseForClv(population().transactions,
                                                 population().customerCount,
                                                 population().asOfDay - 90, ClvTimeUnit::Weeks));
}

void BM_FitBgNbdAndGammaGamma(benchmark::State& state) {
    const ClvSummary& summary = clvSummary();
    for (auto _ : state) {
        auto bgNbd = fitBgNbd(summary.x, summary.tx, summary.T);
        auto gammaGamma = fitGammaGamma(summary.x, summary.m);
        benchmark::DoNotOptimize(bgNbd);
        benchmark::DoNotOptimize(gammaGamma);
        state.counters["r"] = bgNbd->parameters.r;
        state.counters["alpha"] = bgNbd->parameters.alpha;
        state.counters["a"] = bgNbd->parameters.a;
        state.counters["b"] = bgNbd->parameters.b;
        state.counters["distinct_histories"] = static_cast<double>(bgNbd->distinctHistories);
        state.counters["p"] = gammaGamma->parameters.p;
        state.counters["q"] = gammaGamma->parameters.q;
        state.counters["v"] = gammaGamma->parameters.v;
    }
    state.counters["customers"] = static_cast<double>(summary.size());
}

void BM_PredictLifetimeValues(benchmark::State& state) {
    const ClvSummary& summary = clvSummary();
    const BgNbdParameters bgNbd = fitBgNbd(summary.x, summary.tx, summary.T)->parameters;
    const GammaGammaParameters gammaGamma = fitGammaGamma(summary.x, summary.m)->parameters;
    for (auto _ : state)
        benchmark::DoNotOptimize(predictLifetimeValues(summary, bgNbd, gammaGamma, ClvSettings{}));
}

} // namespace

BENCHMARK(BM_ScorePopulation)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_RawValues)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClvSummary)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FitBgNbdAndGammaGamma)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_PredictLifetimeValues)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
