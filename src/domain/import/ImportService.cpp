#include "domain/import/ImportService.h"

#include "domain/files/CdnowReader.h"
#include "domain/files/CsvWriter.h"
#include "domain/import/ImportMapping.h"
#include "domain/import/ImportRowParsers.h"
#include "domain/import/PendingTransactions.h"
#include "domain/workspace/Log.h"
#include "storage/activity/ActivityWriters.h"
#include "storage/admin/SettingsRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/journeys/JourneyRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <unordered_map>

namespace tessera::domain {
namespace {

constexpr int kBulkCacheMebibytes = 512;
constexpr int kNormalCacheMebibytes = 64;
constexpr std::int64_t kProgressEveryRows = 1 << 16;

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Counts rows, keeps the first rejections for display and streams every
// rejected row with its reason to the rejects file.
class RejectCollector {
public:
    RejectCollector(ImportReport& report, const ImportRequest& request,
                    const std::vector<std::string>& header)
        : m_report(report), m_request(request), m_header(header) {}

    Status reject(const SourceRow& row, std::string reason) {
        ++m_report.rowsRejected;
        if (m_request.strict)
            return makeError(ErrorCode::InvalidArgument,
                             ImportService::tr("Line %1: %2 Nothing was imported (strict mode).")
                                 .arg(row.line)
                                 .arg(QString::fromStdString(reason))
                                 .toStdString());
        if (!m_request.rejectsPath.empty())
            TESSERA_TRY(writeRejected(row, reason));
        if (m_report.firstRejections.size() < ImportReport::kShownRejections)
            m_report.firstRejections.push_back({row.line, std::move(reason)});
        return {};
    }

    Status finish() {
        if (!m_writer)
            return {};
        TESSERA_TRY(m_writer->commit());
        m_report.rejectsPath = m_writer->path();
        return {};
    }

private:
    Status writeRejected(const SourceRow& row, const std::string& reason) {
        if (!m_writer) {
            auto writer = CsvWriter::create(m_request.rejectsPath, /*withBom=*/true);
            if (!writer)
                return writer.error();
            m_writer = std::move(*writer);
            std::vector<std::string> head = {"line", "reason"};
            head.insert(head.end(), m_header.begin(), m_header.end());
            TESSERA_TRY(m_writer->writeRow(head));
        }
        const std::string line = std::to_string(row.line);
        std::vector<std::string_view> fields = {line, reason};
        fields.insert(fields.end(), row.fields.begin(), row.fields.end());
        return m_writer->writeRow(fields);
    }

    ImportReport& m_report;
    const ImportRequest& m_request;
    const std::vector<std::string>& m_header;
    std::unique_ptr<CsvWriter> m_writer;
};

// Finds customers by code, creating the missing ones when asked to.
class CustomerResolver {
public:
    static Result<CustomerResolver> create(Workspace& ws, bool createMissing) {
        storage::CustomerRepository customers(ws.db(), ws.cipher());
        auto index = customers.codeIndex();
        if (!index)
            return index.error();
        auto writer = storage::CustomerWriter::create(ws.db(), ws.cipher());
        if (!writer)
            return writer.error();
        return CustomerResolver(ws, std::move(*index), std::move(*writer), createMissing);
    }

    // The customer's id, or nullopt when it is unknown and may not be created.
    Result<std::optional<std::int64_t>> resolve(std::string_view code) {
        if (auto id = m_index.find(code))
            return id;
        if (!m_createMissing)
            return std::optional<std::int64_t>{};
        storage::CustomerRecord customer;
        customer.code = std::string(code);
        customer.name = customer.code;
        customer.kind = "person";
        customer.lifecycle = "new";
        customer.createdAt = customer.updatedAt = m_ws->nowMs();
        auto id = m_writer.insert(customer);
        if (!id)
            return id.error();
        m_index.insert(customer.code, *id);
        ++m_created;
        return std::optional<std::int64_t>(*id);
    }

