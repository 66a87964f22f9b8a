#include "demo/SeededRandom.h"

#include <algorithm>
#include <cmath>

namespace tessera::domain {
namespace {

std::uint64_t splitMix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

SeededRandom::SeededRandom(std::uint64_t seed) {
    for (std::uint64_t& word : m_state)
        word = splitMix(seed);
}

std::uint64_t SeededRandom::streamSeed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t state = seed ^ rotateLeft(stream * 0xD1B54A32D192ED03ULL, 17);
    splitMix(state);
    return splitMix(state);
}

std::uint64_t SeededRandom::next() {
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double SeededRandom::uniform() {
    // The top 53 bits make an exactly representable double in [0, 1).
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::int64_t SeededRandom::below(std::int64_t n) {
    // Scaling a 53-bit uniform is unbiased enough for the small ranges used here.
    return std::min(n - 1, static_cast<std::int64_t>(uniform() * static_cast<double>(n)));
}

std::int64_t SeededRandom::between(std::int64_t low, std::int64_t high) {
    return low + below(high - low + 1);
}

bool SeededRandom::chance(double probability) {
    return uniform() < probability;
}

double SeededRandom::normal() {
    // Box-Muller from two uniforms; 1 - u keeps the logarithm finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    return radius * std::cos(2.0 * 3.14159265358979323846 * uniform());
}

double SeededRandom::logNormal(double median, double sigma) {
    return median * std::exp(sigma * normal());
}

double SeededRandom::exponential(double mean) {
    return -mean * std::log(1.0 - uniform());
}

double SeededRandom::pareto(double minimum, double shape) {
    return minimum / std::pow(1.0 - uniform(), 1.0 / shape);
}

int SeededRandom::poisson(double mean) {
    if (mean <= 0)
        return 0;
    if (mean > 30) // a normal approximation is close enough for large means
        return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * normal())));
    // Knuth's multiplication method: exact and fast for small means.
    const double limit = std::exp(-mean);
    int count = 0;
    for (double product = uniform(); product > limit; product *= uniform())
        ++count;
    return count;
}

WeightedChoice::WeightedChoice(const std::vector<double>& weights) {
    double total = 0;
    m_cumulative.reserve(weights.size());
    for (double weight : weights) {
        total += std::max(0.0, weight);
        m_cumulative.push_back(total);
    }
}

std::size_t WeightedChoice::pick(SeededRandom& random) const {
    const double target = random.uniform() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return std::min(static_cast<std::size_t>(it - m_cumulative.begin()), m_cumulative.size() - 1);
}

} // namespace tessera::domain
