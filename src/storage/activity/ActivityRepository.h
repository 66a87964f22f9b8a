#pragma once

// Reads one customer's activity for the customer 360 view, newest first.

#include "common/Result.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/sqlite/Database.h"
#include "storage/security/FieldCipher.h"

#include <vector>

namespace tessera::storage {

class ActivityRepository {
public:
    ActivityRepository(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    Result<std::vector<TransactionRecord>> transactionsOf(std::int64_t customerId, int limit);
    Result<std::vector<InteractionRecord>> interactionsOf(std::int64_t customerId, int limit);
    Result<std::vector<SurveyResponseRecord>> surveysOf(std::int64_t customerId, int limit);
    Result<std::vector<TicketRecord>> ticketsOf(std::int64_t customerId, int limit);
    Result<std::int64_t> transactionCount(std::int64_t customerId);

private:
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
