#pragma once

// What happened with a customer: purchases and refunds, interactions at
// touchpoints, survey responses, service tickets, and the imports that loaded them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct TransactionRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::int32_t day = 0;         // days since 1970-01-01
    std::int64_t amountCents = 0; // refunds are negative
    std::int64_t quantity = 1;
    std::optional<std::string> reference;
    std::optional<std::int64_t> importId;
};

struct InteractionRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::int64_t at = 0; // ms since epoch
    std::int32_t day = 0;
    std::string channel; // phone, email, visit, wechat, app, social, web, other
    std::string kind; // call, meeting, email, message, complaint, referral, review, share, comment,
                      // visit, other
    std::string direction; // inbound | outbound
    std::string outcome;
    std::optional<std::int64_t> touchpointId;
    std::optional<std::int64_t> userId;
    std::optional<std::string> notes; // personal data (free text)
    std::optional<std::int64_t> importId;
};

struct SurveyAnswer {
    int dimension = 1; // 1..5
    int item = 1;      // 1..9
    int value = 1;     // 1..scale maximum
};

struct SurveyResponseRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::int32_t day = 0;
    std::optional<int> nps;  // likelihood to recommend, 0..10
    std::optional<int> csat; // 1..5
    std::optional<int> ces;  // 1..7
    std::optional<std::int64_t> touchpointId;
    std::optional<std::string> comment; // personal data (free text)
    std::vector<SurveyAnswer> answers;
    std::optional<std::int64_t> importId;
};

struct TicketRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::int64_t openedAt = 0;
    std::string category;
    bool isComplaint = false;
    std::string escalation = "72h"; // immediate | 24h | 72h
    std::string status = "open";    // open | assigned | resolved | closed
    std::optional<std::int64_t> assigneeId;
    std::string subject;
    std::optional<std::string> description; // personal data (free text)
    std::optional<std::int64_t> touchpointId;
    std::optional<std::int64_t> firstResponseAt;
    std::optional<std::int64_t> resolvedAt;
    std::optional<std::int64_t> closedAt;
};

struct ImportRecord {
    std::int64_t id = 0;
    std::string kind; // customers | transactions | interactions | surveys
    std::string fileName;
    std::optional<std::int64_t> userId;
    std::int64_t startedAt = 0;
    std::int64_t finishedAt = 0;
    std::int64_t rowsRead = 0;
    std::int64_t rowsLoaded = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t customersCreated = 0;
};

} // namespace tessera::storage
