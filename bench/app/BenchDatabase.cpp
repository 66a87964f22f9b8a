#include "BenchDatabase.h"

#include "domain/admin/UserService.h"
#include "domain/import/ImportService.h"
#include "domain/setup/WorkspaceSetup.h"

#include <QTemporaryDir>
#include <array>
#include <cstdio>
#include <fstream>

namespace tessera::bench {
namespace {

constexpr std::array kFamily = {"Zhang", "Wang",  "Li",     "Zhao",   "Chen",   "Liu",
                                "Yang",  "Huang", "Smith",  "Müller", "Garcia", "Tanaka",
                                "Novak", "Rossi", "Dubois", "Kim"};
constexpr std::array kGiven = {"Wei",   "Fang",  "Min",   "Jing",  "Lei",  "Anna",
                               "James", "Maria", "Kenji", "Lucas", "Yan",  "Hao",
                               "Sofia", "Tomas", "Mei",   "Jun",   "Ravi", "Elena"};
constexpr std::array kCompany = {"Trading",  "Logistics", "Foods",     "Textiles",
                                 "Robotics", "Pharma",    "Energy",    "Software",
                                 "Motors",   "Retail",    "Materials", "Optics"};
constexpr std::array kIndustry = {"Retail",    "Manufacturing", "Finance",   "Healthcare",
                                  "Logistics", "Technology",    "Education", "Hospitality"};
constexpr std::array kRegion = {"East China", "North China", "South China", "Central China",
                                "Southwest",  "Northeast",   "Northwest",   "Overseas"};
constexpr std::array kStage = {"potential", "new", "growing", "mature", "declining", "churned"};
constexpr std::array kRisk = {"low", "low", "low", "medium", "high"};
constexpr std::array kTag = {"vip",        "key-account", "wechat", "referral",
                             "trade-show", "at-risk",     "upsell", "new-2024"};
constexpr int kOwners = 8;

// A small deterministic generator, so every run builds the same database.
struct Lcg {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
    template <typename Array> const char* pick(const Array& items) {
        return items[next() % items.size()];
    }
};

void writeCustomers(const std::string& path, std::int64_t count) {
    std::ofstream out(path, std::ios::binary);
    out << "code,name,kind,industry,region,owner,lifecycle,risk,tags\n";
    Lcg rng{42};
    for (std::int64_t i = 1; i <= count; ++i) {
        const bool person = rng.next() % 3 == 0;
        std::string name = std::string(rng.pick(kFamily)) + " " + rng.pick(kGiven);
        if (!person)
            name += std::string(" ") + rng.pick(kCompany);
        char code[32];
        std::snprintf(code, sizeof code, "C%08lld", static_cast<long long>(i));
        out << code << ',' << name << ',' << (person ? "person" : "company") << ','
            << rng.pick(kIndustry) << ',' << rng.pick(kRegion) << ",am" << (rng.next() % kOwners)
            << ',' << rng.pick(kStage) << ',' << rng.pick(kRisk) << ",\"" << rng.pick(kTag) << ';'
            << rng.pick(kTag) << "\"\n";
    }
}

void writePurchases(const std::string& path, std::int64_t customers) {
    std::ofstream out(path, std::ios::binary);
    out << "customer,date,amount,quantity\n";
    Lcg rng{7};
    for (std::int64_t i = 1; i <= customers; ++i)
        for (int k = 0; k < 5; ++k) {
            char line[96];
            std::snprintf(line, sizeof line, "C%08lld,2024-%02u-%02u,%u.%02u,%u\n",
                          static_cast<long long>(i), 1 + rng.next() % 12, 1 + rng.next() % 28,
                          20 + rng.next() % 2000, rng.next() % 100, 1 + rng.next() % 5);
            out << line;
        }
}

Status addOwners(domain::Workspace& ws) {
    domain::UserService users(ws);
    for (int i = 0; i < kOwners; ++i) {
        const std::string name = "am" + std::to_string(i);
        auto id = users.add({name, "Account Manager " + std::to_string(i),
                             domain::Role::AccountManager, "", "user-password"});
        if (!id)
            return id.error();
    }
    return {};
}

Status import(domain::Workspace& ws, domain::ImportKind kind, const std::string& path) {
    domain::ImportRequest request;
    request.kind = kind;
    request.path = path;
    auto report = domain::ImportService(ws).run(request);
    if (!report)
        return report.error();
    std::printf("  imported %lld of %lld rows from %s in %.1f s\n",
                static_cast<long long>(report->rowsLoaded),
                static_cast<long long>(report->rowsRead), path.c_str(),
                report->durationMs / 1000.0);
    return {};
}

} // namespace

Result<std::unique_ptr<domain::Workspace>> createBenchDatabase(const std::string& path,
                                                               std::int64_t customers) {
    domain::NewWorkspaceOptions options;
    options.adminPassword = kBenchAdminPassword;
    auto ws = domain::WorkspaceSetup::create(path, options);
    if (!ws)
        return ws.error();
    TESSERA_TRY(addOwners(**ws));
    QTemporaryDir folder;
    const std::string customerFile = folder.filePath(QStringLiteral("customers.csv")).toStdString();
    const std::string purchaseFile = folder.filePath(QStringLiteral("purchases.csv")).toStdString();
    writeCustomers(customerFile, customers);
    writePurchases(purchaseFile, std::min<std::int64_t>(customers, 1000));
    TESSERA_TRY(import(**ws, domain::ImportKind::Customers, customerFile));
    TESSERA_TRY(import(**ws, domain::ImportKind::Transactions, purchaseFile));
    return ws;
}

} // namespace tessera::bench
