#pragma once

// A rule's scan over every customer, split over two connections and threads
// when the inputs carry a second connection in the same read snapshot: the
// lower half of the customer ids on the caller's connection, the upper half
// on the second. The halves are joined in id order, as one scan gives them.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <future>
#include <iterator>
#include <limits>
#include <vector>

namespace tessera::domain {

// `scan(repository, inputs)` finds the warnings among the customers the
// repository looks at.
template <typename Scan>
Result<std::vector<Warning>> splitScan(storage::WarningRepository& repository,
                                       const WarningInputs& in, Scan scan) {
    if (!in.secondReader)
        return scan(repository, in);
    auto last = repository.lastCustomerId();
    if (!last)
        return last.error();
    const std::int64_t middle = *last / 2;
    storage::WarningRepository lower =
        repository.withIds(std::numeric_limits<std::int64_t>::min(), middle);
    storage::WarningRepository upper =
        storage::WarningRepository(*in.secondReader)
            .withIds(middle + 1, std::numeric_limits<std::int64_t>::max());
    const WarningInputs upperInputs = in; // its own copy of the calendar for the other thread
    auto upperFound = std::async(std::launch::async, [&] { return scan(upper, upperInputs); });
    auto found = scan(lower, in);
    auto upperDone = upperFound.get();
    if (!found)
        return found.error();
    if (!upperDone)
        return upperDone.error();
    found->insert(found->end(), std::make_move_iterator(upperDone->begin()),
                  std::make_move_iterator(upperDone->end()));
    return found;
}

} // namespace tessera::domain
