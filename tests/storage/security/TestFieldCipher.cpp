#include "storage/security/FieldCipher.h"

#include <gtest/gtest.h>

using namespace tessera::storage;

TEST(TestFieldCipher, RoundTripsAndHidesThePlaintext) {
    auto cipher = FieldCipher::create(SecretKey::random());
    ASSERT_TRUE(cipher.ok()) << cipher.error().message;
    const Bytes sealed = cipher->encrypt("+86 138 0013 8000", "customers.phone");
    const std::string raw(sealed.begin(), sealed.end());
    EXPECT_EQ(raw.find("138"), std::string::npos);
    EXPECT_EQ(cipher->decrypt(sealed, "customers.phone").value(), "+86 138 0013 8000");
}

TEST(TestFieldCipher, UsesAFreshNonceEveryTime) {
    auto cipher = FieldCipher::create(SecretKey::random());
    EXPECT_NE(cipher->encrypt("same", "c"), cipher->encrypt("same", "c"));
}

TEST(TestFieldCipher, RejectsTamperingAnotherColumnOrAnotherKey) {
    auto cipher = FieldCipher::create(SecretKey::random());
    Bytes sealed = cipher->encrypt("zhang@example.com", "customers.email");
    EXPECT_FALSE(cipher->decrypt(sealed, "customers.phone").ok());
    auto other = FieldCipher::create(SecretKey::random());
    EXPECT_FALSE(other->decrypt(sealed, "customers.email").ok());
    sealed.back() ^= 1;
    auto tampered = cipher->decrypt(sealed, "customers.email");
    ASSERT_FALSE(tampered.ok());
    EXPECT_EQ(tampered.error().code, tessera::ErrorCode::Corrupt);
    EXPECT_FALSE(cipher->decrypt(Bytes{1, 2, 3}, "customers.email").ok());
}

TEST(TestFieldCipher, LookupHashesMatchNormalisedValuesOnly) {
    const SecretKey key = SecretKey::random();
    auto cipher = FieldCipher::create(key);
    auto again = FieldCipher::create(key);
    EXPECT_EQ(FieldCipher::normalisePhone("+86 (138) 0013-8000"), "8613800138000");
    EXPECT_EQ(FieldCipher::normaliseEmail("  Li.Na@Example.COM "), "li.na@example.com");
    EXPECT_EQ(cipher->lookupHash("8613800138000"), again->lookupHash("8613800138000"));
    EXPECT_NE(cipher->lookupHash("8613800138000"), cipher->lookupHash("8613800138001"));
    auto otherKey = FieldCipher::create(SecretKey::random());
    EXPECT_NE(cipher->lookupHash("8613800138000"), otherKey->lookupHash("8613800138000"));
}
