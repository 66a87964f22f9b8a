#pragma once

// Follow-ups (product.md capability 8): a promise to contact a customer by a
// day. Set one up (due day, note, who), complete it, move it. Overdue ones
// are warnings (FollowUpRule); the contact cadence (monthly for key
// customers, quarterly for the others) proposes the customers due one.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/workspace/Workspace.h"
#include "storage/activity/FollowUpRepository.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct FollowUpDraft {
    std::int64_t customerId = 0;
    std::int32_t dueDay = 0;
    std::string note;
    std::optional<std::int64_t> assigneeId; // default: the customer's account manager
};

class FollowUpService {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)

public:
    explicit FollowUpService(Workspace& workspace) : m_ws(workspace) {}

    Result<std::int64_t> add(const FollowUpDraft& draft);
    Status complete(std::int64_t id);
    Status reschedule(std::int64_t id, std::int32_t dueDay);
    Result<storage::FollowUpRow> find(std::int64_t id);
    // Open follow-ups of the visible customers (or assigned to the caller's
    // team), by due day; `dueBy` keeps those due on or before that day.
    Result<std::vector<storage::FollowUpRow>> list(std::optional<std::int32_t> dueBy = {},
                                                   std::optional<std::int64_t> customerId = {});
    // Customers past their contact cadence today: each a follow-up to plan.
    Result<std::vector<Warning>> proposals();

private:
    Result<storage::FollowUpRow> loadForChange(std::int64_t id);

    Workspace& m_ws;
};

} // namespace tessera::domain
