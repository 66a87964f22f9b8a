#pragma once

// Team mode: a PostgreSQL server stops one of two transactions that deadlock,
// or that would break serialisability, with an error that only means "run it
// again" (ErrorCode::Transient). A use case that writes runs itself through
// retryTransient(): it starts again from the beginning, after a short pause
// that grows, and the user sees the error only if the server keeps refusing.
// A file never reports Transient: SQLite has one writer at a time.

#include "common/Result.h"
#include "domain/workspace/Log.h"

#include <chrono>
#include <thread>

namespace tessera::domain {

inline constexpr int kTransientAttempts = 6;

template <typename Attempt> auto retryTransient(Attempt&& attempt) -> decltype(attempt()) {
    for (int tried = 1;; ++tried) {
        auto result = attempt();
        if (result || result.error().code != ErrorCode::Transient || tried == kTransientAttempts)
            return result;
        log::logger().info("transient server conflict: attempt {} of {}", tried + 1,
                           kTransientAttempts);
        std::this_thread::sleep_for(std::chrono::milliseconds(10 * tried * tried));
    }
}

} // namespace tessera::domain
