#pragma once

// Progress reporting and cancellation for long jobs (import, scoring, export,
// demo data), shared by the GUI's background workers and the CLI.

#include "common/Result.h"

#include <atomic>
#include <functional>
#include <string>

namespace tessera::domain {

class JobControl {
public:
    // `percent` 0..100; `stage` a short translated description.
    using ProgressFn = std::function<void(int percent, const std::string& stage)>;

    JobControl() = default;
    JobControl(ProgressFn progress, const std::atomic_bool* cancel)
        : m_progress(std::move(progress)), m_cancel(cancel) {}

    void report(int percent, const std::string& stage) const {
        if (m_progress)
            m_progress(percent, stage);
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    Status checkCancelled() const;

private:
    ProgressFn m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace tessera::domain