    bool contains(std::string_view code) const { return m_index.contains(code); }
    void remember(const std::string& code, std::int64_t id) { m_index.insert(code, id); }
    std::int64_t created() const { return m_created; }

private:
    CustomerResolver(Workspace& ws, storage::CustomerCodeIndex index,
                     storage::CustomerWriter writer, bool createMissing)
        : m_ws(&ws), m_index(std::move(index)), m_writer(std::move(writer)),
          m_createMissing(createMissing) {}

    Workspace* m_ws;
    storage::CustomerCodeIndex m_index;
    storage::CustomerWriter m_writer;
    bool m_createMissing;
    std::int64_t m_created = 0;
};

std::string unknownCustomer(std::string_view code) {
    return ImportService::tr("Unknown customer code '%1'; import the customer first or use "
                             "--create-customers.")
        .arg(QString::fromUtf8(code.data(), static_cast<int>(code.size())))
        .toStdString();
}

Result<std::unordered_map<std::string, std::int64_t>> touchpointsByName(storage::Database& db) {
    auto touchpoints = storage::JourneyRepository(db).touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    std::unordered_map<std::string, std::int64_t> byName;
    for (const auto& t : *touchpoints)
        byName.emplace(lowered(t.name), t.id);
    return byName;
}

Result<std::unordered_map<std::string, storage::UserRecord>> usersByName(storage::Database& db) {
    auto users = storage::UserRepository(db).all();
    if (!users)
        return users.error();
    std::unordered_map<std::string, storage::UserRecord> byName;
    for (auto& u : *users)
        byName.emplace(lowered(u.username), std::move(u));
    return byName;
}

// State shared by the per-kind loaders of one import.
struct LoadContext {
    Workspace& ws;
    const ImportRequest& request;
    RecordReader& reader;
    const ImportMapping& mapping;
    ImportReport& report;
    RejectCollector& rejects;
    const JobControl& job;
    std::int64_t importId;

