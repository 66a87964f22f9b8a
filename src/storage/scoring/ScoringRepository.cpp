#include "storage/scoring/ScoringRepository.h"

#include "storage/scoring/ScoreColumns.h"
#include "storage/sqlite/IdList.h"

namespace tessera::storage {
namespace {

constexpr const char* kRunColumns = "id, started_at, finished_at, user_id, as_of_day, window_days, "
                                    "profile_version, customers, details";

ProfileRecord readProfile(const Statement& s) {
    ProfileRecord p;
    p.version = s.int64(0);
    p.createdAt = s.int64(1);
    p.authorId = s.optionalInt64(2);
    p.authorName = s.text(3);
    p.reason = s.text(4);
    p.body = s.text(5);
    return p;
}

ScoringRunRecord readRun(const Statement& s, int first = 0) {
    ScoringRunRecord r;
    r.id = s.int64(first);
    r.startedAt = s.int64(first + 1);
    r.finishedAt = s.int64(first + 2);
    r.userId = s.optionalInt64(first + 3);
    r.asOfDay = s.int32(first + 4);
    if (!s.isNull(first + 5))
        r.windowDays = s.int32(first + 5);
    r.profileVersion = s.int64(first + 6);
    r.customers = s.int64(first + 7);
    r.details = s.text(first + 8);
    return r;
}

void bindOptionalReal(Statement& s, int index, const std::optional<double>& value) {
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

} // namespace

Result<ScoreWriter> makeScoreWriter(Database& db) {
    return ScoreWriter::create(
        db, "customer_scores", scoreColumnNames(),
        [](Statement& s, int i, const CustomerScoreRecord& r) {
            s.bind(i, r.runId).bind(i + 1, r.customerId).bind(i + 2, r.recencyDays);
            s.bind(i + 3, r.frequency).bind(i + 4, r.monetary).bind(i + 5, r.social);
            s.bind(i + 6, r.scoreR).bind(i + 7, r.scoreF).bind(i + 8, r.scoreM);
            s.bind(i + 9, r.scoreS).bind(i + 10, r.rfms).bind(i + 11, r.segment);
            s.bind(i + 12, r.cluster);
            for (int k = 0; k < 5; ++k)
                bindOptionalReal(s, i + 13 + k, r.q[k]);
            bindOptionalReal(s, i + 18, r.y);
            bindOptionalReal(s, i + 19, r.crmv);
            s.bind(i + 20, r.weightRule).bind(i + 21, r.tierScore).bind(i + 22, r.tier);
            bindOptionalReal(s, i + 23, r.pAlive);
            bindOptionalReal(s, i + 24, r.expectedPurchases);
            bindOptionalReal(s, i + 25, r.expectedValue);
            bindOptionalReal(s, i + 26, r.clv);
        });
}

Status updateRunDetails(Database& db, std::int64_t runId, std::int64_t finishedAt,
                        const std::string& details) {
    auto stmt = db.prepare("UPDATE scoring_runs SET finished_at = ?, details = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, finishedAt).bind(2, details).bind(3, runId);
    return stmt->run();
}

Result<std::int64_t> ScoringRepository::insertProfile(const ProfileRecord& p) {
    auto next = m_db.queryInt64("SELECT coalesce(max(version), 0) + 1 FROM scoring_profiles");
    if (!next)
        return next.error();
    auto stmt = m_db.prepare("INSERT INTO scoring_profiles (version, created_at, author_id, "
                             "author_name, reason, body) VALUES (?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *next).bind(2, p.createdAt).bind(3, p.authorId).bind(4, p.authorName);
    stmt->bind(5, p.reason).bind(6, p.body);
    TESSERA_TRY(stmt->run());
    return *next;
}

Result<std::optional<ProfileRecord>> ScoringRepository::latestProfile() {
    auto stmt = m_db.prepare("SELECT version, created_at, author_id, author_name, reason, body "
                             "FROM scoring_profiles ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    return stmt->first(readProfile);
}

Result<std::optional<ProfileRecord>> ScoringRepository::profile(std::int64_t version) {
    auto stmt = m_db.prepare("SELECT version, created_at, author_id, author_name, reason, body "
                             "FROM scoring_profiles WHERE version = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, version);
    return stmt->first(readProfile);
}

Result<std::vector<ProfileRecord>> ScoringRepository::profiles(int limit) {
    auto stmt = m_db.prepare("SELECT version, created_at, author_id, author_name, reason, body "
                             "FROM scoring_profiles ORDER BY version DESC LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    return stmt->collect(readProfile);
}

Result<std::int64_t> ScoringRepository::insertRun(const ScoringRunRecord& r) {
    auto stmt = m_db.prepare("INSERT INTO scoring_runs (started_at, finished_at, user_id, "
                             "as_of_day, window_days, profile_version, customers, details) "
                             "VALUES (?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.startedAt).bind(2, r.finishedAt).bind(3, r.userId).bind(4, r.asOfDay);
    if (r.windowDays)
        stmt->bind(5, *r.windowDays);
    else
        stmt->bindNull(5);
    stmt->bind(6, r.profileVersion).bind(7, r.customers).bind(8, r.details);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::optional<ScoringRunRecord>> ScoringRepository::run(std::int64_t id) {
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kRunColumns + " FROM scoring_runs WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->first([](const Statement& s) { return readRun(s); });
}

Result<std::optional<ScoringRunRecord>> ScoringRepository::latestRun() {
    auto stmt = m_db.prepare(std::string("SELECT ") + kRunColumns +
                             " FROM scoring_runs ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    return stmt->first([](const Statement& s) { return readRun(s); });
}

Result<std::vector<ScoringRunRecord>> ScoringRepository::runs(int limit) {
    auto stmt = m_db.prepare(std::string("SELECT ") + kRunColumns +
                             " FROM scoring_runs ORDER BY id DESC LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    return stmt->collect([](const Statement& s) { return readRun(s); });
}

Result<std::optional<CustomerScoreRecord>> ScoringRepository::scoreOf(std::int64_t runId,
                                                                      std::int64_t customerId) {
    auto stmt = m_db.prepare("SELECT " + scoreColumns() +
                             " FROM customer_scores WHERE run_id = ? AND customer_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, runId).bind(2, customerId);
    return stmt->first([](const Statement& s) { return readScore(s); });
}

Result<std::unordered_map<std::int64_t, CustomerScoreRecord>>
ScoringRepository::scoresOf(std::int64_t runId, std::span<const std::int64_t> customerIds) {
    // A few hundred customers to a statement: one round trip on a server.
    constexpr std::size_t kIdsPerStatement = 500;
    std::unordered_map<std::int64_t, CustomerScoreRecord> scores;
    for (std::size_t start = 0; start < customerIds.size(); start += kIdsPerStatement) {
        const std::size_t end = std::min(customerIds.size(), start + kIdsPerStatement);
        auto stmt =
            m_db.prepare("SELECT " + scoreColumns() +
                         " FROM customer_scores WHERE run_id = ? AND customer_id IN (" +
                         idList({customerIds.begin() + start, customerIds.begin() + end}) + ")");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, runId);
        TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
            CustomerScoreRecord score = readScore(s);
            scores.emplace(score.customerId, std::move(score));
        }));
    }
    return scores;
}

Result<std::vector<std::pair<ScoringRunRecord, CustomerScoreRecord>>>
ScoringRepository::historyOf(std::int64_t customerId) {
    // Score and run columns share no names, so the score columns need no prefix.
    auto stmt = m_db.prepare(std::string("SELECT r.id, r.started_at, r.finished_at, r.user_id, "
                                         "r.as_of_day, r.window_days, r.profile_version, "
                                         "r.customers, '', ") +
                             scoreColumns() +
                             " FROM scoring_runs r JOIN customer_scores s "
                             "ON s.run_id = r.id AND s.customer_id = ? ORDER BY r.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect([](const Statement& s) { return std::pair(readRun(s), readScore(s, 9)); });
}

Status
ScoringRepository::forEachScore(std::int64_t runId,
                                const std::function<void(const CustomerScoreRecord&)>& visit) {
    auto stmt = m_db.prepare("SELECT " + scoreColumns() +
                             " FROM customer_scores WHERE run_id = ? ORDER BY customer_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, runId);
    return stmt->forEachRow([&](const Statement& s) { visit(readScore(s)); });
}

Result<std::vector<TierChangeRecord>> ScoringRepository::tierChanges(std::int64_t fromRun,
                                                                     std::int64_t toRun) {
    auto stmt = m_db.prepare(
        "SELECT c.id, c.code, c.name, c.kind, a.tier, b.tier, a.rfms, b.rfms FROM customer_scores "
        "a "
        "JOIN customer_scores b ON b.run_id = ?2 AND b.customer_id = a.customer_id "
        "JOIN customers c ON c.id = a.customer_id WHERE a.run_id = ?1 AND a.tier <> b.tier "
        "ORDER BY c.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fromRun).bind(2, toRun);
    return stmt->collect([](const Statement& s) {
        return TierChangeRecord{s.int64(0), s.text(1), s.text(2), s.text(3),
                                s.text(4),  s.text(5), s.real(6), s.real(7)};
    });
}

} // namespace tessera::storage
