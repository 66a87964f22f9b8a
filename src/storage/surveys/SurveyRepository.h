#pragma once

// Survey responses one at a time (entered by hand, or the satisfaction check
// after a ticket): the response, its answered items, and what it follows.
// Imports write in bulk through SurveyWriter instead.

#include "common/Result.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <optional>

namespace tessera::storage {

struct SurveyOrigin {
    std::optional<std::int64_t> ticketId; // the ticket the survey follows
    std::optional<std::int64_t> createdBy;
    std::optional<std::int64_t> createdAt; // ms
};

class SurveyRepository {
public:
    SurveyRepository(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    Result<std::int64_t> insert(const SurveyResponseRecord& response, const SurveyOrigin& origin);

private:
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
