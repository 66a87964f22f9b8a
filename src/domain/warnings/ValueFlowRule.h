#pragma once

// Value-flow warning: between the two newest scoring runs, a demotion by the
// profile's number of tiers (default 1) or an RFMS fall of at least its points
// (default 15).

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class ValueFlowRule {
    Q_DECLARE_TR_FUNCTIONS(ValueFlowRule)

public:
    static Result<std::vector<Warning>> evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& inputs);
};

} // namespace tessera::domain
