#include "storage/customers/HanReadings.h"
#include "storage/customers/SearchKeys.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace tessera::storage;

namespace {

bool has(const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

TEST(TestSearchKeys, ReadingsComeFromUnihanWithoutTones) {
    EXPECT_EQ(hanReadingsOf(U'张'), "zhang");
    EXPECT_EQ(hanReadingsOf(U'单'), "dan chan shan"); // kMandarin's first, then the others
    EXPECT_EQ(hanReadingsOf(U'吕'), "lv lu");         // ü typed either way
    // Only the modern readings: kHanyuPinyin's classical "qí" of 技 is left out.
    EXPECT_EQ(hanReadingsOf(U'技'), "ji");
    EXPECT_EQ(hanReadingsOf(U'a'), "");
}

TEST(TestSearchKeys, APersonsNameGivesFullPinyinInitialsAndItsBigram) {
    const auto keys = searchKeysOf("张伟");
    EXPECT_EQ(keys, (std::vector<std::string>{"张伟", "zhangwei", "zw"}));
}

TEST(TestSearchKeys, APolyphonicCharacterGivesEachOfItsReadings) {
    for (const char* full : {"danfang", "chanfang", "shanfang"})
        EXPECT_TRUE(has(searchKeysOf("单芳"), full)) << full;
    for (const char* full : {"zengli", "cengli"})
        EXPECT_TRUE(has(searchKeysOf("曾丽"), full)) << full;
    const auto music = searchKeysOf("乐乐");
    for (const char* full : {"lele", "leyue", "yuele", "yueyue", "ll", "ly", "yl", "yy"})
        EXPECT_TRUE(has(music, full)) << full;
}

TEST(TestSearchKeys, ALongNameKeepsEveryReadingOfItsFirstCharactersWithinTheCap) {
    // 长 (zhang, chang), 行 (xing, hang, heng), 重 (zhong, chong), 乐 (le, yue):
    // 24 combinations, of which the most common 16 are kept.
    const auto keys = searchKeysOf("长行重乐");
    std::size_t pinyin = 0;
    for (const std::string& key : keys)
        pinyin += std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    EXPECT_LE(pinyin, 2 * kMaxReadingCombinations);
    for (const char* full : {"zhangxingzhongle", "changxingzhongle", "zhanghangzhongle",
                             "zhangxingchongle", "zhangxingzhongyue"})
        EXPECT_TRUE(has(keys, full)) << full;
}

TEST(TestSearchKeys, ACompanyNameGivesEveryBigramAndCutPinyin) {
    const auto keys = searchKeysOf("北京星辰科技有限公司");
    for (const char* bigram : {"北京", "京星", "星辰", "辰科", "科技", "技有", "有限", "公司"})
        EXPECT_TRUE(has(keys, bigram)) << bigram;
    EXPECT_TRUE(has(keys, "bjxckjyxgs"));
    EXPECT_TRUE(has(keys, std::string("beijingxingchenkejiyouxiangongsi").substr(0, 24)));
    for (const std::string& key : keys)
        EXPECT_LE(key.size(), std::max<std::size_t>(kMaxPinyinKeyLength, 6)) << key;
}

TEST(TestSearchKeys, LatinNamesGetNoPinyinKeys) {
    EXPECT_TRUE(searchKeysOf("Zhang Wei").empty());
    EXPECT_TRUE(searchKeysOf("Acme Co., Ltd.").empty());
    // A name that begins in Latin letters gets marked bigrams only.
    EXPECT_EQ(searchKeysOf("TCL科技"), (std::vector<std::string>{"#科技"}));
    // One character: no bigram, and a one-letter initial is no key.
    EXPECT_EQ(searchKeysOf("张"), (std::vector<std::string>{"zhang"}));
}

TEST(TestSearchKeys, SearchTextsBecomeKeys) {
    EXPECT_EQ(pinyinSearchKey("Zhang Wei"), "zhangwei");
    EXPECT_EQ(pinyinSearchKey("xi'an"), "xian");
    EXPECT_EQ(pinyinSearchKey("zw"), "zw");
    EXPECT_FALSE(pinyinSearchKey("z"));
    EXPECT_FALSE(pinyinSearchKey("C0001"));
    EXPECT_FALSE(pinyinSearchKey("张wei"));
    EXPECT_EQ(bigramSearchKey("科技"), "科技");
    EXPECT_FALSE(bigramSearchKey("科"));
    EXPECT_FALSE(bigramSearchKey("科技有"));
    EXPECT_FALSE(bigramSearchKey("科a"));
    EXPECT_EQ(nameStart("张伟"), "张");
    EXPECT_EQ(nameStart("TCL科技"), "T");
    EXPECT_EQ(nameStart(""), "");
}
