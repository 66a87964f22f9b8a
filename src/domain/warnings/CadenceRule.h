#pragma once

// Contact cadence warning: key customers (Diamond and Platinum by default,
// by their tier in the newest run) are due an outbound contact every 30 days,
// the others every 90; a customer past that is overdue.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class CadenceRule {
    Q_DECLARE_TR_FUNCTIONS(CadenceRule)

public:
    static Result<std::vector<Warning>> evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& inputs);
};

} // namespace tessera::domain
