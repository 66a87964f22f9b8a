// The data-quality figures and the duplicate list on a team server (issue 13
// with issue 14): an analyst may not read phones, emails or their keyed
// hashes there, so the figures that need them come from the server's
// functions; each user still sees the same figures and pairs as in the file.

#include "domain/customers/CustomerService.h"
#include "domain/duplicates/DuplicateFinder.h"
#include "domain/quality/QualityService.h"
#include "postgres/ServerFixture.h"

namespace tessera::test {
namespace {

class TestServerQuality : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        path = demoOnServer();
    }

    std::string path;
};

std::vector<std::pair<std::int64_t, std::int64_t>> pairIds(const domain::DuplicateList& list) {
    std::vector<std::pair<std::int64_t, std::int64_t>> ids;
    for (const domain::DuplicatePair& pair : list.pairs)
        ids.emplace_back(pair.first.id, pair.second.id);
    return ids;
}

TEST_F(TestServerQuality, EachReviewerGetsTheFileFiguresAndPairsFromTheServer) {
    // Two customers sharing a phone, made alike in the file and on the server.
    {
        auto file = demoAs(path, "zhang.wei");
        auto server = serverAs("zhang.wei");
        for (const char* code : {"DUP1", "DUP2"}) {
            storage::CustomerRecord c;
            c.code = code;
            c.name = std::string("Shared Phone ") + code;
            c.phone = "13700137000";
            ASSERT_TRUE(domain::CustomerService(*file).create(c));
            ASSERT_TRUE(domain::CustomerService(*server).create(c));
        }
    }
    for (const char* user : {"chen.jing", "zhou.min", "admin"}) {
        SCOPED_TRACE(user);
        auto file = demoAs(path, user);
        auto server = serverAs(user);
        auto inFile = domain::QualityService(*file).compute({});
        auto onServer = domain::QualityService(*server).compute({});
        ASSERT_TRUE(inFile) << inFile.error().message;
        ASSERT_TRUE(onServer) << onServer.error().message;
        ASSERT_GT(inFile->overall.customers, 0);
        EXPECT_EQ(onServer->overall.customers, inFile->overall.customers);
        ASSERT_EQ(onServer->overall.fields.size(), inFile->overall.fields.size());
        for (std::size_t i = 0; i < inFile->overall.fields.size(); ++i)
            EXPECT_EQ(onServer->overall.fields[i].filled, inFile->overall.fields[i].filled)
                << "field " << i;
        EXPECT_EQ(onServer->overall.tags.filled, inFile->overall.tags.filled);
        ASSERT_EQ(onServer->byOwner.size(), inFile->byOwner.size());

        auto missing =
            domain::QualityService(*file).incomplete(domain::QualityField::PhoneOrEmail, {}, 20);
        auto missingOnServer =
            domain::QualityService(*server).incomplete(domain::QualityField::PhoneOrEmail, {}, 20);
        ASSERT_TRUE(missing && missingOnServer);
        ASSERT_EQ(missingOnServer->size(), missing->size());
        for (std::size_t i = 0; i < missing->size(); ++i)
            EXPECT_EQ((*missingOnServer)[i].code, (*missing)[i].code);

        auto pairs = domain::DuplicateFinder(*file).find();
        auto pairsOnServer = domain::DuplicateFinder(*server).find();
        ASSERT_TRUE(pairs) << pairs.error().message;
        ASSERT_TRUE(pairsOnServer) << pairsOnServer.error().message;
        EXPECT_GT(pairs->total, 0);
        EXPECT_EQ(pairsOnServer->total, pairs->total);
        EXPECT_EQ(pairIds(*pairsOnServer), pairIds(*pairs));
        EXPECT_EQ(pairsOnServer->masked, pairs->masked);
    }
}

} // namespace
} // namespace tessera::test
