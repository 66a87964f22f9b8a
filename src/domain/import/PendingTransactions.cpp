#include "domain/import/PendingTransactions.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace tessera::domain {
namespace {

bool byCustomerAndDay(const PendingTransaction& a, const PendingTransaction& b) {
    return a.customerId != b.customerId ? a.customerId < b.customerId : a.day < b.day;
}

// How many buckets the sorting thread has finished, for the writer to wait on.
class SortProgress {
public:
    void finished(std::size_t bucket) {
        {
            std::lock_guard lock(m_mutex);
            m_sorted = bucket + 1;
        }
        m_changed.notify_one();
    }
    void waitFor(std::size_t bucket) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_sorted > bucket; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_sorted = 0;
};

} // namespace

PendingTransactions::PendingTransactions(std::int64_t idLimit)
    : m_bucketWidth(std::max(kMinBucketWidth, (idLimit + kBuckets - 1) / kBuckets)) {}

void PendingTransactions::add(std::int64_t customerId, std::int32_t day, std::int64_t amountCents,
                              std::int64_t quantity, std::string_view reference) {
    std::int32_t referenceIndex = -1;
    if (!reference.empty()) {
        referenceIndex = static_cast<std::int32_t>(m_references.size());
        m_references.emplace_back(reference);
    }
    const auto bucket =
        static_cast<std::size_t>(std::max<std::int64_t>(customerId, 0) / m_bucketWidth);
    if (bucket >= m_buckets.size())
        m_buckets.resize(bucket + 1);
    m_buckets[bucket].push_back({customerId, amountCents, quantity, day, referenceIndex});
    ++m_size;
}

Status PendingTransactions::visitInOrder(const Visitor& visit) {
    SortProgress progress;
    std::thread sorter([&] {
        for (std::size_t b = 0; b < m_buckets.size(); ++b) {
            auto& bucket = m_buckets[b];
            if (!std::is_sorted(bucket.begin(), bucket.end(), byCustomerAndDay))
                std::stable_sort(bucket.begin(), bucket.end(), byCustomerAndDay);
            progress.finished(b);
        }
    });
    Status result;
    for (std::size_t b = 0; b < m_buckets.size() && result; ++b) {
        progress.waitFor(b);
        for (const PendingTransaction& row : m_buckets[b]) {
            std::optional<std::string> reference;
            if (row.reference >= 0)
                reference = std::move(m_references[static_cast<std::size_t>(row.reference)]);
            result = visit(row, std::move(reference));
            if (!result)
                break;
        }
    }
    sorter.join();
    return result;
}

} // namespace tessera::domain
