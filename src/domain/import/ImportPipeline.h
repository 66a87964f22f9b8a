#pragma once

// An import on two threads: a helper thread reads the file and prepares its
// rows (parsing, checking, resolving customer codes, encrypting personal
// data) while the calling thread, which owns the database connection, writes
// what it is handed. Items travel in batches through a short queue, so memory
// stays bounded, and each side stops at the other's first error. Progress the
// reader reports reaches the job from the calling thread.

#include "common/Result.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tessera::domain {

template <typename Item> class ImportPipeline {
public:
    static constexpr std::size_t kBatchItems = 1024;
    static constexpr std::size_t kQueuedBatches = 8;
    static constexpr std::chrono::milliseconds kProgressInterval{100};

    using Progress = std::function<void(int percent, const std::string& stage)>;

    // What the reading side hands its items and progress to.
    class Sink {
    public:
        // Fails once the writing side has failed, so the reader stops.
        Status put(Item item) {
            m_batch.push_back(std::move(item));
            if (m_batch.size() < kBatchItems)
                return {};
            return m_pipeline.push(std::move(m_batch));
        }
        void report(int percent, const std::string& stage) {
            std::lock_guard lock(m_pipeline.m_mutex);
            m_pipeline.m_percent = percent;
            m_pipeline.m_stage = stage;
        }

    private:
        friend class ImportPipeline;
        explicit Sink(ImportPipeline& pipeline) : m_pipeline(pipeline) {}
        Status finish() { return m_batch.empty() ? Status{} : m_pipeline.push(std::move(m_batch)); }

        ImportPipeline& m_pipeline;
        std::vector<Item> m_batch;
    };

    // Runs `read` on a helper thread and `write` here on each batch it
    // hands over, until both are done; returns the first error of either.
    static Status run(const std::function<Status(Sink&)>& read,
                      const std::function<Status(std::vector<Item>&)>& write,
                      const Progress& progress) {
        ImportPipeline pipeline;
        std::thread reader([&] {
            Sink sink(pipeline);
            Status status = read(sink);
            if (status)
                status = sink.finish();
            std::lock_guard lock(pipeline.m_mutex);
            pipeline.m_readStatus = std::move(status);
            pipeline.m_readDone = true;
            pipeline.m_changed.notify_all();
        });
        Status written = pipeline.drain(write, progress);
        reader.join();
        if (!written)
            return written; // the reader stopped because of it
        return pipeline.m_readStatus;
    }

private:
    ImportPipeline() = default;

    Status push(std::vector<Item> batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < kQueuedBatches || m_writeFailed; });
        if (m_writeFailed)
            return makeError(ErrorCode::Cancelled, "the import stopped while writing");
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return {};
    }

    Status drain(const std::function<Status(std::vector<Item>&)>& write, const Progress& progress) {
        int reportedPercent = -1;
        for (;;) {
            std::vector<Item> batch;
            int percent = 0;
            std::string stage;
            {
                std::unique_lock lock(m_mutex);
                // Wakes now and then even without a batch, so the reader's
                // progress shows while it has nothing to hand over.
                m_changed.wait_for(lock, kProgressInterval,
                                   [&] { return !m_queue.empty() || m_readDone; });
                percent = m_percent;
                stage = m_stage;
                if (m_readDone && (m_queue.empty() || !m_readStatus))
                    return {}; // all written, or the reader failed: run() reports it
                if (!m_queue.empty()) {
                    batch = std::move(m_queue.front());
                    m_queue.pop_front();
                    m_changed.notify_all();
                }
            }
            if (percent != reportedPercent && !stage.empty()) {
                progress(percent, stage);
                reportedPercent = percent;
            }
            if (batch.empty())
                continue;
            if (Status written = write(batch); !written) {
                std::lock_guard lock(m_mutex);
                m_writeFailed = true;
                m_changed.notify_all();
                return written;
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_queue;
    bool m_readDone = false;
    bool m_writeFailed = false;
    Status m_readStatus;
    int m_percent = 0;
    std::string m_stage;
};

} // namespace tessera::domain
