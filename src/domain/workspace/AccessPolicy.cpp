#include "domain/workspace/AccessPolicy.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::domain {
namespace {

Error refused(const QString& message) {
    return makeError(ErrorCode::PermissionDenied, message.toStdString());
}

bool isAnyOf(Action action, std::initializer_list<Action> actions) {
    return std::find(actions.begin(), actions.end(), action) != actions.end();
}

bool inTeam(const Session& session, std::optional<std::int64_t> ownerId) {
    if (!ownerId)
        return false;
    return *ownerId == session.userId ||
           std::find(session.team.begin(), session.team.end(), *ownerId) != session.team.end();
}

} // namespace

const char* actionKey(Action action) {
    switch (action) {
    case Action::ListCustomers: return "customer.list";
    case Action::ReadCustomer: return "customer.read";
    case Action::ReadPersonalData: return "customer.read_personal";
    case Action::CreateCustomer: return "customer.create";
    case Action::EditCustomer: return "customer.edit";
    case Action::ArchiveCustomer: return "customer.archive";
    case Action::ReassignCustomer: return "customer.reassign";
    case Action::RecordActivity: return "customer.record_activity";
    case Action::EditConsent: return "customer.consent";
    case Action::HandleWarning: return "warning.handle";
    case Action::OverrideStanding: return "customer.standing_override";
    case Action::ExportCustomers: return "customer.export";
    case Action::ImportData: return "import";
    case Action::ManageUsers: return "user.manage";
    case Action::ReadAudit: return "audit.read";
    case Action::RunScoring: return "scoring.run";
    case Action::EditScoringProfile: return "scoring.profile";
    case Action::ExportReports: return "report.export";
    case Action::ManageBackups: return "backup";
    case Action::ManageCampaigns: return "campaign.manage";
    case Action::ViewCampaigns: return "campaign.read";
    case Action::SetTargets: return "kpi.target";
    case Action::EditJourney: return "journey.edit";
    case Action::ReviewDataQuality: return "quality.read";
    case Action::MergeCustomers: return "customer.merge";
    case Action::ExportPersonData: return "customer.export_person";
    case Action::EraseCustomer: return "customer.erase";
    case Action::ReviewAccess: return "audit.review";
    }
    return "unknown";
}

Status AccessPolicy::check(const Session& session, Action action) {
    switch (session.role) {
    case Role::Administrator: return {};
    case Role::Analyst:
        if (isAnyOf(action,
                    {Action::ListCustomers, Action::ReadCustomer, Action::ExportCustomers,
                     Action::ImportData, Action::RunScoring, Action::EditScoringProfile,
                     Action::ExportReports, Action::ViewCampaigns, Action::ReviewDataQuality}))
            return {};
        break;
    case Role::Supervisor:
        if (isAnyOf(action,
                    {Action::ListCustomers, Action::ReadCustomer, Action::ReadPersonalData,
                     Action::ReassignCustomer, Action::ExportCustomers, Action::ExportReports,
                     Action::RecordActivity, Action::EditConsent, Action::HandleWarning,
                     Action::OverrideStanding, Action::ManageCampaigns, Action::ViewCampaigns,
                     Action::SetTargets, Action::EditJourney, Action::ReviewDataQuality,
                     Action::MergeCustomers}))
            return {};
        break;
    case Role::AccountManager:
        if (isAnyOf(action, {Action::ListCustomers, Action::ReadCustomer, Action::ReadPersonalData,
                             Action::CreateCustomer, Action::EditCustomer, Action::ArchiveCustomer,
                             Action::RecordActivity, Action::ExportCustomers, Action::EditConsent,
                             Action::HandleWarning, Action::OverrideStanding}))
            return {};
        break;
    }
    return refused(
        QCoreApplication::translate("AccessPolicy", "Your role (%1) may not do this (%2).")
            .arg(QString::fromStdString(roleDisplayName(session.role)),
                 QString::fromLatin1(actionKey(action))));
}

Status AccessPolicy::checkCustomer(const Session& session, Action action,
                                   std::optional<std::int64_t> ownerId) {
    TESSERA_TRY(check(session, action));
    switch (session.role) {
    case Role::Administrator:
    case Role::Analyst: return {};
    case Role::Supervisor:
        if (inTeam(session, ownerId))
            return {};
        return refused(QCoreApplication::translate(
            "AccessPolicy", "This customer is not in your team's portfolios."));
    case Role::AccountManager:
        if (ownerId && *ownerId == session.userId)
            return {};
        return refused(
            QCoreApplication::translate("AccessPolicy", "This customer is not in your portfolio."));
    }
    return refused(QCoreApplication::translate("AccessPolicy", "Not allowed."));
}

std::optional<std::vector<std::int64_t>> AccessPolicy::visibleOwners(const Session& session) {
    switch (session.role) {
    case Role::Administrator:
    case Role::Analyst: return std::nullopt;
    case Role::Supervisor: {
        std::vector<std::int64_t> owners = session.team;
        owners.push_back(session.userId);
        return owners;
    }
    case Role::AccountManager: return std::vector<std::int64_t>{session.userId};
    }
    return std::vector<std::int64_t>{};
}

bool AccessPolicy::masksPersonalData(const Session& session) {
    return session.role == Role::Analyst;
}

} // namespace tessera::domain
