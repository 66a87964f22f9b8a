// tessera-cli customers --search, run as a real process: Chinese names are
// found by pinyin and initials, and companies by a two-character word
// anywhere in the name (storage/customers/SearchKeys).

#include "CliDatabaseFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <set>

using namespace tessera::test;

namespace {

class TestCustomerSearch : public CliDatabaseFixture {
protected:
    void SetUp() override {
        CliDatabaseFixture::SetUp();
        const std::string file = write("customers.csv", "code,name,kind\n"
                                                        "P1,张伟,person\n"
                                                        "P2,张伟,person\n"
                                                        "P3,赵文,person\n"
                                                        "P4,单芳,person\n"
                                                        "P5,Zhang Wei Trading,company\n"
                                                        "K1,北京星辰科技有限公司,company\n"
                                                        "K2,杭州云帆科技股份有限公司,company\n"
                                                        "K3,上海贸易有限公司,company\n");
        const CliRun import =
            cli("admin", {"import", "customers", "--file", QString::fromStdString(file)});
        ASSERT_EQ(import.exitCode, 0) << import.err;
    }

    std::set<std::string> codesFound(const QString& text) {
        const CliRun found = cli("admin", {"customers", "--search", text, "--json", "--all"});
        EXPECT_EQ(found.exitCode, 0) << found.err;
        std::set<std::string> codes;
        for (const auto& row : found.json().array())
            codes.insert(row.toObject()["code"].toString().toStdString());
        return codes;
    }
};

using Codes = std::set<std::string>;

} // namespace

TEST_F(TestCustomerSearch, FindsChineseNamesByPinyinAndInitials) {
    EXPECT_EQ(codesFound("zhangwei"), (Codes{"P1", "P2"}));
    EXPECT_EQ(codesFound("zhang wei"), (Codes{"P1", "P2", "P5"})); // and the Latin name
    EXPECT_EQ(codesFound("zw"), (Codes{"P1", "P2", "P3"}));
    EXPECT_EQ(codesFound("shanfang"), (Codes{"P4"})); // 单 read shan
    EXPECT_EQ(codesFound("danfang"), (Codes{"P4"}));  // and dan
    EXPECT_EQ(codesFound("bjxckj"), (Codes{"K1"}));
}

TEST_F(TestCustomerSearch, FindsCompaniesByATwoCharacterWordAnywhere) {
    EXPECT_EQ(codesFound(QStringLiteral("科技")), (Codes{"K1", "K2"}));
    EXPECT_EQ(codesFound(QStringLiteral("贸易")), (Codes{"K3"}));
    EXPECT_EQ(codesFound(QStringLiteral("星辰")), (Codes{"K1"}));
    EXPECT_EQ(codesFound(QStringLiteral("张")), (Codes{"P1", "P2"})); // one character: a prefix
}
