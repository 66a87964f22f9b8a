#include "domain/journeys/JourneyEditor.h"

#include <QString>
#include <algorithm>

namespace tessera::domain {
namespace {

constexpr int kMaxNameLength = 60;

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

bool sameName(const std::string& a, const std::string& b) {
    return q(a).trimmed().compare(q(b).trimmed(), Qt::CaseInsensitive) == 0;
}

std::string trimmed(const std::string& text) {
    return q(text).trimmed().toStdString();
}

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

// `ids` with `id` moved to 1-based `position` (clamped).
std::vector<std::int64_t> movedTo(std::vector<std::int64_t> ids, std::int64_t id, int position) {
    std::erase(ids, id);
    const auto at =
        static_cast<std::size_t>(std::clamp(position - 1, 0, static_cast<int>(ids.size())));
    ids.insert(ids.begin() + static_cast<std::ptrdiff_t>(at), id);
    return ids;
}

} // namespace

Result<JourneyLayout> JourneyEditor::layout() {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    storage::JourneyRepository repo(m_ws.db());
    auto stages = repo.stages();
    if (!stages)
        return stages.error();
    auto touchpoints = repo.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    return JourneyLayout{std::move(*stages), std::move(*touchpoints)};
}

Status JourneyEditor::checkName(const std::string& name) const {
    const QString text = q(name).trimmed();
    if (text.isEmpty())
        return invalid(tr("Give the stage or touchpoint a name."));
    if (text.size() > kMaxNameLength)
        return invalid(
            tr("A stage or touchpoint name has at most %1 characters.").arg(kMaxNameLength));
    if (std::any_of(text.begin(), text.end(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return invalid(tr("A stage or touchpoint name is one line without control characters."));
    return {};
}

Result<storage::JourneyStageRecord> JourneyEditor::stageNamed(const std::string& name) {
    auto stages = storage::JourneyRepository(m_ws.db()).stages();
    if (!stages)
        return stages.error();
    for (auto& s : *stages)
        if (sameName(s.name, name))
            return s;
    return makeError(ErrorCode::NotFound,
                     tr("There is no journey stage named '%1'; 'journey stages list' shows them.")
                         .arg(q(name).trimmed())
                         .toStdString());
}

Result<storage::TouchpointRecord> JourneyEditor::touchpointNamed(const std::string& stage,
                                                                 const std::string& name) {
    auto owner = stageNamed(stage);
    if (!owner)
        return owner.error();
    auto touchpoints = storage::JourneyRepository(m_ws.db()).touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    for (auto& t : *touchpoints)
        if (t.stageId == owner->id && sameName(t.name, name))
            return t;
    return makeError(ErrorCode::NotFound, tr("Stage '%1' has no touchpoint named '%2'.")
                                              .arg(q(owner->name), q(name).trimmed())
                                              .toStdString());
}

Status JourneyEditor::audited(const std::string& action, const std::string& objectType,
                              std::int64_t id, const std::string& detail) {
    return m_ws.audit({action, objectType, std::to_string(id), detail});
}

Result<std::int64_t> JourneyEditor::addStage(const std::string& name, std::optional<int> position) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "journey_stage"));
    TESSERA_TRY(checkName(name));
    storage::JourneyRepository repo(m_ws.db());
    auto stages = repo.stages();
    if (!stages)
        return stages.error();
    for (const auto& s : *stages)
        if (sameName(s.name, name))
            return invalid(tr("There is already a stage named '%1'.").arg(q(s.name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto id = repo.insertStage({0, trimmed(name), static_cast<int>(stages->size()) + 1, {}});
    if (!id)
        return id.error();
    std::vector<std::int64_t> order;
    for (const auto& s : *stages)
        order.push_back(s.id);
    order.push_back(*id);
    TESSERA_TRY(
        repo.reorderStages(movedTo(order, *id, position.value_or(static_cast<int>(order.size())))));
    TESSERA_TRY(audited("journey.stage.add", "journey_stage", *id, "name=" + trimmed(name)));
    TESSERA_TRY(tx->commit());
    return *id;
}

Status JourneyEditor::renameStage(const std::string& stage, const std::string& newName) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "journey_stage"));
    TESSERA_TRY(checkName(newName));
    auto s = stageNamed(stage);
    if (!s)
        return s.error();
    auto stages = storage::JourneyRepository(m_ws.db()).stages();
    if (!stages)
        return stages.error();
    for (const auto& other : *stages)
        if (other.id != s->id && sameName(other.name, newName))
            return invalid(tr("There is already a stage named '%1'.").arg(q(other.name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::JourneyRepository(m_ws.db()).renameStage(s->id, trimmed(newName)));
    TESSERA_TRY(audited("journey.stage.rename", "journey_stage", s->id,
                        s->name + " -> " + trimmed(newName)));
    return tx->commit();
}

Status JourneyEditor::moveStage(const std::string& stage, int position) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "journey_stage"));
    auto s = stageNamed(stage);
    if (!s)
        return s.error();
    storage::JourneyRepository repo(m_ws.db());
    auto stages = repo.stages();
    if (!stages)
        return stages.error();
    if (position < 1 || position > static_cast<int>(stages->size()))
        return invalid(tr("A stage's position is between 1 and %1.").arg(stages->size()));
    std::vector<std::int64_t> order;
    for (const auto& other : *stages)
        order.push_back(other.id);
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(repo.reorderStages(movedTo(order, s->id, position)));
    TESSERA_TRY(audited("journey.stage.move", "journey_stage", s->id,
                        "position=" + std::to_string(position)));
    return tx->commit();
}

