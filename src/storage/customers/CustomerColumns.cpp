#include "storage/customers/CustomerColumns.h"

#include "storage/customers/NameKey.h"
#include "storage/security/PersonalDataColumns.h"

namespace tessera::storage {

void bindOptionalBlob(Statement& stmt, int index, const std::optional<Bytes>& blob) {
    if (blob)
        stmt.bindBlob(index, *blob);
    else
        stmt.bindNull(index);
}

std::optional<Bytes> optionalBlob(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return s.blob(column);
}

namespace {

std::optional<Bytes> optionalHash(const FieldCipher& cipher, LookupNormalisation normalisation,
                                  const std::optional<std::string>& plain) {
    if (!plain)
        return std::nullopt;
    Bytes hash = lookupHashOf(cipher, normalisation, *plain);
    if (hash.empty())
        return std::nullopt;
    return hash;
}

} // namespace

std::optional<Bytes> phoneHash(const FieldCipher& cipher, const std::optional<std::string>& phone) {
    return optionalHash(cipher, LookupNormalisation::Phone, phone);
}

std::optional<Bytes> emailHash(const FieldCipher& cipher, const std::optional<std::string>& email) {
    return optionalHash(cipher, LookupNormalisation::Email, email);
}

std::optional<Bytes> idNumberHash(const FieldCipher& cipher,
                                  const std::optional<std::string>& idNumber) {
    return optionalHash(cipher, LookupNormalisation::IdNumber, idNumber);
}

SealedFields sealFields(const CustomerRecord& c, const FieldCipher& cipher) {
    SealedFields s;
    s.phone = cipher.encryptOptional(c.phone, kCustomerPhoneLabel);
    s.email = cipher.encryptOptional(c.email, kCustomerEmailLabel);
    s.idNumber = cipher.encryptOptional(c.idNumber, kCustomerIdNumberLabel);
    s.address = cipher.encryptOptional(c.address, kCustomerAddressLabel);
    s.notes = cipher.encryptOptional(c.notes, kCustomerNotesLabel);
    s.phoneHash = phoneHash(cipher, c.phone);
    s.emailHash = emailHash(cipher, c.email);
    s.idNumberHash = idNumberHash(cipher, c.idNumber);
    s.nameKey = nameKey(c.name);
    return s;
}

SealedCustomer sealCustomer(CustomerRecord record, const FieldCipher& cipher) {
    SealedCustomer out{std::move(record), {}};
    out.sealed = sealFields(out.record, cipher);
    for (std::optional<std::string>* plain :
         {&out.record.phone, &out.record.email, &out.record.idNumber, &out.record.address,
          &out.record.notes})
        plain->reset();
    return out;
}

namespace {

// `uncopied`: the record outlives the statement's run, so SQLite may read
// its text and bytes in place (a bulk load binds millions of them).
void bindFields(Statement& stmt, int i, const CustomerRecord& c, const SealedFields& s,
                bool uncopied) {
    const auto text = [&](int index, const std::string& value) {
        uncopied ? stmt.bindUncopied(index, value) : stmt.bind(index, value);
    };
    const auto blob = [&](int index, const std::optional<Bytes>& value) {
        if (!value)
            stmt.bindNull(index);
        else
            uncopied ? stmt.bindBlobUncopied(index, *value) : stmt.bindBlob(index, *value);
    };
    text(i, c.code);
    text(i + 1, c.name);
    text(i + 2, c.kind);
    text(i + 3, c.industry);
    text(i + 4, c.region);
    text(i + 5, c.channel);
    stmt.bind(i + 6, c.ownerId);
    text(i + 7, c.lifecycle);
    text(i + 8, c.risk);
    text(i + 9, c.consentChannels);
    text(i + 10, c.contactFrequency);
    stmt.bind(i + 11, c.unsubscribed ? 1 : 0);
    blob(i + 12, s.phone);
    blob(i + 13, s.email);
    blob(i + 14, s.idNumber);
    blob(i + 15, s.address);
    blob(i + 16, s.notes);
    blob(i + 17, s.phoneHash);
    blob(i + 18, s.emailHash);
    blob(i + 19, s.idNumberHash);
    text(i + 20, s.nameKey);
    stmt.bind(i + 21, c.archived ? 1 : 0).bind(i + 22, c.updatedAt);
}

void bindCreatedAndId(Statement& stmt, int first, const CustomerRecord& c) {
    stmt.bind(first + kCustomerSharedFields, c.createdAt);
    if (c.id > 0)
        stmt.bind(first + kCustomerSharedFields + 1, c.id);
    else
        stmt.bindNull(first + kCustomerSharedFields + 1);
}

} // namespace

void bindCustomerFields(Statement& stmt, int first, const CustomerRecord& c,
                        const FieldCipher& cipher) {
    bindFields(stmt, first, c, sealFields(c, cipher), /*uncopied=*/false);
}

const std::vector<std::string>& customerInsertColumns() {
    static const std::vector<std::string> columns = {"code",
                                                     "name",
                                                     "kind",
                                                     "industry",
                                                     "region",
                                                     "channel",
                                                     "owner_id",
                                                     "lifecycle",
                                                     "risk",
                                                     "consent_channels",
                                                     "contact_frequency",
                                                     "unsubscribed",
                                                     "phone",
                                                     "email",
                                                     "id_number",
                                                     "address",
                                                     "notes",
                                                     "phone_hash",
                                                     "email_hash",
                                                     "id_number_hash",
                                                     "name_key",
                                                     "archived",
                                                     "updated_at",
                                                     "created_at",
                                                     "id"};
    return columns;
}

void bindCustomerInsert(Statement& stmt, int first, const CustomerRecord& c,
                        const FieldCipher& cipher) {
    bindCustomerFields(stmt, first, c, cipher);
    bindCreatedAndId(stmt, first, c);
}

void bindCustomerInsert(Statement& stmt, int first, const SealedCustomer& c) {
    bindFields(stmt, first, c.record, c.sealed, /*uncopied=*/true);
    bindCreatedAndId(stmt, first, c.record);
}

std::string contactNames(const std::vector<ContactRecord>& contacts) {
    std::string names;
    for (const ContactRecord& contact : contacts)
        names += (names.empty() ? "" : " ") + contact.name;
    return names;
}

} // namespace tessera::storage
