#include "storage/journeys/JourneySnapshotRepository.h"

namespace tessera::storage {
namespace {

std::optional<double> optionalReal(const Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}

// Stage names hold no line breaks (the journey editor refuses them).
std::string joinLines(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "\n") + p;
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

constexpr const char* kSnapshotColumns =
    "SELECT j.id, j.name, j.period, j.population, j.customers, j.created_by, "
    "COALESCE(u.username, ''), j.created_at FROM journey_snapshots j "
    "LEFT JOIN users u ON u.id = j.created_by";

JourneySnapshotRecord readSnapshot(const Statement& s) {
    return JourneySnapshotRecord{
        s.int64(0), s.text(1),
        s.text(2),  s.text(3),
        s.int64(4), s.isNull(5) ? std::nullopt : std::optional<std::int64_t>(s.int64(5)),
        s.text(6),  s.int64(7)};
}

} // namespace

Result<std::int64_t>
JourneySnapshotRepository::insert(const JourneySnapshotRecord& snapshot,
                                  const std::vector<SnapshotTouchpointRecord>& touchpoints,
                                  const std::vector<SnapshotPathRecord>& paths) {
    auto head = m_db.prepare("INSERT INTO journey_snapshots (name, period, population, customers, "
                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!head)
        return head.error();
    head->bind(1, snapshot.name)
        .bind(2, snapshot.period)
        .bind(3, snapshot.population)
        .bind(4, snapshot.customers)
        .bind(5, snapshot.createdBy)
        .bind(6, snapshot.createdAt);
    TESSERA_TRY(head->run());
    const std::int64_t id = m_db.lastInsertRowId();
    auto row = m_db.prepare(
        "INSERT INTO journey_snapshot_touchpoints (snapshot_id, stage, stage_position, touchpoint, "
        "touchpoint_position, volume, volume_share, reach, responses, satisfaction, nps, "
        "complaints, complaint_rate, first_response_h, priority, priority_rank) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!row)
        return row.error();
    for (const auto& t : touchpoints) {
        row->reset();
        row->bind(1, id)
            .bind(2, t.stage)
            .bind(3, t.stagePosition)
            .bind(4, t.touchpoint)
            .bind(5, t.touchpointPosition)
            .bind(6, t.volume)
            .bind(7, t.volumeShare)
            .bind(8, t.reach)
            .bind(9, t.responses)
            .bind(10, t.satisfaction)
            .bind(11, t.nps)
            .bind(12, t.complaints)
            .bind(13, t.complaintRate)
            .bind(14, t.firstResponseHours)
            .bind(15, t.priority)
            .bind(16, t.rank);
        TESSERA_TRY(row->run());
    }
    auto path = m_db.prepare("INSERT INTO journey_snapshot_paths (snapshot_id, rank, stages, "
                             "customers, churn_share) VALUES (?, ?, ?, ?, ?)");
    if (!path)
        return path.error();
    for (const auto& p : paths) {
        path->reset();
        path->bind(1, id)
            .bind(2, p.rank)
            .bind(3, joinLines(p.stages))
            .bind(4, p.customers)
            .bind(5, p.churnShare);
        TESSERA_TRY(path->run());
    }
    return id;
}

Result<std::vector<JourneySnapshotRecord>> JourneySnapshotRepository::list() {
    auto stmt =
        m_db.prepare(std::string(kSnapshotColumns) + " ORDER BY j.created_at DESC, j.id DESC");
    if (!stmt)
        return stmt.error();
    return stmt->collect(readSnapshot);
}

Result<std::optional<JourneySnapshotRecord>>
JourneySnapshotRepository::find(const std::string& name) {
    auto stmt = m_db.prepare(std::string(kSnapshotColumns) + " WHERE j.name = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    return stmt->first(readSnapshot);
}

Result<std::vector<SnapshotTouchpointRecord>>
JourneySnapshotRepository::touchpoints(std::int64_t snapshotId) {
    auto stmt = m_db.prepare(
        "SELECT stage, stage_position, touchpoint, touchpoint_position, volume, volume_share, "
        "reach, responses, satisfaction, nps, complaints, complaint_rate, first_response_h, "
        "priority, priority_rank FROM journey_snapshot_touchpoints WHERE snapshot_id = ?1 "
        "ORDER BY stage_position, touchpoint_position, touchpoint");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, snapshotId);
    return stmt->collect([](const Statement& s) {
        SnapshotTouchpointRecord t;
        t.stage = s.text(0);
        t.stagePosition = s.int32(1);
        t.touchpoint = s.text(2);
        t.touchpointPosition = s.int32(3);
        t.volume = s.int64(4);
        t.volumeShare = s.real(5);
        t.reach = optionalReal(s, 6);
        t.responses = s.int64(7);
        t.satisfaction = optionalReal(s, 8);
        t.nps = optionalReal(s, 9);
        t.complaints = s.int64(10);
        t.complaintRate = optionalReal(s, 11);
        t.firstResponseHours = optionalReal(s, 12);
        t.priority = optionalReal(s, 13);
        if (!s.isNull(14))
            t.rank = s.int32(14);
        return t;
    });
}

Result<std::vector<SnapshotPathRecord>> JourneySnapshotRepository::paths(std::int64_t snapshotId) {
    auto stmt = m_db.prepare("SELECT rank, stages, customers, churn_share FROM "
                             "journey_snapshot_paths WHERE snapshot_id = ?1 ORDER BY rank");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, snapshotId);
    return stmt->collect([](const Statement& s) {
        return SnapshotPathRecord{s.int32(0), splitLines(s.text(1)), s.int64(2), s.real(3)};
    });
}

Status JourneySnapshotRepository::remove(std::int64_t snapshotId) {
    auto stmt = m_db.prepare("DELETE FROM journey_snapshots WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, snapshotId);
    return stmt->run();
}

} // namespace tessera::storage
