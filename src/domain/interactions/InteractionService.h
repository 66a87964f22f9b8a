#pragma once

// The interaction log (product.md capabilities 1 and 8): an account manager
// logs a call, a visit, a message ... with a customer in a few keystrokes,
// and edits or deletes their own entries (supervisors their team's). The
// domain enforces consent: an outbound contact on a channel the customer has
// not allowed, or after they unsubscribed, is refused and nothing is stored;
// a contact over the profile's limit in its window (the fourth in 7 days)
// needs the user's confirmation and then shows as an over-contact warning.
// Each change brings the customer's standing and warnings up to date.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/workspace/Workspace.h"
#include "storage/activity/InteractionRepository.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct InteractionDraft {
    std::int64_t customerId = 0;
    std::string channel;    // phone, email, visit, wechat, app, social, web, other
    std::string kind;       // call, meeting, email, message, complaint, referral, ...
    std::string direction;  // inbound | outbound
    std::string touchpoint; // a touchpoint's name ('' for none)
    std::string outcome;
    std::optional<std::string> note; // personal data: stored encrypted, never logged
    std::optional<std::int64_t> at;  // ms; default now; never in the future
};

struct InteractionResult {
    std::int64_t id = 0;
    bool overContact = false;      // this contact went over the limit (confirmed)
    std::vector<Warning> warnings; // the customer's open warnings afterwards
};

class InteractionService {
    Q_DECLARE_TR_FUNCTIONS(InteractionService)

public:
    explicit InteractionService(Workspace& workspace) : m_ws(workspace) {}

    // Refused with NeedsConfirmation when the contact would go over the
    // over-contact limit and `confirmOverContact` is false.
    Result<InteractionResult> add(const InteractionDraft& draft, bool confirmOverContact = false);
    Result<InteractionResult> edit(std::int64_t id, const InteractionDraft& draft,
                                   bool confirmOverContact = false);
    // Returns what was deleted, so that it can be put back (undo).
    Result<storage::InteractionRecord> remove(std::int64_t id);
    // Puts back an interaction removed by remove() (undo of a delete).
    Status restore(const storage::InteractionRecord& interaction);

    Result<storage::InteractionRow> find(std::int64_t id);
    // Newest first; one customer's, or every visible customer's.
    Result<std::vector<storage::InteractionRow>> list(std::optional<std::int64_t> customerId,
                                                      int limit = 200);
    // The touchpoints an interaction may be logged at, as (stage, touchpoint)
    // names in journey order.
    Result<std::vector<std::pair<std::string, std::string>>> touchpoints();
    // The draft that edits `row` as it stands.
    static InteractionDraft draftOf(const storage::InteractionRow& row);

private:
    // `current`: the touchpoint an edited entry has (kept even when retired).
    Result<storage::InteractionRecord> validated(const InteractionDraft& draft,
                                                 std::optional<std::int64_t> current = {});
    Result<InteractionResult> addOnce(const InteractionDraft& draft, bool confirmOverContact);
    Status checkConsent(const storage::InteractionRecord& record);
    Result<bool> checkOverContact(const storage::InteractionRecord& record, std::int64_t exceptId,
                                  bool confirmed);
    // Own entries for account managers, the team's for supervisors.
    Status authorizeEntry(const storage::InteractionRow& row);
    Result<std::vector<Warning>> warningsOf(std::int64_t customerId);

    Workspace& m_ws;
};

} // namespace tessera::domain
