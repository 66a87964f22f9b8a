#pragma once

// Contact cadence warning: key customers (Diamond and Platinum by default,
// by their tier in the newest run) are due an outbound contact every 30 days,
// the others every 90; a customer past that is overdue.

#include "common/Result.h"
#include "domain/Warning.h"
#include "domain/WarningInputs.h"
#include "storage/WarningRepository.h"

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