    // Visits every row with `handle`, counting rows and reporting progress
    // over [firstPercent, lastPercent] by bytes read.
    Status eachRow(int firstPercent, int lastPercent,
                   const std::function<Status(const SourceRow&)>& handle) {
        const std::string stage =
            ImportService::tr("Reading %1").arg(QString::fromStdString(request.path)).toStdString();
        return reader.forEachRow(
            [&](const SourceRow& row) -> Status {
                ++report.rowsRead;
                if (report.rowsRead % 4096 == 0)
                    TESSERA_TRY(job.checkCancelled());
                return handle(row);
            },
            [&](std::uint64_t done, std::uint64_t total) {
                const int span = lastPercent - firstPercent;
                job.report(firstPercent + (total ? static_cast<int>(span * done / total) : span),
                           stage);
            });
    }
};

Status loadTransactions(LoadContext& ctx) {
    ImportRowParser parser(ImportKind::Transactions, ctx.mapping, ctx.ws.calendar());
    auto resolver = CustomerResolver::create(ctx.ws, ctx.request.createCustomers);
    if (!resolver)
        return resolver.error();
    auto idLimit = storage::nextRowId(ctx.ws.db(), "customers");
    if (!idLimit)
        return idLimit.error();
    PendingTransactions pending(*idLimit);
    ParsedTransaction parsed;
    TESSERA_TRY(ctx.eachRow(0, 45, [&](const SourceRow& row) -> Status {
        if (std::string problem = parser.parse(row, parsed); !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        auto customer = resolver->resolve(parsed.customerCode);
        if (!customer)
            return customer.error();
        if (!*customer)
            return ctx.rejects.reject(row, unknownCustomer(parsed.customerCode));
        pending.add(**customer, parsed.day, parsed.amountCents, parsed.quantity, parsed.reference);
        return {};
    }));
    ctx.report.customersCreated = resolver->created();
    TESSERA_TRY(ctx.job.checkCancelled());

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

Status loadCustomers(LoadContext& ctx) {
    ImportRowParser parser(ImportKind::Customers, ctx.mapping, ctx.ws.calendar());
    auto resolver = CustomerResolver::create(ctx.ws, false);
    if (!resolver)
        return resolver.error();
    auto users = usersByName(ctx.ws.db());
    if (!users)
        return users.error();
    auto writer = storage::CustomerWriter::create(ctx.ws.db(), ctx.ws.cipher());
    if (!writer)
        return writer.error();
    std::unordered_map<std::string, std::int64_t> lineOfCode;
    ParsedCustomer parsed;
    return ctx.eachRow(0, 99, [&](const SourceRow& row) -> Status {
        if (std::string problem = parser.parse(row, parsed); !problem.empty())
            return ctx.rejects.reject(row, std::move(problem));
        storage::CustomerRecord& customer = parsed.record;
        if (auto seen = lineOfCode.find(customer.code); seen != lineOfCode.end())
            return ctx.rejects.reject(
                row, ImportService::tr("The customer code '%1' appears twice in this file (first "
                                       "on line %2).")
                         .arg(QString::fromStdString(customer.code))
                         .arg(seen->second)
                         .toStdString());
        if (resolver->contains(customer.code))
            return ctx.rejects.reject(
                row, ImportService::tr("The customer code '%1' already exists; each customer has "
                                       "one master record.")
                         .arg(QString::fromStdString(customer.code))
                         .toStdString());
        if (!parsed.ownerUsername.empty()) {
            auto owner = users->find(lowered(parsed.ownerUsername));
            if (owner == users->end() || owner->second.role != "account_manager")
                return ctx.rejects.reject(
                    row, ImportService::tr("The owner '%1' is not an account manager's user name.")
                             .arg(QString::fromStdString(parsed.ownerUsername))
                             .toStdString());
            customer.ownerId = owner->second.id;
        }
        customer.createdAt = customer.updatedAt = ctx.ws.nowMs();
        auto id = writer->insert(customer);
        if (!id)
            return id.error();
        lineOfCode.emplace(customer.code, row.line);
        resolver->remember(customer.code, *id);
        ++ctx.report.rowsLoaded;
        return {};
    });
}

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
        if (!parsed.touchpointName.empty()) {
            auto t = touchpoints->find(lowered(parsed.touchpointName));
            if (t == touchpoints->end())
                return ctx.rejects.reject(
                    row, ImportService::tr("Unknown touchpoint '%1'; add it to the journey first.")
                             .arg(QString::fromStdString(parsed.touchpointName))
                             .toStdString());
            parsed.record.touchpointId = t->second;
        }
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
    return writer->flush();
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
        if (!parsed.touchpointName.empty()) {
            auto t = touchpoints->find(lowered(parsed.touchpointName));
            if (t == touchpoints->end())
                return ctx.rejects.reject(
                    row, ImportService::tr("Unknown touchpoint '%1'; add it to the journey first.")
                             .arg(QString::fromStdString(parsed.touchpointName))
                             .toStdString());
            parsed.record.touchpointId = t->second;
        }
        parsed.record.id = id++;
        parsed.record.customerId = **customer;
        parsed.record.importId = ctx.importId;
        ++ctx.report.rowsLoaded;
        return writer->add(parsed.record);
    }));
    ctx.report.customersCreated = resolver->created();
    return writer->flush();
}

Result<std::unique_ptr<RecordReader>> openReader(const ImportRequest& request) {
    if (request.cdnowFormat) {
        auto reader = CdnowReader::open(request.path);
        if (!reader)
            return reader.error();
        return std::unique_ptr<RecordReader>(std::move(*reader));
    }
    auto reader = CsvReader::open(request.path, request.dialect);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordReader>(std::move(*reader));
}

} // namespace

