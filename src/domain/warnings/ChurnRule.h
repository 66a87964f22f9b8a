#pragma once

// Churn warning: no purchase and no interaction for the profile's number of
// days (default 90). It applies from the day that many days have passed.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class ChurnRule {
    Q_DECLARE_TR_FUNCTIONS(ChurnRule)

public:
    static Result<std::vector<Warning>> evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& inputs);
};

} // namespace tessera::domain
