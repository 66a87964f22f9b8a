#pragma once

// Over-contact warning: more outbound contacts than the profile allows
// (default 3) in the window ending on the as-of day (default 7 days).

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class OverContactRule {
    Q_DECLARE_TR_FUNCTIONS(OverContactRule)

public:
    static Result<std::vector<Warning>> evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& inputs);
};

} // namespace tessera::domain
