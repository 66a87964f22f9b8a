#pragma once

// The customer master record and its contacts, as the storage layer reads and
// writes them. Personal data fields hold plaintext in memory; the repository
// encrypts them on the way to disk.

#include "storage/scoring/ScoringRecords.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct ContactRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::string name;
    std::string role;
    std::optional<std::string> phone; // personal data
    std::optional<std::string> email; // personal data
    bool isPrimary = false;

    bool operator==(const ContactRecord&) const = default;
};

struct CustomerRecord {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string kind = "company"; // company | person
    std::string industry;
    std::string region;
    std::string channel; // acquisition channel
    std::optional<std::int64_t> ownerId;
    std::string lifecycle = "potential";
    std::string risk = "low";
    std::string consentChannels; // comma-separated channels the customer allows
    std::string contactFrequency = "monthly";
    bool unsubscribed = false;
    std::optional<std::string> phone;    // personal data
    std::optional<std::string> email;    // personal data
    std::optional<std::string> idNumber; // personal data
    std::optional<std::string> address;  // personal data
    std::optional<std::string> notes;    // personal data (free text)
    std::vector<std::string> tags;
    std::vector<ContactRecord> contacts;
    bool archived = false;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::int64_t version = 1;
    // Computed (StandingService) or set by hand through an override; read
    // only here: saving a record leaves them as they are.
    std::string loyalty = "awareness";
    std::optional<int> health;

    bool operator==(const CustomerRecord&) const = default;
};

// One line of the portfolio table: what the list shows, nothing to decrypt.
struct CustomerListRow {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string kind;
    std::string industry;
    std::string region;
    std::optional<std::int64_t> ownerId;
    std::string ownerName;
    std::string lifecycle;
    std::string loyalty;
    std::optional<int> health;
    std::string risk;
    std::string tags; // comma-separated
    bool archived = false;
    std::int64_t updatedAt = 0;
    std::optional<CustomerScoreRecord> score; // from the run the list was asked for
};

} // namespace tessera::storage
