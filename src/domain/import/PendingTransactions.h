#pragma once

// The rows of a transactions import, buffered compactly and handed to the
// writer in (customer, day) order, so the clustered table grows at its end
// instead of splitting pages everywhere. Rows go into buckets by customer id
// range as they are read; once reading ends, a helper thread sorts the
// buckets one after the other while the caller writes the ones already
// sorted, so sorting ten million rows costs almost no extra time.

#include "common/Result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct PendingTransaction {
    std::int64_t customerId;
    std::int64_t amountCents;
    std::int64_t quantity;
    std::int32_t day;
    std::int32_t reference; // index into the references, -1 when none
};

class PendingTransactions {
public:
    // Customer ids below `idLimit` spread over the buckets; larger ones (new
    // customers) go to the last.
    explicit PendingTransactions(std::int64_t idLimit);

    void add(std::int64_t customerId, std::int32_t day, std::int64_t amountCents,
             std::int64_t quantity, std::string_view reference);
    std::size_t size() const { return m_size; }

    // Visits every row in (customer, day) order, rows with the same customer
    // and day in the order they were added. A visitor's error stops the walk.
    using Visitor = std::function<Status(const PendingTransaction&, std::optional<std::string>)>;
    Status visitInOrder(const Visitor& visit);

private:
    static constexpr std::size_t kBuckets = 64;
    std::size_t bucketOf(std::int64_t customerId) const;

    std::int64_t m_idLimit;
    std::vector<std::vector<PendingTransaction>> m_buckets;
    std::vector<std::string> m_references;
    std::size_t m_size = 0;
};

} // namespace tessera::domain
