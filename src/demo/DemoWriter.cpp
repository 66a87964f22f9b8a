#include "demo/DemoWriter.h"

#include "storage/admin/SettingsRepository.h"

namespace tessera::domain {

Result<DemoWriter> DemoWriter::create(Workspace& ws) {
    auto customers = storage::CustomerWriter::create(ws.db(), ws.cipher());
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
    auto nextSurveyId = storage::nextRowId(ws.db(), "survey_responses");
    if (!nextSurveyId)
        return nextSurveyId.error();
    return DemoWriter(ws, std::move(*customers), std::move(*transactions), std::move(*interactions),
                      std::move(*surveys), *nextSurveyId);
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
    for (const storage::CustomerRecord& customer : batch.customers) {
        auto id = m_customers.insert(customer);
        if (!id)
            return id.error();
    }
    m_written.customers += static_cast<std::int64_t>(batch.customers.size());
    TESSERA_TRY(writeTransactions(batch.transactions));
    for (storage::InteractionRecord& interaction : batch.interactions)
        TESSERA_TRY(m_interactions.add(std::move(interaction)));
    m_written.interactions += static_cast<std::int64_t>(batch.interactions.size());
    for (storage::SurveyResponseRecord& response : batch.surveys) {
        response.id = m_nextSurveyId++;
        TESSERA_TRY(m_surveys.add(response));
    }
    m_written.surveys += static_cast<std::int64_t>(batch.surveys.size());
    for (const storage::TicketRecord& ticket : batch.tickets) {
        auto id = storage::insertTicket(m_ws->db(), m_ws->cipher(), ticket);
        if (!id)
            return id.error();
    }
    m_written.tickets += static_cast<std::int64_t>(batch.tickets.size());
    return {};
}

Status DemoWriter::finish() {
    TESSERA_TRY(m_transactions.flush());
    TESSERA_TRY(m_interactions.flush());
    return m_surveys.flush();
}

} // namespace tessera::domain
