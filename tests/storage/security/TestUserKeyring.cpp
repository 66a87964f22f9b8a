#include "storage/security/UserKeyring.h"

#include <gtest/gtest.h>

using namespace tessera::storage;

TEST(TestUserKeyring, ThePasswordUnlocksTheDataKeyAndNothingElseDoes) {
    const SecretKey dataKey = SecretKey::random();
    auto credentials = UserKeyring::create("correct horse", dataKey);
    ASSERT_TRUE(credentials.ok()) << credentials.error().message;
    EXPECT_EQ(credentials->passwordHash.rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(UserKeyring::verifyPassword(credentials->passwordHash, "correct horse"));
    EXPECT_FALSE(UserKeyring::verifyPassword(credentials->passwordHash, "correct horse "));
    auto unlocked = UserKeyring::unlockDataKey(*credentials, "correct horse");
    ASSERT_TRUE(unlocked.ok());
    EXPECT_TRUE(
        std::equal(unlocked->bytes().begin(), unlocked->bytes().end(), dataKey.bytes().begin()));
    auto wrong = UserKeyring::unlockDataKey(*credentials, "wrong horse");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, tessera::ErrorCode::AuthenticationFailed);
}

TEST(TestUserKeyring, ResealingGivesTheUserANewDataKeyWithoutTheirPassword) {
    auto credentials = UserKeyring::create("password-1", SecretKey::random());
    const SecretKey rotated = SecretKey::random();
    auto sealed = UserKeyring::sealDataKey(credentials->publicKey, rotated);
    ASSERT_TRUE(sealed.ok());
    credentials->dataKeySealed = *sealed;
    auto unlocked = UserKeyring::unlockDataKey(*credentials, "password-1");
    ASSERT_TRUE(unlocked.ok());
    EXPECT_TRUE(
        std::equal(unlocked->bytes().begin(), unlocked->bytes().end(), rotated.bytes().begin()));
}
