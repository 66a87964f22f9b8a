#include "storage/customers/NameKey.h"

#include <gtest/gtest.h>

using tessera::storage::nameKey;

TEST(TestNameKey, ChineseCompanySuffixesGo) {
    const std::string key = nameKey("北京星辰科技");
    EXPECT_EQ(key, "北京星辰科技");
    for (const char* same :
         {"北京星辰科技有限公司", "北京星辰科技股份有限公司", "北京星辰科技有限责任公司",
          "北京星辰科技集团有限公司", "北京星辰科技公司", "北京星辰科技 有限公司",
          "北京星辰科技（集团）有限公司", " 北京星辰科技有限公司 "})
        EXPECT_EQ(nameKey(same), key) << same;
    // A branch is its own record; a name that is only a suffix keeps it.
    EXPECT_EQ(nameKey("北京星辰科技有限公司上海分公司"), "北京星辰科技有限公司上海分公司");
    EXPECT_EQ(nameKey("有限公司"), "有限公司");
}

TEST(TestNameKey, LatinLegalFormsGoAsWholeWords) {
    const std::string key = nameKey("Acme");
    EXPECT_EQ(key, "acme");
    for (const char* same : {"ACME Co., Ltd.", "Acme Co.,Ltd", "Acme Inc.", "Acme LLC", "acme gmbh",
                             "Acme GmbH & Co. KG", "Acme Corp.", "Acme Corporation", "Acme Limited",
                             "Acme AG", "Acme S.A.", "Acme Co.Ltd", "  acme  "})
        EXPECT_EQ(nameKey(same), key) << same;
    EXPECT_EQ(nameKey("Red Bag"), "redbag"); // "ag" only as a word of its own
    EXPECT_EQ(nameKey("Limited"), "limited");
    EXPECT_EQ(nameKey("Smith & Sons Ltd"), "smithsons");
}

TEST(TestNameKey, FullWidthCaseAndPunctuationFold) {
    EXPECT_EQ(nameKey("ＡＢＣ　Ｔｒａｄｉｎｇ１"), nameKey("abc trading 1"));
    EXPECT_EQ(nameKey("Li Na"), "lina");
    EXPECT_EQ(nameKey("LI-NA"), "lina");
    EXPECT_EQ(nameKey("李·娜"), "李娜");
    EXPECT_EQ(nameKey("《星辰》科技、有限公司"), "星辰科技");
    EXPECT_EQ(nameKey("ÉCOLE Müller"), "écolemüller");
    EXPECT_EQ(nameKey("!!!"), "");
    EXPECT_EQ(nameKey(""), "");
    EXPECT_EQ(nameKey(std::string_view("\xE5\x8C", 2)), ""); // a cut UTF-8 sequence
}

TEST(TestNameKey, DifferentPeopleStayApart) {
    EXPECT_NE(nameKey("张伟"), nameKey("张芳"));
    EXPECT_NE(nameKey("Li Na"), nameKey("Li Wei"));
    EXPECT_NE(nameKey("北京星辰科技有限公司"), nameKey("北京星光科技有限公司"));
}
