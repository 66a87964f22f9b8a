#pragma once

// Completeness of the customer records (issue 14 point 1,
// docs/data-quality.md): over the customers that are not archived, the share
// with each key field (name, type, industry, region, acquisition channel,
// owner, a phone or email, consent recorded) against the profile's key field
// goal, and the share with at least one tag against the tag coverage goal;
// overall and by owner, with the customers that lack a field. Analysts and
// administrators see every customer, supervisors their team's; account
// managers are refused.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/quality/QualityRepository.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

using QualityField = storage::QualityField;

// One field's figure over a group of customers.
struct FieldFigure {
    QualityField field = QualityField::Name;
    std::int64_t filled = 0;
    std::int64_t missing = 0;
    std::optional<double> share; // filled / customers; nullopt without customers
    double goal = 0;
    // nullopt without customers: there is nothing to meet.
    std::optional<bool> meetsGoal;
};

struct QualityFigures {
    std::int64_t customers = 0;
    std::vector<FieldFigure> fields; // the eight key fields, in QualityField order
    FieldFigure tags;

    const FieldFigure& figure(QualityField field) const;
};

struct OwnerQuality {
    std::optional<std::int64_t> ownerId; // nullopt: customers without an owner
    std::string username;                // empty when unassigned
    std::string displayName;
    QualityFigures figures;
};

struct QualityReport {
    double keyFieldGoal = 0;
    double tagCoverageGoal = 0;
    QualityFigures overall;
    std::vector<OwnerQuality> byOwner; // by user name, the unassigned row last
};

// Whose customers: everyone the user may see, one owner, or the unassigned.
struct QualityRequest {
    std::optional<std::int64_t> owner;
    bool unassigned = false;
};

struct IncompleteCustomer {
    std::int64_t id = 0;
    std::string code;
    std::string name;  // a person's name masked for analysts
    std::string owner; // user name; empty when unassigned
};

class QualityService {
    Q_DECLARE_TR_FUNCTIONS(QualityService)

public:
    explicit QualityService(Workspace& workspace) : m_ws(workspace) {}

    // The figures, counted in id ranges so `job` can report and cancel.
    Result<QualityReport> compute(const QualityRequest& request, const JobControl& job = {});

    // The customers of the request's scope that lack `field`, by code, at
    // most `limit` (1 to 10,000). Audited, as it names customers.
    Result<std::vector<IncompleteCustomer>> incomplete(QualityField field,
                                                       const QualityRequest& request, int limit);

    static constexpr int kMaxListed = 10000;
    static const std::vector<QualityField>& keyFields();
    // "industry", "phone_or_email", "tags": the names the CLI and JSON use.
    static std::string fieldKey(QualityField field);
    // Also accepts "kind" for type and "acquisition_channel" for channel.
    static std::optional<QualityField> fieldByKey(std::string_view key);
    static QString fieldLabel(QualityField field); // translated
    static std::string fieldKeys();                // "name, type, …, tags"

private:
    Result<storage::QualityScope> scopeOf(const QualityRequest& request);
    Error refuse(const QString& message, const std::string& objectId);

    Workspace& m_ws;
};

} // namespace tessera::domain