Status JourneyEditor::retireStage(const std::string& stage) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "journey_stage"));
    auto s = stageNamed(stage);
    if (!s)
        return s.error();
    if (s->retiredAt)
        return invalid(tr("Stage '%1' is already retired.").arg(q(s->name)));
    auto stages = storage::JourneyRepository(m_ws.db()).stages();
    if (!stages)
        return stages.error();
    const auto inUse = std::count_if(stages->begin(), stages->end(),
                                     [](const auto& other) { return !other.retiredAt; });
    if (inUse <= 1)
        return invalid(tr("A journey keeps at least one stage in use."));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::JourneyRepository(m_ws.db()).setStageRetired(s->id, m_ws.nowMs()));
    TESSERA_TRY(audited("journey.stage.retire", "journey_stage", s->id, s->name));
    return tx->commit();
}

Status JourneyEditor::restoreStage(const std::string& stage) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "journey_stage"));
    auto s = stageNamed(stage);
    if (!s)
        return s.error();
    if (!s->retiredAt)
        return invalid(tr("Stage '%1' is in use, not retired.").arg(q(s->name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::JourneyRepository(m_ws.db()).setStageRetired(s->id, std::nullopt));
    TESSERA_TRY(audited("journey.stage.restore", "journey_stage", s->id, s->name));
    return tx->commit();
}

Result<std::int64_t> JourneyEditor::addTouchpoint(const std::string& stage, const std::string& name,
                                                  const std::string& channel) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "touchpoint"));
    TESSERA_TRY(checkName(name));
    auto s = stageNamed(stage);
    if (!s)
        return s.error();
    storage::JourneyRepository repo(m_ws.db());
    auto touchpoints = repo.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    // Unique in the whole journey: records name a touchpoint without its stage.
    for (const auto& t : *touchpoints)
        if (sameName(t.name, name))
            return invalid(tr("There is already a touchpoint named '%1'.").arg(q(t.name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto id = repo.insertTouchpoint({0, s->id, trimmed(name), trimmed(channel), 0, {}});
    if (!id)
        return id.error();
    TESSERA_TRY(
        audited("journey.touchpoint.add", "touchpoint", *id, s->name + " / " + trimmed(name)));
    TESSERA_TRY(tx->commit());
    return *id;
}

Status JourneyEditor::renameTouchpoint(const std::string& stage, const std::string& touchpoint,
                                       const std::string& newName) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "touchpoint"));
    TESSERA_TRY(checkName(newName));
    auto t = touchpointNamed(stage, touchpoint);
    if (!t)
        return t.error();
    auto touchpoints = storage::JourneyRepository(m_ws.db()).touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    for (const auto& other : *touchpoints)
        if (other.id != t->id && sameName(other.name, newName))
            return invalid(tr("There is already a touchpoint named '%1'.").arg(q(other.name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::JourneyRepository(m_ws.db()).renameTouchpoint(t->id, trimmed(newName)));
    TESSERA_TRY(audited("journey.touchpoint.rename", "touchpoint", t->id,
                        t->name + " -> " + trimmed(newName)));
    return tx->commit();
}

Status JourneyEditor::moveTouchpoint(const std::string& stage, const std::string& touchpoint,
                                     std::optional<int> position, const std::string& toStage) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "touchpoint"));
    auto t = touchpointNamed(stage, touchpoint);
    if (!t)
        return t.error();
    std::int64_t target = t->stageId;
    if (!trimmed(toStage).empty()) {
        auto s = stageNamed(toStage);
        if (!s)
            return s.error();
        target = s->id;
    }
    storage::JourneyRepository repo(m_ws.db());
    auto touchpoints = repo.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    std::vector<std::int64_t> order;
    for (const auto& other : *touchpoints)
        if (other.stageId == target && other.id != t->id)
            order.push_back(other.id);
    const int count = static_cast<int>(order.size()) + 1;
    const int at = position.value_or(count);
    if (at < 1 || at > count)
        return invalid(tr("A touchpoint's position in its stage is between 1 and %1.").arg(count));
    order.push_back(t->id);
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    if (target != t->stageId)
        TESSERA_TRY(repo.moveTouchpointTo(t->id, target, count));
    TESSERA_TRY(repo.reorderTouchpoints(target, movedTo(order, t->id, at)));
    TESSERA_TRY(audited("journey.touchpoint.move", "touchpoint", t->id,
                        "stage=" + std::to_string(target) + " position=" + std::to_string(at)));
    return tx->commit();
}

Status JourneyEditor::retireTouchpoint(const std::string& stage, const std::string& touchpoint) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "touchpoint"));
    auto t = touchpointNamed(stage, touchpoint);
    if (!t)
        return t.error();
    if (t->retiredAt)
        return invalid(tr("Touchpoint '%1' is already retired.").arg(q(t->name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::JourneyRepository(m_ws.db()).setTouchpointRetired(t->id, m_ws.nowMs()));
    TESSERA_TRY(audited("journey.touchpoint.retire", "touchpoint", t->id, t->name));
    return tx->commit();
}

Status JourneyEditor::restoreTouchpoint(const std::string& stage, const std::string& touchpoint) {
    TESSERA_TRY(m_ws.authorize(Action::EditJourney, "touchpoint"));
    auto t = touchpointNamed(stage, touchpoint);
    if (!t)
        return t.error();
    if (!t->retiredAt)
        return invalid(tr("Touchpoint '%1' is in use, not retired.").arg(q(t->name)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::JourneyRepository(m_ws.db()).setTouchpointRetired(t->id, std::nullopt));
    TESSERA_TRY(audited("journey.touchpoint.restore", "touchpoint", t->id, t->name));
    return tx->commit();
}

} // namespace tessera::domain
