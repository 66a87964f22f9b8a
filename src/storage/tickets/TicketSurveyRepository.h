#pragma once

// The satisfaction check after a ticket is closed: a survey response tied to it.

#include "common/Result.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

namespace tessera::storage {

class TicketSurveyRepository {
public:
    TicketSurveyRepository(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    Result<std::int64_t> insert(const SurveyResponseRecord& response, std::int64_t ticketId);

private:
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
