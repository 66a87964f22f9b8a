#pragma once

// The demo's present day. The generated history ends on a fixed day (so the
// same N always gives the same data); the account manager's day, though, is
// about today. This adds, relative to today and through the same use cases
// a user would call, what My Day, the Tickets tab and every warning need to
// show something: follow-ups overdue, due today and coming; open tickets at
// each escalation level, some late and escalated; a customer contacted too
// often this week; customers who withdrew a channel or unsubscribed. Then it
// brings every customer's lifecycle, loyalty and health up to date.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <cstdint>

namespace tessera::domain {

struct DemoTodaySummary {
    std::int64_t followUps = 0;
    std::int64_t tickets = 0;
    std::int64_t interactions = 0;
    std::int64_t consentChanges = 0;
};

class DemoToday {
    Q_DECLARE_TR_FUNCTIONS(DemoToday)

public:
    // `ws` is signed in as an administrator; the demo users and customers exist.
    static Result<DemoTodaySummary> add(Workspace& ws, std::uint64_t seed,
                                        const JobControl& job = {});
};

} // namespace tessera::domain
