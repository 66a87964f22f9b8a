#pragma once

// Ticket warnings (docs/scoring.md, "Service levels"): a ticket unresolved
// at the as-of instant whose first response is late (no response within the
// profile's 24 h), or whose resolution is late (not resolved within 72 h).
// The warning begins on the day the target passed.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class TicketLateRule {
    Q_DECLARE_TR_FUNCTIONS(TicketLateRule)

public:
    static Result<std::vector<Warning>> firstResponse(storage::WarningRepository& repository,
                                                      const WarningInputs& inputs);
    static Result<std::vector<Warning>> resolution(storage::WarningRepository& repository,
                                                   const WarningInputs& inputs);
};

// Health warning: a customer's health score under the profile's threshold (40).
class HealthRule {
    Q_DECLARE_TR_FUNCTIONS(HealthRule)

public:
    static Result<std::vector<Warning>> evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& inputs);
};

} // namespace tessera::domain
