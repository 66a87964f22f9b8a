#pragma once

// Survey responses entered by hand (product.md capability 5): NPS 0-10,
// CSAT 1-5, CES 1-7, the five CRMV dimensions' items on 1-7, a free-text
// comment (encrypted like every note), the touchpoint, and optionally the
// ticket the survey follows. Whoever may record activity on the customer
// may enter one; imports bring surveys in bulk.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "storage/activity/ActivityRecords.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct SurveyDraft {
    std::int64_t customerId = 0;
    std::optional<std::int32_t> day; // default today; never in the future
    std::optional<int> nps;
    std::optional<int> csat;
    std::optional<int> ces;
    std::vector<storage::SurveyAnswer> answers; // dimension 1-5, item 1-9, value 1-7
    std::string touchpoint;                     // a touchpoint's name, or empty
    std::optional<std::int64_t> ticketId;
    std::optional<std::string> comment;
};

class SurveyService {
    Q_DECLARE_TR_FUNCTIONS(SurveyService)

public:
    static constexpr int kScaleMaximum = 7; // the CRMV items' scale
    static constexpr int kItemsPerDimension = 9;

    explicit SurveyService(Workspace& workspace) : m_ws(workspace) {}

    Result<std::int64_t> add(const SurveyDraft& draft);

    // Reads "dimension.item=value" (e.g. "2.3=6"), or "name.item=value" with
    // the dimension's key (personalised, emotional, rights, value, ease).
    static Result<storage::SurveyAnswer> parseAnswer(const std::string& text);

private:
    Result<storage::SurveyResponseRecord> validated(const SurveyDraft& draft);

    Workspace& m_ws;
};

} // namespace tessera::domain
