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
    EXPECT_EQ(FieldCipher::normalisePhone("+86 (138) 0013-8000"), "13800138000");
    EXPECT_EQ(FieldCipher::normaliseEmail("  Li.Na@Example.COM "), "li.na@example.com");
    EXPECT_EQ(cipher->lookupHash("8613800138000"), again->lookupHash("8613800138000"));
    EXPECT_NE(cipher->lookupHash("8613800138000"), cipher->lookupHash("8613800138001"));
    auto otherKey = FieldCipher::create(SecretKey::random());
    EXPECT_NE(cipher->lookupHash("8613800138000"), otherKey->lookupHash("8613800138000"));
}

TEST(TestFieldCipher, PhonesMeetWithOrWithoutTheirCountryCode) {
    for (const char* same :
         {"+86 138-0013-8000", "0086 13800138000", "8613800138000", "13800138000", "138 0013 8000",
          "+86-138-0013-8000", "(+86)13800138000"})
        EXPECT_EQ(FieldCipher::normalisePhone(same), "13800138000") << same;
    // A Chinese landline dialled from abroad has no trunk 0.
    EXPECT_EQ(FieldCipher::normalisePhone("+86 10 6552 9988"), "01065529988");
    EXPECT_EQ(FieldCipher::normalisePhone("010-6552-9988"), "01065529988");
    // North America: +1 or 001 before ten digits.
    EXPECT_EQ(FieldCipher::normalisePhone("+1 (415) 555-0100"), "4155550100");
    EXPECT_EQ(FieldCipher::normalisePhone("001 415 555 0100"), "4155550100");
    EXPECT_EQ(FieldCipher::normalisePhone("415-555-0100"), "4155550100");
    // Without "+" or "00" a leading 1 is a Chinese mobile's, never a country code.
    EXPECT_EQ(FieldCipher::normalisePhone("14155550100"), "14155550100");
    EXPECT_EQ(FieldCipher::normalisePhone("13800138000"), "13800138000");
    // A bare 86 goes before a whole Chinese number only.
    EXPECT_EQ(FieldCipher::normalisePhone("861065529988"), "01065529988");
    EXPECT_EQ(FieldCipher::normalisePhone("86123456"), "86123456");
    // Other countries keep their code.
    EXPECT_EQ(FieldCipher::normalisePhone("+49 30 1234567"), "49301234567");
    EXPECT_EQ(FieldCipher::normalisePhone("0049 30 1234567"), "49301234567");
    // One digit apart stays apart.
    EXPECT_NE(FieldCipher::normalisePhone("+86 138-0013-8000"),
              FieldCipher::normalisePhone("13800138001"));
    EXPECT_EQ(FieldCipher::normalisePhone(""), "");
    EXPECT_EQ(FieldCipher::normalisePhone("+"), "");
}

TEST(TestFieldCipher, EmailsAndIdNumbersAreNormalised) {
    EXPECT_EQ(FieldCipher::normaliseEmail("Li.Na@Example.com "), "li.na@example.com");
    EXPECT_EQ(FieldCipher::normaliseEmail("\tli.na@example.com"), "li.na@example.com");
    EXPECT_EQ(FieldCipher::normaliseIdNumber(" 11010519491231002x "), "11010519491231002X");
    EXPECT_EQ(FieldCipher::normaliseIdNumber("110105-19491231-002X"), "11010519491231002X");
    EXPECT_EQ(FieldCipher::normaliseIdNumber("110105 1949 1231 002X"), "11010519491231002X");
    EXPECT_NE(FieldCipher::normaliseIdNumber("11010519491231002X"),
              FieldCipher::normaliseIdNumber("110105194912310021"));
}
