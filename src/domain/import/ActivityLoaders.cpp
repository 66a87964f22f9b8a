// Loading interactions, surveys and tickets: their rows are written as the
// file is read, so a customer they create is written at once.

#include "domain/import/ImportLoading.h"
#include "domain/import/ImportRowParsers.h"
#include "domain/import/TicketRowParser.h"
#include "storage/activity/ActivityWriters.h"
#include "storage/customers/CustomerBulkWriter.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/tickets/TicketRepository.h"

#include <optional>

namespace tessera::domain {
namespace {

// Finds customers by code, creating the missing ones when asked to. Rows of
// interactions and surveys are written as the file is read, so a customer
// they need is written at once (its search entry and any index rebuild wait
// for finish()).
class CustomerResolver {
public:
    static Result<CustomerResolver> create(Workspace& ws, bool createMissing) {
        storage::CustomerRepository customers(ws.db(), ws.cipher());
        auto index = customers.codeIndex();
        if (!index)
            return index.error();
        std::optional<storage::CustomerBulkWriter> writer;
        if (createMissing) {
            auto created = storage::CustomerBulkWriter::create(ws.db(), ws.cipher());
            if (!created)
                return created.error();
            writer.emplace(std::move(*created));
        }
        return CustomerResolver(ws, std::move(*index), std::move(writer));
    }

    // The customer's id, or nullopt when it is unknown and may not be created.
    Result<std::optional<std::int64_t>> resolve(std::string_view code) {
        if (auto id = m_index.find(code))
            return id;
        if (!m_writer)
            return std::optional<std::int64_t>{};
        auto id = m_writer->add(newCustomerNamedByCode(code, m_ws->nowMs()));
        if (!id)
            return id.error();
        TESSERA_TRY(m_writer->flush());
        m_index.insert(code, *id);
        return std::optional<std::int64_t>(*id);
    }

    // Writes the customers still queued and rebuilds the customer indexes.
    Status finish() { return m_writer ? m_writer->finish() : Status{}; }
    std::int64_t created() const { return m_writer ? m_writer->added() : 0; }

private:
    CustomerResolver(Workspace& ws, storage::CustomerCodeIndex index,
                     std::optional<storage::CustomerBulkWriter> writer)
        : m_ws(&ws), m_index(std::move(index)), m_writer(std::move(writer)) {}

