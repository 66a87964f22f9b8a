#include "domain/journeymaps/JourneySnapshots.h"

#include "storage/journeys/JourneySnapshotRepository.h"

#include <QString>
#include <map>

namespace tessera::domain {
namespace {

constexpr int kMaxNameLength = 80;

JourneySnapshotInfo infoOf(const storage::JourneySnapshotRecord& r) {
    return {r.id, r.name, r.period, r.population, r.customers, r.createdByName, r.createdAt};
}

TouchpointFigures figuresOf(const storage::SnapshotTouchpointRecord& r) {
    TouchpointFigures f;
    f.name = r.touchpoint;
    f.position = r.touchpointPosition;
    f.volume = r.volume;
    f.volumeShare = r.volumeShare;
    f.reach = r.reach;
    f.responses = r.responses;
    f.satisfaction = r.satisfaction;
    if (r.satisfaction)
        f.normalisedSatisfaction = (*r.satisfaction - 1.0) / 4.0;
    f.nps = r.nps;
    f.complaints = r.complaints;
    f.complaintRate = r.complaintRate;
    f.firstResponseHours = r.firstResponseHours;
    f.priority = r.priority;
    f.rank = r.rank;
    return f;
}

// Analysts and administrators see every snapshot; the others their own,
// since a snapshot's population may be wider than theirs.
bool seesAll(const Session& session) {
    return session.role == Role::Administrator || session.role == Role::Analyst;
}

} // namespace

Result<std::int64_t> JourneySnapshots::save(const JourneyMap& map, const std::string& name) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    const QString trimmed = QString::fromStdString(name).trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("A snapshot's name has 1 to %1 characters.").arg(kMaxNameLength).toStdString());
    storage::JourneySnapshotRepository repo(m_ws.db());
    auto existing = repo.find(trimmed.toStdString());
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::InvalidArgument,
                         tr("There is already a snapshot named '%1'; choose another name.")
                             .arg(trimmed)
                             .toStdString());
    std::vector<storage::SnapshotTouchpointRecord> touchpoints;
    for (const auto& stage : map.stages)
        for (const auto& t : stage.touchpoints)
            touchpoints.push_back({stage.name, stage.position, t.name, t.position, t.volume,
                                   t.volumeShare, t.reach, t.responses, t.satisfaction, t.nps,
                                   t.complaints, t.complaintRate, t.firstResponseHours, t.priority,
                                   t.rank});
    std::vector<storage::SnapshotPathRecord> paths;
    int rank = 1;
    for (const auto& p : map.paths)
        paths.push_back({rank++, p.stages, p.customers, p.churnShare()});
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::JourneySnapshotRecord head;
    head.name = trimmed.toStdString();
    head.period = map.period;
    head.population = map.population;
    head.customers = map.customers;
    head.createdBy = m_ws.session().userId;
    head.createdAt = m_ws.nowMs();
    auto id = repo.insert(head, touchpoints, paths);
    if (!id)
        return id.error();
    TESSERA_TRY(m_ws.audit(
        {"journey.snapshot", "journey_snapshot", std::to_string(*id), "period=" + map.period}));
    TESSERA_TRY(tx->commit());
    return *id;
}

Result<std::vector<JourneySnapshotInfo>> JourneySnapshots::list() {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto rows = storage::JourneySnapshotRepository(m_ws.db()).list();
    if (!rows)
        return rows.error();
    std::vector<JourneySnapshotInfo> out;
    for (const auto& r : *rows)
        if (seesAll(m_ws.session()) || r.createdBy == m_ws.session().userId)
            out.push_back(infoOf(r));
    return out;
}

Result<JourneyMap> JourneySnapshots::load(const std::string& name) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    storage::JourneySnapshotRepository repo(m_ws.db());
    auto head = repo.find(QString::fromStdString(name).trimmed().toStdString());
    if (!head)
        return head.error();
    if (!*head || (!seesAll(m_ws.session()) && (*head)->createdBy != m_ws.session().userId))
        return makeError(ErrorCode::NotFound,
                         tr("There is no snapshot named '%1'; 'journey snapshots' lists them.")
                             .arg(QString::fromStdString(name))
                             .toStdString());
    auto rows = repo.touchpoints((*head)->id);
    if (!rows)
        return rows.error();
    auto paths = repo.paths((*head)->id);
    if (!paths)
        return paths.error();
    JourneyMap map;
    map.period = (*head)->period;
    map.population = (*head)->population;
    map.customers = (*head)->customers;
    for (const auto& r : *rows) {
        if (map.stages.empty() || map.stages.back().name != r.stage)
            map.stages.push_back({0, r.stage, r.stagePosition, false, 0, {}});
        map.stages.back().touchpoints.push_back(figuresOf(r));
    }
    for (const auto& p : *paths) {
        JourneyPath path;
        path.stages = p.stages;
        path.customers = p.customers;
        path.atRisk =
            static_cast<std::int64_t>(p.churnShare * static_cast<double>(p.customers) + 0.5);
        map.paths.push_back(std::move(path));
    }
    return map;
}

Result<JourneyComparison> JourneySnapshots::compare(const std::string& before,
                                                    const std::string& after) {
    auto a = load(before);
    if (!a)
        return a.error();
    auto b = load(after);
    if (!b)
        return b.error();
    auto snapshots = list();
    if (!snapshots)
        return snapshots.error();
    JourneyComparison out;
    for (const auto& info : *snapshots) {
        if (info.name == QString::fromStdString(before).trimmed().toStdString())
            out.before = info;
        if (info.name == QString::fromStdString(after).trimmed().toStdString())
            out.after = info;
    }
    // The later snapshot's order first, then what only the earlier one had.
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    for (const auto& stage : b->stages)
        for (const auto& t : stage.touchpoints) {
            index[{stage.name, t.name}] = out.touchpoints.size();
            out.touchpoints.push_back({stage.name, t.name, std::nullopt, t});
        }
    for (const auto& stage : a->stages)
        for (const auto& t : stage.touchpoints) {
            auto it = index.find({stage.name, t.name});
            if (it != index.end())
                out.touchpoints[it->second].before = t;
            else
                out.touchpoints.push_back({stage.name, t.name, t, std::nullopt});
        }
    return out;
}

Status JourneySnapshots::remove(const std::string& name) {
    auto map = load(name);
    if (!map)
        return map.error();
    storage::JourneySnapshotRepository repo(m_ws.db());
    auto head = repo.find(QString::fromStdString(name).trimmed().toStdString());
    if (!head)
        return head.error();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(repo.remove((*head)->id));
    TESSERA_TRY(m_ws.audit(
        {"journey.snapshot.delete", "journey_snapshot", std::to_string((*head)->id), ""}));
    return tx->commit();
}

} // namespace tessera::domain
