#include "cli/journeys/JourneyJson.h"

#include "cli/Output.h"
#include "domain/workspace/Calendar.h"

#include <QDateTime>
#include <QJsonArray>

namespace tessera::cli {
namespace {

QJsonValue optional(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue change(const std::optional<double>& before, const std::optional<double>& after) {
    return before && after ? QJsonValue(*after - *before) : QJsonValue();
}

} // namespace

QJsonObject touchpointJson(const domain::TouchpointFigures& t) {
    return {{"name", qs(t.name)},
            {"retired", t.retired},
            {"volume", static_cast<qint64>(t.volume)},
            {"volume_share", t.volumeShare},
            {"reach", optional(t.reach)},
            {"responses", static_cast<qint64>(t.responses)},
            {"satisfaction", optional(t.satisfaction)},
            {"satisfaction_normalised", optional(t.normalisedSatisfaction)},
            {"nps", optional(t.nps)},
            {"complaints", static_cast<qint64>(t.complaints)},
            {"complaint_rate", optional(t.complaintRate)},
            {"first_response_hours", optional(t.firstResponseHours)},
            {"priority", optional(t.priority)},
            {"top3", t.rank.has_value()},
            {"rank", t.rank ? QJsonValue(*t.rank) : QJsonValue()},
            {"pain_point", t.painPoint}};
}

QJsonObject journeyMapJson(const domain::JourneyMap& map) {
    QJsonArray stages;
    for (const auto& s : map.stages) {
        QJsonArray touchpoints;
        for (const auto& t : s.touchpoints)
            touchpoints.append(touchpointJson(t));
        stages.append(QJsonObject{{"name", qs(s.name)},
                                  {"position", s.position},
                                  {"retired", s.retired},
                                  {"customers", static_cast<qint64>(s.customers)},
                                  {"touchpoints", touchpoints}});
    }
    QJsonArray dropOffs;
    for (const auto& d : map.dropOffs)
        dropOffs.append(QJsonObject{{"from", qs(d.from)},
                                    {"to", qs(d.to)},
                                    {"reached", static_cast<qint64>(d.reached)},
                                    {"continued", static_cast<qint64>(d.continued)},
                                    {"dropped", static_cast<qint64>(d.dropped())},
                                    {"drop_share", optional(d.dropShare())}});
    QJsonArray paths;
    for (const auto& p : map.paths)
        paths.append(QJsonObject{{"stages", jsonStrings(p.stages)},
                                 {"customers", static_cast<qint64>(p.customers)},
                                 {"at_risk", static_cast<qint64>(p.atRisk)},
                                 {"churn_share", p.churnShare()}});
    QJsonObject document{{"period", qs(map.period)},
                         {"population", qs(map.population)},
                         {"customers", static_cast<qint64>(map.customers)},
                         {"interactions", static_cast<qint64>(map.interactions)},
                         {"pain_point_rate", map.painPointRate},
                         {"stages", stages},
                         {"dropoffs", dropOffs},
                         {"paths", paths}};
    if (map.lastDay >= map.firstDay && map.lastDay != 0) {
        document.insert("from", domain::Calendar::isoDate(map.firstDay));
        document.insert("to", domain::Calendar::isoDate(map.lastDay));
    }
    return document;
}

QJsonObject snapshotInfoJson(const domain::JourneySnapshotInfo& info) {
    return {{"id", static_cast<qint64>(info.id)},
            {"name", qs(info.name)},
            {"period", qs(info.period)},
            {"population", qs(info.population)},
            {"customers", static_cast<qint64>(info.customers)},
            {"created_by", qs(info.createdBy)},
            {"created_at",
             QDateTime::fromMSecsSinceEpoch(info.createdAt, Qt::UTC).toString(Qt::ISODate)}};
}

QJsonObject comparisonJson(const domain::JourneyComparison& c) {
    QJsonArray rows;
    for (const auto& t : c.touchpoints) {
        QJsonObject row{{"stage", qs(t.stage)}, {"touchpoint", qs(t.touchpoint)}};
        row.insert("before", t.before ? QJsonValue(touchpointJson(*t.before)) : QJsonValue());
        row.insert("after", t.after ? QJsonValue(touchpointJson(*t.after)) : QJsonValue());
        if (t.before && t.after) {
            const auto volume = [](const domain::TouchpointFigures& f) {
                return std::optional<double>(static_cast<double>(f.volume));
            };
            row.insert(
                "change",
                QJsonObject{
                    {"volume", change(volume(*t.before), volume(*t.after))},
                    {"satisfaction", change(t.before->satisfaction, t.after->satisfaction)},
                    {"complaint_rate", change(t.before->complaintRate, t.after->complaintRate)},
                    {"priority", change(t.before->priority, t.after->priority)}});
        }
        rows.append(row);
    }
    return {{"before", snapshotInfoJson(c.before)},
            {"after", snapshotInfoJson(c.after)},
            {"touchpoints", rows}};
}

} // namespace tessera::cli
