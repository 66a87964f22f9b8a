#pragma once

// Writes demo batches through the bulk writers of the storage layer. The
// caller owns the surrounding transaction.

#include "demo/DemoBatch.h"
#include "demo/DemoGenerator.h"
#include "storage/activity/ActivityWriters.h"
#include "storage/customers/CustomerBulkWriter.h"
#include "storage/customers/CustomerRepository.h"

namespace tessera::domain {

class DemoWriter {
public:
    static Result<DemoWriter> create(Workspace& workspace);

    // Assigns the transaction and survey response ids and writes every row;
    // the batch's customers must be sealed (sealDemoCustomers).
    Status write(DemoBatch& batch);
    // Writes what the bulk writers still buffer; call before committing.
    Status finish();
    // Rows written so far (users are not counted here).
    const DemoSummary& written() const { return m_written; }

private:
    DemoWriter(Workspace& ws, storage::CustomerBulkWriter customers,
               storage::TransactionWriter transactions, storage::InteractionWriter interactions,
               storage::SurveyWriter surveys, storage::TicketWriter tickets,
               std::int64_t nextSurveyId)
        : m_ws(&ws), m_customers(std::move(customers)), m_transactions(std::move(transactions)),
          m_interactions(std::move(interactions)), m_surveys(std::move(surveys)),
          m_tickets(std::move(tickets)), m_nextSurveyId(nextSurveyId) {}

    Status writeTransactions(std::vector<storage::TransactionRecord>& transactions);

    Workspace* m_ws;
    storage::CustomerBulkWriter m_customers;
    storage::TransactionWriter m_transactions;
    storage::InteractionWriter m_interactions;
    storage::SurveyWriter m_surveys;
    storage::TicketWriter m_tickets;
    std::int64_t m_nextSurveyId;
    DemoSummary m_written;
};

} // namespace tessera::domain
