#include "domain/quality/QualityService.h"

#include "domain/records/CustomerRules.h"
#include "domain/scoring/ProfileService.h"
#include "domain/workspace/Log.h"
#include "storage/admin/UserRepository.h"

#include <QElapsedTimer>
#include <algorithm>
#include <map>

namespace tessera::domain {
namespace {

struct FieldName {
    QualityField field;
    const char* key;
};

constexpr FieldName kFieldNames[] = {
    {QualityField::Name, "name"},
    {QualityField::Kind, "type"},
    {QualityField::Industry, "industry"},
    {QualityField::Region, "region"},
    {QualityField::Channel, "channel"},
    {QualityField::Owner, "owner"},
    {QualityField::PhoneOrEmail, "phone_or_email"},
    {QualityField::Consent, "consent"},
    {QualityField::Tags, "tags"},
};

// Customer ids per counting step: small files count in one step; a million
// customers in twenty, each a moment to report progress and to stop.
constexpr std::int64_t kMinIdsPerStep = 50000;
constexpr std::int64_t kSteps = 20;

using Counts = std::array<std::int64_t, storage::kQualityFieldCount>;

FieldFigure figureOf(QualityField field, std::int64_t filled, std::int64_t customers, double goal) {
    FieldFigure f;
    f.field = field;
    f.filled = filled;
    f.missing = customers - filled;
    f.goal = goal;
    if (customers > 0) {
        f.share = static_cast<double>(filled) / static_cast<double>(customers);
        // 9 of 10 meets a goal of 0.9 whatever the last bit of the division.
        f.meetsGoal = *f.share >= goal - 1e-12;
    }
    return f;
}

QualityFigures figuresOf(std::int64_t customers, const Counts& filled, double keyGoal,
                         double tagGoal) {
    QualityFigures figures;
    figures.customers = customers;
    for (QualityField field : QualityService::keyFields())
        figures.fields.push_back(
            figureOf(field, filled[static_cast<std::size_t>(field)], customers, keyGoal));
    figures.tags =
        figureOf(QualityField::Tags, filled[static_cast<std::size_t>(QualityField::Tags)],
                 customers, tagGoal);
    return figures;
}

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

const FieldFigure& QualityFigures::figure(QualityField field) const {
    if (field == QualityField::Tags)
        return tags;
    return fields.at(static_cast<std::size_t>(field));
}

const std::vector<QualityField>& QualityService::keyFields() {
    static const std::vector<QualityField> fields = {
        QualityField::Name,         QualityField::Kind,    QualityField::Industry,
        QualityField::Region,       QualityField::Channel, QualityField::Owner,
        QualityField::PhoneOrEmail, QualityField::Consent};
    return fields;
}

std::string QualityService::fieldKey(QualityField field) {
    for (const auto& f : kFieldNames)
        if (f.field == field)
            return f.key;
    return "unknown";
}

std::optional<QualityField> QualityService::fieldByKey(std::string_view key) {
    for (const auto& f : kFieldNames)
        if (key == f.key)
            return f.field;
    if (key == "kind")
        return QualityField::Kind;
    if (key == "acquisition_channel")
        return QualityField::Channel;
    return std::nullopt;
}

std::string QualityService::fieldKeys() {
    std::string keys;
    for (const auto& f : kFieldNames)
        keys += (keys.empty() ? "" : ", ") + std::string(f.key);
    return keys;
}

QString QualityService::fieldLabel(QualityField field) {
    switch (field) {
    case QualityField::Name: return tr("Name");
    case QualityField::Kind: return tr("Type");
    case QualityField::Industry: return tr("Industry");
    case QualityField::Region: return tr("Region");
    case QualityField::Channel: return tr("Acquisition channel");
    case QualityField::Owner: return tr("Owner");
    case QualityField::PhoneOrEmail: return tr("Phone or email");
    case QualityField::Consent: return tr("Consent recorded");
    case QualityField::Tags: return tr("Tags");
    }
    return {};
}

Error QualityService::refuse(const QString& message, const std::string& objectId) {
    (void)m_ws.audit(
        {actionKey(Action::ReviewDataQuality), "user", objectId, message.toStdString(), "refused"});
    return makeError(ErrorCode::PermissionDenied, message.toStdString());
}

Result<storage::QualityScope> QualityService::scopeOf(const QualityRequest& request) {
    TESSERA_TRY(m_ws.authorize(Action::ReviewDataQuality, "quality", "completeness"));
    // Analysts and administrators: everyone; supervisors: their team and
    // their own customers (AccessPolicy::visibleOwners).
    const auto visible = AccessPolicy::visibleOwners(m_ws.session());
    storage::QualityScope scope;
    scope.owners = visible;
    if (request.unassigned) {
        if (visible)
            return refuse(tr("Customers without an owner are outside your team; an analyst or an "
                             "administrator can review them."),
                          "unassigned");
        scope.owners.reset();
        scope.unassignedOnly = true;
    } else if (request.owner) {
        if (visible && !contains(*visible, *request.owner))
            return refuse(tr("You may review the customers of your own team only."),
                          std::to_string(*request.owner));
        scope.owners = std::vector<std::int64_t>{*request.owner};
    }
    return scope;
}

Result<QualityReport> QualityService::compute(const QualityRequest& request,
                                              const JobControl& job) {
    auto scope = scopeOf(request);
    if (!scope)
        return scope.error();
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const auto& goals = profile->parameters.governance;
    QElapsedTimer timer;
    timer.start();
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    storage::QualityRepository repository(m_ws.db());
    auto range = repository.idRange();
    if (!range)
        return range.error();
    const auto [firstId, lastId] = *range;
    const std::int64_t span = lastId - firstId + 1;
    const std::int64_t step = std::max(kMinIdsPerStep, (span + kSteps - 1) / kSteps);

    // Owner id (nullopt sorts first) -> customers and filled counts.
    std::map<std::optional<std::int64_t>, std::pair<std::int64_t, Counts>> byOwner;
    job.report(0, tr("Counting the filled fields…").toStdString());
    for (std::int64_t from = firstId; from <= lastId; from += step) {
        TESSERA_TRY(job.checkCancelled());
        auto rows = repository.countsByOwner(*scope, from, std::min(lastId, from + step - 1));
        if (!rows)
            return rows.error();
        for (const auto& row : *rows) {
            auto& [customers, filled] = byOwner[row.ownerId];
            customers += row.customers;
            for (std::size_t i = 0; i < filled.size(); ++i)
                filled[i] += row.filled[i];
        }
        job.report(static_cast<int>(100 * (std::min(lastId, from + step - 1) - firstId + 1) /
                                    std::max<std::int64_t>(span, 1)),
                   tr("Counting the filled fields…").toStdString());
    }

    auto users = storage::UserRepository(m_ws.db()).all();
    if (!users)
        return users.error();
    std::map<std::int64_t, const storage::UserRecord*> userById;
    for (const auto& u : *users)
        userById[u.id] = &u;

    QualityReport report;
    report.keyFieldGoal = goals.keyFieldGoal;
    report.tagCoverageGoal = goals.tagCoverageGoal;
    std::int64_t total = 0;
    Counts totalFilled{};
    for (const auto& [ownerId, counts] : byOwner) {
        OwnerQuality owner;
        owner.ownerId = ownerId;
        if (ownerId) {
            if (auto it = userById.find(*ownerId); it != userById.end()) {
                owner.username = it->second->username;
                owner.displayName = it->second->displayName;
            }
        } else {
            owner.displayName = tr("Unassigned").toStdString();
        }
        owner.figures =
            figuresOf(counts.first, counts.second, goals.keyFieldGoal, goals.tagCoverageGoal);
        report.byOwner.push_back(std::move(owner));
        total += counts.first;
        for (std::size_t i = 0; i < totalFilled.size(); ++i)
            totalFilled[i] += counts.second[i];
    }
    std::sort(report.byOwner.begin(), report.byOwner.end(),
              [](const OwnerQuality& a, const OwnerQuality& b) {
                  if (a.ownerId.has_value() != b.ownerId.has_value())
                      return a.ownerId.has_value(); // the unassigned last
                  return a.username < b.username;
              });
    report.overall = figuresOf(total, totalFilled, goals.keyFieldGoal, goals.tagCoverageGoal);
    job.report(100, {});
    log::logger().info("data quality user={} customers={} owners={} ms={}", m_ws.session().userId,
                       total, report.byOwner.size(), timer.elapsed());
    return report;
}

Result<std::vector<IncompleteCustomer>>
QualityService::incomplete(QualityField field, const QualityRequest& request, int limit) {
    if (limit < 1 || limit > kMaxListed)
        return makeError(ErrorCode::InvalidArgument,
                         tr("List between 1 and %1 customers.").arg(kMaxListed).toStdString());
    auto scope = scopeOf(request);
    if (!scope)
        return scope.error();
    auto rows = storage::QualityRepository(m_ws.db()).incomplete(field, *scope, limit);
    if (!rows)
        return rows.error();
    auto users = storage::UserRepository(m_ws.db()).all();
    if (!users)
        return users.error();
    std::map<std::int64_t, std::string> usernames;
    for (const auto& u : *users)
        usernames[u.id] = u.username;
    // Analysts see a person's name as initials, as in the portfolio
    // (CustomerService); a company's name is not personal data.
    const bool masked = AccessPolicy::masksPersonalData(m_ws.session());
    std::vector<IncompleteCustomer> out;
    out.reserve(rows->size());
    for (auto& r : *rows) {
        IncompleteCustomer c{r.id, std::move(r.code), std::move(r.name), {}};
        if (masked && r.kind == "person")
            c.name = CustomerRules::initials(c.name);
        if (r.ownerId)
            c.owner = usernames[*r.ownerId];
        out.push_back(std::move(c));
    }
    const std::string whose = request.unassigned ? "unassigned"
                              : request.owner    ? std::to_string(*request.owner)
                                                 : "all";
    TESSERA_TRY(m_ws.audit({actionKey(Action::ReviewDataQuality), "quality", fieldKey(field),
                            "owner=" + whose + " listed=" + std::to_string(out.size())}));
    return out;
}

} // namespace tessera::domain
