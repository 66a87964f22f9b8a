#include "demo/DemoGenerator.h"

#include "demo/DemoWriter.h"
#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/journeys/JourneyRepository.h"
#include "storage/security/UserKeyring.h"
#include "storage/sqlite/BulkLoadMode.h"
#include "storage/sqlite/SuspendedIndexes.h"

#include <algorithm>
#include <future>
#include <map>
#include <thread>

namespace tessera::domain {
namespace {

constexpr int kBulkCacheMebibytes = 512;
constexpr std::int64_t kBatchCustomers = 1000;
constexpr int kUsersDonePercent = 5;
constexpr int kCustomersDonePercent = 98;

// Tables whose secondary indexes are built once at the end of the load: each
// index is then one sort instead of millions of inserts at random places of a
// B-tree larger than the page cache (docs/benchmarks.md, "Demo data").
constexpr const char* kIndexedTables[] = {"customers",    "contacts",         "customer_tags",
                                          "interactions", "survey_responses", "tickets"};

Result<std::vector<storage::SuspendedIndexes>> suspendIndexes(storage::Database& db) {
    std::vector<storage::SuspendedIndexes> suspended;
    for (const char* table : kIndexedTables) {
        auto dropped = storage::SuspendedIndexes::drop(db, table);
        if (!dropped)
            return dropped.error();
        suspended.push_back(std::move(*dropped));
    }
    return suspended;
}

// Password hashing is deliberately slow, so the users' credentials are made on
// two threads before the write transaction begins.
Result<std::vector<storage::UserCredentials>> demoCredentials(const storage::SecretKey& dataKey) {
    const auto& users = DemoGenerator::demoUsers();
    std::vector<std::optional<Result<storage::UserCredentials>>> made(users.size());
    auto work = [&](std::size_t from) {
        for (std::size_t i = from; i < users.size(); i += 2)
            made[i] = storage::UserKeyring::create(DemoGenerator::kDemoPassword, dataKey);
    };
    std::thread helper(work, 1);
    work(0);
    helper.join();
    std::vector<storage::UserCredentials> out;
    for (auto& credentials : made) {
        if (!*credentials)
            return (*credentials).error();
        out.push_back(std::move(**credentials));
    }
    return out;
}

// Inserts the demo users and returns their ids by user name.
Result<std::map<std::string, std::int64_t>>
insertUsers(Workspace& ws, std::vector<storage::UserCredentials> credentials, std::int64_t at) {
    storage::UserRepository repository(ws.db());
    std::map<std::string, std::int64_t> ids;
    const auto& users = DemoGenerator::demoUsers();
    for (std::size_t i = 0; i < users.size(); ++i) {
        const DemoUser& user = users[i];
        storage::UserRecord record;
        record.username = user.username;
        record.displayName = user.displayName;
        record.role = std::string(roleKey(user.role));
        if (!user.supervisorUsername.empty()) // supervisors come first in demoUsers()
            record.supervisorId = ids.at(user.supervisorUsername);
        record.credentials = std::move(credentials[i]);
        record.createdAt = record.updatedAt = at;
        auto id = repository.insert(record);
        if (!id)
            return id.error();
        ids.emplace(user.username, *id);
        TESSERA_TRY(ws.audit({"user.add", "user", user.username, std::string(roleKey(user.role))}));
    }
    return ids;
}

// Account managers, grouped into teams by their supervisor.
void addOwners(DemoContext& context, const std::map<std::string, std::int64_t>& ids) {
    const std::string& firstSupervisor = DemoGenerator::demoUsers().front().username;
    for (const DemoUser& user : DemoGenerator::demoUsers())
        if (user.role == Role::AccountManager)
            context.addOwner({ids.at(user.username),
                              user.supervisorUsername == firstSupervisor ? DemoTeam::China
                                                                         : DemoTeam::International,
                              user.portfolioWeight});
}

Status addTouchpoints(DemoContext& context, storage::Database& db) {
    storage::JourneyRepository journeys(db);
    auto stages = journeys.stages();
    if (!stages)
        return stages.error();
    auto touchpoints = journeys.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    for (const storage::TouchpointRecord& t : *touchpoints) {
        const auto stage = std::find_if(stages->begin(), stages->end(),
                                        [&](const auto& s) { return s.id == t.stageId; });
        if (stage != stages->end() && stage->position >= 1 &&
            stage->position <= DemoContext::kStages)
            context.touchpoints[static_cast<std::size_t>(stage->position - 1)].push_back(t);
    }
    return {};
}

// Writes the customers batch by batch; the next batch is generated on a second
// thread while the current one is written.
Status writeCustomers(const DemoContext& context, std::int64_t total, std::int64_t firstId,
                      const storage::FieldCipher& cipher, DemoWriter& writer,
                      const JobControl& job) {
    const auto generate = [&](std::int64_t from, DemoBatch* batch) {
        generateDemoBatch(context, from, std::min(kBatchCustomers, total - from), firstId + from,
                          *batch);
        sealDemoCustomers(*batch, cipher);
    };
    DemoBatch current, next;
    generate(0, &current);
    for (std::int64_t from = 0; from < total; from += kBatchCustomers) {
        const std::int64_t done = std::min(total, from + kBatchCustomers);
        std::future<void> ahead;
        if (done < total)
            ahead = std::async(std::launch::async, generate, done, &next);
        Status written = writer.write(current);
        if (ahead.valid())
            ahead.wait(); // never leave the helper running past a failure
        TESSERA_TRY(written);
        TESSERA_TRY(job.checkCancelled());
        job.report(kUsersDonePercent +
                       static_cast<int>((kCustomersDonePercent - kUsersDonePercent) * done / total),
                   DemoGenerator::tr("Creating the demo customers: %1 of %2")
                       .arg(done)
                       .arg(total)
                       .toStdString());
        std::swap(current, next);
    }
    return {};
}

// Writes the users and the customers inside the caller's transaction.
Result<DemoSummary> fillDatabase(Workspace& ws, DemoContext& context, const DemoOptions& options,
                                 std::vector<storage::UserCredentials> credentials,
                                 const JobControl& job) {
    // The users were "created" when the oldest customer data begins.
    auto userIds = insertUsers(ws, std::move(credentials), context.startOfDay(context.earliestDay));
    if (!userIds)
        return userIds.error();
    addOwners(context, *userIds);
    auto writer = DemoWriter::create(ws);
    if (!writer)
        return writer.error();
    auto firstId = storage::nextRowId(ws.db(), "customers");
    if (!firstId)
        return firstId.error();
    TESSERA_TRY(writeCustomers(context, options.customers, *firstId, ws.cipher(), *writer, job));
    TESSERA_TRY(writer->finish());
    TESSERA_TRY(
        ws.audit({"demo.generate", "database", "",
                  "customers " + std::to_string(options.customers) + ", seed " +
                      std::to_string(options.seed) + ", years " + std::to_string(options.years)}));
    DemoSummary summary = writer->written();
    summary.users = static_cast<std::int64_t>(DemoGenerator::demoUsers().size());
    return summary;
}

} // namespace

const std::vector<DemoUser>& DemoGenerator::demoUsers() {
    // Supervisors first: the account managers refer to them. The first
    // supervisor's team serves Chinese-speaking customers, the second's the
    // international ones.
    static const std::vector<DemoUser> users = {
        {"zhou.min", "周敏", Role::Supervisor, "", 0},
        {"emma.clark", "Emma Clark", Role::Supervisor, "", 0},
        {"zhang.wei", "张伟", Role::AccountManager, "zhou.min", 0.40},
        {"li.na", "李娜", Role::AccountManager, "zhou.min", 0.35},
        {"wang.fang", "王芳", Role::AccountManager, "zhou.min", 0.25},
        {"liu.yang", "刘洋", Role::AccountManager, "emma.clark", 0.30},
        {"oliver.brown", "Oliver Brown", Role::AccountManager, "emma.clark", 0.40},
        {"sophie.turner", "Sophie Turner", Role::AccountManager, "emma.clark", 0.30},
        {"chen.jing", "陈静", Role::Analyst, "", 0},
    };
    return users;
}

Status DemoGenerator::checkPreconditions(const DemoOptions& options) {
    TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "demo", std::to_string(options.customers)));
    if (options.customers < 0 || options.customers > kMaxCustomers)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The number of demo customers must be between 0 and %1.")
                             .arg(kMaxCustomers)
                             .toStdString());
    if (options.years < 1 || options.years > kMaxYears)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The demo history must cover 1 to %1 years.").arg(kMaxYears).toStdString());
    storage::PortfolioQuery everyone;
    everyone.includeArchived = true;
    auto customers = storage::CustomerRepository(m_ws.db(), m_ws.cipher()).count(everyone);
    if (!customers)
        return customers.error();
    if (*customers > 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Demo data goes into a new database, and this one already holds %1 "
                            "customers. Create a new database for the demo.")
                             .arg(*customers)
                             .toStdString());
    storage::UserRepository users(m_ws.db());
    for (const DemoUser& user : demoUsers()) {
        auto existing = users.findByUsername(user.username);
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(ErrorCode::AlreadyExists,
                             tr("The user name '%1' that the demo team needs is taken. Create a "
                                "new database for the demo.")
                                 .arg(QString::fromStdString(user.username))
                                 .toStdString());
    }
    return {};
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options, const JobControl& job) {
    TESSERA_TRY(checkPreconditions(options));
    job.report(0, tr("Creating the demo users").toStdString());
    auto credentials = demoCredentials(m_ws.session().dataKey);
    if (!credentials)
        return credentials.error();
    TESSERA_TRY(job.checkCancelled());

    DemoContext context(options.seed, options.endDay - 365 * options.years + 1, options.endDay,
                        m_ws.calendar());
    TESSERA_TRY(addTouchpoints(context, m_ws.db()));
    storage::BulkLoadMode::Options bulk;
    bulk.cacheMebibytes = kBulkCacheMebibytes;
    bulk.rollbackJournal = true; // the file is new: nothing to lose by writing it in place
    // Every reference the demo writes is to a row it wrote itself in this
    // transaction (customers, users) or read from the file (touchpoints), so
    // the foreign key lookups of every row (some 17 million rows at 1,000,000
    // customers) are left out; tests/demo checks pragma_foreign_key_check.
    bulk.referencesCheckedByCaller = true;
    auto bulkMode = storage::BulkLoadMode::enter(m_ws.db(), bulk);
    if (!bulkMode)
        return bulkMode.error();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto suspended = suspendIndexes(m_ws.db());
    if (!suspended)
        return suspended.error();
    auto summary = fillDatabase(m_ws, context, options, std::move(*credentials), job);
    if (!summary)
        return summary.error();
    job.report(kCustomersDonePercent + 1, tr("Saving the demo data").toStdString());
    for (storage::SuspendedIndexes& indexes : *suspended)
        TESSERA_TRY(indexes.rebuild());
    TESSERA_TRY(tx->commit());
    job.report(100, tr("Done").toStdString());
    return summary;
}

} // namespace tessera::domain
