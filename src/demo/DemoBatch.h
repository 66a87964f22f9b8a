#pragma once

// A run of consecutive demo customers with all their records, generated
// together and written together. A customer's data depends only on the run's
// seed and the customer's number, so batches can be generated on another
// thread, in any order, and still give the same database.

#include "demo/DemoContext.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/customers/CustomerColumns.h"
#include "storage/customers/CustomerRecord.h"
#include "storage/security/FieldCipher.h"

#include <vector>

namespace tessera::domain {

struct DemoBatch {
    // In customer order; each customer's activity is in time order, and
    // transactions and survey responses still need their ids.
    std::vector<storage::CustomerRecord> customers;
    // The same customers encrypted (sealDemoCustomers), which empties `customers`.
    std::vector<storage::SealedCustomer> sealed;
    std::vector<storage::TransactionRecord> transactions;
    std::vector<storage::InteractionRecord> interactions;
    std::vector<storage::SurveyResponseRecord> surveys;
    std::vector<storage::TicketRecord> tickets;

    void clear();
};

// Generates customers number firstIndex .. firstIndex + count - 1 (0-based) of
// the run, with ids firstId, firstId + 1, ...
void generateDemoBatch(const DemoContext& context, std::int64_t firstIndex, std::int64_t count,
                       std::int64_t firstId, DemoBatch& batch);

// Encrypts the batch's customers, on the thread that generated them: the
// thread that writes is the one that limits a demo's speed.
void sealDemoCustomers(DemoBatch& batch, const storage::FieldCipher& cipher);

} // namespace tessera::domain
