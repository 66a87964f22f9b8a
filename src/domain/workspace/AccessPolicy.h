#pragma once

// Who may do what: the single place where roles become permissions. Every use
// case asks here (through Workspace::authorize), so the GUI and the CLI cannot
// differ.

#include "common/Result.h"
#include "domain/workspace/Session.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tessera::domain {

enum class Action {
    ListCustomers,
    ReadCustomer,
    ReadPersonalData, // unmasked phone, email, ID number, address, notes
    CreateCustomer,
    EditCustomer,
    ArchiveCustomer,
    ReassignCustomer,
    RecordActivity,   // log an interaction, a ticket or a follow-up
    EditConsent,      // give or withdraw a customer's consent to be contacted
    HandleWarning,    // acknowledge, snooze or resolve a warning
    OverrideStanding, // set a lifecycle or loyalty stage or a health score by hand
    ExportCustomers,
    ImportData,
    ManageUsers,
    ReadAudit,
    RunScoring,
    EditScoringProfile,
    ExportReports,
    ManageBackups,
    ManageCampaigns,   // create and edit campaigns and relationship investments
    ViewCampaigns,     // read campaigns and their return
    SetTargets,        // set KPI targets
    EditJourney,       // add, rename, reorder and retire journey stages and touchpoints
    ReviewDataQuality, // completeness figures and duplicate candidates (supervisors: their team)
    MergeCustomers,    // merge a duplicate into its survivor, and undo it
    ExportPersonData,  // everything held about one person, on their request
    EraseCustomer,     // erase a person's personal data (the password confirmed)
    ReviewAccess,      // reads of personal data per user and day
};

const char* actionKey(Action action); // stable name used in audit rows

class AccessPolicy {
public:
    // A permission that does not depend on a particular customer.
    static Status check(const Session& session, Action action);

    // A permission on one customer whose owner is `ownerId` (nullopt: unassigned).
    static Status checkCustomer(const Session& session, Action action,
                                std::optional<std::int64_t> ownerId);

    // The owners whose customers the session may list; nullopt means all.
    static std::optional<std::vector<std::int64_t>> visibleOwners(const Session& session);

    // Analysts see personal data masked (name initials, no phone/email/ID).
    static bool masksPersonalData(const Session& session);
};

} // namespace tessera::domain
