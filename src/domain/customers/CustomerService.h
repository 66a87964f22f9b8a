#pragma once

// The portfolio use cases: list and search customers, open one (the 360
// view), create, edit, archive, reassign, export. Each checks the caller's
// permission on the customer, masks personal data for analysts, and audits.

#include "common/Result.h"
#include "domain/records/CustomerRules.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/customers/CustomerRecord.h"
#include "storage/customers/PortfolioQuery.h"

#include <QCoreApplication>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tessera::domain {

struct PortfolioFilter {
    std::optional<std::int64_t> ownerId;
    bool unassignedOnly = false;
    std::string tag;
    std::string lifecycle;
    std::string loyalty;            // loyalty-ladder stage
    std::optional<int> healthBelow; // health score under this
    std::string tier;               // tier in the newest scoring run (Diamond, ...)
    std::string segment;            // RFM segment in the newest scoring run
    // Customers with an open warning today: "any", or a kind (warningKindKey).
    std::string warning;
    bool includeArchived = false;
    std::string search; // name, code, contact name; or an exact phone number or email
    storage::PortfolioSort sort = storage::PortfolioSort::Name;
    bool descending = false;
    std::optional<std::int64_t> limit;
};

struct CustomerView {
    storage::CustomerRecord record; // personal data blanked when masked
    std::string ownerName;
    bool masked = false;
};

struct TimelineEntry {
    enum class Type { Transaction, Interaction, Survey, Ticket };
    Type type = Type::Transaction;
    std::int32_t day = 0;
    std::int64_t at = 0; // ms; start of day for day-only events
    std::string title;
    std::string detail;
    std::optional<std::int64_t> amountCents;
};

struct OwnerChoice {
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
};

class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(Workspace& workspace) : m_ws(workspace) {}

    // Ids of the visible customers matching `filter`, in its order.
    Result<std::vector<std::int64_t>> queryIds(const PortfolioFilter& filter);
    Result<std::int64_t> count(const PortfolioFilter& filter);
    // List rows for ids the caller may see (others are left out), masked for analysts.
    Result<std::vector<storage::CustomerListRow>> rows(std::span<const std::int64_t> ids);

    Result<CustomerView> open(std::int64_t customerId);
    Result<std::int64_t> idForCode(const std::string& code);
    Result<std::vector<TimelineEntry>> timeline(std::int64_t customerId, int limitPerKind = 200);

    // Validation problems for a record about to be saved (empty when valid).
    std::vector<FieldProblem> validate(const storage::CustomerRecord& customer) const;
    // Visible customers that look like the same client (similar name; same phone, email or ID).
    Result<std::vector<storage::CustomerListRow>>
    possibleDuplicates(const storage::CustomerRecord& customer);

    Result<std::int64_t> create(storage::CustomerRecord customer);
    Status update(const storage::CustomerRecord& customer);
    Status setArchived(std::int64_t customerId, bool archived);
    Status reassign(std::int64_t customerId, std::int64_t newOwnerId);
    // Undoes a creation: removes a customer that has no activity yet.
    Status discardNew(std::int64_t customerId);

    // Writes the visible customers matching `filter` to a CSV file; returns the
    // row count. An export with unmasked phone numbers and emails needs a fresh
    // Workspace::confirmIdentity() (exportNeedsConfirmation()).
    Result<std::int64_t> exportCsv(const PortfolioFilter& filter, const std::string& path,
                                   const JobControl& job = {});
    // Whether the caller's exports carry personal data, so they must confirm
    // their password first (every role but analysts, whose exports are masked).
    bool exportNeedsConfirmation() const;

    Result<std::vector<std::string>> tags();
    // Owners the caller may filter by, and (for reassignment) assign to.
    Result<std::vector<OwnerChoice>> visibleOwners();
    Result<std::vector<OwnerChoice>> assignableOwners();

private:
    Result<storage::PortfolioQuery> toQuery(const PortfolioFilter& filter);
    Status updateOnce(const storage::CustomerRecord& customer);
    Status requireValid(const storage::CustomerRecord& customer) const;
    Status recordConsentChanges(const storage::CustomerRecord& before,
                                const storage::CustomerRecord& after);
    void mask(storage::CustomerListRow& row) const;
    Result<std::optional<std::int64_t>> latestRunId();
    Result<std::vector<std::int64_t>> warnedCustomerIds(const std::string& warning);

    Workspace& m_ws;
};

} // namespace tessera::domain
