#pragma once

// Bulk writers for the activity tables, shared by imports, the demo generator
// and single inserts from the user interface.

#include "common/Result.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/BatchInserter.h"

namespace tessera::storage {

using TransactionWriter = BatchInserter<TransactionRecord>;
using InteractionWriter = BatchInserter<InteractionRecord>;
// Tickets get their ids from SQLite, in the order they are added.
using TicketWriter = BatchInserter<TicketRecord>;

Result<TransactionWriter> makeTransactionWriter(Database& db);
Result<InteractionWriter> makeInteractionWriter(Database& db, const FieldCipher& cipher);
Result<TicketWriter> makeTicketWriter(Database& db, const FieldCipher& cipher);

// Survey responses go to two tables: the response and one row per answered item.
class SurveyWriter {
public:
    static Result<SurveyWriter> create(Database& db, const FieldCipher& cipher);
    // `response.id` must be set (see nextRowId).
    Status add(const SurveyResponseRecord& response);
    Status flush();

private:
    struct AnswerRow {
        std::int64_t responseId;
        SurveyAnswer answer;
    };
    SurveyWriter(BatchInserter<SurveyResponseRecord> responses, BatchInserter<AnswerRow> answers)
        : m_responses(std::move(responses)), m_answers(std::move(answers)) {}
    Status releaseAnswers();

    BatchInserter<SurveyResponseRecord> m_responses;
    BatchInserter<AnswerRow> m_answers;
    // Answers whose response is still buffered: the foreign key needs it written first.
    std::vector<AnswerRow> m_heldAnswers;
};

Result<std::int64_t> insertImport(Database& db, const ImportRecord& record);

// The next free id of `table` (max + 1), for writers that assign ids up
// front. On a team server the table's ids are then the caller's until its
// transaction ends: rows other sessions add meanwhile wait, and
// continueRowIds must follow the load.
Result<std::int64_t> nextRowId(Database& db, const std::string& table);
// After a load that assigned ids up front: on a team server the table's
// sequence goes on after its highest id (on a file there is nothing to do).
Status continueRowIds(Database& db, const std::string& table);

} // namespace tessera::storage

namespace tessera::storage {
// Records the final counts of an import started with insertImport.
Status updateImport(Database& db, const ImportRecord& record);
} // namespace tessera::storage
