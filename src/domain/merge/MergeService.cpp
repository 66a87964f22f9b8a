#include "domain/merge/MergeService.h"

#include "domain/workspace/Log.h"

#include <QStringList>
#include <chrono>

namespace tessera::domain {

namespace {

constexpr const char* kUnmergeAction = "customer.unmerge";

std::string countsDetail(const std::vector<storage::MergeTableCount>& counts) {
    std::int64_t moved = 0;
    std::int64_t aside = 0;
    for (const auto& c : counts) {
        moved += c.moved;
        aside += c.setAside;
    }
    return "moved=" + std::to_string(moved) + " set_aside=" + std::to_string(aside);
}

} // namespace

QString MergeService::fieldLabel(MergeField field) {
    switch (field) {
    case MergeField::Name: return tr("Name");
    case MergeField::Kind: return tr("Type");
    case MergeField::Industry: return tr("Industry");
    case MergeField::Region: return tr("Region");
    case MergeField::Channel: return tr("Acquisition channel");
    case MergeField::Owner: return tr("Owner");
    case MergeField::Lifecycle: return tr("Lifecycle stage");
    case MergeField::Risk: return tr("Risk");
    case MergeField::Consent: return tr("Consent");
    case MergeField::ContactFrequency: return tr("Contact frequency");
    case MergeField::Phone: return tr("Phone");
    case MergeField::Email: return tr("Email");
    case MergeField::IdNumber: return tr("ID number");
    case MergeField::Address: return tr("Address");
    case MergeField::Notes: return tr("Notes");
    }
    return {};
}

QString MergeService::tableLabel(const std::string& table) {
    if (table == "contacts")
        return tr("Contacts");
    if (table == "transactions")
        return tr("Transactions");
    if (table == "interactions")
        return tr("Interactions");
    if (table == "survey_responses")
        return tr("Survey responses");
    if (table == "tickets")
        return tr("Tickets");
    if (table == "follow_ups")
        return tr("Follow-ups");
    if (table == "consent_events")
        return tr("Consent history");
    if (table == "customer_tags")
        return tr("Tags");
    if (table == "customer_scores")
        return tr("Score history");
    if (table == "standing_overrides")
        return tr("Standing overrides");
    if (table == "warning_states")
        return tr("Warning decisions");
    if (table == "campaign_customers")
        return tr("Campaign targets");
    if (table == "customer_aliases")
        return tr("Codes of earlier merges");
    return QString::fromStdString(table);
}

Result<std::vector<MergeField>> MergeService::parseFields(const std::string& list) {
    std::vector<MergeField> fields;
    const QStringList keys = QString::fromStdString(list).split(',', Qt::SkipEmptyParts);
    for (const QString& raw : keys) {
        const QString key = raw.trimmed().toLower().replace('-', '_');
        bool known = false;
        for (MergeField field : allMergeFields())
            if (key == QLatin1String(mergeFieldKey(field))) {
                fields.push_back(field);
                known = true;
            }
        if (!known) {
            QStringList names;
            for (MergeField field : allMergeFields())
                names << QString::fromLatin1(mergeFieldKey(field));
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1' is not a field a merge can take from the other customer; "
                                "use %2.")
                                 .arg(raw.trimmed(), names.join(QStringLiteral(", ")))
                                 .toStdString());
        }
    }
    return fields;
}

Status MergeService::authorizePair(std::int64_t intoId, std::int64_t fromId) {
    TESSERA_TRY(m_ws.authorize(Action::MergeCustomers, "customer", std::to_string(intoId)));
    if (intoId == fromId)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Both codes name the same customer (one may be the code of a customer "
                            "merged into it already); name two different customers.")
                             .toStdString());
    TESSERA_TRY(m_ws.authorizeCustomer(Action::MergeCustomers, intoId));
    return m_ws.authorizeCustomer(Action::MergeCustomers, fromId);
}

