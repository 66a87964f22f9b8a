#include "domain/interactions/InteractionService.h"

#include "domain/consent/ConsentService.h"
#include "domain/journeys/TouchpointLookup.h"
#include "domain/records/Vocabulary.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/StandingService.h"
#include "domain/warnings/WarningService.h"
#include "domain/workspace/TransientRetry.h"
#include "storage/consent/ConsentRepository.h"
#include "storage/journeys/JourneyRepository.h"

#include <algorithm>

namespace tessera::domain {
namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

} // namespace

InteractionDraft InteractionService::draftOf(const storage::InteractionRow& row) {
    const storage::InteractionRecord& r = row.record;
    return InteractionDraft{r.customerId,   r.channel, r.kind,  r.direction,
                            row.touchpoint, r.outcome, r.notes, r.at};
}

Result<storage::InteractionRecord>
InteractionService::validated(const InteractionDraft& d, std::optional<std::int64_t> current) {
    using namespace vocabulary;
    if (!contains(channels(), d.channel))
        return invalid(tr("'%1' is not a channel; use phone, email, visit, wechat, app, social, "
                          "web or other.")
                           .arg(q(d.channel)));
    if (!contains(interactionKinds(), d.kind))
        return invalid(tr("'%1' is not a kind of interaction; use call, meeting, email, message, "
                          "complaint, referral, review, share, comment, visit or other.")
                           .arg(q(d.kind)));
    if (!contains(directions(), d.direction))
        return invalid(tr("'%1' is not a direction; use inbound or outbound.").arg(q(d.direction)));
    if (d.outcome.size() > 200)
        return invalid(tr("The outcome is at most 200 characters long; put details in the note."));
    if (d.note && d.note->size() > 8000)
        return invalid(tr("The note is at most 8000 characters long."));
    const std::int64_t now = m_ws.nowMs();
    const std::int64_t at = d.at.value_or(now);
    if (at > now)
        return invalid(
            tr("The interaction's time %1 is in the future; give a time up to now (%2).")
                .arg(m_ws.calendar().wallClock(at, QStringLiteral("yyyy-MM-dd HH:mm")),
                     m_ws.calendar().wallClock(now, QStringLiteral("yyyy-MM-dd HH:mm"))));
    storage::InteractionRecord r;
    r.customerId = d.customerId;
    r.at = at;
    r.day = m_ws.calendar().dayOf(at);
    r.channel = d.channel;
    r.kind = d.kind;
    r.direction = d.direction;
    r.outcome = q(d.outcome).trimmed().toStdString();
    if (d.note && !q(*d.note).trimmed().isEmpty())
        r.notes = d.note;
    auto touchpoint = TouchpointLookup::idOf(m_ws.db(), d.touchpoint, current);
    if (!touchpoint)
        return touchpoint.error();
    r.touchpointId = *touchpoint;
    return r;
}

Status InteractionService::checkConsent(const storage::InteractionRecord& r) {
    auto state = storage::ConsentRepository(m_ws.db()).state(r.customerId);
    if (!state)
        return state.error();
    if (!*state)
        return makeError(ErrorCode::NotFound, tr("The customer no longer exists.").toStdString());
    if (auto refusal = ConsentService::refusalFor(**state, r.channel, r.direction))
        return invalid(*refusal);
    return {};
}

Result<bool> InteractionService::checkOverContact(const storage::InteractionRecord& r,
                                                  std::int64_t exceptId, bool confirmed) {
    if (r.direction != "outbound")
        return false;
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const scoring::WarningThresholds& w = profile->parameters.warnings;
    auto before =
        storage::InteractionRepository(m_ws.db(), m_ws.cipher())
            .outboundCount(r.customerId, r.day - w.overContactWindowDays + 1, r.day, exceptId);
    if (!before)
        return before.error();
    if (*before < w.overContactMaxContacts)
        return false;
    if (!confirmed)
        return makeError(
            ErrorCode::NeedsConfirmation,
            tr("This would be outbound contact number %1 with the customer within %2 days (the "
               "limit is %3). Confirm to log it anyway (--confirm-over-contact); it will show as "
               "an over-contact warning.")
                .arg(*before + 1)
                .arg(w.overContactWindowDays)
                .arg(w.overContactMaxContacts)
                .toStdString());
    return true;
}

Result<std::vector<Warning>> InteractionService::warningsOf(std::int64_t customerId) {
    WarningFilter filter;
    filter.customerId = customerId;
    return WarningService(m_ws).list(filter);
}

Result<InteractionResult> InteractionService::add(const InteractionDraft& draft,
                                                  bool confirmOverContact) {
    return retryTransient([&] { return addOnce(draft, confirmOverContact); });
}

Result<InteractionResult> InteractionService::addOnce(const InteractionDraft& draft,
                                                      bool confirmOverContact) {
    auto record = validated(draft);
    if (!record)
        return record.error();
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, draft.customerId));
    record->userId = m_ws.session().userId;
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(checkConsent(*record));
    auto over = checkOverContact(*record, 0, confirmOverContact);
    if (!over)
        return over.error();
    auto id = storage::InteractionRepository(m_ws.db(), m_ws.cipher()).insert(*record);
    if (!id)
        return id.error();
    TESSERA_TRY(StandingService(m_ws).refresh(draft.customerId));
    TESSERA_TRY(
        m_ws.audit({"interaction.add", "interaction", std::to_string(*id),
                    "customer " + std::to_string(draft.customerId) + " " + record->direction + " " +
                        record->channel + (*over ? " over-contact confirmed" : "")}));
    TESSERA_TRY(tx->commit());
    auto warnings = warningsOf(draft.customerId);
    if (!warnings)
        return warnings.error();
    return InteractionResult{*id, *over, std::move(*warnings)};
}

