#include "SyntheticPopulation.h"

#include "scoring/SplitMix64.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace tessera::scoring::bench {

namespace {

// Samplers on SplitMix64, fully specified (std distributions differ by library).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_bits(seed) {}

    double uniform() { return m_bits.nextDouble(); }
    std::int32_t below(std::int32_t n) { return static_cast<std::int32_t>(uniform() * n); }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }

    double normal() { // Box-Muller, one value per call
        const double u = 1.0 - uniform(), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }

    double gamma(double shape) { // Marsaglia and Tsang; shape < 1 by boosting
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal(), v = std::pow(1.0 + c * x, 3);
            if (v > 0.0 && std::log(1.0 - uniform()) < 0.5 * x * x + d - d * v + d * std::log(v))
                return d * v;
        }
    }

    double beta(double a, double b) {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }

private:
    SplitMix64 m_bits;
};

struct Row {
    std::int32_t day;
    double amount;
};

double cents(double amount) {
    return std::round(amount * 100.0) / 100.0;
}

// Purchase days: exponential gaps at the customer's rate, a drop-out chance
// after each; 1-3 rows per day; a few refunds a little later.
void addPurchases(Random& random, std::int32_t customer, std::int32_t firstDay,
                  std::int32_t lastDay, PopulationInput& out) {
    const double ratePerDay = random.gamma(0.9) / 25.0;
    const double dropOut = random.beta(0.7, 3.0);
    const double logScale = 3.4 + 0.6 * random.normal();
    std::vector<Row> rows;
    double day = firstDay;
    do {
        const auto d = static_cast<std::int32_t>(day);
        const int lines = 1 + (random.uniform() < 0.35) + (random.uniform() < 0.15);
        for (int i = 0; i < lines; ++i) {
            const bool zero = random.uniform() < 0.005;
            const double amount = zero ? 0.0 : cents(std::exp(logScale + 1.1 * random.normal()));
            rows.push_back({d, amount});
            if (!zero && random.uniform() < 0.03)
                rows.push_back({std::min(lastDay, d + 1 + random.below(30)),
                                -cents(amount * random.uniform())});
        }
        if (random.uniform() < dropOut)
            break;
        day += 1.0 + random.exponential(1.0 / ratePerDay);
    } while (day <= lastDay);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.day < b.day; });
    for (const Row& row : rows)
        out.transactions.add(customer, row.day, row.amount);
}

void addInteractions(Random& random, std::int32_t customer, std::int32_t firstDay,
                     std::int32_t lastDay, PopulationInput& out) {
    // Kind codes 0..8 (InteractionKind); calls and emails are the most common.
    static constexpr double kindShare[] = {0.10, 0.04, 0.08, 0.10, 0.12, 0.20, 0.06, 0.25, 0.05};
    const int count = static_cast<int>(random.exponential(5.5));
    std::vector<std::int32_t> days;
    for (int i = 0; i < count; ++i)
        days.push_back(firstDay + random.below(lastDay - firstDay + 1));
    std::sort(days.begin(), days.end());
    for (std::int32_t day : days) {
        double u = random.uniform();
        std::uint8_t kind = 0;
        while (kind < 8 && u >= kindShare[kind])
            u -= kindShare[kind++];
        out.interactions.add(customer, day, kind);
    }
}

// Answers driven by a latent satisfaction per dimension; the recommend score
// follows a weighted mix of them, so the NNLS weights have something to find.
void addSurvey(Random& random, std::int32_t customer, std::int32_t lastDay, PopulationInput& out) {
    const int responses = 1 + (random.uniform() < 0.3);
    for (int r = 0; r < responses; ++r) {
        const std::int32_t day = lastDay - random.below(330);
        double latent[kCrmvDimensionCount];
        for (double& value : latent)
            value = std::clamp(0.6 + 0.2 * random.normal(), 0.0, 1.0);
        for (std::uint8_t k = 0; k < kCrmvDimensionCount; ++k)
            for (int item = 0; item < 2; ++item) {
                const double answer = 1.0 + std::round(6.0 * latent[k] + 0.8 * random.normal());
                out.surveyAnswers.add(customer, day, k, std::clamp(answer, 1.0, 7.0));
            }
        const double mix = 0.35 * latent[0] + 0.25 * latent[1] + 0.2 * latent[3] + 0.2 * latent[4];
        out.recommendAnswers.add(customer, day,
                                 std::clamp(std::round(10.0 * mix + random.normal()), 0.0, 10.0));
    }
}

} // namespace

PopulationInput syntheticPopulation(const SyntheticSettings& settings) {
    PopulationInput out;
    out.customerCount = settings.customers;
    out.asOfDay = settings.asOfDay;
    const auto n = static_cast<std::size_t>(settings.customers);
    out.transactions.reserve(n * 11);
    out.interactions.reserve(n * 6);
    if (settings.surveys) {
        out.surveyAnswers.reserve(n * 4);
        out.recommendAnswers.reserve(n / 2);
    }
    // Surveys draw from their own stream, so switching them off leaves the
    // transactions and interactions exactly as they were.
    Random random(settings.seed), surveyRandom(settings.seed ^ 0x5eed5eed5eed5eedull);
    const std::int32_t start = settings.asOfDay - settings.historyDays;
    for (std::int32_t c = 0; c < settings.customers; ++c) {
        const std::int32_t firstDay = start + random.below(settings.historyDays - 14);
        addPurchases(random, c, firstDay, settings.asOfDay, out);
        addInteractions(random, c, firstDay, settings.asOfDay, out);
        if (settings.surveys && surveyRandom.uniform() < 0.3)
            addSurvey(surveyRandom, c, settings.asOfDay, out);
    }
    return out;
}

} // namespace tessera::scoring::bench