Result<MergePreview> MergeService::preview(std::int64_t intoId, std::int64_t fromId) {
    TESSERA_TRY(authorizePair(intoId, fromId));
    MergePreview preview;
    CustomerService customers(m_ws);
    auto into = customers.open(intoId);
    if (!into)
        return into.error();
    auto from = customers.open(fromId);
    if (!from)
        return from.error();
    auto counts = storage::CustomerMergeRepository(m_ws.db()).preview(intoId, fromId);
    if (!counts)
        return counts.error();
    return MergePreview{std::move(*into), std::move(*from), std::move(*counts)};
}

Result<MergeOutcome> MergeService::merge(const MergePlan& plan) {
    TESSERA_TRY(authorizePair(plan.intoId, plan.fromId));
    const auto started = std::chrono::steady_clock::now();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto written = storage::CustomerMergeRepository(m_ws.db()).merge(
        plan.intoId, plan.fromId, plan.takeFromB, m_ws.session().userId, m_ws.nowMs());
    if (!written)
        return written.error();
    const std::string detail = "into=" + std::to_string(plan.intoId) +
                               " from=" + std::to_string(plan.fromId) + " " +
                               countsDetail(written->counts);
    TESSERA_TRY(m_ws.audit({actionKey(Action::MergeCustomers), "customer_merge",
                            std::to_string(written->mergeId), detail}));
    TESSERA_TRY(tx->commit());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    log::logger().info("merge {} of customer {} into {}: {} in {} ms", written->mergeId,
                       plan.fromId, plan.intoId, countsDetail(written->counts), ms);
    return MergeOutcome{written->mergeId, plan.intoId, plan.fromId, std::move(written->counts)};
}

Status MergeService::unmerge(std::int64_t mergeId) {
    const std::string objectId = std::to_string(mergeId);
    TESSERA_TRY(m_ws.authorize(Action::MergeCustomers, "customer_merge", objectId));
    storage::CustomerMergeRepository merges(m_ws.db());
    auto merge = merges.find(mergeId);
    if (!merge)
        return merge.error();
    if (!*merge)
        return makeError(ErrorCode::NotFound,
                         tr("There is no merge %1 to undo (it was undone already, or the person's "
                            "data was erased).")
                             .arg(mergeId)
                             .toStdString());
    const storage::MergeRecord m = **merge;
    Status survivor = m_ws.authorizeCustomer(Action::MergeCustomers, m.intoId);
    if (!survivor) {
        if (survivor.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::Conflict,
                             tr("The customer merge %1 went into no longer exists (it was merged "
                                "into another one since); undo that later merge first.")
                                 .arg(mergeId)
                                 .toStdString());
        return survivor;
    }
    // B comes back with its old owner: a supervisor must be allowed that one too.
    auto owner = merges.fromOwner(mergeId);
    if (!owner)
        return owner.error();
    Status allowed = AccessPolicy::checkCustomer(m_ws.session(), Action::MergeCustomers, *owner);
    if (!allowed) {
        (void)m_ws.audit(
            {kUnmergeAction, "customer_merge", objectId, allowed.error().message, "refused"});
        return allowed;
    }
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    Status undone = merges.unmerge(mergeId);
    if (!undone) {
        switch (undone.error().code) {
        case ErrorCode::Conflict:
            return makeError(ErrorCode::Conflict,
                             tr("Merge %1 cannot be undone: the customer it went into has changed "
                                "since (edited, or merged again), and undoing it would lose that "
                                "change.")
                                 .arg(mergeId)
                                 .toStdString());
        case ErrorCode::AlreadyExists:
            return makeError(ErrorCode::Conflict,
                             tr("Merge %1 cannot be undone: the merged customer's internal "
                                "number has since been given to a new customer.")
                                 .arg(mergeId)
                                 .toStdString());
        default: return undone;
        }
    }
    TESSERA_TRY(
        m_ws.audit({kUnmergeAction, "customer_merge", objectId,
                    "into=" + std::to_string(m.intoId) + " from=" + std::to_string(m.fromId)}));
    return tx->commit();
}

Result<std::vector<storage::MergeRecord>> MergeService::mergesInto(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    return storage::CustomerMergeRepository(m_ws.db()).mergesInto(customerId);
}

} // namespace tessera::domain
