#include "demo/DemoGenerator.h"
#include "demo/DemoWordLists.h"
#include "domain/admin/UserService.h"
#include "domain/customers/CustomerService.h"
#include "domain/setup/WorkspaceSetup.h"
#include "storage/activity/ActivityRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDate>
#include <QString>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numeric>
#include <set>

using namespace tessera;
using namespace tessera::domain;

namespace {

constexpr int kAll = 1 << 30; // "no limit" for the per-customer activity reads

// Everything the database holds about one customer, read back through the
// repositories (personal data decrypted).
struct CustomerData {
    storage::CustomerRecord record;
    std::vector<storage::TransactionRecord> transactions;
    std::vector<storage::InteractionRecord> interactions;
    std::vector<storage::SurveyResponseRecord> surveys;
    std::vector<storage::TicketRecord> tickets;

    std::int64_t netCents() const {
        std::int64_t sum = 0;
        for (const auto& t : transactions)
            sum += t.amountCents;
        return sum;
    }
};

template <typename T> T unwrap(Result<T> result) {
    if (!result)
        throw std::runtime_error(result.error().message);
    return std::move(*result);
}

std::vector<CustomerData> readAll(Workspace& ws) {
    storage::CustomerRepository customers(ws.db(), ws.cipher());
    storage::ActivityRepository activity(ws.db(), ws.cipher());
    storage::PortfolioQuery everyone;
    everyone.includeArchived = true;
    everyone.sort = storage::PortfolioSort::Code;
    std::vector<CustomerData> out;
    for (std::int64_t id : unwrap(customers.queryIds(everyone))) {
        CustomerData data;
        data.record = *unwrap(customers.findById(id));
        data.transactions = unwrap(activity.transactionsOf(id, kAll));
        data.interactions = unwrap(activity.interactionsOf(id, kAll));
        data.surveys = unwrap(activity.surveysOf(id, kAll));
        data.tickets = unwrap(activity.ticketsOf(id, kAll));
        out.push_back(std::move(data));
    }
    return out;
}

// A canonical text of every field, hashed: equal digests mean equal data
// (ciphertexts differ between files because of their random nonces and keys,
// so personal data is compared decrypted).
class Digest {
public:
    template <typename... Fields> void add(const Fields&... fields) { (put(fields), ...); }
    std::string hex() const { return m_hash.result().toHex().toStdString(); }

private:
    void put(const std::string& text) {
        m_hash.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
        m_hash.addData(QByteArrayView("\x1f", 1));
    }
    void put(std::int64_t value) { put(std::to_string(value)); }
    void put(int value) { put(std::to_string(value)); }
    void put(bool value) { put(std::string(value ? "1" : "0")); }
    template <typename T> void put(const std::optional<T>& value) {
        if (value)
            put(*value);
        else
            put(std::string("<null>"));
    }

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

std::string digestOf(const std::vector<CustomerData>& all) {
    Digest d;
    for (const CustomerData& c : all) {
        const storage::CustomerRecord& r = c.record;
        d.add(r.id, r.code, r.name, r.kind, r.industry, r.region, r.channel, r.ownerId);
        d.add(r.lifecycle, r.risk, r.consentChannels, r.contactFrequency, r.unsubscribed);
        d.add(r.phone, r.email, r.idNumber, r.address, r.notes, r.archived, r.createdAt);
        d.add(r.updatedAt, r.version);
        for (const std::string& tag : r.tags)
            d.add(tag);
        for (const auto& k : r.contacts)
            d.add(k.id, k.name, k.role, k.phone, k.email, k.isPrimary);
        for (const auto& t : c.transactions)
            d.add(t.id, t.customerId, static_cast<int>(t.day), t.amountCents, t.quantity);
        for (const auto& i : c.interactions)
            d.add(i.id, i.at, static_cast<int>(i.day), i.channel, i.kind, i.direction, i.outcome,
                  i.touchpointId, i.userId, i.notes);
        for (const auto& s : c.surveys) {
            d.add(s.id, static_cast<int>(s.day), s.nps, s.csat, s.ces, s.touchpointId, s.comment);
            for (const auto& a : s.answers)
                d.add(a.dimension, a.item, a.value);
        }
        for (const auto& t : c.tickets)
            d.add(t.id, t.openedAt, t.category, t.isComplaint, t.escalation, t.status, t.assigneeId,
                  t.subject, t.description, t.touchpointId, t.firstResponseAt, t.resolvedAt,
                  t.closedAt);
    }
    return d.hex();
}

std::unique_ptr<Workspace> newWorkspace(const std::string& path) {
    NewWorkspaceOptions options;
    options.adminPassword = test::kAdminPassword;
    options.timeZone = "Asia/Shanghai";
    return unwrap(WorkspaceSetup::create(path, options));
}

DemoSummary generateInto(Workspace& ws, std::int64_t customers, std::uint64_t seed = 20261031) {
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    return unwrap(DemoGenerator(ws).generate(options));
}

std::string digestOfNewDatabase(const test::TempDir& dir, const std::string& name,
                                std::int64_t customers, std::uint64_t seed) {
    auto ws = newWorkspace(dir.path(name));
    generateInto(*ws, customers, seed);
    return digestOf(readAll(*ws));
}

bool hasChinese(const std::string& text) {
    const QString s = QString::fromStdString(text);
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00; });
}

