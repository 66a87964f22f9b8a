#include "domain/accessreview/AccessReviewService.h"

#include "domain/accessreview/PersonalDataReads.h"
#include "domain/scoring/ProfileService.h"
#include "domain/workspace/Log.h"
#include "storage/admin/AccessReviewRepository.h"

#include <QDateTime>
#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace tessera::domain {
namespace {

// A day's figures while the rows stream in.
struct Tally {
    AccessDay day;
    std::set<std::string> customers;
    bool started = false;
};

class Reviewer {
public:
    Reviewer(const Calendar& calendar, const scoring::GovernanceSettings& settings)
        : m_calendar(calendar), m_settings(settings) {}

    void add(const storage::AccessEvent& event) {
        const PersonalDataRead read = PersonalDataReads::classify(event);
        if (read.kind == PersonalDataRead::Kind::None)
            return;
        const std::int32_t day = m_calendar.dayOf(event.at);
        // Users are told apart by id; the name is the one the row was written under.
        Tally& tally = m_tallies[{day, event.userId.value_or(-1)}];
        AccessDay& d = tally.day;
        if (!tally.started) {
            tally.started = true;
            d.day = day;
            d.userId = event.userId;
            d.username = std::string(event.username);
            d.firstAt = event.at;
        }
        d.lastAt = event.at; // rows come in time order
        switch (read.kind) {
        case PersonalDataRead::Kind::Record:
            ++d.opened;
            if (!read.customerId.empty())
                tally.customers.insert(read.customerId);
            break;
        case PersonalDataRead::Kind::Export:
            ++d.exports;
            d.exportedRows += read.records;
            break;
        case PersonalDataRead::Kind::Refused: ++d.refused; break;
        case PersonalDataRead::Kind::None: break;
        }
        d.reads += read.records;
        if (outOfHours(event.at))
            ++d.outOfHours;
    }

    std::vector<AccessDay> days() {
        std::vector<AccessDay> days;
        days.reserve(m_tallies.size());
        for (auto& [key, tally] : m_tallies) {
            AccessDay& d = tally.day;
            d.customers = static_cast<std::int64_t>(tally.customers.size());
            d.bulk = d.reads > m_settings.bulkReadThreshold;
            d.weekend = Calendar::dateFromDay(d.day).dayOfWeek() >= Qt::Saturday;
            days.push_back(std::move(d));
        }
        std::sort(days.begin(), days.end(), [](const AccessDay& a, const AccessDay& b) {
            return std::tie(a.day, a.username) < std::tie(b.day, b.username);
        });
        return days;
    }

private:
    bool outOfHours(std::int64_t at) const {
        // The wall clock in the database's zone, whatever the machine's.
        const int hour = QDateTime::fromMSecsSinceEpoch(at, m_calendar.timeZone()).time().hour();
        return hour < m_settings.workingDayStartHour || hour >= m_settings.workingDayEndHour;
    }

    const Calendar& m_calendar;
    const scoring::GovernanceSettings& m_settings;
    std::map<std::pair<std::int32_t, std::int64_t>, Tally> m_tallies;
};

} // namespace

std::vector<std::string> AccessDay::flags() const {
    std::vector<std::string> keys;
    if (bulk)
        keys.emplace_back("bulk");
    if (outOfHours > 0)
        keys.emplace_back("out_of_hours");
    if (weekend)
        keys.emplace_back("weekend");
    if (refused > 0)
        keys.emplace_back("refused");
    return keys;
}

std::int64_t AccessReview::totalReads() const {
    std::int64_t total = 0;
    for (const AccessDay& d : days)
        total += d.reads;
    return total;
}

std::int64_t AccessReview::flaggedDays() const {
    return std::count_if(days.begin(), days.end(), [](const AccessDay& d) { return d.flagged(); });
}

QString AccessReviewService::flagLabel(const std::string& key) {
    if (key == "bulk")
        return tr("bulk");
    if (key == "out_of_hours")
        return tr("out of hours");
    if (key == "weekend")
        return tr("weekend");
    if (key == "refused")
        return tr("refused");
    return QString::fromStdString(key);
}

Result<AccessReview> AccessReviewService::review(std::int32_t firstDay, std::int32_t lastDay) {
    TESSERA_TRY(m_ws.authorize(Action::ReviewAccess, "audit", "review"));
    if (firstDay > lastDay)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The review starts on %1, after its last day %2; swap the dates.")
                             .arg(Calendar::isoDate(firstDay), Calendar::isoDate(lastDay))
                             .toStdString());
    if (lastDay - firstDay + 1 > kMaxDays)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A review covers at most %1 days; review a shorter period, or "
                            "one period after another.")
                             .arg(kMaxDays)
                             .toStdString());
    const auto started = std::chrono::steady_clock::now();
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    AccessReview review;
    review.firstDay = firstDay;
    review.lastDay = lastDay;
    review.profileVersion = profile->version;
    review.settings = profile->parameters.governance;

    Reviewer reviewer(m_ws.calendar(), review.settings);
    TESSERA_TRY(storage::AccessReviewRepository(m_ws.db()).forEachEvent(
        PersonalDataReads::actions(), m_ws.calendar().startOfDayMs(firstDay),
        m_ws.calendar().startOfDayMs(lastDay + 1),
        [&](const storage::AccessEvent& e) { reviewer.add(e); }));
    review.days = reviewer.days();

    const std::string period =
        (Calendar::isoDate(firstDay) + QStringLiteral("..") + Calendar::isoDate(lastDay))
            .toStdString();
    TESSERA_TRY(m_ws.audit({actionKey(Action::ReviewAccess), "audit", "review",
                            period + ": " + std::to_string(review.days.size()) + " user-days, " +
                                std::to_string(review.flaggedDays()) + " flagged"}));
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    log::logger().info("access review: {} days, {} user-days, {} flagged, {} ms",
                       lastDay - firstDay + 1, review.days.size(), review.flaggedDays(), ms);
    return review;
}

} // namespace tessera::domain
