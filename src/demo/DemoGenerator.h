#pragma once

// Fills a new database with a deterministic demo company: a team of users and
// N customers with two years of purchases, interactions on every channel,
// survey responses and service tickets, realistic enough for every screen and
// for scoring (heavy-tailed spend, seasonality, churn, satisfaction that
// follows value). The same N and seed always give the same data.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Role.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

struct DemoOptions {
    static constexpr std::int32_t kDefaultEndDay = 20757; // 2026-10-31

    std::int64_t customers = 2000;
    std::uint64_t seed = 20261031;
    // Last day of the data (days since 1970-01-01): fixed, not today, so the
    // same N always gives the same data.
    std::int32_t endDay = kDefaultEndDay;
    int years = 2; // length of the transaction history
};

struct DemoSummary {
    std::int64_t customers = 0;
    std::int64_t users = 0;
    std::int64_t transactions = 0;
    std::int64_t interactions = 0;
    std::int64_t surveys = 0;
    std::int64_t tickets = 0;
};

struct DemoUser {
    std::string username;
    std::string displayName;
    Role role = Role::AccountManager;
    std::string supervisorUsername; // account managers only
    double portfolioWeight = 0;     // account managers: relative size of their portfolio
};

class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr const char* kDemoPassword = "tessera-demo";
    static constexpr std::int64_t kMaxCustomers = 10'000'000;
    static constexpr int kMaxYears = 10;

    explicit DemoGenerator(Workspace& workspace) : m_ws(workspace) {}

    // Needs an administrator and a database without customers or demo users.
    // Everything is written in one transaction: a failure or a cancellation
    // leaves the database as it was.
    Result<DemoSummary> generate(const DemoOptions& options, const JobControl& job = {});

    // The users generate() adds, all with the password kDemoPassword.
    static const std::vector<DemoUser>& demoUsers();

private:
    Status checkPreconditions(const DemoOptions& options);

    Workspace& m_ws;
};

} // namespace tessera::domain
