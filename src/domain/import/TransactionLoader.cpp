// Loading a transactions file: a reading thread parses the rows, resolves
// customer codes (preparing the customers to create) and buffers the rows
// compactly; this thread writes the new customers as they come, then the
// rows in (customer, day) order.

#include "domain/import/ImportLoading.h"
#include "domain/import/ImportPipeline.h"
#include "domain/import/ImportRowParsers.h"
#include "domain/import/PendingTransactions.h"
#include "storage/activity/ActivityWriters.h"
#include "storage/admin/SettingsRepository.h"
#include "storage/customers/CustomerBulkWriter.h"
#include "storage/customers/CustomerRepository.h"

namespace tessera::domain {
namespace {

constexpr std::int64_t kProgressEveryRows = 1 << 16;

} // namespace

Status loadTransactions(LoadContext& ctx) {
    ImportRowParser parser(ImportKind::Transactions, ctx.mapping, ctx.ws.calendar());
    auto index = storage::CustomerRepository(ctx.ws.db(), ctx.ws.cipher()).codeIndex();
    if (!index)
        return index.error();
    std::optional<storage::CustomerBulkWriter> newCustomers;
    if (ctx.request.createCustomers) {
        auto writer = storage::CustomerBulkWriter::create(ctx.ws.db(), ctx.ws.cipher());
        if (!writer)
            return writer.error();
        newCustomers.emplace(std::move(*writer));
    }
    auto idLimit = storage::nextRowId(ctx.ws.db(), "customers");
    if (!idLimit)
        return idLimit.error();
    PendingTransactions pending(*idLimit);
    const std::int64_t now = ctx.ws.nowMs();

    // The reading thread resolves codes and prepares the customers to create,
    // with the ids they will get; this thread writes them.
    std::int64_t nextNewId = newCustomers ? newCustomers->nextId() : 0;
    const storage::FieldCipher& cipher = ctx.ws.cipher();
    using Pipeline = ImportPipeline<storage::SealedCustomer>;
    TESSERA_TRY(Pipeline::run(
        [&](Pipeline::Sink& sink) -> Status {
            ParsedTransaction parsed;
            const auto progress = [&](int percent, const std::string& stage) {
                sink.report(percent, stage);
            };
            return ctx.eachRow(
                0, 45,
                [&](const SourceRow& row) -> Status {
                    if (std::string problem = parser.parse(row, parsed); !problem.empty())
                        return ctx.rejects.reject(row, std::move(problem));
                    std::optional<std::int64_t> customer = index->find(parsed.customerCode);
                    if (!customer && newCustomers) {
                        customer = nextNewId++;
                        index->insert(parsed.customerCode, *customer);
                        storage::CustomerRecord created =
                            newCustomerNamedByCode(parsed.customerCode, now);
                        created.id = *customer;
                        TESSERA_TRY(sink.put(storage::sealCustomer(std::move(created), cipher)));
                    }
                    if (!customer)
                        return ctx.rejects.reject(row, unknownCustomer(parsed.customerCode));
                    pending.add(*customer, parsed.day, parsed.amountCents, parsed.quantity,
                                parsed.reference);
                    return {};
                },
                progress);
        },
        [&](std::vector<storage::SealedCustomer>& customers) -> Status {
            for (storage::SealedCustomer& customer : customers) {
                // The rows refer to the id the reader gave; with the foreign
                // key lookup off (BulkLoadMode) a mismatch must stop here.
                const std::int64_t expected = customer.record.id;
                auto id = newCustomers->add(std::move(customer));
                if (!id)
                    return id.error();
                if (*id != expected)
                    return makeError(ErrorCode::Internal,
                                     "customer ids out of step while importing; nothing was "
                                     "imported");
            }
            return {};
        },
        [&](int percent, const std::string& stage) { ctx.job.report(percent, stage); }));
    ctx.report.customersCreated = newCustomers ? newCustomers->added() : 0;
    TESSERA_TRY(ctx.job.checkCancelled());
    if (newCustomers)
        TESSERA_TRY(newCustomers->finish());

    storage::SettingsRepository settings(ctx.ws.db());
    auto firstId =
        settings.reserveIds("next_transaction_id", static_cast<std::int64_t>(pending.size()));
    if (!firstId)
        return firstId.error();
    auto writer = storage::makeTransactionWriter(ctx.ws.db());
    if (!writer)
        return writer.error();
    const std::string stage = ImportService::tr("Writing transactions").toStdString();
    std::int64_t id = *firstId;
    std::size_t written = 0;
    TESSERA_TRY(pending.visitInOrder(
        [&](const PendingTransaction& p, std::optional<std::string> reference) -> Status {
            storage::TransactionRecord record;
            record.customerId = p.customerId;
            record.day = p.day;
            record.id = id++;
            record.amountCents = p.amountCents;
            record.quantity = p.quantity;
            record.reference = std::move(reference);
            record.importId = ctx.importId;
            if (++written % kProgressEveryRows == 0) {
                TESSERA_TRY(ctx.job.checkCancelled());
                ctx.job.report(45 + static_cast<int>(54 * written / pending.size()), stage);
            }
            return writer->add(std::move(record));
        }));
    TESSERA_TRY(writer->flush());
    ctx.report.rowsLoaded = static_cast<std::int64_t>(pending.size());
    return {};
}

} // namespace tessera::domain
