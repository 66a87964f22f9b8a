#include "domain/campaigns/CampaignService.h"

#include "domain/customers/CustomerService.h"
#include "domain/files/CsvReader.h"
#include "domain/kpi/KpiService.h"
#include "domain/scoring/TierByName.h"
#include "storage/admin/UserRepository.h"
#include "storage/kpi/KpiRepository.h"

#include <Eigen/Core>
#include <cmath>
#include <limits>

namespace tessera::domain {
namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

double units(std::int64_t cents) {
    return static_cast<double>(cents) / 100.0;
}

} // namespace

Result<storage::CampaignRecord> CampaignService::validated(const CampaignDraft& d) {
    storage::CampaignRecord c;
    const QString name = q(d.name).trimmed();
    if (name.isEmpty() || name.size() > 120)
        return invalid(tr("A campaign needs a name of 1 to 120 characters."));
    if (d.kind != "campaign" && d.kind != "investment")
        return invalid(
            tr("'%1' is not a kind of campaign; use campaign or investment.").arg(q(d.kind)));
    if (!std::isfinite(d.cost) || d.cost < 0 || d.cost > 1e13)
        return invalid(tr("A campaign's cost is an amount of 0 or more."));
    if (d.endDay < d.startDay)
        return invalid(tr("The campaign ends (%1) before it starts (%2).")
                           .arg(Calendar::isoDate(d.endDay), Calendar::isoDate(d.startDay)));
    if (d.description.size() > 2000)
        return invalid(tr("A campaign's description is at most 2000 characters long."));
    c.name = name.toStdString();
    c.kind = d.kind;
    c.costCents = std::llround(d.cost * 100.0);
    c.startDay = d.startDay;
    c.endDay = d.endDay;
    c.targetKind = d.targetKind;
    c.targetValue = d.targetValue;
    c.description = d.description;
    return c;
}

// The customers a draft targets, among those the signed-in user may see.
Result<std::vector<std::int64_t>> CampaignService::targetOf(const CampaignDraft& d) {
    const auto visible = AccessPolicy::visibleOwners(m_ws.session());
    storage::CampaignRepository repo(m_ws.db());
    if (d.targetKind == "tier" || d.targetKind == "segment") {
        auto run = storage::KpiRepository(m_ws.db()).latestRun();
        if (!run)
            return run.error();
        if (!*run)
            return invalid(tr("Tiers and segments come from a scoring run; run scoring first, or "
                              "target an owner or a list of customers."));
        if (d.targetKind == "tier") {
            const auto tier = tierByNameIgnoringCase(d.targetValue);
            if (!tier)
                return invalid(tr("'%1' is not a tier; use Diamond, Platinum, Gold, Silver or "
                                  "Bronze.")
                                   .arg(q(d.targetValue)));
            return repo.customersOfTier(**run, std::string(scoring::tierName(*tier)), visible);
        }
        if (d.targetValue.empty())
            return invalid(tr("Name the RFM segment the campaign targets."));
        return repo.customersOfSegment(**run, d.targetValue, visible);
    }
    if (d.targetKind == "owner") {
        auto user = storage::UserRepository(m_ws.db()).findByUsername(d.targetValue);
        if (!user)
            return user.error();
        if (!*user)
            return invalid(
                tr("There is no user '%1' whose portfolio to target.").arg(q(d.targetValue)));
        if (visible && std::find(visible->begin(), visible->end(), (*user)->id) == visible->end()) {
            const std::string message =
                tr("You may target only your own team's portfolios.").toStdString();
            (void)m_ws.audit({actionKey(Action::ManageCampaigns), "user",
                              std::to_string((*user)->id), message, "refused"});
            return makeError(ErrorCode::PermissionDenied, message);
        }
        return repo.customersOfOwner((*user)->id);
    }
    if (d.targetKind == "customers") {
        if (d.customerCodes.empty())
            return invalid(tr("The list of customers to target is empty."));
        std::vector<std::int64_t> ids;
        CustomerService customers(m_ws);
        for (const std::string& code : d.customerCodes) {
            auto id = customers.idForCode(code);
            if (!id)
                return id.error();
            TESSERA_TRY(m_ws.authorizeCustomer(Action::ManageCampaigns, *id));
            ids.push_back(*id);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
    return invalid(tr("'%1' is not a campaign target; use a tier, a segment, an owner or a list "
                      "of customers.")
                       .arg(q(d.targetKind)));
}

Result<std::vector<std::string>> CampaignService::codesFromFile(const std::string& path) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    std::vector<std::string> codes;
    const auto keep = [&](std::string_view field) {
        const QString code =
            QString::fromUtf8(field.data(), static_cast<int>(field.size())).trimmed();
        if (!code.isEmpty())
            codes.push_back(code.toStdString());
    };
    // CsvReader takes the first line for a header; in a bare list it is a code.
    const auto& header = (*reader)->header();
    if (!header.empty()) {
        const QString first = QString::fromStdString(header.front()).trimmed().toLower();
        if (first != QLatin1String("code") && first != QLatin1String("customer") &&
            first != QLatin1String("customer_code"))
            keep(header.front());
    }
    TESSERA_TRY((*reader)->forEachRow(
        [&](const SourceRow& row) -> Status {
            if (!row.fields.empty())
                keep(row.fields.front());
            return {};
        },
        {}));
    if (codes.empty())
        return invalid(tr("The file %1 names no customers; put one customer code per line.")
                           .arg(QString::fromStdString(path)));
    return codes;
}

Result<std::int64_t> CampaignService::add(const CampaignDraft& d) {
    TESSERA_TRY(m_ws.authorize(Action::ManageCampaigns));
    auto record = validated(d);
    if (!record)
        return record.error();
    auto target = targetOf(d);
    if (!target)
        return target.error();
    record->createdBy = m_ws.session().userId;
    record->createdAt = record->updatedAt = m_ws.nowMs();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto id = storage::CampaignRepository(m_ws.db()).insert(*record, *target);
    if (!id)
        return id.error();
    TESSERA_TRY(m_ws.audit({"campaign.add", "campaign", std::to_string(*id),
                            "customers=" + std::to_string(target->size())}));
    TESSERA_TRY(tx->commit());
    return *id;
}

Status CampaignService::update(std::int64_t id, const CampaignDraft& d) {
    TESSERA_TRY(m_ws.authorize(Action::ManageCampaigns));
    auto existing = find(id);
    if (!existing)
        return existing.error();
    // A supervisor edits the campaigns they made; administrators any.
    const Session& session = m_ws.session();
    if (session.role != Role::Administrator && existing->createdBy != session.userId) {
        const std::string message =
            tr("You may edit only the campaigns you created.").toStdString();
        (void)m_ws.audit({actionKey(Action::ManageCampaigns), "campaign", std::to_string(id),
                          message, "refused"});
        return makeError(ErrorCode::PermissionDenied, message);
    }
    auto record = validated(d);
    if (!record)
        return record.error();
    auto target = targetOf(d);
    if (!target)
        return target.error();
    record->id = id;
    record->updatedAt = m_ws.nowMs();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::CampaignRepository(m_ws.db()).update(*record, *target));
    TESSERA_TRY(m_ws.audit({"campaign.edit", "campaign", std::to_string(id),
                            "customers=" + std::to_string(target->size())}));
    return tx->commit();
}