Status InteractionService::authorizeEntry(const storage::InteractionRow& row) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, row.record.customerId));
    const Session& s = m_ws.session();
    if (s.role == Role::Administrator)
        return {};
    const auto& author = row.record.userId;
    const bool own = author && *author == s.userId;
    const bool team = author && std::find(s.team.begin(), s.team.end(), *author) != s.team.end();
    if (own || (s.role == Role::Supervisor && (team || !author)))
        return {};
    const std::string message =
        (s.role == Role::Supervisor
             ? tr("You may change only your team's entries in the interaction log.")
             : tr("You may change only the interactions you logged yourself."))
            .toStdString();
    (void)m_ws.audit({actionKey(Action::RecordActivity), "interaction",
                      std::to_string(row.record.id), message, "refused"});
    return makeError(ErrorCode::PermissionDenied, message);
}

Result<InteractionResult> InteractionService::edit(std::int64_t id, const InteractionDraft& draft,
                                                   bool confirmOverContact) {
    auto row = find(id);
    if (!row)
        return row.error();
    InteractionDraft d = draft;
    d.customerId = row->record.customerId; // an entry stays with its customer
    auto record = validated(d, row->record.touchpointId);
    if (!record)
        return record.error();
    TESSERA_TRY(authorizeEntry(*row));
    record->id = id;
    record->userId = row->record.userId;
    record->importId = row->record.importId;
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(checkConsent(*record));
    auto over = checkOverContact(*record, id, confirmOverContact);
    if (!over)
        return over.error();
    TESSERA_TRY(
        storage::InteractionRepository(m_ws.db(), m_ws.cipher()).update(*record, m_ws.nowMs()));
    TESSERA_TRY(StandingService(m_ws).refresh(record->customerId));
    TESSERA_TRY(m_ws.audit({"interaction.edit", "interaction", std::to_string(id),
                            "customer " + std::to_string(record->customerId)}));
    TESSERA_TRY(tx->commit());
    auto warnings = warningsOf(record->customerId);
    if (!warnings)
        return warnings.error();
    return InteractionResult{id, *over, std::move(*warnings)};
}

Result<storage::InteractionRecord> InteractionService::remove(std::int64_t id) {
    auto row = find(id);
    if (!row)
        return row.error();
    TESSERA_TRY(authorizeEntry(*row));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::InteractionRepository(m_ws.db(), m_ws.cipher()).remove(id));
    TESSERA_TRY(StandingService(m_ws).refresh(row->record.customerId));
    TESSERA_TRY(m_ws.audit({"interaction.delete", "interaction", std::to_string(id),
                            "customer " + std::to_string(row->record.customerId)}));
    TESSERA_TRY(tx->commit());
    return row->record;
}

Status InteractionService::restore(const storage::InteractionRecord& interaction) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, interaction.customerId));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::InteractionRepository(m_ws.db(), m_ws.cipher()).restore(interaction));
    TESSERA_TRY(StandingService(m_ws).refresh(interaction.customerId));
    TESSERA_TRY(m_ws.audit({"interaction.restore", "interaction", std::to_string(interaction.id),
                            "customer " + std::to_string(interaction.customerId)}));
    return tx->commit();
}

Result<std::vector<std::pair<std::string, std::string>>> InteractionService::touchpoints() {
    TESSERA_TRY(m_ws.authorize(Action::ReadCustomer));
    storage::JourneyRepository journeys(m_ws.db());
    auto stages = journeys.stages();
    if (!stages)
        return stages.error();
    auto all = journeys.touchpoints();
    if (!all)
        return all.error();
    std::vector<std::pair<std::string, std::string>> out;
    // Retired stages and touchpoints keep their history but take no new records.
    for (const auto& stage : *stages)
        for (const auto& t : *all)
            if (t.stageId == stage.id && !stage.retiredAt && !t.retiredAt)
                out.emplace_back(stage.name, t.name);
    return out;
}

Result<storage::InteractionRow> InteractionService::find(std::int64_t id) {
    auto row = storage::InteractionRepository(m_ws.db(), m_ws.cipher()).find(id);
    if (!row)
        return row.error();
    if (!*row) {
        TESSERA_TRY(m_ws.refuseHiddenRow(Action::ReadCustomer, "interactions", id));
        return makeError(ErrorCode::NotFound,
                         tr("There is no interaction %1.").arg(id).toStdString());
    }
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, (*row)->record.customerId));
    if (AccessPolicy::masksPersonalData(m_ws.session()))
        (*row)->record.notes.reset();
    return std::move(**row);
}

Result<std::vector<storage::InteractionRow>>
InteractionService::list(std::optional<std::int64_t> customerId, int limit) {
    if (limit < 1)
        return invalid(tr("The limit must be 1 or more."));
    if (customerId)
        TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, *customerId));
    else
        TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    storage::InteractionQuery query;
    query.customerId = customerId;
    query.owners = AccessPolicy::visibleOwners(m_ws.session());
    query.limit = limit;
    auto rows = storage::InteractionRepository(m_ws.db(), m_ws.cipher()).list(query);
    if (!rows)
        return rows.error();
    if (AccessPolicy::masksPersonalData(m_ws.session()))
        for (auto& row : *rows)
            row.record.notes.reset();
    return rows;
}

} // namespace tessera::domain
