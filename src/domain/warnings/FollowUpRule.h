#pragma once

// Overdue follow-up: a follow-up whose due day has passed and that is not
// done. Its note is free text, so callers who see masked data do not get it.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "storage/warnings/WarningRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class FollowUpRule {
    Q_DECLARE_TR_FUNCTIONS(FollowUpRule)

public:
    static Result<std::vector<Warning>> evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& inputs);
};

} // namespace tessera::domain
