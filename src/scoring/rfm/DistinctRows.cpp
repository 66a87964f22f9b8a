#include "scoring/rfm/DistinctRows.h"

#include <algorithm>
#include <numeric>

namespace tessera::scoring {

DistinctRows distinctRows(const std::vector<const Eigen::VectorXd*>& columns) {
    DistinctRows result;
    const Eigen::Index n = columns.empty() ? 0 : columns.front()->size();
    const auto width = static_cast<Eigen::Index>(columns.size());
    const auto less = [&](std::int32_t i, std::int32_t j) {
        for (const Eigen::VectorXd* column : columns)
            if ((*column)[i] != (*column)[j])
                return (*column)[i] < (*column)[j];
        return false;
    };
    const auto equal = [&](std::int32_t i, std::int32_t j) { return !less(i, j) && !less(j, i); };

    std::vector<std::int32_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), less);

    std::vector<std::int32_t> firstOfGroup;
    std::vector<double> counts;
    result.rowOf.resize(static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k == 0 || !equal(order[k - 1], order[k])) {
            firstOfGroup.push_back(order[k]);
            counts.push_back(0.0);
        }
        counts.back() += 1.0;
        result.rowOf[static_cast<std::size_t>(order[k])] =
            static_cast<std::int32_t>(firstOfGroup.size() - 1);
    }
    const auto distinct = static_cast<Eigen::Index>(firstOfGroup.size());
    result.rows.resize(distinct, width);
    result.count = Eigen::Map<const Eigen::VectorXd>(counts.data(), distinct);
    for (Eigen::Index r = 0; r < distinct; ++r)
        for (Eigen::Index d = 0; d < width; ++d)
            result.rows(r, d) =
                (*columns[static_cast<std::size_t>(d)])[firstOfGroup[static_cast<std::size_t>(r)]];
    return result;
}

DistinctValues distinctValues(const Eigen::VectorXd& column) {
    DistinctRows rows = distinctRows({&column});
    return DistinctValues{rows.rows.col(0), std::move(rows.rowOf)};
}

} // namespace tessera::scoring