Result<ImportReport> ImportService::run(const ImportRequest& request, const JobControl& job) {
    QElapsedTimer clock;
    clock.start();
    TESSERA_TRY(m_ws.authorize(Action::ImportData, "import", request.path));
    if (request.cdnowFormat && request.kind != ImportKind::Transactions)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The CDNOW format holds transactions; import it as transactions.").toStdString());
    if (request.createCustomers && request.kind == ImportKind::Customers)
        return makeError(ErrorCode::InvalidArgument,
                         tr("--create-customers applies to transactions, interactions and surveys.")
                             .toStdString());

    // Everything that can be checked without writing is checked first.
    auto reader = openReader(request);
    if (!reader)
        return reader.error();
    auto mapping = ImportMapping::build(request.kind, (*reader)->header(), request.mappings);
    if (!mapping)
        return mapping.error();

    ImportReport report;
    report.kind = request.kind;
    report.file = request.path;
    report.encoding = std::string(encodingName((*reader)->encoding()));
    for (const std::string& column : mapping->ignoredColumns())
        report.warnings.push_back(tr("The column '%1' is not imported.")
                                      .arg(QString::fromStdString(column))
                                      .toStdString());

    TESSERA_TRY(m_ws.db().setCacheMebibytes(kBulkCacheMebibytes));
    struct CacheRestore {
        storage::Database& db;
        ~CacheRestore() { (void)db.setCacheMebibytes(kNormalCacheMebibytes); }
    } restoreCache{m_ws.db()};

    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::ImportRecord record;
    record.kind = std::string(importKindKey(request.kind));
    record.fileName = request.path;
    record.userId = m_ws.session().userId;
    record.startedAt = m_ws.nowMs();
    auto importId = storage::insertImport(m_ws.db(), record);
    if (!importId)
        return importId.error();
    record.id = report.importId = *importId;

    RejectCollector rejects(report, request, (*reader)->header());
    LoadContext ctx{m_ws, request, **reader, *mapping, report, rejects, job, *importId};
    Status loaded;
    switch (request.kind) {
    case ImportKind::Customers: loaded = loadCustomers(ctx); break;
    case ImportKind::Transactions: loaded = loadTransactions(ctx); break;
    case ImportKind::Interactions: loaded = loadInteractions(ctx); break;
    case ImportKind::Surveys: loaded = loadSurveys(ctx); break;
    }
    if (!loaded)
        return loaded.error(); // the rejects file was never committed, so it is not there

    TESSERA_TRY(job.checkCancelled());

    record.finishedAt = m_ws.nowMs();
    record.rowsRead = report.rowsRead;
    record.rowsLoaded = report.rowsLoaded;
    record.rowsRejected = report.rowsRejected;
    record.customersCreated = report.customersCreated;
    TESSERA_TRY(storage::updateImport(m_ws.db(), record));
    TESSERA_TRY(
        m_ws.audit({"import", "import", std::to_string(report.importId),
                    record.kind + " " + request.path + ": read " + std::to_string(report.rowsRead) +
                        ", loaded " + std::to_string(report.rowsLoaded) + ", rejected " +
                        std::to_string(report.rowsRejected) + ", customers created " +
                        std::to_string(report.customersCreated)}));
    job.report(99, tr("Saving").toStdString());
    TESSERA_TRY(rejects.finish());
    if (auto committed = tx->commit(); !committed) {
        if (!report.rejectsPath.empty())
            QFile::remove(QString::fromStdString(report.rejectsPath));
        return committed.error();
    }
    report.durationMs = clock.elapsed();
    log::logger().info("import id={} kind={} user={} rows_read={} rows_loaded={} rows_rejected={} "
                       "customers_created={} duration_ms={}",
                       report.importId, record.kind, m_ws.session().userId, report.rowsRead,
                       report.rowsLoaded, report.rowsRejected, report.customersCreated,
                       report.durationMs);
    job.report(100, tr("Done").toStdString());
    return report;
}

} // namespace tessera::domain