bool isLatinName(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '\'';
    });
}

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

// One demo database of 2000 customers, generated once and read by every test.
// The names of the indexes and their definitions, in name order.
std::vector<std::string> indexDefinitions(storage::Database& db) {
    auto list = unwrap(db.prepare("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                                  "WHERE type = 'index' ORDER BY name"));
    return unwrap(list.collect([](const storage::Statement& s) { return s.text(0); }));
}

class TestDemoGenerator : public ::testing::Test {
protected:
    static constexpr std::int64_t kCustomers = 2000;

    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_ws = newWorkspace(s_dir->path("demo.tessera")).release();
        s_summary = generateInto(*s_ws, kCustomers);
        s_data = new std::vector<CustomerData>(readAll(*s_ws));
    }
    static void TearDownTestSuite() {
        delete s_data;
        delete s_ws;
        delete s_dir;
    }

    static test::TempDir* s_dir;
    static Workspace* s_ws;
    static DemoSummary s_summary;
    static std::vector<CustomerData>* s_data;
};

test::TempDir* TestDemoGenerator::s_dir = nullptr;
Workspace* TestDemoGenerator::s_ws = nullptr;
DemoSummary TestDemoGenerator::s_summary;
std::vector<CustomerData>* TestDemoGenerator::s_data = nullptr;

TEST_F(TestDemoGenerator, WritesTheRequestedNumberOfCustomersAndCountsWhatItWrote) {
    const auto& all = *s_data;
    ASSERT_EQ(static_cast<std::int64_t>(all.size()), kCustomers);
    EXPECT_EQ(s_summary.customers, kCustomers);
    DemoSummary counted;
    for (const CustomerData& c : all) {
        counted.transactions += static_cast<std::int64_t>(c.transactions.size());
        counted.interactions += static_cast<std::int64_t>(c.interactions.size());
        counted.surveys += static_cast<std::int64_t>(c.surveys.size());
        counted.tickets += static_cast<std::int64_t>(c.tickets.size());
    }
    EXPECT_EQ(counted.transactions, s_summary.transactions);
    EXPECT_EQ(counted.interactions, s_summary.interactions);
    EXPECT_EQ(counted.surveys, s_summary.surveys);
    EXPECT_EQ(counted.tickets, s_summary.tickets);
    // About ten transactions and five interactions per customer (product scale).
    EXPECT_NEAR(static_cast<double>(s_summary.transactions) / kCustomers, 10, 2);
    EXPECT_NEAR(static_cast<double>(s_summary.interactions) / kCustomers, 5, 1);
    EXPECT_GT(s_summary.tickets, 0);
    EXPECT_EQ(all.front().record.code, "C0000001");
}

TEST_F(TestDemoGenerator, AddsTheDocumentedTeamWithTheDemoPassword) {
    EXPECT_EQ(s_summary.users, static_cast<std::int64_t>(DemoGenerator::demoUsers().size()));
    const auto users = unwrap(UserService(*s_ws).list());
    for (const DemoUser& demo : DemoGenerator::demoUsers()) {
        EXPECT_EQ(UserService::validateUsername(demo.username), "");
        const auto it = std::find_if(users.begin(), users.end(),
                                     [&](const auto& u) { return u.username == demo.username; });
        ASSERT_NE(it, users.end()) << demo.username;
        EXPECT_EQ(it->role, demo.role);
        EXPECT_EQ(it->supervisorUsername, demo.supervisorUsername);
        EXPECT_EQ(it->displayName, demo.displayName);
    }
    const auto manager = unwrap(storage::UserRepository(s_ws->db()).findByUsername("zhang.wei"));
    ASSERT_TRUE(manager);
    EXPECT_TRUE(storage::UserKeyring::verifyPassword(manager->credentials.passwordHash,
                                                     DemoGenerator::kDemoPassword));
}

TEST_F(TestDemoGenerator, OwnsAlmostEveryCustomerByAnAccountManager) {
    std::map<std::int64_t, int> perOwner;
    int unassigned = 0;
    for (const CustomerData& c : *s_data) {
        if (c.record.ownerId)
            ++perOwner[*c.record.ownerId];
        else
            ++unassigned;
    }
    EXPECT_EQ(perOwner.size(), 6u);
    EXPECT_GT(unassigned, 0);
    EXPECT_LT(unassigned, kCustomers / 10);
}

// The China team (reporting to zhou.min) serves customers with Chinese names,
// the international team the others, so each portfolio reads true in either
// language.
TEST_F(TestDemoGenerator, EachTeamServesTheCustomersOfItsLanguage) {
    std::map<std::int64_t, bool> chinaTeam;
    for (const auto& user : unwrap(UserService(*s_ws).list()))
        if (user.role == Role::AccountManager)
            chinaTeam[user.id] = user.supervisorUsername == "zhou.min";
    int owned = 0;
    for (const CustomerData& c : *s_data) {
        if (!c.record.ownerId)
            continue;
        ++owned;
        ASSERT_TRUE(chinaTeam.count(*c.record.ownerId)) << c.record.code;
        EXPECT_EQ(chinaTeam.at(*c.record.ownerId), hasChinese(c.record.name)) << c.record.code;
    }
    EXPECT_GT(owned, kCustomers / 2);
}

TEST_F(TestDemoGenerator, UsesEveryChannelKindAndDirection) {
    std::set<std::string> channels, kinds, directions;
    int onJourney = 0, total = 0;
    for (const CustomerData& c : *s_data)
        for (const auto& i : c.interactions) {
            channels.insert(i.channel);
            kinds.insert(i.kind);
            directions.insert(i.direction);
            onJourney += i.touchpointId.has_value();
            ++total;
        }
    EXPECT_EQ(channels, (std::set<std::string>{"phone", "email", "visit", "wechat", "app", "social",
                                               "web", "other"}));
    EXPECT_EQ(kinds,
              (std::set<std::string>{"call", "meeting", "email", "message", "complaint", "referral",
                                     "review", "share", "comment", "visit", "other"}));
    EXPECT_EQ(directions, (std::set<std::string>{"inbound", "outbound"}));
    EXPECT_GT(onJourney, total / 2);
}

TEST_F(TestDemoGenerator, SocialActivityGoesWithValue) {
    std::vector<double> spend, social;
    for (const CustomerData& c : *s_data) {
        spend.push_back(std::log1p(std::max<double>(0, static_cast<double>(c.netCents()))));
        social.push_back(static_cast<double>(
            std::count_if(c.interactions.begin(), c.interactions.end(), [](const auto& i) {
                return i.kind == "referral" || i.kind == "review" || i.kind == "share" ||
                       i.kind == "comment";
            })));
    }
    EXPECT_GT(correlation(spend, social), 0.1);
}

TEST_F(TestDemoGenerator, NamesCustomersInChineseAndEnglish) {
    int chinese = 0, english = 0, companies = 0, withContacts = 0;
    for (const CustomerData& c : *s_data) {
        chinese += hasChinese(c.record.name);
        english += !hasChinese(c.record.name);
        if (c.record.kind == "company") {
            ++companies;
            withContacts += !c.record.contacts.empty() && c.record.contacts.size() <= 3;
        } else {
            EXPECT_TRUE(c.record.phone && c.record.email && c.record.idNumber && c.record.address)
                << c.record.code;
        }
    }
    EXPECT_GT(chinese, kCustomers / 2);
    EXPECT_GT(english, kCustomers / 10);
    EXPECT_EQ(withContacts, companies);
    const auto person = std::find_if(s_data->begin(), s_data->end(), [](const auto& c) {
        return c.record.kind == "person" && !hasChinese(c.record.name);
    });
    ASSERT_NE(person, s_data->end());
    EXPECT_TRUE(isLatinName(person->record.name)) << person->record.name;
}

TEST_F(TestDemoGenerator, FillsTheMasterRecordForTheCompletenessDashboard) {
    int tagged = 0, withIndustry = 0;
    std::set<std::string> lifecycles, risks;
    for (const CustomerData& c : *s_data) {
        tagged += !c.record.tags.empty();
        withIndustry += !c.record.industry.empty();
        lifecycles.insert(c.record.lifecycle);
        risks.insert(c.record.risk);
        EXPECT_FALSE(c.record.region.empty());
        EXPECT_FALSE(c.record.channel.empty());
    }
    EXPECT_GT(tagged, kCustomers * 8 / 10);
    EXPECT_GT(withIndustry, kCustomers * 9 / 10);
    EXPECT_EQ(lifecycles.size(), 6u);
    EXPECT_EQ(risks.size(), 3u);
}

TEST_F(TestDemoGenerator, SpendIsHeavyTailedWithRefundsAndAFourthQuarterPeak) {
    std::vector<double> spend;
    int refunds = 0;
    std::map<int, int> ordersByMonth;
    for (const CustomerData& c : *s_data) {
        spend.push_back(std::max<double>(0, static_cast<double>(c.netCents())));
        for (const auto& t : c.transactions) {
            refunds += t.amountCents < 0;
            if (t.amountCents >= 0)
                ++ordersByMonth[Calendar::dateFromDay(t.day).month()];
        }
    }
    std::sort(spend.begin(), spend.end(), std::greater<>());
    const double total = std::accumulate(spend.begin(), spend.end(), 0.0);
    const double top = std::accumulate(spend.begin(), spend.begin() + kCustomers / 10, 0.0);
    EXPECT_GT(top / total, 0.3);
    EXPECT_GT(refunds, 0);
    EXPECT_GT(ordersByMonth[11], ordersByMonth[6] * 13 / 10);
}

TEST_F(TestDemoGenerator, SurveyAnswersRiseWithSpend) {
    std::vector<double> logSpend, meanAnswer;
    int respondents = 0;
    for (const CustomerData& c : *s_data) {
        respondents += !c.surveys.empty();
        int sum = 0, count = 0;
        for (const auto& s : c.surveys) {
            ASSERT_TRUE(s.nps && *s.nps >= 0 && *s.nps <= 10);
            ASSERT_TRUE(s.csat && *s.csat >= 1 && *s.csat <= 5);
            ASSERT_TRUE(s.ces && *s.ces >= 1 && *s.ces <= 7);
            EXPECT_TRUE(s.answers.empty() || s.answers.size() == 15);
            for (const auto& a : s.answers) {
                ASSERT_TRUE(a.dimension >= 1 && a.dimension <= 5 && a.item >= 1 && a.item <= 3);
                ASSERT_TRUE(a.value >= 1 && a.value <= 7);
                sum += a.value;
                ++count;
            }
        }
        if (count > 0) {
            logSpend.push_back(std::log1p(std::max<double>(0, static_cast<double>(c.netCents()))));
            meanAnswer.push_back(static_cast<double>(sum) / count);
        }
    }
    EXPECT_NEAR(static_cast<double>(respondents) / kCustomers, 1.0 / 3, 0.1);
    EXPECT_GT(correlation(logSpend, meanAnswer), 0.15);
}

TEST_F(TestDemoGenerator, TicketsHaveServiceTimesMostlyWithinADay) {
    constexpr std::int64_t kDayMs = 24 * 3600 * 1000;
    int responded = 0, withinDay = 0, unresolved = 0, complaints = 0, total = 0;
    for (const CustomerData& c : *s_data)
        for (const auto& t : c.tickets) {
            ++total;
            complaints += t.isComplaint;
            unresolved += !t.resolvedAt;
            if (t.firstResponseAt) {
                ++responded;
                withinDay += *t.firstResponseAt - t.openedAt <= kDayMs;
                EXPECT_GE(*t.firstResponseAt, t.openedAt);
            }
            if (t.resolvedAt) {
                EXPECT_TRUE(t.status == "resolved" || t.status == "closed");
            }
        }
    ASSERT_GT(total, 0);
    EXPECT_GT(complaints, 0);
    EXPECT_LT(complaints, total);
    EXPECT_GT(withinDay, responded * 8 / 10);
    EXPECT_LT(withinDay, responded);
    EXPECT_GT(unresolved, 0);
}

TEST_F(TestDemoGenerator, IndexesTheCustomersForSearchAndKeepsIndexingNewOnes) {
    CustomerService service(*s_ws);
    // A contact's name of three characters or more is looked up in the full-text index.
    const auto longName = [](const storage::ContactRecord& k) {
        return QString::fromStdString(k.name).size() >= 3;
    };
    const auto company = std::find_if(s_data->begin(), s_data->end(), [&](const auto& c) {
        return std::any_of(c.record.contacts.begin(), c.record.contacts.end(), longName);
    });
    ASSERT_NE(company, s_data->end());
    PortfolioFilter byContact;
    byContact.search =
        std::find_if(company->record.contacts.begin(), company->record.contacts.end(), longName)
            ->name;
    byContact.includeArchived = true;
    const auto found = unwrap(service.queryIds(byContact));
    EXPECT_NE(std::find(found.begin(), found.end(), company->record.id), found.end());

    storage::CustomerRecord added;
    added.code = "NEW-1";
    added.name = "Zyxwvut Trading";
    const std::int64_t id = unwrap(service.create(added));
    PortfolioFilter byName;
    byName.search = "Zyxwvut";
    EXPECT_EQ(unwrap(service.queryIds(byName)), std::vector<std::int64_t>{id});
    ASSERT_TRUE(service.discardNew(id).ok());
}

TEST_F(TestDemoGenerator, LeavesAFullyIndexedSoundDatabaseInWalMode) {
    // The load builds the secondary indexes at its end and writes through a
    // rollback journal; afterwards the file must be as a new one would be.
    test::TempDir dir;
    auto fresh = newWorkspace(dir.path("fresh.tessera"));
    const std::vector<std::string> expected = indexDefinitions(fresh->db());
    EXPECT_GT(expected.size(), 20u);
    EXPECT_EQ(indexDefinitions(s_ws->db()), expected);
    auto mode = unwrap(s_ws->db().prepare("PRAGMA journal_mode"));
    ASSERT_TRUE(unwrap(mode.step()));
    EXPECT_EQ(mode.text(0), "wal");
    auto check = unwrap(s_ws->db().prepare("PRAGMA integrity_check"));
    ASSERT_TRUE(unwrap(check.step()));
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_EQ(unwrap(s_ws->db().queryInt64("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    // The indexes serve queries again.
    auto plan = unwrap(s_ws->db().prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM interactions WHERE customer_id = 5 ORDER BY day"));
    ASSERT_TRUE(unwrap(plan.step()));
    EXPECT_NE(plan.text(3).find("interactions_customer"), std::string::npos) << plan.text(3);
}

TEST_F(TestDemoGenerator, RefusesADatabaseThatAlreadyHasCustomers) {
    auto again = DemoGenerator(*s_ws).generate(DemoOptions{});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidArgument);
}

TEST(TestDemoGeneratorRuns, TheSameSeedGivesTheSameDataAndAnotherSeedOtherData) {
    test::TempDir dir;
    // More customers than one batch, so a batch is generated while another is written.
    constexpr std::int64_t kCustomers = 1200;
    const std::string first = digestOfNewDatabase(dir, "a.tessera", kCustomers, 7);
    EXPECT_EQ(first, digestOfNewDatabase(dir, "b.tessera", kCustomers, 7));
    EXPECT_NE(first, digestOfNewDatabase(dir, "c.tessera", kCustomers, 8));
}

TEST(TestDemoGeneratorRuns, CancellingLeavesNothingBehind) {
    test::TempDir dir;
    auto ws = newWorkspace(dir.path("cancel.tessera"));
    std::atomic_bool cancel = false;
    int reports = 0;
    JobControl job(
        [&](int percent, const std::string&) {
            if (percent > 5 && ++reports == 2)
                cancel = true;
        },
        &cancel);
    DemoOptions options;
    options.customers = 5000;
    auto result = DemoGenerator(*ws).generate(options, job);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    storage::PortfolioQuery everyone;
    everyone.includeArchived = true;
    EXPECT_EQ(unwrap(storage::CustomerRepository(ws->db(), ws->cipher()).count(everyone)), 0);
    EXPECT_EQ(unwrap(storage::UserRepository(ws->db()).count()), 1); // the administrator
    // The indexes the load set aside are back.
    auto fresh = newWorkspace(dir.path("fresh.tessera"));
    EXPECT_EQ(indexDefinitions(ws->db()), indexDefinitions(fresh->db()));
}

TEST(TestDemoGeneratorRuns, OnlyAnAdministratorMayGenerate) {
    test::TempDir dir;
    const std::string path = dir.path("roles.tessera");
    test::makeStandardDatabase(path);
    auto ws = test::openAs(path, "ana");
    auto result = DemoGenerator(*ws).generate(DemoOptions{});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied);
}

TEST(TestDemoGeneratorRuns, EveryWordListIsEmbedded) {
    for (const char* name : {"surnames_zh",
                             "given_names_zh",
                             "surnames_en",
                             "given_names_en",
                             "company_cores_zh",
                             "company_trades_zh",
                             "company_suffixes_zh",
                             "company_cores_en",
                             "company_trades_en",
                             "cities_cn",
                             "cities_abroad",
                             "streets_zh",
                             "contact_roles",
                             "email_domains",
                             "tags",
                             "acquisition_channels",
                             "ticket_subjects",
                             "outcomes",
                             "notes",
                             "survey_comments",
                             "lunar_new_year"})
        EXPECT_FALSE(DemoWordList::named(name).empty()) << name;
    EXPECT_EQ(DemoOptions::kDefaultEndDay, Calendar::dayFromDate(QDate(2026, 10, 31)));
}
