#pragma once

// A small, fast pseudo-random generator whose output depends on its seed only:
// xoshiro256** seeded through splitmix64, with the few distributions the demo
// data needs. The standard library's distributions are not used because their
// algorithms differ between implementations, and demo data must be identical
// everywhere for the same seed.

#include <cstdint>
#include <vector>

namespace tessera::domain {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed);

    // A seed for an independent stream, e.g. one per customer, so each
    // customer's data depends only on the run's seed and the customer's number.
    static std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    double uniform();                                          // [0, 1)
    std::int64_t below(std::int64_t n);                        // [0, n), n > 0
    std::int64_t between(std::int64_t low, std::int64_t high); // [low, high]
    bool chance(double probability);
    double normal(); // mean 0, standard deviation 1
    double logNormal(double median, double sigma);
    double exponential(double mean);
    double pareto(double minimum, double shape);
    int poisson(double mean);

private:
    std::uint64_t m_state[4];
};

// Picks indices in proportion to non-negative weights.
class WeightedChoice {
public:
    WeightedChoice() = default;
    explicit WeightedChoice(const std::vector<double>& weights);

    std::size_t pick(SeededRandom& random) const;
    std::size_t size() const { return m_cumulative.size(); }

private:
    std::vector<double> m_cumulative;
};

} // namespace tessera::domain
