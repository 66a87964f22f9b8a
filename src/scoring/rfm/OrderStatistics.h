#pragma once

// The values at a few ranks of a population, without sorting it: repeated
// nth_element from the highest rank down, each search confined to the part
// below the previous rank. O(n) per rank instead of O(n log n) for a sort.
// Quintile scores and tier shares are both "beat the value at rank m" rules.

#include <Eigen/Core>
#include <algorithm>
#include <vector>

namespace tessera::scoring {

enum class RankOrder { Ascending, Descending };

// ranks: 0-based, ascending, each < values.size(). Returns the value found at
// each rank when the values are put in the given order. No NaN in values.
inline std::vector<double> valuesAtRanks(const Eigen::VectorXd& values,
                                         const std::vector<std::size_t>& ranks, RankOrder order) {
    std::vector<double> buffer(values.data(), values.data() + values.size());
    const bool ascending = order == RankOrder::Ascending;
    const auto before = [ascending](double a, double b) { return ascending ? a < b : a > b; };
    std::vector<double> found(ranks.size());
    auto end = buffer.end();
    for (std::size_t i = ranks.size(); i-- > 0;) {
        const auto nth = buffer.begin() + static_cast<std::ptrdiff_t>(ranks[i]);
        if (nth < end) // equal when two ranks coincide
            std::nth_element(buffer.begin(), nth, end, before);
        found[i] = *nth;
        end = nth;
    }
    return found;
}

} // namespace tessera::scoring