    Workspace* m_ws;
    storage::CustomerCodeIndex m_index;
    std::optional<storage::CustomerBulkWriter> m_writer;
};

// Sets `id` to the touchpoint `name` names (leaves it when `name` is empty);
// returns why the row is rejected when no touchpoint has that name.
std::string findTouchpoint(const std::unordered_map<std::string, std::int64_t>& byName,
                           const std::string& name, std::optional<std::int64_t>& id) {
    if (name.empty())
        return {};
    auto t = byName.find(lowered(name));
    if (t == byName.end())
        return ImportService::tr("Unknown touchpoint '%1'; add it to the journey first.")
            .arg(QString::fromStdString(name))
            .toStdString();
    id = t->second;
    return {};
}

} // namespace

Status loadInteractions(LoadContext& ctx) {
    ImportRowParser parser(ImportKind::Interactions, ctx.mapping, ctx.ws.calendar());
    auto resolver = CustomerResolver::create(ctx.ws, ctx.request.createCustomers);
    if (!resolver)
        return resolver.error();
    auto touchpoints = touchpointsByName(ctx.ws.db());
    if (!touchpoints)
        return touchpoints.error();
    auto users = usersByName(ctx.ws.db());
    if (!users)
        return users.error();
    auto writer = storage::makeInteractionWriter(ctx.ws.db(), ctx.ws.cipher());
    if (!writer)
        return writer.error();
    ParsedInteraction parsed;
    TESSERA_TRY(ctx.eachRow(0, 99, [&](const SourceRow& row) -> Status {
        if (std::string problem = parser.parse(row, parsed); !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        auto customer = resolver->resolve(parsed.customerCode);
        if (!customer)
            return customer.error();
        if (!*customer)
            return ctx.rejects.reject(row, unknownCustomer(parsed.customerCode));
        parsed.record.customerId = **customer;
        if (std::string problem =
                findTouchpoint(*touchpoints, parsed.touchpointName, parsed.record.touchpointId);
            !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        if (!parsed.username.empty()) {
            auto u = users->find(lowered(parsed.username));
            if (u == users->end())
                return ctx.rejects.reject(row, ImportService::tr("Unknown user name '%1'.")
                                                   .arg(QString::fromStdString(parsed.username))
                                                   .toStdString());
            parsed.record.userId = u->second.id;
        }
        parsed.record.importId = ctx.importId;
        ++ctx.report.rowsLoaded;
        return writer->add(parsed.record);
    }));
    ctx.report.customersCreated = resolver->created();
    TESSERA_TRY(writer->flush());
    return resolver->finish();
}

Status loadTickets(LoadContext& ctx) {
    TicketRowParser parser(ctx.mapping, ctx.ws.calendar(), ctx.ws.nowMs());
    auto resolver = CustomerResolver::create(ctx.ws, ctx.request.createCustomers);
    if (!resolver)
        return resolver.error();
    auto users = usersByName(ctx.ws.db());
    if (!users)
        return users.error();
    auto touchpoints = touchpointsByName(ctx.ws.db());
    if (!touchpoints)
        return touchpoints.error();
    storage::TicketRepository tickets(ctx.ws.db(), ctx.ws.cipher());
    ParsedTicket parsed;
    TESSERA_TRY(ctx.eachRow(0, 99, [&](const SourceRow& row) -> Status {
        if (std::string problem = parser.parse(row, parsed); !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        auto customer = resolver->resolve(parsed.customerCode);
        if (!customer)
            return customer.error();
        if (!*customer)
            return ctx.rejects.reject(row, unknownCustomer(parsed.customerCode));
        parsed.record.customerId = **customer;
        if (std::string problem =
                findTouchpoint(*touchpoints, parsed.touchpointName, parsed.record.touchpointId);
            !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        if (!parsed.assignee.empty()) {
            auto u = users->find(lowered(parsed.assignee));
            if (u == users->end())
                return ctx.rejects.reject(row, ImportService::tr("Unknown user name '%1'.")
                                                   .arg(QString::fromStdString(parsed.assignee))
                                                   .toStdString());
            parsed.record.assigneeId = u->second.id;
        }
        ++ctx.report.rowsLoaded;
        auto id =
            tickets.insert(parsed.record, std::nullopt, ctx.ws.session().userId, ctx.importId);
        if (!id)
            return id.error();
        return {};
    }));
    ctx.report.customersCreated = resolver->created();
    return resolver->finish();
}

Status loadSurveys(LoadContext& ctx) {
    ImportRowParser parser(ImportKind::Surveys, ctx.mapping, ctx.ws.calendar());
    auto resolver = CustomerResolver::create(ctx.ws, ctx.request.createCustomers);
    if (!resolver)
        return resolver.error();
    auto touchpoints = touchpointsByName(ctx.ws.db());
    if (!touchpoints)
        return touchpoints.error();
    auto writer = storage::SurveyWriter::create(ctx.ws.db(), ctx.ws.cipher());
    if (!writer)
        return writer.error();
    auto nextId = storage::nextRowId(ctx.ws.db(), "survey_responses");
    if (!nextId)
        return nextId.error();
    std::int64_t id = *nextId;
    ParsedSurvey parsed;
    TESSERA_TRY(ctx.eachRow(0, 99, [&](const SourceRow& row) -> Status {
        if (std::string problem = parser.parse(row, parsed); !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        auto customer = resolver->resolve(parsed.customerCode);
        if (!customer)
            return customer.error();
        if (!*customer)
            return ctx.rejects.reject(row, unknownCustomer(parsed.customerCode));
        if (std::string problem =
                findTouchpoint(*touchpoints, parsed.touchpointName, parsed.record.touchpointId);
            !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        parsed.record.id = id++;
        parsed.record.customerId = **customer;
        parsed.record.importId = ctx.importId;
        ++ctx.report.rowsLoaded;
        return writer->add(parsed.record);
    }));
    ctx.report.customersCreated = resolver->created();
    TESSERA_TRY(writer->flush());
    return resolver->finish();
}

} // namespace tessera::domain
