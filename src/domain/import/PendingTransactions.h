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
    // Customer ids below `idLimit` (the customers there were) spread over
    // about 64 buckets; buckets of the same width are added for larger ids,
    // the customers an import creates, so their rows sort in pieces too.
    explicit PendingTransactions(std::int64_t idLimit);

    void add(std::int64_t customerId, std::int32_t day, std::int64_t amountCents,
             std::int64_t quantity, std::string_view reference);
    std::size_t size() const { return m_size; }

    // Visits every row in (customer, day) order, rows with the same customer
    // and day in the order they were added. A visitor's error stops the walk.
    using Visitor = std::function<Status(const PendingTransaction&, std::optional<std::string>)>;
    Status visitInOrder(const Visitor& visit);

private:
    static constexpr std::int64_t kBuckets = 64;
    static constexpr std::int64_t kMinBucketWidth = 4096;

    std::int64_t m_bucketWidth;
    std::vector<std::vector<PendingTransaction>> m_buckets;
    std::vector<std::string> m_references;
    std::size_t m_size = 0;
};

} // namespace tessera::domain