Result<std::vector<storage::CampaignRecord>> CampaignService::list() {
    TESSERA_TRY(m_ws.authorize(Action::ViewCampaigns));
    return storage::CampaignRepository(m_ws.db()).list();
}

Result<storage::CampaignRecord> CampaignService::find(std::int64_t id) {
    TESSERA_TRY(m_ws.authorize(Action::ViewCampaigns));
    auto found = storage::CampaignRepository(m_ws.db()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(
            ErrorCode::NotFound,
            tr("There is no campaign %1; `campaigns list` shows them.").arg(id).toStdString());
    return **found;
}

Result<CampaignRoi> CampaignService::roi(std::int64_t id) {
    auto campaign = find(id);
    if (!campaign)
        return campaign.error();
    CampaignRoi r;
    r.campaign = *campaign;
    const std::int32_t length = campaign->endDay - campaign->startDay + 1;
    r.beforeLastDay = campaign->startDay - 1;
    r.beforeFirstDay = campaign->startDay - length;
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    storage::CampaignRepository repo(m_ws.db());
    auto targeted = repo.targetedRevenue(id, r.beforeFirstDay, r.beforeLastDay, campaign->startDay,
                                         campaign->endDay);
    if (!targeted)
        return targeted.error();
    auto run = storage::KpiRepository(m_ws.db()).latestRun();
    if (!run)
        return run.error();
    auto comparison = repo.comparisonRevenue(id, *run, r.beforeFirstDay, r.beforeLastDay,
                                             campaign->startDay, campaign->endDay);
    if (!comparison)
        return comparison.error();
    // The rule of the source templates: what the targeted customers bought
    // during the campaign beyond what they bought just before it.
    std::int64_t before = 0;
    std::int64_t during = 0;
    Eigen::VectorXd treatedChange(static_cast<Eigen::Index>(targeted->size()));
    for (std::size_t i = 0; i < targeted->size(); ++i) {
        const auto& t = (*targeted)[i];
        before += t.beforeCents;
        during += t.duringCents;
        treatedChange[static_cast<Eigen::Index>(i)] = units(t.duringCents - t.beforeCents);
    }
    Eigen::VectorXd controlChange(static_cast<Eigen::Index>(comparison->size()));
    for (std::size_t i = 0; i < comparison->size(); ++i)
        controlChange[static_cast<Eigen::Index>(i)] =
            units((*comparison)[i].duringCents - (*comparison)[i].beforeCents);
    r.cost = units(campaign->costCents);
    r.revenueBefore = units(before);
    r.revenueDuring = units(during);
    r.attributableRevenue = units(during - before);
    r.roi = campaign->costCents > 0 ? (r.attributableRevenue - r.cost) / r.cost : kNaN;
    r.did = scoring::differenceInDifferences(treatedChange, controlChange);
    r.didUpliftTotal = r.did.uplift * static_cast<double>(targeted->size());
    r.didRoi = campaign->costCents > 0 ? (r.didUpliftTotal - r.cost) / r.cost : kNaN;
    return r;
}

} // namespace tessera::domain
