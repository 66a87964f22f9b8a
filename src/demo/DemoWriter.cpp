#include "demo/DemoWriter.h"

#include "storage/admin/SettingsRepository.h"

namespace tessera::domain {

Result<DemoWriter> DemoWriter::create(Workspace& ws) {
    // The import's bulk writer: fifty customers to an INSERT, their search
    // entries and search keys written in bulk (the keys in key order) at the end.
    auto customers = storage::CustomerBulkWriter::create(ws.db(), ws.cipher());
    if (!customers)
        return customers.error();
    auto transactions = storage::makeTransactionWriter(ws.db());
    if (!transactions)
        return transactions.error();
    auto interactions = storage::makeInteractionWriter(ws.db(), ws.cipher());
    if (!interactions)
        return interactions.error();
    auto surveys = storage::SurveyWriter::create(ws.db(), ws.cipher());
    if (!surveys)
        return surveys.error();
    auto tickets = storage::makeTicketWriter(ws.db(), ws.cipher());
    if (!tickets)
        return tickets.error();
    auto nextSurveyId = storage::nextRowId(ws.db(), "survey_responses");
    if (!nextSurveyId)
        return nextSurveyId.error();
    return DemoWriter(ws, std::move(*customers), std::move(*transactions), std::move(*interactions),
                      std::move(*surveys), std::move(*tickets), *nextSurveyId);
}

Status DemoWriter::writeTransactions(std::vector<storage::TransactionRecord>& transactions) {
    // The batch is in (customer, day) order, so the clustered table grows at its end.
    auto firstId =
        storage::SettingsRepository(m_ws->db())
            .reserveIds("next_transaction_id", static_cast<std::int64_t>(transactions.size()));
    if (!firstId)
        return firstId.error();
    std::int64_t id = *firstId;
    for (storage::TransactionRecord& t : transactions) {
        t.id = id++;
        TESSERA_TRY(m_transactions.add(std::move(t)));
    }
    m_written.transactions += static_cast<std::int64_t>(transactions.size());
    return {};
}

Status DemoWriter::write(DemoBatch& batch) {
    if (!batch.customers.empty())
        return makeError(ErrorCode::Internal, "demo customers written before they were sealed");
    for (storage::SealedCustomer& customer : batch.sealed) {
        const std::int64_t expected = customer.record.id; // the activity rows refer to it
        auto id = m_customers.add(std::move(customer));
        if (!id)
            return id.error();
        if (*id != expected)
            return makeError(ErrorCode::Internal, "demo customer id " + std::to_string(*id) +
                                                      " written for " + std::to_string(expected));
    }
    TESSERA_TRY(m_customers.flush()); // the customers' rows before the rows that refer to them
    m_written.customers += static_cast<std::int64_t>(batch.sealed.size());
    TESSERA_TRY(writeTransactions(batch.transactions));
    for (storage::InteractionRecord& interaction : batch.interactions)
        TESSERA_TRY(m_interactions.add(std::move(interaction)));
    m_written.interactions += static_cast<std::int64_t>(batch.interactions.size());
    for (storage::SurveyResponseRecord& response : batch.surveys) {
        response.id = m_nextSurveyId++;
        TESSERA_TRY(m_surveys.add(response));
    }
    m_written.surveys += static_cast<std::int64_t>(batch.surveys.size());
    for (storage::TicketRecord& ticket : batch.tickets)
        TESSERA_TRY(m_tickets.add(std::move(ticket)));
    m_written.tickets += static_cast<std::int64_t>(batch.tickets.size());
    return {};
}

Status DemoWriter::finish() {
    TESSERA_TRY(m_customers.finish());
    TESSERA_TRY(m_transactions.flush());
    TESSERA_TRY(m_interactions.flush());
    TESSERA_TRY(m_tickets.flush());
    return m_surveys.flush();
}

} // namespace tessera::domain
